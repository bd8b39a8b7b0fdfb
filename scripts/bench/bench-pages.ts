/**
 * Picks benchmark pages from the committed scan fixtures (fixtures/scans/*.gt.json): per profile, pages
 * taken round-robin across plans (p1 of each plan, then p2, …) so a small --limit still spans documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchPage {
  profile: string;
  pdf: string;
  /** 1-based page number in the PDF. */
  page: number;
  /** Ground-truth text (row order). */
  text: string;
  label: string;
}

interface GtFile {
  variant: string;
  pdf: string;
  pages: { number: number; text: string }[];
}

export function benchPages(dir: string, profiles: readonly string[], limit: number): Map<string, BenchPage[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.gt.json')).sort();
  const out = new Map<string, BenchPage[]>();
  for (const profile of profiles) {
    const docs = files
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GtFile)
      .filter((g) => g.variant === profile);
    if (!docs.length) throw new Error(`no fixtures for profile "${profile}" in ${dir}`);
    const picked: BenchPage[] = [];
    for (let i = 0; picked.length < limit && docs.some((d) => d.pages.length > i); i++) {
      for (const d of docs) {
        const p = d.pages[i];
        if (p && picked.length < limit) {
          picked.push({ profile, pdf: join(dir, d.pdf), page: p.number, text: p.text, label: `${d.pdf}#${p.number}` });
        }
      }
    }
    out.set(profile, picked);
  }
  return out;
}
