import type { TextToken } from './tokenize.ts';

/**
 * Party document codes ("số và ký hiệu", Hướng dẫn 36-HD/VPTW): number-TYPE/ISSUER. Type codes are the
 * fixed list of Party document types; issuers are the common committee abbreviations (… U = ủy).
 */
const TYPE_CODES = ['NQ', 'QĐ', 'CT', 'KL', 'QC', 'TT', 'HD', 'TB', 'BC', 'KH', 'CTr', 'ĐA', 'TTr', 'CV', 'BB', 'TTr', 'NĐ', 'CP', 'QH', 'TTg', 'UBND'];
const ISSUERS = ['TW', 'TU', 'ĐU', 'HU', 'QU', 'ĐUK', 'BCS', 'BCĐ', 'VPTW', 'VPTU', 'VPHU', 'BTCTW', 'BTCTU', 'BTCHU', 'BTGTW', 'BTGTU', 'BTGHU', 'UBKTTW', 'UBKTTU', 'UBKTHU', 'BDVTW', 'BDVTU', 'BNCTW', 'ĐUKCCQ', 'ĐUKDN', 'ĐĐ', 'CB', 'ĐTN', 'MTTQ'];
const KNOWN = new Set([...TYPE_CODES, ...ISSUERS]);
const CONFUSABLE_D = /[PBDÐ]/g;

/** Repairs one code part: an unknown abbreviation that becomes known with Đ for a misread P/B/D. */
function repairPart(part: string, abbreviations: Readonly<Record<string, string>>): string {
  if (KNOWN.has(part) || !/^[A-ZĐÐ]+$/u.test(part)) return part;
  const learned = abbreviations[part];
  if (learned) return learned;
  for (const m of part.matchAll(CONFUSABLE_D)) {
    const fixed = part.slice(0, m.index) + 'Đ' + part.slice(m.index + 1);
    if (KNOWN.has(fixed)) return fixed;
  }
  return part;
}

/** "31-KH/PU" → "31-KH/ĐU"; known or unrecognised parts are kept. */
export function repairCode(code: string, abbreviations: Readonly<Record<string, string>> = {}): string {
  return code
    .split(/([-/–])/)
    .map((p) => repairPart(p, abbreviations))
    .join('');
}

/**
 * Joins a number and a code tail that OCR separated ("31 -KH/PU" → one code token "31-KH/PU").
 * Returns new tokens; joined tokens span both originals (the space is dropped in the repaired text).
 */
export function joinBrokenCodes(text: string, tokens: TextToken[]): TextToken[] {
  const out: TextToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TextToken;
    const n = tokens[i + 1];
    if (t.kind === 'number' && /^\d+$/.test(t.text) && n && n.kind === 'code' && /^[-–]/.test(n.text) && /^ +$/.test(text.slice(t.end, n.start))) {
      out.push({ kind: 'code', text: text.slice(t.start, n.end), start: t.start, end: n.end });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
