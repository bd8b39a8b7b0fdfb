import { DOC_TYPES } from './doc-types.ts';
import { fold } from './fold.ts';
import { levenshtein } from './fuzzy.ts';

/**
 * The grammar of a document symbol (số và ký hiệu), shared by the header's number line and by citations:
 *  - party: number-TYPE/ISSUER ("31-KH/ĐU", "15-KH/BTCTU", "09-TB/UBKTĐU"; Hướng dẫn 36-HD/VPTW);
 *  - state: number/year/TYPE-ISSUER ("43/2023/NĐ-CP"; Nghị định 30/2020/NĐ-CP);
 *  - admin: number/TYPE-ISSUER ("245/KH-SNV", "38/KL-TTr"), or a letter's number/ISSUER-UNIT ("412/UBND-NC");
 *  - law: number/year/LEGISLATURE, acts of the National Assembly or its Standing Committee, which carry no type
 *    code ("72/2025/QH15" a Luật, "02/2022/UBTVQH15" a Pháp lệnh).
 * Matching runs on folded text (fold keeps offsets), values are cut from the original text. OCR damage is
 * tolerated and flagged `fuzzy`: letters for digits, spaces around "-" and "/", a slash read as I/1/l/7/|/\,
 * P/B/D for the Đ of "ĐU", a doubled letter in a type code, a split or one-letter-off Party issuer code and
 * a damaged mixed-case state code ("TTIr", "TTt" for "TTr").
 */

export type SymbolFormat = 'party' | 'state' | 'admin' | 'law';

export interface DocSymbol {
  format: SymbolFormat;
  /** Digits repaired ("2l" → "21"); null where the number is left blank ("Số -KH/ĐU", a draft). */
  number: string | null;
  year: string | null;
  /** The part before the issuer as printed (repaired): a type code ("KH", "QĐ", "TTr"), or a letter's body ("UBND"); "" in a law's. */
  typeCode: string;
  issuer: string;
  symbol: string;
  /** Offsets of the symbol in the text. */
  from: number;
  to: number;
  fuzzy: boolean;
}

/** The word "số" (folded) as OCR leaves it: "sé", "s6", "s0", "56", and with its mark read as a digit ("S60:"). */
export const SO_WORD = String.raw`[s5][oe06][0o]?`;

/** Canonical type name and code of a type code in any case or marks ("QD" → Quyết định/QĐ); null if unknown. */
export function typeByCode(code: string): { name: string; code: string } | null {
  const c = fold(code);
  const t = DOC_TYPES.find(([, k]) => fold(k) === c);
  return t ? { name: t[0], code: t[1] } : null;
}

/** Letters OCR prints for digits ("O5", "2l", "I2"; folded): read as digits. */
export const ocrDigits = (s: string) => s.replace(/o/g, '0').replace(/[li|]/g, '1');

/** Type codes of the genre (a closed set), folded, longest first: after one a misread slash is recognised. */
const CODE_ALT = [...new Set(DOC_TYPES.map(([, c]) => fold(c)))].sort((a, b) => b.length - a.length).join('|');
// Digits as OCR may print them: "O5", "2l", "I2" (folded: o, l, i, |); a digit within the first two.
const NUM = String.raw`(?:\d[\dol|]{0,4}|[ol|i]\d[\dol|]{0,3})`;
// A department of a ministry-level body signs with a dotted part ("2317/TTCP-C.I", Cục I of the Government Inspectorate).
// A regional office of the State Audit signs "KV III" (khu vực + a Roman numeral): the space is part of the code.
const DOTTED = String.raw`(?:\.[a-z0-9]{1,3}(?![a-z\d]))?`;
const ISSUER = String.raw`(?:[a-z0-9]{0,8}kv\s[ivx]{1,4}(?![a-z\d])|[a-z0-9]{1,10}${DOTTED}(?:-[a-z0-9]{1,8}${DOTTED})?)`;
// The dash after the number (Party) or before the issuer (state): OCR may print it as "~".
const DASH = String.raw`\s*[-–—~]\s*`;

