import { iso } from './dates.ts';
import { DOC_TYPES, docType } from './doc-types.ts';
import { fold } from './fold.ts';

export interface ReferenceHit {
  type: string;
  typeCode: string | null;
  number: string | null;
  symbol: string;
  date: string | null;
  issuer: string | null;
  from: number;
  to: number;
}

const TYPE_ALT = [...new Set(DOC_TYPES.map(([n]) => fold(n)))].sort((a, b) => b.length - a.length).join('|');
// Party "12-KL/TW", "35- NQ/TW" (split by a page break); state "90/2020/NĐ-CP".
// OCR may split the issuer code ("NQ/T W").
const SYMBOL = String.raw`(\d{1,5})\s*[-–]\s*([a-z]{1,4})\s*\/\s*([a-z0-9]{1,10}(?:-[a-z0-9]{1,8})?(?:\s[a-z](?![a-z]))?)|(\d{1,5})\/(\d{4})\/([a-z]{1,4})-([a-z0-9]{1,8})`;

/**
 * Cited documents: "<tên loại> số <symbol>(,) (ngày dd/mm/yyyy) (của <issuer>)". Matching runs on folded
 * text (offsets equal), values are cut from the original text.
 */
export function findReferences(text: string): ReferenceHit[] {
  const f = fold(text);
  const re = new RegExp(String.raw`(?<![a-z])(${TYPE_ALT})\s+(?:s[oe06]\s*:?\s*)(?:${SYMBOL})`, 'g');
  const out: ReferenceHit[] = [];
  for (const m of f.matchAll(re)) {
    const from = m.index ?? 0;
    let to = from + m[0].length;
    const dt = docType(m[1] ?? '');
    const typeText = text.slice(from, from + (m[1] ?? '').length);
    const symbolRaw = text.slice(from, to).replace(/^.*?s\S\s*:?\s*(?=\d)/iu, '');
    const symbol = symbolRaw.replace(/\s+/g, '').replace(/–/g, '-');
    const number = m[2] ?? m[5] ?? null;
    let date: string | null = null;
    const after = f.slice(to);
    const d = /^\s*,?\s*(?:ban hanh\s*)?(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(after) ?? /^\s*,?\s*ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(after);
    if (d) {
      date = iso(+d[3]!, +d[2]!, +d[1]!);
      to += d[0].length;
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
    const code = (m[3] ?? m[7] ?? '').toUpperCase();
    out.push({ type: dt?.name ?? typeText, typeCode: dt?.code ?? (code || null), number, symbol: fixCase(symbol, text.slice(from, to)), date, issuer, from, to });
  }
  return out;
}

/** The symbol is cut from the original text already; keep its letters as printed but normalise spaces. */
function fixCase(symbol: string, _source: string): string {
  return symbol.replace(/[,.;]+$/, '');
}
