import type { Provenance } from '../model/plan-document.ts';
import { parseLabel } from './labels.ts';
import { ORDINAL_WORDS, parseMarker, type Marker } from './markers.ts';
import { provenanceOf, type SourceLine } from './source-lines.ts';

/** A paragraph: consecutive lines joined, with its leading marker parsed. */
export interface Block {
  lines: SourceLine[];
  /** Joined clean text (lines joined with a space; a hyphen at a line end joins without one). */
  text: string;
  /** Block-text offset where each line starts. */
  starts: number[];
  marker: Marker | null;
  /** Text after the marker. */
  content: string;
  notes: string[];
  /** Footnote number when the block is a footnote. */
  footnote: string | null;
}

// A line ending in an opening quote ends a quotation OCR printed reversed (”…“).
const TERMINAL = /[.:;!?)”“"»]$/;
/** A heading line in capitals, two words or more ("NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC", also in bold). */
const CAPS_HEADING = /^\**\p{Lu}+(?:[\s,]+\p{Lu}+)+[\s,:]*\**$/u;

/** A quotation opened after a colon ("Đối với hạn chế: “…") and not yet closed. */
function openQuote(t: string): boolean {
  const open = t.lastIndexOf('“');
  return open > t.lastIndexOf('”') && /:\s*$/.test(t.slice(Math.max(0, open - 4), open));
}

function isHeadingLike(b: Block): boolean {
  // (A clause break inside it, "1. Đồng chí Bí thư chỉ đạo chung; đồng chí Phó Bí thư", makes it a wrapped sentence; so
  // does an assignment's opening, "2. Phân công đồng chí A, Đảng ủy viên, Chủ nhiệm Ủy ban" / "Kiểm tra …".)
  return b.marker !== null && b.marker.kind !== 'bullet' && b.text.length <= 150 && !/[.;]$/.test(b.text) && !/;\s/.test(b.text) && !/^\s*(?:Phân công|Giao)\s+(?:cho\s+)?đồng chí\s/u.test(b.content);
}

/** An area lead opening a paragraph: "Về sinh hoạt chi bộ khu dân cư: …". */
const AREA_LEAD = /^Về\s[^:.;]{2,60}:\s/u;

/**
 * Groups lines into paragraphs. A paragraph continues onto the next non-blank line unless that line
 * starts with a marker, or the previous line ended a sentence; across a blank line (or a footnote
 * wedged in by a page break) only lowercase starts, or a paragraph cut mid-sentence, continue.
 */