/**
 * One pattern per format (folded text), in the order they are tried; groups: number, year, code, issuer.
 * `slashMisread`: whether the slash may be printed as a letter or digit.
 */
function formats(cap: boolean, blankNumber: boolean): { format: SymbolFormat; source: string; slashMisread?: true }[] {
  const g = (s: string) => (cap ? `(${s})` : `(?:${s})`);
  const none = cap ? '()' : '';
  return [
    // "12-KL/TW", "35- NQ/TW" (split by a line break), "21 -KL/TW", "09-NQ|TU"; the number may be blank in a header.
    { format: 'party', source: String.raw`${g(blankNumber ? `${NUM}?` : NUM)}${none}${DASH}${g('[a-z]{1,4}')}\s*[/|\\]\s*${g(ISSUER)}` },
    // The slash read as "I", "1", "l" or "7" after a known type code: "31-KHIĐU", "45-CV1TU".
    { format: 'party', source: String.raw`${g(blankNumber ? `${NUM}?` : NUM)}${none}${DASH}${g(CODE_ALT)}\s?[1il7]\s?${g('[a-z]{2,10}')}(?![a-z])`, slashMisread: true },
    { format: 'state', source: String.raw`${g(NUM)}\s*/\s*${g(String.raw`\d{4}`)}\s*/\s*${g('[a-z]{1,5}')}${DASH}${g(ISSUER)}` },
    { format: 'admin', source: String.raw`${g(NUM)}${none}\s*/\s*${g('[a-z]{1,8}')}${DASH}${g(ISSUER)}(?![a-z\d])` },
    { format: 'law', source: String.raw`${g(NUM)}\s*/\s*${g(String.raw`\d{4}`)}\s*/\s*${none}${g(String.raw`(?:ubtv)?qh\d{1,2}`)}(?![a-z\d])` },
  ];
}

/** Any symbol, as a non-capturing pattern for folded text (to find candidates; read them with `readSymbol`). */
export const SYMBOL = `(?:${formats(false, false)
  .map((f) => f.source)
  .join('|')})`;

type Sticky = { format: SymbolFormat; re: RegExp; slashMisread?: true };
const STICKY = new Map<boolean, Sticky[]>();
function stickyFormats(blankNumber: boolean): Sticky[] {
  let r = STICKY.get(blankNumber);
  if (!r) {
    r = formats(true, blankNumber).map((f) => ({ ...f, re: new RegExp(f.source, 'yd') }));
    STICKY.set(blankNumber, r);
  }
  return r;
}

/**
 * Reads the symbol that starts at `at` in `text` (`folded` = fold(text)), or null. `blankNumber` admits a
 * Party symbol without its number, as a header prints it before the number is given.
 */
export function readSymbol(text: string, at: number, opts: { blankNumber?: boolean } = {}, folded = fold(text)): DocSymbol | null {
  for (const f of stickyFormats(opts.blankNumber ?? false)) {
    f.re.lastIndex = at;
    const m = f.re.exec(folded);
    if (!m) continue;
    const sym = interpret(text, m, f.format, f.slashMisread ?? false);
    if (sym) return sym;
  }
  return null;
}

