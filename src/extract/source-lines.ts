import type { Bbox } from '../model/page.ts';
import type { Provenance } from '../model/plan-document.ts';

/** Input page as the extractor sees it (the `extractPlan` contract). */
export interface ExtractPage {
  number: number;
  text: string;
  source: 'pdf-text' | 'ocr' | 'repaired';
  confidence: number;
  lines?: { text: string; confidence: number; bbox?: Bbox; words?: { text: string; confidence: number }[] }[];
}

/** One visual line of a page, with markdown/emphasis removed and an index map back to the page text. */
export interface SourceLine {
  /** Index in the document-wide line list. */
  index: number;
  page: number;
  /** 1-based line number within the page text. */
  line: number;
  /** Offsets of the raw line in the page text. */
  start: number;
  end: number;
  raw: string;
  /** Cleaned text: NFC, markdown headings/emphasis/HTML removed, footnote markers removed, spaces collapsed. */
  text: string;
  /** map[i] = offset in the page text of clean character i; map[text.length] = end. */
  map: number[];
  /** Footnote markers found in the line ("1", "2"), in order. */
  notes: string[];
  /** Footnote marker when the line itself is a footnote (starts with a superscript or <sup>n</sup>). */
  footnote: string | null;
  confidence: number;
  bbox?: Bbox;
  /** Page number line ("2", "- 3 -"): not part of the text flow. */
  skip?: boolean;
  /** A later line of a footnote in the page's small print (the note continues whatever its start). */
  noteCont?: boolean;
  /** A footnote whose number or mark OCR misread or lost (paired by order): a weaker reading. */
  noteFuzzy?: boolean;
  /** OCR words with their offsets in `raw` (when the page came with word confidences). */
  words?: { start: number; end: number; confidence: number }[];
}

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** Splits pages into cleaned lines (blank lines kept: they separate paragraphs). */
export function toSourceLines(pages: readonly ExtractPage[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const page of pages) {
    const text = page.text;
    let start = 0;
    let lineNo = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo++;
      const raw = text.slice(start, end);
      const ocr = page.lines?.[lineNo - 1];
      const sl = cleanLine(raw, start, { index: out.length, page: page.number, line: lineNo, confidence: ocr?.confidence ?? page.confidence, ...(ocr?.bbox ? { bbox: ocr.bbox } : {}) });
      const words = ocr?.words && ocr.text.normalize('NFC') === raw ? locateWords(raw, ocr.words) : undefined;
      if (words) sl.words = words;
      out.push(sl);
      if (end === text.length) break;
      start = end + 1;
    }
  }
  markPageNumbers(out);
  markPlainFootnotes(out);
  dropEdgeNoise(out);
  return out;
}

/**
 * Specks OCR reads at the page edge: a bar or dot before a body line ("| 2. Trưởng các phòng …", ". Ban để …")
 * and short lines of digits and punctuation only ("5 5 :"). Run after footnotes, whose misread numbers
 * look the same.
 */
