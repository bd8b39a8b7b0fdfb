import type { Block } from './blocks.ts';
import { decimalDepth, intToRoman, romanToInt, type Marker } from './markers.ts';

/** A numbered part of the body: its marker block and the paragraphs up to the next marker. */
export interface SectionNode {
  id: string;
  marker: Marker;
  head: Block;
  /** Paragraphs and bullets after the head, children excluded. */
  blocks: Block[];
  children: SectionNode[];
  parent: SectionNode | null;
  level: number;
  /** Short marker line without a sentence end: a heading, not a numbered paragraph. */
  headingLike: boolean;
}

export interface SectionTree {
  roots: SectionNode[];
  /** Blocks before the first numbered section (the opening paragraph). */
  preamble: Block[];
  all: SectionNode[];
}

const SECTION_KINDS = new Set(['roman', 'upper', 'decimal', 'paren', 'letter']);

export function headingLike(b: Block): boolean {
  const t = b.content.trim();
  return t.length > 0 && t.length <= 160 && !/[.;]$/.test(t) && !/\.\s+\p{Lu}/u.test(t);
}

/**
 * Builds the section tree: roman = level 1, capital letter "A." = 2, decimal "1." = next, "1.1." below it,
 * "(1)"/"a)" one below their parent (levels shift up where a document has no roman or letter parts).
 */
export function buildSections(blocks: readonly Block[]): SectionTree {
  const roots: SectionNode[] = [];
  const all: SectionNode[] = [];
  const preamble: Block[] = [];
  const stack: SectionNode[] = [];
  const hasRoman = blocks.some((b) => b.marker?.kind === 'roman');
  const hasUpper = blocks.some((b) => b.marker?.kind === 'upper');
  let lastRoman = 0;
  for (const b of blocks) {
    let m = b.marker;
    // Part numbers run I, II, III…: a fuzzily read numeral that breaks the run, or any numeral that
    // repeats or goes back (OCR dropped an I), takes the next number. Forward gaps are kept (seeds skip).
    // A misread lone "I" ("Í.", "l.", "[.") after part I is a damaged "1." (a decimal item), not a part.
    // So is an exact "I." before a sentence rather than a part's heading in capitals ("IV. TỔ CHỨC THỰC HIỆN" /
    // "I. Bí thư các chi bộ …").
    // (A short heading in sentence case, "II- Nội dung thực hiện" read as "I-", is a part: renumbered below.)
    const words = b.content.trim().split(/\s+/).length;
    const sentence = /\p{Ll}/u.test(b.content.slice(0, 40)) && !/^\s*[*_#]*\s*\p{Lu}{2,}/u.test(b.content) && (words >= 8 || /[.;]\s*$/.test(b.content));
    if (m?.kind === 'roman' && m.number === 'I' && lastRoman >= 1 && (m.fuzzy || sentence)) m = b.marker = { ...m, kind: 'decimal', number: '1', fuzzy: true };
    if (m?.kind === 'roman') {
      const v = romanToInt(m.number);
      if ((m.fuzzy && v !== lastRoman + 1) || v <= lastRoman) m = b.marker = { ...m, number: intToRoman(lastRoman + 1), fuzzy: true };
      lastRoman = romanToInt(m.number);
    }
    if (!m || !SECTION_KINDS.has(m.kind) || b.footnote !== null) {
      const top = stack[stack.length - 1];
      if (top) top.blocks.push(b);
      else preamble.push(b);
      continue;
    }
    let level: number;
    if (m.kind === 'roman') level = 1;
    else if (m.kind === 'upper') level = hasRoman ? 2 : 1;
    else if (m.kind === 'decimal') level = decimalDepth(m.number) + (hasRoman ? 1 : 0) + (hasUpper ? 1 : 0);
    else {
      const anchor = [...stack].reverse().find((s) => s.marker.kind !== m.kind);
      const sameKind = stack.find((s) => s.marker.kind === m.kind);
      // "c)" after "b)" and its "(1)…(3)": the next item of a list still open on the stack is that list's sibling.
      const listed = [...stack].reverse().find((s) => s.marker.kind === m.kind && follows(s.marker, m));
      level = listed ? listed.level : sameKind && (!anchor || sameKind.level > anchor.level) ? sameKind.level : (anchor?.level ?? 0) + 1;
    }
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const node: SectionNode = { id: `sec-${all.length + 1}`, marker: m, head: b, blocks: [], children: [], parent, level, headingLike: headingLike(b) };
    if (parent) parent.children.push(node);
    else roots.push(node);
    all.push(node);
    stack.push(node);
  }
  return { roots, preamble, all };
}

/** `m` numbers the item after `prev`: "c" after "b", "(3)" after "(2)". */
function follows(prev: Marker, m: Marker): boolean {
  if (m.kind === 'letter') return /^[a-z]$/.test(m.number) && m.number.charCodeAt(0) === prev.number.charCodeAt(0) + 1;
  const n = (x: string) => Number(/\d+/.exec(x)?.[0] ?? Number.NaN);
  return n(m.number) === n(prev.number) + 1;
}

/** The top-level ancestor of a section. */
export function rootOf(s: SectionNode): SectionNode {
  let r = s;
  while (r.parent) r = r.parent;
  return r;
}
