import { fold } from './fold.ts';
/**
 * Leading markers of a line: roman section numbers, decimal numbering, parenthesised numbers, letters,
 * bullets. Tolerates OCR damage of roman numerals ("[.", "I1I.", "Il.") and flags such matches as fuzzy.
 */
export type MarkerKind = 'roman' | 'upper' | 'decimal' | 'paren' | 'letter' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** Normalised number: "II", "A", "1", "1.1", "(1)", "a"; bullet char for bullets ("-", "+"). */
  number: string;
  /** Length of the marker (and following spaces) in the line's clean text. */
  length: number;
  fuzzy: boolean;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanToInt(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const VALID_ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/** Characters OCR reads in place of "I" in a roman numeral. */
const ROMAN_I = /[1l|[\]!íÍìÌÏïÎî]/g;

/** "IL" for "II": parts never reach 50, so an L that makes the numeral invalid is a misread I. */
function lToI(r: string): string {
  return VALID_ROMAN.test(r) ? r : r.replace(/L/g, 'I');
}

export function parseMarker(text: string): Marker | null {
  // Roman: "II.", "II-", "III –", "IV)" followed by a heading word.
  const roman = /^((?:[IVXLl1|[\]!íÍìÌÏïÎî]|[HJ](?=[Il1|]))(?:[IVXLl1|[\]!íÍìÌÏïÎîH]{0,3}[IVXLl1|[\]!íÍìÌÏïÎîH])?)\s*[.\-–—:)]\s*(?=\S)/.exec(text);
  if (roman) {
    const rawNum = roman[1] ?? '';
    // Two strokes run together read as "H" ("IHI.", "IH." or "HI." for "III.": the part sequence fixes the count).
    // A leading "J" is a stroke with a serif ("JII." for "III.").
    const fixed = lToI(rawNum.replace(ROMAN_I, 'I').replace(/^J/, 'I').replace(/^H(?=I)/, 'II').replace(/(?<=I)H(?=I)/g, 'I').replace(/(?<=I)H$/, 'II'));
    // Pure digits are decimal numbering, not a damaged roman numeral.
    // ("ll." over a heading in capitals: the strokes of "II." or "III." read as small L's.)
    const strokes = /^l{2,3}$/.test(rawNum) && /^\p{Lu}{2,}(?:[\s,]+\p{Lu}+)+/u.test(text.slice(roman[0].length));
    if ((/[IVXLÏÌÍïìíÎî]|[[\]|!]/.test(rawNum) || strokes) && VALID_ROMAN.test(fixed) && fixed.length > 0 && /\p{Lu}/u.test(text.slice(roman[0].length, roman[0].length + 1))) {
      return { kind: 'roman', number: fixed, length: roman[0].length, fuzzy: fixed !== rawNum };
    }
  }
  // "H. HẠN CHẾ, KHUYẾT ĐIỂM …": "II." with its two strokes run together, before a heading in capitals (a part
  // lettered "H." would be the eighth, which plans hardly reach).
  // (Also "HH.", each stroke with its serifs read as an H.)
  const twoStrokes = /^HH?\s*[.\-–:]\s*(?=\p{Lu}{2,}(?:[\s,]+\p{Lu}+)+[\s,.:]*$)/u.exec(text);
  if (twoStrokes) return { kind: 'roman', number: 'II', length: twoStrokes[0].length, fuzzy: true };
  // "I MỤC ĐÍCH, YÊU CẦU": the dot lost before a heading in capitals (two words or more).
  // Also "HI NHIỆM VỤ, …": "III" with two strokes run together, its dot lost.
  // (OCR may print a letter of the heading in lower case: "II TỒN TẠI, HẠN CHEẫE THEO KET LUẬN".)
  const bare = /^((?:[HJ](?=[Il1|]))?[IVXL1l|ÏÌÍ]{1,4})\s+(?=\p{Lu})/u.exec(text);
  if (bare && /[IVXLÏÌÍl|]/.test(bare[1] ?? '') && capitalsHeading(text.slice(bare[0].length))) {
    const fixed = lToI((bare[1] ?? '').replace(ROMAN_I, 'I').replace(/^J/, 'I').replace(/^H(?=I)/, 'II'));
    if (VALID_ROMAN.test(fixed)) return { kind: 'roman', number: fixed, length: bare[0].length, fuzzy: true };
  }
  // "1- Mục đích": the genre numbers with "1." or "1)"; a lone 1/l/| before a hyphen is a misread "I-".
  const romanOne = /^([1l|])\s*[-–]\s+(?=\p{Lu})/u.exec(text);
  if (romanOne) return { kind: 'roman', number: 'I', length: romanOne[0].length, fuzzy: true };
  // "A. Về lãnh đạo, chỉ đạo": capital-letter parts between roman parts and decimal items (not the letters of
  // roman numerals, which are read above).
  const upper = /^([A-HK-UWYĐ])\.\s+(?=\p{Lu})/u.exec(text);
  if (upper) return { kind: 'upper', number: upper[1] ?? '', length: upper[0].length, fuzzy: false };
  // Decimal: "1.", "2.1.", "2.1", "1)", "9.2".
  // ("2. 05 hồ chứa …": a count after the item's number, not a sub-number; "2. 1." keeps its closing dot.)
  const counted = /^\d{1,2}\.\s(?=\d{1,2}\s+\p{Ll})/u.exec(text);
  const dec = counted ? ([counted[0], counted[0].slice(0, -2), '.'] as const) : /^(\d{1,2}(?:\s?\.\s?\d{1,2}){0,3})\s?(\.|\))?\s*(?=\S)/.exec(text);
  if (dec && (dec[2] !== undefined || /\./.test(dec[1] ?? ''))) {
    const num = (dec[1] ?? '').replace(/\s/g, '');
    // Dates like "19/3/2026" or amounts never reach here (they need a dot or paren right after).
    const after = text.slice(dec[0].length);
    if (counted || (!/^\d/.test(after) && !/^[/%;,:]/.test(after))) return { kind: 'decimal', number: num, length: dec[0].length, fuzzy: false };
  }
  // "{." / "}." for "1." (braces never occur in roman numerals), before a capitalised word.
  const brace = /^[{}]\s?[.)]\s*(?=\p{Lu})/u.exec(text);
  if (brace) return { kind: 'decimal', number: '1', length: brace[0].length, fuzzy: true };
  // OCR reads the dot of "1." as ";", "," or ":" — accepted before a capitalised word only.
  const misread = /^(\d{1,2})[;,:]\s+(?=\p{Lu})/u.exec(text);
  if (misread) return { kind: 'decimal', number: misread[1] ?? '', length: misread[0].length, fuzzy: true };
  // "(ii)", "(iii)", "(iv)": items numbered with small roman numerals, siblings of "(i)" (read as a letter).
  // "1/ Giá gói thầu …": items numbered with a slash, as many offices write them (before a capitalised word, so a
  // date or a ratio "2/3 số hộ" is never one).
  const slash = /^(\d{1,2})\/\s+(?=\p{Lu})/u.exec(text);
  if (slash) return { kind: 'paren', number: `(${slash[1]})`, length: slash[0].length, fuzzy: false };
  // "Nhiệm vụ 1: Kiểm kê …", "Giải pháp 2. Rà soát …": measures numbered with a word, items like "(1)".
  const measure = /^(?:Nhiệm vụ|Giải pháp|Biện pháp|Nội dung(?: khắc phục)?)\s+(\d{1,2})\s*[:.]\s+(?=\p{Lu})/u.exec(text);
  if (measure) return { kind: 'paren', number: `(${measure[1]})`, length: measure[0].length, fuzzy: false };
  const paren = /^\(\s?(\d{1,2}|i{2,3}|iv|vi{1,3}|ix|[a-zđ])\s?\)\s?\.?\s*(?=\S)/.exec(text);
  if (paren) {
    const n = paren[1] ?? '';
    return /\d/.test(n)
      ? { kind: 'paren', number: `(${n})`, length: paren[0].length, fuzzy: false }
      : { kind: 'letter', number: n, length: paren[0].length, fuzzy: false };
  }
  // "a)", and "a." before a capitalised word ("a. Lãnh đạo quản lý …").
  const letter = /^([a-zđ])\s?\)\s*(?=\S)/.exec(text) ?? /^([a-zđ])\.\s+(?=\p{Lu})/u.exec(text);
  if (letter) return { kind: 'letter', number: letter[1] ?? '', length: letter[0].length, fuzzy: false };
  // A list letter that repair or OCR gave a mark ("á) Thẩm tra …"): no word stands alone before ")".
  const marked = /^(\p{Ll})\)\s*(?=\S)/u.exec(text);
  const plain = marked ? fold(marked[1]!) : '';
  if (marked && /^[a-z]$/.test(plain)) return { kind: 'letter', number: plain, length: marked[0].length, fuzzy: true };
  const bullet = /^([-–—+•*·◦▪])(?:\s*([-+•*]))?\s+(?=\S)/.exec(text);
  if (bullet) return { kind: 'bullet', number: bullet[2] ?? (bullet[1] === '–' || bullet[1] === '—' ? '-' : (bullet[1] ?? '-')), length: bullet[0].length, fuzzy: false };
  return null;
}