function interpret(text: string, m: RegExpExecArray, format: SymbolFormat, slashMisread: boolean): DocSymbol | null {
  const cut = (i: number) => {
    const sp = m.indices?.[i];
    return sp ? text.slice(sp[0], sp[1]) : '';
  };
  const from = m.index;
  let to = from + m[0].length;
  const numRaw = m[1] ?? '';
  const number = ocrDigits(numRaw);
  let fuzzy = number !== numRaw;
  // A slash read as a letter or digit, "|" or "\"; a dash read as "~".
  if (slashMisread || (format === 'party' && /[|\\]/.test(m[0])) || m[0].includes('~')) fuzzy = true;
  const code = format === 'law' ? { code: '', fuzzy: false } : readCode(cut(3));
  if (!code) return null;
  const lastAt = m.indices?.[4]?.[0] ?? to;
  const iss = readIssuer(cut(4));
  if (!iss) return null;
  to = lastAt + iss.length;
  let issuer = iss.code;
  fuzzy ||= code.fuzzy || iss.fuzzy;
  if (format === 'party') {
    // "NQ/T W", "NQ/T WwW": an issuer code split by OCR is joined when the result is a known issuer ending.
    const split = /^\s([A-ZĐ][A-Za-zĐđ]{0,3})(?![\p{L}\d])/u.exec(text.slice(to));
    if (split && issuer.length <= 2) {
      const joined = collapse(`${issuer}${split[1]}`.toUpperCase());
      if (ISSUER_END.test(joined)) {
        issuer = joined;
        to += split[0].length;
        fuzzy = true;
      }
    }
    const snapped = snapIssuer(issuer);
    if (snapped) {
      issuer = snapped;
      fuzzy = true;
    }
  }
  const year = format === 'state' || format === 'law' ? (m[2] ?? null) : null;
  const symbol = { party: `${number}-${code.code}/${issuer}`, state: `${number}/${year}/${code.code}-${issuer}`, admin: `${number}/${code.code}-${issuer}`, law: `${number}/${year}/${issuer}` }[format];
  return { format, number: number || null, year, typeCode: code.code, issuer, symbol, from, to, fuzzy };
}

/** The part before the issuer: a known type code in any case as printed, its doubled-letter misreading, or an upper-case code. */
function readCode(raw: string): { code: string; fuzzy: boolean } | null {
  const c = raw.replace(/Ð/g, 'Đ');
  if (typeByCode(c)) return { code: c, fuzzy: false };
  // "QĐĐ", "NNQ": OCR doubled a letter of a type code; the code with it collapsed is the known one.
  const collapsed = collapse(c.toUpperCase());
  const known = typeByCode(collapsed);
  if (known) return { code: collapsed === known.code.toUpperCase() ? known.code : collapsed, fuzzy: true };
  const read = codePart(c, false);
  return read && { code: read.code, fuzzy: read.fuzzy };
}

/** The issuer, each "-" part checked; `length`: how much of the printed text it covers (a glued word is not). */
function readIssuer(raw: string): { code: string; length: number; fuzzy: boolean } | null {
  const plain = raw.replace(/Ð/g, 'Đ');
  // OCR reads the Đ of "ĐU" (Đảng ủy) as P, B or D, and O as 0 before a letter (same length).
  const s = plain.replace(/(?<=^|[^\p{L}])0(?=\p{Lu})/gu, 'O').replace(/^[PBD](?=UK?(?!\p{L})|U\d)/u, 'Đ');
  let fuzzy = s !== plain;
  const parts = s.split('-');
  const out: string[] = [];
  let length = 0;
  for (let i = 0; i < parts.length; i++) {
    const read = codePart(parts[i]!, i === parts.length - 1);
    if (!read) return null;
    out.push(read.code);
    length += (i > 0 ? 1 : 0) + read.printed;
    fuzzy ||= read.fuzzy;
  }
  return { code: out.join('-'), length, fuzzy };
}

/**
 * Codes are upper-case letters and digits, but for a few mixed-case ones (TTr, TTg, CTr). A part with lower-case
 * letters is one of those, one OCR slip from exactly one of them (snapped, fuzzy), or — the last part only —
 * an upper-case code with a word or noise glued on ("TWcủa", "TWwW": cut to "TW"). Anything else (a word: "Thanh") is no code.
 * `printed`: the length of `p` the code covers.
 */