function dropEdgeNoise(lines: SourceLine[]): void {
  for (const l of lines) {
    if (l.skip || l.footnote !== null || l.noteCont || l.text === '') continue;
    if (l.text.length <= 8 && /^[\d\s:;.,|!'"*°-]+$/.test(l.text) && !/\d{3}/.test(l.text) && !/^\(?\d{1,2}[.)]\)?$/.test(l.text)) {
      l.skip = true;
      continue;
    }
    // A table row ("| 1 | … |") starts with a bar too.
    const speck = (l.text.match(/\|/g) ?? []).length > 1 ? null : /^[|¦.,]\s+(?=[\p{L}\d(])/u.exec(l.text);
    if (speck) removeRange(l, 0, speck[0].length);
  }
}

/** Offsets of OCR words in their line's text (words are the line's whitespace-separated tokens, in order). */
function locateWords(raw: string, words: { text: string; confidence: number }[]): SourceLine['words'] {
  const out: NonNullable<SourceLine['words']> = [];
  let pos = 0;
  for (const w of words) {
    const t = w.text.normalize('NFC');
    const at = raw.indexOf(t, pos);
    if (at < 0 || t === '') return undefined;
    out.push({ start: at, end: at + t.length, confidence: w.confidence });
    pos = at + t.length;
  }
  return out;
}

/** A lone number as the first or last text line of a page is its page number. */
function markPageNumbers(lines: SourceLine[]): void {
  const byPage = new Map<number, SourceLine[]>();
  for (const l of lines) if (l.text !== '') byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  for (const ls of byPage.values()) {
    // OCR may add a speck before the number ("Ì 4", "' 3").
    for (const l of [ls[0], ls[ls.length - 1]]) if (l && /^(?:[^\p{L}\d\s]{1,2}\s+|[ÌìÍíIl|]\s+)?[-–—\s]*\d{1,3}[-–—\s]*$/u.test(l.text) && ls.length > 1) l.skip = true;
  }
}

function removeRange(l: SourceLine, a: number, b: number): void {
  l.text = l.text.slice(0, a) + l.text.slice(b);
  l.map.splice(a, b - a);
}

/** What OCR makes of a footnote number it cannot read: a digit, a mark, a quote or an I-like letter. */
const NOTE_START = /^(\d{1,2}|[!?°'’”|‡†`´®©]|[lÌÍìí])(?:\s+(?=[\p{Lu}(“"])|(?=\(\d\)))/u;
/** Inside a page's small print also bullets and quotes, and the number may touch the text ("\"Chưa dành…", "3(1) …"). */
const ZONE_START = /^(\d{1,2}|[!?°'’”“"|‡†`´*®©•]{1,2}|[IlÌÍìí])(?:\s*(?=[\p{Lu}(“"]))/u;
/** What OCR makes of a raised digit when it cannot read it ("cán bd!", "chính trị?", "cơ sở®"). */
const DAMAGED = /(?<=\p{L}{2})[!?®©°'’”"*‡†`´]+(?=\s*$)/u;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] ?? 0) : 0;
}

/**
 * The small print at the bottom of each page: footnotes are set in a smaller font, so their OCR lines are
 * lower (box height well under the page's median) or, in text without boxes, longer than any full body
 * line. The zone runs from the bottom up to the highest such line that starts with a note number (or
 * what OCR made of one); lines between note starts continue the note above them.
 */
function smallPrint(lines: SourceLine[]): { zone: Set<SourceLine>; unmarked: Set<SourceLine> } {
  const zone = new Set<SourceLine>();
  // Zone tops that start a note whose number OCR dropped altogether (boxes only: the height says so).
  const unmarked = new Set<SourceLine>();
  const text = lines.filter((l) => !l.skip && l.text !== '');
  const lens = text.map((l) => l.text.length).sort((a, b) => a - b);
  const full = lens[Math.floor(lens.length * 0.8)] ?? 0;
  // Only wrapped layouts (OCR, PDF text) have a measurable full line; typed text has one line per paragraph.
  const wrapped = full >= 40 && full <= 160 && text.filter((l) => l.text.length >= full * 0.85).length >= text.length * 0.3;
  const byPage = new Map<number, SourceLine[]>();
  for (const l of text) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  for (const ls of byPage.values()) {
    if (ls.length < 6) continue;
    const withBox = ls.every((l) => l.bbox);
    const h = median(ls.map((l) => (l.bbox ? l.bbox.y1 - l.bbox.y0 : 0)));
    const small = (l: SourceLine) =>
      withBox ? l.bbox!.y1 - l.bbox!.y0 <= h * 0.86 && l.text.length >= 15 : wrapped && l.text.length > full * 1.08;
    let top = -1;
    let pending = 0;
    for (let i = ls.length - 1; i >= 0; i--) {
      const l = ls[i]!;
      const start = ZONE_START.test(l.text);
      if (start && small(l)) {
        top = i;
        pending = 0;
        continue;
      }
      // A continuation line (up to 5 per note): small (boxes) or any length (text only: a note's last line is short).
      if (!start && pending < 5 && (withBox ? (l.bbox!.y1 - l.bbox!.y0 <= h * 0.86) : true)) {
        // The first small line under body-size lines, capitalised, opens the small print even without a number.
        const above = ls[i - 1];
        if (withBox && small(l) && /^[\p{Lu}(“"]/u.test(l.text) && above && !small(above) && above.bbox!.y1 - above.bbox!.y0 > h * 0.86) {
          top = i;
          unmarked.add(l);
          break;
        }
        pending++;
        continue;
      }
      break;
    }
    if (top >= 0) for (const l of ls.slice(top)) zone.add(l);
  }
  return { zone, unmarked };
}

/**
 * OCR and plain text lose superscripts: a footnote mark becomes digits glued to a word ("cán bộ1") and
 * the note a line starting with that number ("1 Việc tham mưu …"). A line counts as a footnote only when
 * an earlier line carries the same glued mark, or it sits in the page's small print (smallPrint), so
 * numbered text is not mistaken for notes. A note whose mark was lost keeps no mark here; extraction
 * pairs such notes with the headings of their page (see extract-plan).
 */
function markPlainFootnotes(lines: SourceLine[]): void {
  const GLUED = /(?<=[\p{L})”"])(\d{1,2})(?=[\s.,;:)]|$)/gu;
  const pageLen = new Map<number, number>();
  for (const l of lines) pageLen.set(l.page, Math.max(pageLen.get(l.page) ?? 0, l.line));
  const { zone, unmarked } = smallPrint(lines);
  const marks = new Map<string, { line: SourceLine; at: number; len: number }[]>();
  const notes = new Map<string, SourceLine>();
  // Notes without a readable glued mark: their marks are found per page once all notes are known.
  const deferred: { n: string; line: SourceLine }[] = [];
  let next = 1;
  let inNote = false;
  const damagedAbove = (l: SourceLine) => lines.slice(0, l.index).filter((x) => x.page === l.page && x.footnote === null && !x.skip && !zone.has(x) && DAMAGED.test(x.text));
  for (const l of lines) {
    if (l.skip || l.footnote !== null || l.text === '') {
      if (l.footnote !== null) next = Math.max(next, Number(l.footnote) + 1);
      continue;
    }
    const inZone = zone.has(l);
    // The note number itself may be misread too ("! Việc …", "? Việc …").
    const fn = (inZone ? ZONE_START : NOTE_START).exec(l.text) ?? (unmarked.has(l) ? Object.assign([''], { index: 0, input: l.text }) as unknown as RegExpExecArray : null);
    if (inZone && !fn) {
      // Small print between note starts continues the note above.
      if (inNote) l.noteCont = true;
      continue;
    }
    inNote = false;
    const digit = fn && /^\d+$/.test(fn[1]!) ? fn[1]! : null;
    // In the small print a number already used (or out of sequence) was misread: take the next one.
    const n = digit && (!inZone || (!notes.has(digit) && Number(digit) >= next - 1 && Number(digit) <= next + 2)) ? digit : fn ? String(next) : undefined;
    const damagedNumber = fn !== null && digit === null;
    if (fn && n && !notes.has(n)) {
      const glued = marks.has(n);
      // Without a readable mark: only the next note in sequence, in the lower half of its page.
      const lower = l.line > (pageLen.get(l.page) ?? 0) / 2 && Number(n) >= next && Number(n) <= next + 2;
      // A misread number is only trusted with a misread mark above it on the same page (one mark per
      // such note), or in the small print.
      const spare = damagedAbove(l).length > deferred.filter((d) => d.line.page === l.page).length;
      if (glued || inZone || (lower && (!damagedNumber || spare))) {
        if (!glued) {
          deferred.push({ n, line: l });
          l.noteFuzzy = true;
        }
        notes.set(n, l);
        l.footnote = n;
        next = Number(n) + 1;
        inNote = true;
        removeRange(l, 0, fn[0].length);
        continue;
      }
    }
    for (const m of l.text.matchAll(GLUED)) {
      // A glued number that is part of a code ("NĐ-CP2", "F1") is rare; years and dates never match.
      const g = m[1]!;
      if (Number(g) === 0) continue;
      marks.set(g, [...(marks.get(g) ?? []), { line: l, at: m.index ?? 0, len: g.length }]);
    }
  }
  // Glued marks of notes that were found; other glued numbers stay text.
  for (const n of [...marks.keys()]) if (!notes.has(n) || deferred.some((d) => d.n === n)) marks.delete(n);
  const marked = new Set([...marks.values()].flat().map((m) => m.line));
  for (const page of new Set(deferred.map((d) => d.line.page))) {
    const mine = deferred.filter((d) => d.line.page === page);
    const damagedSlots = headingEnds(lines, page, zone).filter((x) => !marked.has(x) && DAMAGED.test(x.text));
    // Notes are numbered in the order of their marks: with as many misread marks ("cán bộ!") on the page's
    // heading ends as notes, they pair in order. Otherwise (some marks lost altogether) the notes stay
    // unpaired here and extraction pairs them with the page's shortcoming headings (orphan-notes.ts).
    const targets = damagedSlots.length === mine.length ? damagedSlots : [];
    mine.forEach((d, i) => {
      const t = targets[i];
      if (!t) return;
      const m = DAMAGED.exec(t.text);
      marks.set(d.n, [{ line: t, at: m ? m.index : t.text.length, len: m ? m[0].length : 0 }]);
    });
  }
  const cuts = [...notes.keys()].flatMap((n) => (marks.get(n) ?? []).map((mk) => ({ ...mk, n })));
  // Right to left within a line so earlier offsets stay valid.
  cuts.sort((a, b) => a.line.index - b.line.index || b.at - a.at);
  for (const c of cuts) {
    if (c.line.footnote !== null) continue;
    removeRange(c.line, c.at, c.at + c.len);
    c.line.notes.unshift(c.n);
  }
}

const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s/;

/**
 * Last lines of the numbered headings of a page (where a heading's footnote mark sits): a numbered line, or
 * the short line that finishes it, not ending a sentence and followed by a new line that does not continue it.
 */
function headingEnds(lines: SourceLine[], page: number, zone: Set<SourceLine>): SourceLine[] {
  const ls = lines.filter((l) => l.page === page && !l.skip && l.text !== '' && l.footnote === null && !zone.has(l));
  const out: SourceLine[] = [];
  const ends = (x: SourceLine) => /[.;:,]$/.test(x.text.replace(DAMAGED, '').trimEnd());
  ls.forEach((l, i) => {
    if (!NUMBERED.test(l.text)) return;
    let end = l;
    let after = ls[i + 1];
    if (!ends(l) && after && /^[\p{Ll}\d]/u.test(after.text) && after.text.length < 60) {
      end = after;
      after = ls[i + 2];
    }
    if (ends(end) || (after && /^[\p{Ll}\d]/u.test(after.text))) return;
    out.push(end);
  });
  return out;
}

function cleanLine(
  raw: string,
  offset: number,
  base: Pick<SourceLine, 'index' | 'page' | 'line' | 'confidence' | 'bbox'>,
): SourceLine {
  const chars: string[] = [];
  const map: number[] = [];
  const notes: string[] = [];
  let footnote: string | null = null;
  const s = raw; // page text is NFC-normalised by extractPlan, so offsets stay valid
  let i = 0;
  // Leading markdown heading hashes.
  const h = /^\s*#{1,6}\s+/.exec(s);
  if (h) i = h[0].length;
  while (i < s.length) {
    const rest = s.slice(i);
    const sup = /^<sup>\s*(\d{1,2})\s*<\/sup>/i.exec(rest);
    if (sup) {
      if (chars.join('').trim() === '') footnote = sup[1] ?? null;
      else notes.push(sup[1] ?? '');
      i += sup[0].length;
      continue;
    }
    // A line break inside a converted table cell: an item or list mark after it starts a new item, else it is a
    // wrapped line (a space).
    const br = /^<br\s*\/?>\s*/i.exec(rest);
    if (br) {
      const next = rest.slice(br[0].length);
      // "¦" marks it (table cells only: read by the task-table reader, which splits items there).
      if (/^([-+•]|\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))\s|^\p{Lu}/u.test(next) && chars.join('').trim() !== '') {
        chars.push(' ', '¦');
        map.push(offset + i, offset + i);
      }
      chars.push(' ');
      map.push(offset + i);
      i += br[0].length;
      continue;
    }
    const tag = /^<\/?[a-z]+[^>]*>/i.exec(rest);
    if (tag) {
      i += tag[0].length;
      continue;
    }
    const c = s[i] ?? '';
    if (SUPERSCRIPT[c] !== undefined) {
      let n = '';
      while (i < s.length && SUPERSCRIPT[s[i] ?? ''] !== undefined) n += SUPERSCRIPT[s[i++] ?? ''];
      if (chars.join('').trim() === '') footnote = n;
      else notes.push(n);
      continue;
    }
    // "* " at the start of a line is a bullet; other stars are markdown emphasis.
    if (c === '*' && !(chars.join('').trim() === '' && /^\*\s+\S/.test(rest))) {
      i++;
      continue;
    }
    chars.push(c);
    map.push(offset + i);
    i++;
  }
  // Collapse whitespace, keeping the map aligned.
  const text: string[] = [];
  const tmap: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k] ?? '';
    const isSpace = /\s/.test(c);
    if (isSpace && (text.length === 0 || text[text.length - 1] === ' ')) continue;
    text.push(isSpace ? ' ' : c);
    tmap.push(map[k] ?? offset);
  }
  while (text.length && text[text.length - 1] === ' ') {
    text.pop();
    tmap.pop();
  }
  tmap.push(offset + raw.length);
  return { ...base, start: offset, end: offset + raw.length, raw, text: text.join(''), map: tmap, notes, footnote };
}

/** Provenance of clean characters [from, to) of `first` … `last` lines. */
export function provenanceOf(first: SourceLine, last: SourceLine = first, from = 0, to?: number): Provenance {
  const start = first.map[Math.min(from, first.map.length - 1)] ?? first.start;
  const endIdx = to === undefined ? last.text.length : Math.min(to, last.text.length);
  const end = endIdx >= last.text.length ? (last.map[last.text.length - 1] ?? last.end - 1) + 1 : (last.map[endIdx] ?? last.end);
  const sameP = first.page === last.page;
  const bbox = first.bbox && last.bbox && sameP
    ? { x0: Math.min(first.bbox.x0, last.bbox.x0), y0: Math.min(first.bbox.y0, last.bbox.y0), x1: Math.max(first.bbox.x1, last.bbox.x1), y1: Math.max(first.bbox.y1, last.bbox.y1) }
    : first.bbox;
  return {
    page: first.page,
    lineStart: first.line,
    lineEnd: sameP ? last.line : first.line,
    ...(bbox ? { bbox } : {}),
    charSpan: { start, end: sameP ? Math.max(end, start) : first.end },
  };
}
