import { FUZZY_PENALTY, type Found } from './field.ts';
import { docType } from './doc-types.ts';
import { digitFold, fold } from './fold.ts';
import { THANG } from './ocr-words.ts';
import { matchPrefix, unconfuse } from './fuzzy.ts';
import { readSymbol, SO_WORD } from './symbol-grammar.ts';
import { iso } from './dates.ts';
import { provenanceOf, type SourceLine } from './source-lines.ts';

export interface Header {
  type?: Found<string>;
  typeCode?: Found<string>;
  number?: Found<string | null>;
  symbol?: Found<string>;
  issuerName?: Found<string>;
  issuerParent?: Found<string>;
  place?: Found<string>;
  date?: Found<string>;
  title?: Found<string>;
  /** Index (in the line list) of the first body line. */
  bodyStart: number;
}

const MOTTOS = ['dang cong san viet nam', 'cong hoa xa hoi chu nghia viet nam', 'doc lap - tu do - hanh phuc', 'doc lap tu do hanh phuc'];
/** The header occupies the first lines only; a body marker or the opening sentence ends it. */
const HEADER_MAX_LINES = 40;
const BODY_OPENERS = /^(thuc hien|can cu|theo|qua|nham|de )/;

function found<T>(value: T, line: SourceLine, from = 0, to?: number, fuzzy = false): Found<T> {
  return { value, text: line.text.slice(from, to), confidence: line.confidence * (fuzzy ? FUZZY_PENALTY : 1), provenance: provenanceOf(line, line, from, to), ...(fuzzy ? { fuzzy } : {}) };
}

/** Removes motto phrases that a two-column header puts on the same OCR line as the issuer. */
function withoutMottos(text: string): { text: string; hadMotto: boolean } {
  const f = fold(text);
  for (const m of MOTTOS) {
    const at = f.indexOf(m);
    if (at >= 0) return { text: (text.slice(0, at) + text.slice(at + m.length)).trim(), hadMotto: true };
  }
  return { text, hadMotto: false };
}

/** Parses "Số 31-KH/ĐU", "Số: 30/2020/NĐ-CP", "Số: 245/KH-SNV", "S6 31 -KH/PU", "Số -KH/ĐU" (number left blank). */
export function parseNumberLine(text: string): { number: string | null; symbol: string; typeCode: string; at: number; end: number; fuzzy: boolean } | null {
  const f = fold(text);
  const so = new RegExp(String.raw`^(${SO_WORD})(?![a-z])\s*[:.]?\s*`).exec(f);
  if (!so) return null;
  const sym = readSymbol(text, so[0].length, { blankNumber: true }, f);
  if (!sym) return null;
  return { number: sym.number, symbol: sym.symbol, typeCode: sym.typeCode, at: sym.from, end: sym.to, fuzzy: sym.fuzzy || so[1] !== 'so' };
}

/** "Cao Minh, ngày 17 tháng 11 năm 2025" → place + ISO date; tolerant to lost marks. */
export function parsePlaceDate(text: string): { place: string; date: string; placeEnd: number; fuzzy: boolean } | null {
  const plain = fold(text);
  // Letters for digits ("l7", "2O25") and damaged words ("ngàỵ", "thảng", "trang") are tolerated, and flagged.
  const f = digitFold(plain);
  const m =
    new RegExp(String.raw`^(.{2,60}?)\s*,\s*ng[a-z]{1,2}y?\s*(\d{1,2})\s*${THANG}\s*(\d{1,2})\s*n[a-z]m\s*(\d{4})`).exec(f) ??
    /^(.{2,60}?)\s*,\s*ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/.exec(f);
  if (!m) return null;
  const d = iso(Number(m[4]), Number(m[3]), Number(m[2]));
  if (!d) return null;
  const placeEnd = (m[1] ?? '').length;
  const exact = f.slice(0, m[0].length) === plain.slice(0, m[0].length) && /ngay\s*\d{1,2}\s*(thang|[/.-])/.test(m[0]);
  return { place: text.slice(0, placeEnd).trim(), date: d, placeEnd, fuzzy: !exact || !/ng[àa]y/.test(text) };
}

/**
 * "*Phù Cát, ngày 21 tháng 4*" … "Số 18-KH/ĐU *năm 2026*": a converter put the date's year on a later header line; the
 * place and date with that year, or the text unchanged.
 */
function withCarriedYear(part: string, next: readonly SourceLine[]): string {
  if (!/ng[àa]y\s*\d{1,2}\s*tháng\s*\d{1,2}(?:\s*năm)?[\s*_]*$/u.test(part)) return part;
  const year = next.map((l) => /(?:^|[\s*_])(?:năm\s*)?(\d{4})[\s*_]*$/u.exec(l.text)?.[1]).find(Boolean);
  return year ? `${part.replace(/(?:\s*năm)?[\s*_]*$/u, '')} năm ${year}` : part;
}

const isUpperLine = (t: string) => /\p{Lu}/u.test(t) && t === t.toUpperCase() && /\p{L}{2}/u.test(t);

