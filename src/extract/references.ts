import { iso } from './dates.ts';
import { DOC_TYPES, docType } from './doc-types.ts';
import { fold } from './fold.ts';
import { ocrDigits, readSymbol, SO_WORD, SYMBOL, typeByCode } from './symbol-grammar.ts';

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
// "số", also as OCR and repair leave it ("sé", "s6", "kế"): any short word before the symbol.
const SO = String.raw`(?:(${SO_WORD}|[a-z]{1,3}|[a-z]\d)\s*[:.]?\s*)?`;

/**
 * Cited documents: "<tên loại> số <symbol>(,) (ngày dd/mm/yyyy) (của <issuer>)", and "số <symbol>" with the
 * type taken from the symbol's code. Matching runs on folded text (offsets equal), values are cut from the
 * original text. OCR damage (a misread "số", letters for digits, a misread slash, a split issuer code, a
 * damaged "ngày" or date separators) is tolerated and flagged `fuzzy`.
 */
export function findReferences(text: string): ReferenceHit[] {
  const f = fold(text);
  const out: ReferenceHit[] = [];
  // Groups: type name, "số" word, symbol.
  const typed = new RegExp(String.raw`(?<![a-z])(${TYPE_ALT})\s+${SO}(${SYMBOL})`, 'gd');
  // A type with a qualifier before "số": "Kết luận thanh tra số …", "Quyết định kỷ luật số …".
  const qualified = new RegExp(String.raw`(?<![a-z])(${TYPE_ALT})(?:\s+[a-z]{2,}){1,2}\s+(so)\s*[:.]?\s*(${SYMBOL})`, 'gd');
  // A law or ordinance with its name before "số": "Luật Tổ chức chính quyền địa phương số 72/2025/QH15".
  const named = new RegExp(String.raw`(?<![a-z])(bo luat|luat|phap lenh)(?:,?\s+[a-z]+){1,24}?\s+(so)\s*[:.]?\s*(${SYMBOL})`, 'gd');
  const bare = new RegExp(String.raw`(?<![a-z\d])()(${SO_WORD})\s*[:.]?\s*(${SYMBOL})`, 'gd');
  for (const re of [typed, qualified, named, bare]) {
    for (const m of f.matchAll(re)) {
      const from = m.index ?? 0;
      if (out.some((h) => from < h.to && from + m[0].length > h.from)) continue;
      const hit = readHit(text, f, m);
      if (hit) out.push(hit);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * Where a citing issuer's name ends. "và" inside a name ("Sở Nông nghiệp và Môi trường") is followed by a capital
 * that starts no cited document; before a lowercase word or a document type it ends the issuer, like "số".
 */
const ISSUER_END = new RegExp(
  String.raw`\s(?:về|ve viec|về việc|thực hiện|triển khai|ban hành|và(?!\s(?!(?:${DOC_TYPES.map(([n]) => n).join('|')})(?![\p{L}]))\p{Lu})|trong|đối với|hướng dẫn|quy định|tại|nhằm|cho|để|số|ngày(?=\s\d))\s|[,;.:()]|$`,
  'u',
);

function readHit(text: string, f: string, m: RegExpMatchArray & { indices?: ([number, number] | undefined)[] }): ReferenceHit | null {
  const typeName = m[1] || undefined;
  const soWord = m[2];
  const sym = readSymbol(text, m.indices?.[3]?.[0] ?? 0, {}, f);
  if (!sym) return null;
  const from = m.index ?? 0;
  let to = sym.to;
  // A misread "số" ("sé", "s6") or another short word in its place ("kế").
  let fuzzy = sym.fuzzy || (soWord !== undefined && soWord !== 'so');
  const byCode = typeByCode(sym.typeCode);
  // "văn bản" is any document: a symbol with a type code ("văn bản số 296-CV/TU") says which.
  const dt = typeName && !(byCode && fold(typeName) === 'van ban') ? docType(typeName) : null;
  // A bare "số …" needs a known type code to be a citation.
  if (!typeName && !byCode) return null;
  let date: string | null = null;
  const d = readDate(f.slice(to));
  if (d) {
    date = d.date;
    to += d.length;
    if (d.fuzzy) fuzzy = true;
  } else {
    // "Tại hội nghị ngày 26/12/2025 (Báo cáo số 61-BC/ĐU cùng ngày)": dated the day named just before.
    const same = /^\s*,?\s*cung ngay(?![a-z])/.exec(f.slice(to));
    const windowAt = Math.max(0, from - 200);
    const before = same ? [...f.slice(windowAt, from).matchAll(/ngay\s*(?=\d)/g)].pop() : undefined;
    const prior = before ? readDate(f.slice(windowAt + (before.index ?? 0))) : null;
    if (same && prior) {
      date = prior.date;
      to += same[0].length;
    }
  }
  let issuer: string | null = null;
  const c = /^\s*,?\s*cua\s+/.exec(f.slice(to));
  if (c) {
    const start = to + c[0].length;
    const rest = text.slice(start);
    const stop = ISSUER_END.exec(rest);
    const iss = rest.slice(0, stop ? stop.index : rest.length).trim();
    if (iss && /^\p{Lu}/u.test(iss)) {
      issuer = iss;
      to = start + iss.length;
      // "số 21-HD/ĐU của Đảng ủy xã ngày 18/11/2025": the date after the issuer.
      const late = date ? null : /^\s*ngay/.test(f.slice(to)) ? readDate(f.slice(to)) : null;
      if (late) {
        date = late.date;
        to += late.length;
        if (late.fuzzy) fuzzy = true;
      }
    }
  }
  const type = dt?.name ?? (typeName && !byCode ? text.slice(from, from + typeName.length) : byCode!.name);
  return { type, typeCode: dt?.code ?? byCode?.code ?? (sym.typeCode || null), number: sym.number, symbol: sym.symbol, date, issuer, from, to, ...(fuzzy ? { fuzzy: true } : {}) };
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
  const [d, mo, y] = [loose[1]!, loose[2]!, loose[3]!].map(ocrDigits);
  const date = iso(+y!, +mo!, +d!);
  return date ? { date, length: loose[0].length, fuzzy: true } : null;
}
