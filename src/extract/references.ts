import { iso } from './dates.ts';
import { DOC_TYPES, docType } from './doc-types.ts';
import { fold } from './fold.ts';
import { levenshtein } from './fuzzy.ts';

export interface ReferenceHit {
  type: string;
  typeCode: string | null;
  number: string | null;
  symbol: string;
  date: string | null;
  issuer: string | null;
  from: number;
  to: number;
  /** Read through OCR damage (a misread "số", digit, slash or date): give it a lower confidence. */
  fuzzy?: boolean;
}

const TYPE_ALT = [...new Set(DOC_TYPES.map(([n]) => fold(n)))].sort((a, b) => b.length - a.length).join('|');
/** Type codes of the genre (a closed set): where OCR turned the "/" after one into "I", "1" or "l". */
const CODE_ALT = [...new Set(DOC_TYPES.map(([, c]) => fold(c)))].sort((a, b) => b.length - a.length).join('|');
// Digits as OCR may print them: "O5", "2l", "I2" (folded: o, l, i, |).
const NUM = String.raw`(?:\d[\dol|]{0,4}|[ol|i]\d[\dol|]{0,3})`;
// Party "12-KL/TW", "35- NQ/TW" (split by a page break), "21 -KL/TW"; state "90/2020/NĐ-CP".
// OCR may split the issuer code ("NQ/T W") or read the slash as "I", "1", "l", "|" or "\".
const PARTY = String.raw`(${NUM})\s*[-–—~]\s*([a-z]{1,4})\s*[/|\\]\s*([a-z0-9]{1,10}(?:-[a-z0-9]{1,8})?)`;
const PARTY_SLASH = String.raw`(${NUM})\s*[-–—~]\s*(${CODE_ALT})\s?[1il7]\s?([a-z]{2,10})(?![a-z])`;
const STATE = String.raw`(${NUM})\/(\d{4})\/([a-z]{1,4})-([a-z0-9]{1,8})`;
// State administrative documents: number/type code-issuer ("38/KL-TTr"); a letter (công văn) has no type
// code, only issuer-unit ("412/UBND-NC").
const ADMIN = String.raw`(${NUM})\/([a-z]{1,5})-([a-z0-9]{1,10}(?:-[a-z0-9]{1,8})?)(?![a-z\d])`;
const SYMBOL = String.raw`(?:${PARTY}|${PARTY_SLASH}|${STATE}|${ADMIN})`;
// "số", also as OCR and repair leave it ("sé", "s6", "s0", "kế"): any short word before the symbol.
const SO = String.raw`(?:(s[oe06]|[a-z]{1,3}|[a-z]\d)\s*:?\s*)?`;

/**
 * Issuer codes of the Party's central and provincial bodies (Hướng dẫn 36-HD/VPTW and common practice): a
 * longer code one letter away from exactly one of them ("BTCTVW") is that code, read through OCR noise.
 */
const KNOWN_ISSUERS = ['BCHTW', 'BTCTW', 'BTGTW', 'BTGDVTW', 'BDVTW', 'BNCTW', 'BKTTW', 'UBKTTW', 'VPTW', 'ĐUQSTW', 'ĐUCA', 'BTCTU', 'BTGTU', 'BTGDVTU', 'BDVTU', 'UBKTTU', 'VPTU', 'BTCHU', 'UBKTHU', 'VPHU', 'BTCĐU', 'UBKTĐU', 'VPĐU'];

function snapIssuer(code: string): string | null {
  const c = code.toUpperCase();
  if (c.length < 4 || KNOWN_ISSUERS.includes(c)) return null;
  const near = KNOWN_ISSUERS.filter((k) => levenshtein(fold(k), fold(c), 1) <= 1);
  return near.length === 1 ? near[0]! : null;
}

/** Known issuer endings of Party symbols (TW, TU, HU, ĐU, QU …): a split code ("T WwW") is joined only into one of these. */
const ISSUER_END = /^(?:[A-ZĐ]{0,6})(?:TW|TU|HU|ĐU|QU|TƯ|DU)$/u;