/** Reads the header block (issuer, number/symbol, place/date, type and title) from the first lines. */
export function parseHeader(lines: readonly SourceLine[]): Header {
  const h: Header = { bodyStart: 0 };
  const limit = Math.min(lines.length, HEADER_MAX_LINES);
  const issuerLines: { line: SourceLine; text: string; at: number }[] = [];
  let typeIdx = -1;
  for (let i = 0; i < limit; i++) {
    const l = lines[i]!;
    if (l.text === '') continue;
    const f = fold(l.text);
    if (parseMarkerLike(l.text) || (BODY_OPENERS.test(f) && typeIdx >= 0 && i > typeIdx + 1 && h.title)) break;
    // Several header parts may share one OCR line (two columns): try each on the line and on its parts.
    // A converter's header table ("| ĐẢNG BỘ … | ĐẢNG CỘNG SẢN VIỆT NAM |") is two columns too.
    // The number starts a part of its own where a converter ran the header lines together ("… CHI BỘ X * Số 07-KH/CB …").
    // (Also an issuer line run into the place and date: "DỊCH VỤ THẠNH LỢI Trường Xuân, ngày 09 tháng 4 năm 2026".)
    const parts = l.text.split(/\s{3,}|\t+|\s*\|\s*|\s+(?=Số:?\s*\d{1,4}\s*[-/])|(?<=\p{Lu}{2})\s+(?=\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*){0,3},\s*ng[àa]y\s)/u);
    let offset = 0;
    for (const partRaw of parts) {
      const from = l.text.indexOf(partRaw, offset);
      offset = from + partRaw.length;
      const { text: part } = withoutMottos(partRaw);
      if (part === '' || part === '*') continue;
      const num = !h.symbol ? parseNumberLine(part) : null;
      if (num) {
        const at = from + partRaw.indexOf(part);
        h.symbol = found(num.symbol, l, at + num.at, at + num.end, num.fuzzy);
        h.number = found(num.number, l, at + num.at, at + num.end, num.fuzzy);
        h.typeCode = found(num.typeCode, l, at + num.at, at + num.end, num.fuzzy);
        // "Số 31-KH/ĐU Cao Minh, ngày …" on one OCR line.
        const tail = part.slice(num.end);
        const tailAt = at + num.end + (tail.length - tail.trimStart().length);
        const pd2 = !h.date ? parsePlaceDate(tail.trim()) : null;
        if (pd2) {
          h.place = found(pd2.place, l, tailAt, tailAt + pd2.placeEnd, pd2.fuzzy);
          h.date = found(pd2.date, l, tailAt, tailAt + tail.trim().length, pd2.fuzzy);
        }
        continue;
      }
      const pd = !h.date ? (parsePlaceDate(part) ?? parsePlaceDate(withCarriedYear(part, lines.slice(i + 1, i + 3)))) : null;
      if (pd) {
        const at = from + partRaw.indexOf(part);
        h.place = found(pd.place, l, at, at + pd.placeEnd, pd.fuzzy);
        h.date = found(pd.date, l, at, at + part.length, pd.fuzzy);
        continue;
      }
      const t = typeIdx < 0 && isUpperLine(part) ? docTypeFuzzy(part) : null;
      if (t) {
        typeIdx = i;
        h.type = found(part.trim(), l, from, from + partRaw.length, t.fuzzy);
        if (!h.typeCode) h.typeCode = found(t.code, l, from, from + partRaw.length, t.fuzzy);
        continue;
      }
      if (typeIdx < 0 && !h.symbol && isUpperLine(part) && part.length <= 120) {
        const text = part.replace(/^[-*\s]+|[-*\s]+$/g, '');
        const at = from + partRaw.indexOf(part) + part.indexOf(text);
        const cut = issuerCut(text);
        if (cut > 0) {
          const body = text.slice(cut).replace(/^[-*\s]+/, '');
          issuerLines.push({ line: l, text: text.slice(0, cut).trimEnd(), at }, { line: l, text: body, at: at + text.indexOf(body, cut) });
        } else if (part.length <= 80) issuerLines.push({ line: l, text, at });
      }
    }
    if (typeIdx >= 0 && i > typeIdx) {
      // Title: the lines right after the type line, up to a blank line or the opening sentence.
      const titleLines: SourceLine[] = [];
      let j = i;
      for (; j < limit; j++) {
        const t = lines[j]!;
        if (t.text === '' || /^[-_=*]{3,}$/.test(t.text)) break;
        if (titleLines.length > 0 && (parseMarkerLike(t.text) || /^(thuc hien|can cu|tren co so)/.test(fold(t.text)))) break;
        titleLines.push(t);
        if (titleLines.length >= 5) break;
      }
      if (titleLines.length) {
        const first = titleLines[0]!;
        const last = titleLines[titleLines.length - 1]!;
        h.title = { value: titleLines.map((t) => t.text).join(' ').trim(), text: titleLines.map((t) => t.text).join('\n'), confidence: first.confidence, provenance: provenanceOf(first, last) };
      }
      h.bodyStart = j;
      break;
    }
  }
  // State bodies print their name over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH"): one name.
  const last = issuerLines[issuerLines.length - 1];
  const prev = issuerLines[issuerLines.length - 2];
  // A body's name wrapped over two lines: "ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN", "CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP" / "DỊCH VỤ
  // THẠNH LỢI" (a last line that opens with no body's or level's word).
  const level = last && /^(tinh|thanh pho|huyen|quan|xa|phuong|thi xa|thi tran)\s/.test(fold(last.text)) && prev && /^(uy ban|hoi dong|so|ban|van phong|cuc|bo)\s/.test(fold(prev.text));
  const wrapped = last && prev && /^(dang uy|chi bo|dang doan)\s/.test(fold(prev.text)) && !/^(dang|chi bo|uy ban|ubnd|so|ban|bo|cuc|chi cuc|hoi|doan|cong an|tinh|thanh|huyen|quan|xa|phuong|thi)\s/.test(fold(last.text));
  if (last && prev && (level || wrapped)) {
    issuerLines.splice(issuerLines.length - 2, 2, { ...prev, text: `${prev.text} ${last.text}` });
    h.issuerName = { value: `${prev.text} ${last.text}`, text: `${prev.text}\n${last.text}`, confidence: prev.line.confidence, provenance: provenanceOf(prev.line, last.line, prev.at, last.at + last.text.length) };
  }
  if (issuerLines.length) {
    const name = issuerLines[issuerLines.length - 1]!;
    if (!h.issuerName) h.issuerName = found(name.text, name.line, name.at, name.at + name.text.length);
    if (issuerLines.length >= 2) {
      const parent = issuerLines[issuerLines.length - 2]!;
      h.issuerParent = found(parent.text, parent.line, parent.at, parent.at + parent.text.length);
    }
  }
  if (typeIdx < 0) h.bodyStart = 0;
  return h;
}