export function toBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null; // last body block (footnotes excluded)
  let footnoteBlock: Block | null = null;
  let blankSince = false;
  // Typical full line length: a line at least this long was wrapped by the layout, not ended by the writer.
  // Text without blank lines between paragraphs (OCR, PDF text): a line ending a sentence does not end the paragraph.
  const hasBlankLines = lines.filter((l) => l.text === '').length > lines.length * 0.15;
  const lens = lines.filter((l) => !l.skip && l.text !== '').map((l) => l.text.length).sort((a, b) => a - b);
  const fullLine = lens.length ? (lens[Math.floor(lens.length * 0.8)] ?? 0) * 0.85 : Infinity;
  const append = (b: Block, l: SourceLine) => {
    const joinNoSpace = /[-–]$/.test(b.text) && /^\p{Lu}{1,4}\//u.test(l.text); // "35-" + "NQ/TW"
    const sep = joinNoSpace ? '' : ' ';
    b.starts.push(b.text.length + sep.length);
    b.text += sep + l.text;
    b.content += sep + l.text;
    b.lines.push(l);
    b.notes.push(...l.notes);
  };
  // A block's marker and the content after it, read from its whole text (a footnote has none).
  const mark = (b: Block): Block => {
    b.marker = b.footnote === null ? parseMarker(b.text) : null;
    b.content = b.marker ? b.text.slice(b.marker.length) : b.text;
    return b;
  };
  const open = (l: SourceLine): Block => mark({ lines: [l], text: l.text, starts: [0], marker: null, content: l.text, notes: [...l.notes], footnote: l.footnote });
  // "## III." over "**NHIỆM VỤ, GIẢI PHÁP**": converted text may print a heading's number alone on its line.
  let bareNumber: SourceLine | null = null;
  const flushNumber = () => {
    if (!bareNumber) return;
    current = open(bareNumber);
    blocks.push(current);
    bareNumber = null;
  };
  for (const [i, l] of lines.entries()) {
    if (l.skip) continue;
    if (bareNumber) {
      if (/^\p{Lu}/u.test(l.text) && l.footnote === null) {
        const b = open(bareNumber);
        append(b, l);
        blocks.push(mark(b));
        current = b;
        bareNumber = null;
        blankSince = false;
        footnoteBlock = null;
        continue;
      }
      flushNumber();
    }
    // (Not the end of a wrapped sentence: "… tại điểm b khoản 1 Mục" / "II)".)
    // (OCR may read a stroke of the numeral as "l" or "1", two strokes as "H": "Il.", "HI." for "III.".)
    if (/^(?:[IVXHl1|]*[IVXH][IVXHl1|]*|\d{1,2}(?:\.\d{1,2}){0,2})\s*[.)]$/.test(l.text) && l.text.length <= 6 && l.footnote === null && (blankSince || !current || TERMINAL.test(current.text))) {
      bareNumber = l;
      continue;
    }
    // "HI" over "NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC": OCR lost the numeral's dot (and ran two strokes together); only before a
    // heading in capitals.
    // (Also "ll." for "III.", its strokes read as small L's.)
    if ((/^[IVXH][IVXHl1|]{0,3}$/.test(l.text) || /^l{2,3}\s*\.$/.test(l.text)) && l.footnote === null && (blankSince || !current || TERMINAL.test(current.text)) && CAPS_HEADING.test(lines.slice(i + 1).find((n) => !n.skip && n.text !== '')?.text ?? '')) {
      bareNumber = l;
      continue;
    }
    if (l.text === '' || /^[-_=*]{3,}$/.test(l.text) || /^\*$/.test(l.text)) {
      blankSince = true;
      footnoteBlock = null;
      continue;
    }
    // The small print of a page: a note's later lines belong to it, whatever they start with.
    if (l.noteCont && footnoteBlock) {
      append(footnoteBlock, l);
      continue;
    }
    if (l.footnote !== null) {
      footnoteBlock = open(l);
      blocks.push(footnoteBlock);
      blankSince = false;
      continue;
    }
    // Table rows ("| 1 | … |") are blocks of their own.
    if (/^\s*\|.*\|\s*$/.test(l.text)) {
      current = open(l);
      current.marker = null;
      current.content = l.text;
      blocks.push(current);
      current = null;
      blankSince = false;
      footnoteBlock = null;
      continue;
    }
    const marker = parseMarker(l.text);
    // "… nêu tại Mục" / "II. Phòng Kinh tế …": a sentence wrapped after a word that names a part goes on with its numeral.
    if (current && marker?.kind === 'roman' && !blankSince && /\s(?:Mục|Phần|Chương)$/u.test(current.text.trimEnd())) {
      append(current, l);
      continue;
    }
    // Inside an open quotation (“… over several lines, numbered sub-items included) the paragraph goes on.
    if (current && marker?.kind !== 'roman' && openQuote(current.text) && current.lines.length < 12) {
      append(current, l);
      blankSince = false;
      continue;
    }
    // "… tập trung vào: (1) X;" / "(2) Y; (3) Z": the next item of a list the paragraph began inline goes on in it.
    const item = marker?.kind === 'paren' ? /^\((\d{1,2})\)$/.exec(marker.number) : null;
    const before = item && Number(item[1]) >= 2 ? ` (${Number(item[1]) - 1}) ` : null;
    if (current && !blankSince && before && current.lines.some((c) => c.text.includes(before))) {
      append(current, l);
      continue;
    }
    // A full-width line without final punctuation was wrapped: "- Nội vụ …" or "21); …" on the next line
    // continue it (a hyphenated name or a parenthesis broken at the line end), only roman headings do not.
    const tail = current?.lines[current.lines.length - 1];
    // Not a bullet under a numbered topic heading that happens to fill the line ("4. Về công tác kiểm tra, …, đảng viên" /
    // "- Ủy ban Kiểm tra …").
    const underTopic = current !== null && marker?.kind === 'bullet' && current.lines.length === 1 && isHeadingLike(current) && /^\s*(?:Về|Đối với)\s/u.test(current.content);
    // (Nor an area lead under a one-line numbered heading: "2. Hạn chế qua kiểm điểm" / "Về X: …".)
    const areaUnderHeading = current !== null && current.marker !== null && current.lines.length === 1 && !marker && AREA_LEAD.test(l.text);
    // (Nor a label line under a full-width numbered heading: "2. Cho thuê Hội trường, …" / "Hạn chế, thiếu sót: …".)
    const underLabel = !marker ? parseLabel(l.text) : null;
    const labelUnderHeading = current !== null && underLabel !== null && isHeadingLike(current) && !current.text.includes(':') && /^[*_\s]*(?:Hạn chế|Khuyết điểm|Tồn tại|Thiếu sót|Biện pháp|Giải pháp|Nhiệm vụ|Trách nhiệm|Thời (?:gian|hạn))/u.test(underLabel.label);
    if (current && tail && !blankSince && marker?.kind !== 'roman' && !underTopic && !areaUnderHeading && !labelUnderHeading && tail.text.length >= fullLine && !TERMINAL.test(tail.text) && !(marker && parseLabel(l.text.slice(marker.length)))) {
      append(current, l);
      continue;
    }
    const lower = /^[\p{Ll}\d,;]/u.test(l.text) && !marker;
    // A footnote ends at the page end: the next page's first line continues the body, not the note.
    if (footnoteBlock && !blankSince && !marker && footnoteBlock.lines[footnoteBlock.lines.length - 1]?.page === l.page) {
      append(footnoteBlock, l);
      continue;
    }
    if (current && !marker) {
      const prev = current.text;
      const cutMidSentence = !TERMINAL.test(prev) && !isHeadingLike(current) && !/^\p{Lu}[^\p{Ll}]*$/u.test(prev);
      const lastLine = current.lines[current.lines.length - 1]!;
      const wrapped = lastLine.text.length >= fullLine && !TERMINAL.test(lastLine.text);
      const isLabel = parseLabel(l.text) !== null;
      // "Thứ hai, …" after a finished sentence opens the next paragraph numbered in words.
      const ordinal = ORDINAL_WORDS.test(l.text) && /[.:;]$/.test(prev.trim());
      // So does a quotation opening the line after one (“… ; / “… .”): each quoted finding is a paragraph.
      const quoteOpens = /^\s*“/u.test(l.text) && /[.;]\s*[”"]?$/u.test(prev.trim());
      // Without blank lines, a sentence that ends on a short line ends its paragraph ("… chủ yếu:" / "Về X: …").
      // A full stop on a line a little short, before a capital, ends it too: justified lines differ less.
      // (Also a quotation closing: "… bị thất lạc.”")
      const endsShort = !hasBlankLines && /[.:][”"]?$/u.test(lastLine.text.trim()) && lastLine.text.length < fullLine * (/^\p{Lu}/u.test(l.text) && /\.[”"]?$/u.test(lastLine.text.trim()) ? 1 : 0.8);
      // So does an area lead ("Về sinh hoạt chi bộ: …") after a finished sentence or a one-line numbered heading.
      const areaOpens = AREA_LEAD.test(l.text) && (/[.:;]$/.test(prev.trim()) || (current.marker !== null && current.lines.length === 1));
      // And a quotation the paragraph opened, closed at the line's end before a capital ("… nêu: “…" / "… thất lạc.”" /
      // "Giao X …"): the finding quoted, then the measure.
      const quoteCloses = /[.;]?[”"]$/u.test(lastLine.text.trim()) && /[“"]/u.test(current.text) && /^\p{Lu}/u.test(l.text);
      const noBlankGoesOn = !blankSince && !isLabel && !ordinal && !quoteOpens && !endsShort && !areaOpens && !quoteCloses && (wrapped || (!isHeadingLike(current) && (!TERMINAL.test(prev) || !hasBlankLines)));
      if (lower || noBlankGoesOn || (blankSince && cutMidSentence && prev.length > 60)) {
        append(current, l);
        blankSince = false;
        footnoteBlock = null;
        continue;
      }
    }
    current = open(l);
    blocks.push(current);
    blankSince = false;
    footnoteBlock = null;
  }
  flushNumber();
  return blocks;
}

