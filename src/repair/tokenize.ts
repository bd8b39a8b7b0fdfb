/**
 * Tokeniser for repair: keeps exact character offsets so everything that is not a word (numbers, codes,
 * dates, punctuation, spaces, line breaks) is copied through untouched. Splits on whitespace and
 * punctuation runs, never on letter classes, so an OCR-garbled word ("vi¢c", "hQ1") stays one token.
 */
export type TokenKind = 'word' | 'number' | 'code' | 'punct';

export interface TextToken {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** Characters that may sit inside a garbled word (English-model OCR of marked vowels). */
const WORDISH = /[\p{L}\p{M}\p{Nd}&¢¥@${}[\]|’']/u;
/** Characters that may start or end a word (brackets at the edge are punctuation). */
const WORD_EDGE = /[\p{L}\p{M}\p{Nd}&¢¥@$]/u;
const NUMBER = /^\d+(?:[.,/:-]\d+)*$/;
const ROMAN = /^[IVXLC]+$/;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

/** Document codes: "21-KL/TW", "15-KH/BTCTU", "30/2020/NĐ-CP", "KL/TW", "-KH/PU". */
export function isCodeLike(s: string): boolean {
  if (!/[-/]/.test(s)) return false;
  if (!/^[-–]?[\p{L}\d]+(?:[-/–.][\p{L}\d]+)+$/u.test(s)) return false;
  const upper = (s.match(/\p{Lu}/gu) ?? []).length;
  const lower = (s.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 2 && lower <= 1;
}

function classify(s: string): TokenKind {
  if (NUMBER.test(s) || ROMAN.test(s)) return 'number';
  if (isCodeLike(s)) return 'code';
  return 'word';
}

/**
 * A chunk that is letters with plain punctuation around ("chức,", "(Đảng)"), most of any text: its
 * tokens follow without the per-character walk. No leading "-" (it may start a code).
 */
const SIMPLE = /^([^\p{L}\p{M}\p{Nd}&¢¥@$-]*)([\p{L}\p{M}]+)([^\p{L}\p{M}\p{Nd}&¢¥@$]*)$/u;

export function tokenize(text: string): TextToken[] {
  const out: TextToken[] = [];
  const chunk = /\S+/gu;
  for (const m of text.matchAll(chunk)) {
    const s = m[0];
    const base = m.index;
    const simple = SIMPLE.exec(s);
    if (simple) {
      const [, lead = '', core = '', tail = ''] = simple;
      let off = base;
      if (lead) out.push({ kind: 'punct', text: lead, start: off, end: (off += lead.length) });
      out.push({ kind: ROMAN.test(core) ? 'number' : 'word', text: core, start: off, end: (off += core.length) });
      if (tail) out.push({ kind: 'punct', text: tail, start: off, end: off + tail.length });
      continue;
    }
    tokenizeChunk(s, base, out);
  }
  return out;
}

/** Tokens of one whitespace-free chunk, in general. */
function tokenizeChunk(s: string, base: number, out: TextToken[]): void {
  // Trim leading/trailing punctuation.
  const chars = [...s];
  let a = 0;
  let b = chars.length;
  while (a < b && !WORD_EDGE.test(chars[a] as string) && !(chars[a] === '-' && isCodeLike(chars.slice(a, b).join('')))) a++;
  while (b > a && !WORD_EDGE.test(chars[b - 1] as string)) b--;
  let off = base;
  const push = (kind: TokenKind, t: string) => {
    if (t.length) out.push({ kind, text: t, start: off, end: off + t.length });
    off += t.length;
  };
  push('punct', chars.slice(0, a).join(''));
  const core = chars.slice(a, b).join('');
  if (core.length) {
    const kind = classify(core);
    if (kind !== 'word') push(kind, core);
    else splitCore(core, push);
  }
  push('punct', chars.slice(b).join(''));
}

/** Splits a core at inner punctuation ("chế,khuyết", "a.b") but not inside numbers ("1.000"). */
function splitCore(core: string, push: (kind: TokenKind, t: string) => void): void {
  const chars = [...core];
  let cur = '';
  const flush = () => {
    if (cur) push(classify(cur), cur);
    cur = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (WORDISH.test(ch)) {
      cur += ch;
      continue;
    }
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    if ((ch === '.' || ch === ',' || ch === '/' || ch === '-') && DIGIT.test(prev) && DIGIT.test(next)) {
      cur += ch;
      continue;
    }
    // "chi?c": legacy OCR puts a question mark for a mark inside a word.
    if (ch === '?' && LETTER.test(prev) && LETTER.test(next)) {
      cur += ch;
      continue;
    }
    flush();
    push('punct', ch);
  }
  flush();
}