/** Paragraphs numbered in words: "Thứ nhất, …", "Thứ hai: …", "Một là, …". */
/** "Thứ nhất" … "Thứ mười" and "Một là" … "Tám là": the words that open a point counted in prose. */
export const ORDINAL_THU = 'Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)';
export const ORDINAL_LA = '(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám) là';
// (A note on the point's source may stand before its comma: "Bốn là (Đảng ủy tự nhận), …".)
export const ORDINAL_WORDS = new RegExp(String.raw`^\s*(?:${ORDINAL_THU}(?:\s*\([^()]{0,60}\))?(?:\s*[,:]|\s+là\s*,?)|${ORDINAL_LA}(?:\s*\([^()]{0,60}\))?\s*[,:])\s*`, 'u');

export function intToRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) {
    out += r;
    n -= v;
  }
  return out;
}

/** Depth of a decimal number: "1" → 1, "1.1" → 2. */
export function decimalDepth(n: string): number {
  return n.split('.').length;
}

/** A heading in capitals of two words or more, allowing a letter or two that OCR printed in lower case. */
function capitalsHeading(rest: string): boolean {
  if (!/^\p{Lu}+(?:[\s,]+\p{L}+)+[\s,]*$/u.test(rest)) return false;
  const letters = rest.match(/\p{L}/gu) ?? [];
  const lower = rest.match(/\p{Ll}/gu) ?? [];
  return lower.length <= Math.max(1, letters.length * 0.05);
}