function codePart(p: string, last: boolean): { code: string; printed: number; fuzzy: boolean } | null {
  if (p === '') return null;
  // (Quảng Ngãi and Quảng Nam abbreviate as "QNg", "QNa": "47/KH-TKQNg".)
  if (/^[\p{Lu}\d]+(?: [IVX]{1,4}|\.[\p{Lu}\d]{1,3}|(?<=Q)N[ga])?$/u.test(p) || MIXED_CODES.includes(p)) return { code: p, printed: p.length, fuzzy: false };
  const snapped = snapMixed(p);
  if (snapped) return { code: snapped, printed: p.length, fuzzy: true };
  const glued = last ? /^([\p{Lu}\d]{2,})\p{Ll}[\p{L}\d]+$/u.exec(p) : null;
  return glued ? { code: glued[1]!, printed: glued[1]!.length, fuzzy: false } : null;
}

/** Mixed-case codes: Thủ tướng (TTg), Thanh tra (TTr) and the type codes with lower-case letters (CTr, TTr). */
const MIXED_CODES = [...new Set(['TTg', 'TTr', ...DOC_TYPES.map(([, c]) => c).filter((c) => /\p{Ll}/u.test(c))])];
/** Lower-case letters OCR prints for the final letter of those codes. */
const LOWER_LOOKALIKES: Record<string, string> = { r: 'tf', g: 'qy' };
/** Strokes OCR inserts beside a thin letter ("TTIr" for "TTr"). */
const STROKES = 'Il|1i!';

function snapMixed(p: string): string | null {
  const near = MIXED_CODES.filter((k) => {
    const stem = k.replace(/\p{Ll}+$/u, '');
    const tail = k.slice(stem.length);
    if (!p.startsWith(stem)) return false;
    const rest = p.slice(stem.length);
    if (rest.length === tail.length + 1) {
      for (let i = 0; i < rest.length; i++) if (STROKES.includes(rest[i]!) && rest.slice(0, i) + rest.slice(i + 1) === tail) return true;
    }
    return tail.length === 1 && rest.length === 1 && (LOWER_LOOKALIKES[tail]?.includes(rest) ?? false);
  });
  return near.length === 1 ? near[0]! : null;
}

/**
 * Issuer codes of the Party's central and provincial bodies (Hướng dẫn 36-HD/VPTW and common practice): a
 * longer code one letter away from exactly one of them ("BTCTVW") is that code, read through OCR noise.
 */
const KNOWN_ISSUERS = ['BCHTW', 'BTCTW', 'BTGTW', 'BTGDVTW', 'BDVTW', 'BNCTW', 'BKTTW', 'UBKTTW', 'VPTW', 'ĐUQSTW', 'ĐUCA', 'BTCTU', 'BTGTU', 'BTGDVTU', 'BDVTU', 'UBKTTU', 'VPTU', 'BTCHU', 'UBKTHU', 'VPHU', 'BTCĐU', 'UBKTĐU', 'VPĐU',
  // Đảng ủy Khối (the Party committees of a province's agencies or enterprises) and its bodies.
  'ĐUK', 'BTCĐUK', 'UBKTĐUK', 'VPĐUK', 'BTGĐUK', 'BTGDVĐUK'];

function snapIssuer(code: string): string | null {
  const c = code.toUpperCase();
  if (c.length < 4 || KNOWN_ISSUERS.includes(c)) return null;
  const near = KNOWN_ISSUERS.filter((k) => levenshtein(fold(k), fold(c), 1) <= 1);
  return near.length === 1 ? near[0]! : null;
}

/** Known issuer endings of Party symbols (TW, TU, HU, ĐU, QU …): a split code ("T WwW") is joined only into one of these. */
const ISSUER_END = /^(?:[A-ZĐ]{0,6})(?:TW|TU|HU|ĐU|QU|TƯ|DU|ĐUK)$/u;

/** "WWW" → "W": OCR repeats the strokes of a wide letter. */
function collapse(s: string): string {
  return s.replace(/(.)\1+/gu, '$1');
}