/** Provenance of block-text characters [from, to). */
export function blockProvenance(b: Block, from = 0, to = b.text.length): Provenance {
  const locate = (pos: number, isEnd: boolean) => {
    let i = 0;
    for (let k = 0; k < b.starts.length; k++) if ((b.starts[k] ?? 0) <= (isEnd ? Math.max(pos - 1, 0) : pos)) i = k;
    const line = b.lines[i] ?? b.lines[0];
    return { line: line!, off: pos - (b.starts[i] ?? 0) };
  };
  const a = locate(from, false);
  const z = locate(to, true);
  return provenanceOf(a.line, z.line, Math.max(0, a.off), Math.max(0, z.off));
}

/** Mean OCR confidence of the block's lines. */
export function blockConfidence(b: Block): number {
  return b.lines.reduce((s, l) => s + l.confidence, 0) / Math.max(1, b.lines.length);
}

/**
 * "**6. Về công tác kiểm tra, giám sát.** Ủy ban Kiểm tra …": the length of a bold (or an italic area title: "*Về chế độ dinh dưỡng.*")
 * run-in heading at the start of a block's content (read on the raw line, the clean text has lost the marks), which is no
 * part of the item's text.
 */
export function runInHeading(b: Block): number {
  // (Also after the item's marker: "2. **Giám sát hải quan tại cửa khẩu.** 04/11 camera …".)
  const bold = /^\s*(?:(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s*)?(?:\*\*([^*]{3,120}?[.:])\*\*|\*(Về\s[^*]{2,100}?\.)\*)\s+[\p{Lu}\d]/u.exec(b.lines[0]?.raw ?? '');
  if (!bold) return 0;
  const heading = (bold[1] ?? bold[2]!).replace(/^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s*/u, '');
  if (!b.content.startsWith(heading)) return 0;
  return heading.length + (b.content.length - heading.length - b.content.slice(heading.length).trimStart().length);
}
