import { baseOf, toneOf } from '../vietnamese/index.ts';
import type { MarkCosts } from './confusions.ts';

const HATS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ']);

/** Tone (0 if none or several) and hat letters of a lowercase string. */
export function markSignature(s: string): { tone: number; tones: number; hats: string[] } {
  let tone = 0;
  let tones = 0;
  const hats: string[] = [];
  for (const ch of s) {
    const t = toneOf(ch);
    if (t) {
      tones++;
      tone = t;
    }
    const b = baseOf(ch);
    if (HATS.has(b)) hats.push(b);
  }
  return { tone: tones === 1 ? tone : 0, tones, hats };
}

/**
 * Cost (nats) of reading `read` (lowercase, after rewrites) when the truth is `cand`.
 * @param wild number of rewritten characters that carried no mark information.
 */
export function markCost(read: string, cand: string, wild: number, c: MarkCosts): number {
  const r = markSignature(read);
  const k = markSignature(cand);
  let cost = 0;
  if (r.tone !== k.tone) {
    if (r.tone === 0) cost += wild > 0 ? 0 : c.toneLost;
    else cost += c.toneSwap;
  }
  const lost = [...k.hats];
  let added = 0;
  for (const h of r.hats) {
    const i = lost.indexOf(h);
    if (i >= 0) lost.splice(i, 1);
    else added++;
  }
  cost += Math.max(0, lost.length - wild) * c.hatLost + added * c.hatAdded;
  return cost;
}

/** Number of differing mark features between two syllables with the same letters. */
export function markDifferences(a: string, b: string): number {
  const x = markSignature(a);
  const y = markSignature(b);
  let d = x.tone === y.tone ? 0 : 1;
  const hx = [...x.hats];
  for (const h of y.hats) {
    const i = hx.indexOf(h);
    if (i >= 0) hx.splice(i, 1);
    else d++;
  }
  return d + hx.length;
}
