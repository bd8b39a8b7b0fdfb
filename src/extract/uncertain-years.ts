import type { Block } from './blocks.ts';
import { iso, lastDay } from './dates.ts';

/**
 * OCR word confidence under which a year's digits are taken as unsure, and at or above which a reading
 * counts as support for its year. Clear print scores ≈ 0.96; italic print is misread ("2026)" → "2029)")
 * with confidences up to ≈ 0.95, so only a year the plan makes implausible is doubted up to that level.
 */
const UNSURE = 0.9;
const UNSURE_IMPLAUSIBLE = 0.95;

/** A reading of `year` is doubtful under its threshold and sure (support for the year) at or above it. */
function doubtful(year: string, confidence: number, planYear: string | null): boolean {
  return confidence < (implausible(year, planYear) ? UNSURE_IMPLAUSIBLE : UNSURE);
}

/**
 * Whether a deadline year is unlikely for a plan issued in `planYear`: plans set deadlines from the year
 * before their date (work already done) to the year after; a year outside that (and one OCR digit away from
 * the plan's year, checked by the caller) is more likely a misread digit than a real date.
 */
function implausible(year: string, planYear: string | null): boolean {
  if (!planYear) return false;
  const y = Number(year);
  const p = Number(planYear);
  return y < p - 1 || y > p + 1;
}

/**
 * The years a plan sets its deadlines in, counted over the deadlines whose year OCR read with high
 * confidence (plus the plan's own date). OCR misreads the last digit of a year in small or italic print
 * ("3/2026)." → "3/2029).") and says so with a low word confidence.
 */
export function sureYears(deadlines: readonly { block: Block; from: number; to: number; date: string | null }[], ownDate: string | null): Map<string, number> {
  const planYear = ownDate?.slice(0, 4) ?? null;
  const count = new Map<string, number>();
  const add = (y: string) => count.set(y, (count.get(y) ?? 0) + 1);
  if (ownDate) add(ownDate.slice(0, 4));
  for (const d of deadlines) {
    if (!d.date) continue;
    const year = d.date.slice(0, 4);
    const at = d.block.text.slice(d.from, d.to).indexOf(year);
    const c = at < 0 ? null : wordConfidence(d.block, d.from + at);
    if (c !== null && !doubtful(year, c, planYear)) add(year);
  }
  return count;
}

/** Confidence of the OCR word under block character `pos`, or null when the page had no word confidences. */
function wordConfidence(b: Block, pos: number): number | null {
  let i = 0;
  for (let k = 0; k < b.starts.length; k++) if ((b.starts[k] ?? 0) <= pos) i = k;
  const line = b.lines[i];
  if (!line?.words) return null;
  const raw = (line.map[pos - (b.starts[i] ?? 0)] ?? -1) - line.start;
  return line.words.find((w) => raw >= w.start && raw < w.end)?.confidence ?? null;
}

/**
 * An unsure year (low word confidence; a little higher when the year is implausible for the plan's date) in
 * which no deadline is read surely, one digit away from a year the plan's sure deadlines (and date) use at
 * least twice, is that year (the most frequent such). Returns the year to use, or null.
 */
export function resolveYear(b: Block, from: number, to: number, year: string, sure: ReadonlyMap<string, number>, planYear: string | null = null): string | null {
  if ((sure.get(year) ?? 0) > 0) return null;
  const at = b.text.slice(from, to).indexOf(year);
  if (at < 0) return null;
  const c = wordConfidence(b, from + at);
  if (c === null || !doubtful(year, c, planYear)) return null;
  let best: [string, number] | null = null;
  for (const [y, n] of sure) {
    let diff = 0;
    for (let k = 0; k < 4; k++) if (y[k] !== year[k]) diff++;
    if (diff === 1 && n >= 2 && (!best || n > best[1])) best = [y, n];
  }
  return best?.[0] ?? null;
}

/** The same date in another year (the last day of the month kept as the last day: by_month in February). */
export function withYear(date: string, year: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = d === lastDay(y, m);
  return iso(Number(year), m, last ? lastDay(Number(year), m) : d);
}
