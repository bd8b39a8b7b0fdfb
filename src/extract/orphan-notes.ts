import type { Block } from './blocks.ts';
import type { SectionTree } from './sections.ts';
import { isShortcomingGroup } from './shortcomings.ts';

/**
 * Footnotes whose marks OCR lost (or misread beyond recognition) point nowhere. Notes are numbered in the
 * order of their marks, and a page's notes belong to marks on that page: when a page has exactly as many
 * such notes as shortcoming-group headings without a note, they pair in order. Anything else stays unpaired.
 */
export function pairOrphanNotes(tree: SectionTree, footnotes: ReadonlyMap<string, Block>, body: readonly Block[]): void {
  const referenced = new Set(body.flatMap((b) => b.notes));
  const orphans = [...footnotes.entries()].filter(([n]) => !referenced.has(n));
  if (orphans.length === 0) return;
  const groups = tree.all.filter((s) => s.head.notes.length === 0 && isShortcomingGroup(s));
  // The mark sits at the end of the heading, so the heading's last line decides its page.
  const pageOf = (b: Block) => b.lines[b.lines.length - 1]?.page;
  for (const page of new Set(orphans.map(([, b]) => b.lines[0]?.page))) {
    const notes = orphans.filter(([, b]) => b.lines[0]?.page === page);
    const heads = groups.filter((s) => pageOf(s.head) === page);
    if (heads.length !== notes.length) continue;
    heads.forEach((s, i) => s.head.notes.push(notes[i]![0]));
  }
}