/** Where the issuing body starts in a superior and an issuing body run into one line, or -1. */
const BODY_START = /(?<=\s)(?:ĐẢNG ỦY|CHI BỘ|ĐẢNG ĐOÀN|BAN CÁN SỰ|BAN THƯỜNG VỤ|BCH|SỞ|BAN|ỦY BAN|UBND|TRUNG TÂM|TRƯỜNG|BỆNH VIỆN|CÔNG AN|CỤC|CHI CỤC|PHÒNG|VĂN PHÒNG|THANH TRA|THUẾ|BẢO HIỂM XÃ HỘI|HUYỆN ỦY|THỊ ỦY|QUẬN ỦY|THÀNH ỦY|TỈNH ỦY|HỘI|ĐOÀN)\s/gu;
function issuerCut(text: string): number {
  const superior = /^(ĐẢNG BỘ|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|THỊ ỦY|QUẬN ỦY|ỦY BAN NHÂN DÂN|UBND|BỘ|SỞ|BẢO HIỂM XÃ HỘI|THUẾ|CÔNG AN|BCH)\s/u.test(text);
  if (!superior) return -1;
  for (const m of text.matchAll(BODY_START)) {
    const before = fold(text.slice(0, m.index));
    // The superior names its territory or ministry first ("ĐẢNG BỘ TỈNH NGHỆ AN", "UBND TỈNH HÀ TĨNH", "ĐẢNG BỘ
    // BỘ …"); "ĐẢNG ỦY CƠ QUAN SỞ TÀI CHÍNH" is one body.
    // ("ĐẢNG BỘ XÃ TRƯỜNG XUÂN" names a commune called Trường …, not a school: the level word needs its name before the body.)
    if (/\s(tinh|thanh pho|xa|phuong|huyen|quan|thi xa|dac khu|khoi|tw|trung uong)\s\S/.test(before) || /^dang bo bo\s\S/.test(before) || /^(tinh|thanh|huyen|thi|quan) uy\s\S/.test(before)) return m.index;
  }
  return -1;
}

function parseMarkerLike(text: string): boolean {
  return /^(?:[IVX]{1,4}|\d{1,2})\s*[.\-–)]\s+\p{Lu}/u.test(text) && !/^\d{1,2}\s*[-–]\s*\p{Lu}{1,4}\//u.test(text);
}

function docTypeFuzzy(text: string): { code: string; fuzzy: boolean } | null {
  const t = text.replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  const exact = docType(t);
  if (exact) return { code: exact.code, fuzzy: false };
  const f = unconfuse(fold(t));
  if (f.length < 4 || f.length > 16) return null;
  const m = matchPrefix(f, ['ke hoach', 'nghi quyet', 'quyet dinh', 'chi thi', 'ket luan', 'thong bao', 'bao cao', 'chuong trinh', 'huong dan', 'quy dinh', 'thong tri', 'de an', 'to trinh', 'nghi dinh', 'thong tu'], 0.25);
  if (m && Math.abs(m.length - f.length) <= 1) {
    const dt = docType(m.phrase);
    if (dt) return { code: dt.code, fuzzy: true };
  }
  return null;
}