const digits = (s: string) => s.replace(/o/g, '0').replace(/[li|]/g, '1');

/**
 * Cited documents: "<tên loại> số <symbol>(,) (ngày dd/mm/yyyy) (của <issuer>)", and "số <symbol>" with the
 * type taken from the symbol's code. Matching runs on folded text (offsets equal), values are cut from the
 * original text. OCR damage (a misread "số", letters for digits, a misread slash, a split issuer code, a
 * damaged "ngày" or date separators) is tolerated and flagged `fuzzy`.
 */
export function findReferences(text: string): ReferenceHit[] {
  const f = fold(text);
  const out: ReferenceHit[] = [];
  const typed = new RegExp(String.raw`(?<![a-z])(${TYPE_ALT})\s+${SO}${SYMBOL}`, 'gd');
  // A type with a qualifier before "số": "Kết luận thanh tra số …", "Quyết định kỷ luật số …".
  const qualified = new RegExp(String.raw`(?<![a-z])(${TYPE_ALT})(?:\s+[a-z]{2,}){1,2}\s+(so)\s*:?\s*${SYMBOL}`, 'gd');
  const bare = new RegExp(String.raw`(?<![a-z])s[oe06]\s*:?\s*${SYMBOL}`, 'gd');
  for (const [re, withType] of [[typed, true], [qualified, true], [bare, false]] as const) {
    for (const m of f.matchAll(re)) {
      const from = m.index ?? 0;
      if (out.some((h) => from < h.to && from + m[0].length > h.from)) continue;
      const hit = readHit(text, f, m, withType);
      if (hit) out.push(hit);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

function readHit(text: string, f: string, m: RegExpMatchArray & { indices?: ([number, number] | undefined)[] }, withType: boolean): ReferenceHit | null {
  // Groups (typed): type, số-word, party (num, code, issuer), slash-misread (num, code, issuer), state (num, year,
  // code, issuer), admin (num, code, issuer).
  const off = withType ? 0 : -2;
  const grp = (i: number) => (i + off >= 1 ? m[i + off] : undefined);
  const span = (i: number) => (i + off >= 1 ? m.indices?.[i + off] : undefined);
  const typeName = withType ? m[1] : undefined;
  const soWord = withType ? m[2] : undefined;
  const from = m.index ?? 0;
  let to = from + m[0].length;
  const party = grp(3) !== undefined ? 3 : grp(6) !== undefined ? 6 : null;
  let fuzzy = soWord !== undefined && !/^s[oe06]$/.test(soWord);
  if (party === 6) fuzzy = true; // the slash was misread
  const admin = grp(13) !== undefined;
  const numRaw = party ? grp(party)! : ((admin ? grp(13) : grp(9)) ?? '');
  const number = digits(numRaw);
  if (number !== numRaw) fuzzy = true;
  const codeIdx = party ? party + 1 : admin ? 14 : 11;
  let code = (grp(codeIdx) ?? '').toUpperCase();
  // "QĐĐ", "NNQ": OCR doubled a letter of a type code; the code with it collapsed is the known one.
  const knownCode = (c: string) => DOC_TYPES.some(([, k]) => fold(k) === c.toLowerCase());
  const doubled = party !== null && !knownCode(code) && knownCode(collapse(code));
  if (doubled) {
    code = collapse(code);
    fuzzy = true;
  }
  const dt = typeName ? docType(typeName) : null;
  const byCode = DOC_TYPES.find(([, c]) => fold(c) === code.toLowerCase());
  // A bare "số …" needs a known type code to be a citation.
  if (!withType && !byCode) return null;
  const cut = (i: number) => {
    const sp = span(i);
    return sp ? text.slice(sp[0], sp[1]) : '';
  };
  let symbol: string;
  if (admin) {
    symbol = `${number}/${cut(14)}-${cut(15)}`; // as printed: "KL-TTr" keeps its lower-case letters
  } else if (!party) {
    symbol = `${number}/${grp(10)}/${cut(11).toUpperCase()}-${cut(12).toUpperCase()}`;
  } else {
    // Symbol as printed (original letters), spaces dropped, digits repaired.
    let issuer = cut(party + 2);
    // "NQ/T W", "NQ/T WwW": a code split by OCR is joined when the result is a known issuer code.
    const split = /^\s([A-ZĐ][A-Za-zĐđ]{0,3})(?![\p{L}\d])/u.exec(text.slice(to));
    if (split && issuer.length <= 2) {
      const joined = collapse(`${issuer}${split[1]}`.toUpperCase());
      if (ISSUER_END.test(joined)) {
        issuer = joined;
        to += split[0].length;
        fuzzy = true;
      }
    }
    if (/[|\\]/.test(m[0])) fuzzy = true;
    const snapped = snapIssuer(issuer);
    if (snapped) {
      issuer = snapped;
      fuzzy = true;
    }
    const codeText = doubled ? collapse(cut(party + 1).replace(/Ð/g, 'Đ').toUpperCase()) : cut(party + 1);
    symbol = `${number}-${codeText}/${issuer}`;
  }
  let date: string | null = null;
  const d = readDate(f.slice(to));
  if (d) {
    date = d.date;
    to += d.length;
    if (d.fuzzy) fuzzy = true;
  }
  let issuer: string | null = null;
  const c = /^\s*,?\s*cua\s+/.exec(f.slice(to));
  if (c) {
    const start = to + c[0].length;
    const rest = text.slice(start);
    const stop = /\s(?:về|ve viec|về việc|thực hiện|triển khai|ban hành|và|trong|đối với|hướng dẫn|quy định)\s|[,;.:()]|$/u.exec(rest);
    const iss = rest.slice(0, stop ? stop.index : rest.length).trim();
    if (iss && /^\p{Lu}/u.test(iss)) {
      issuer = iss;
      to = start + iss.length;
    }
  }
  const type = dt?.name ?? (typeName ? text.slice(from, from + typeName.length) : byCode![0]);
  return { type, typeCode: dt?.code ?? byCode?.[1] ?? (code || null), number, symbol: symbol.replace(/[,.;]+$/, ''), date, issuer, from, to, ...(fuzzy ? { fuzzy: true } : {}) };
}

/** "WWW" → "W": OCR repeats the strokes of a wide letter. */
function collapse(s: string): string {
  return s.replace(/(.)\1+/gu, '$1');
}

/**
 * "(,) (ban hành) ngày dd/mm/yyyy" or "ngày dd tháng mm năm yyyy" right after a symbol (folded text). OCR may
 * damage "ngày" ("ngav", "ngàỵ" → "ngay" after folding), print letters for digits (O, l, I) or read a slash as
 * "I", "l" or "|": such dates are accepted when they parse to a real calendar date, and flagged fuzzy.
 */
export function readDate(f: string): { date: string; length: number; fuzzy: boolean } | null {
  const exact = /^\s*,?\s*(?:ban hanh\s*)?(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/.exec(f) ?? /^\s*,?\s*(?:ban hanh\s*)?ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})(?!\d)/.exec(f);
  if (exact) {
    const date = iso(+exact[3]!, +exact[2]!, +exact[1]!);
    return date ? { date, length: exact[0].length, fuzzy: false } : null;
  }
  const DG = String.raw`[\do]`;
  const SEP = String.raw`\s*[/.\-|\\il1]\s*`;
  const loose = new RegExp(String.raw`^\s*[,.]?\s*(?:ban hanh\s*)?(?:ng[a-z]{1,2}y?\s*|n[a-z]ay\s*)?(${DG}{1,2}|[l|i]${DG}?)${SEP}(${DG}{1,2}|[l|i]${DG}?)${SEP}(${DG}{4})(?![\d])`).exec(f);
  if (!loose) return null;
  const [d, mo, y] = [loose[1]!, loose[2]!, loose[3]!].map(digits);
  const date = iso(+y!, +mo!, +d!);
  return date ? { date, length: loose[0].length, fuzzy: true } : null;
}
