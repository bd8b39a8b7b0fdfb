/** Precision/recall/F1 of extracted facts against hand-written expected facts (fixtures/expected). */
import { key } from '../../src/extract/fold.ts';
import { similarity } from '../../src/extract/fuzzy.ts';
import type { PlanDocument } from '../../src/model/plan-document.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  extras: string[];
}

export interface Expected {
  seed: string;
  document: { type: string | null; number: string | null; symbol: string | null; place: string | null; date: string | null; authority: string | null; position: string | null; signer: string | null };
  scanHeader?: { number: string | null; symbol: string | null; place: string | null; date: string | null; issuerName?: string | null; issuerParent?: string | null };
  recipients: { name: string; purpose: string | null }[];
  references: { symbol: string; date: string | null }[];
  tasks: { text: string }[];
  deadlines: { kind: string; date: string | null }[];
  responsible: { unit: string; role: string }[];
  shortcomings: { text: string }[];
}

/** Greedy one-to-one matching of gold and predicted items by a similarity and a threshold. */
export function match<G, P>(gold: G[], pred: P[], sim: (g: G, p: P) => number, threshold: number, show: (x: G | P) => string): Counts {
  const used = new Set<number>();
  const c: Counts = { tp: 0, fp: 0, fn: 0, misses: [], extras: [] };
  for (const g of gold) {
    let best = -1;
    let bestS = threshold;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const s = sim(g, p);
      if (s >= bestS) {
        bestS = s;
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
      c.tp++;
    } else {
      c.fn++;
      c.misses.push(show(g));
    }
  }
  pred.forEach((p, i) => {
    if (!used.has(i)) {
      c.fp++;
      c.extras.push(show(p));
    }
  });
  return c;
}

const eq = (a: string | null | undefined, b: string | null | undefined) => (key(a ?? '') === key(b ?? '') ? 1 : 0);
const symKey = (s: string | null) => key((s ?? '').replace(/\s+/g, '')).replace(/\s+/g, '');
const prefixSim = (gold: string, pred: string) => {
  const g = key(gold);
  return similarity(g, key(pred).slice(0, g.length));
};
const uniq = <T>(xs: T[], k: (x: T) => string) => [...new Map(xs.map((x) => [k(x), x])).values()];

/** Per-field counts for one document. `scan` = use the header printed on the generated scans. */
export function scoreDocument(exp: Expected, doc: PlanDocument, scan: boolean): Record<string, Counts> {
  const d = doc.document;
  const hdr = scan && exp.scanHeader ? exp.scanHeader : exp.document;
  const scalar = (pairs: [string, string | null, string | null][]) => {
    const gold = pairs.filter(([, g]) => g !== null).map(([n, g]) => `${n}=${g}`);
    const pred = pairs.filter(([, , p]) => p !== null).map(([n, , p]) => `${n}=${p}`);
    return match(gold, pred, (g, p) => (g.split('=')[0] === p.split('=')[0] ? eq(g, p) : 0), 1, String);
  };
  return {
    references: match(exp.references, doc.references, (g, p) => (symKey(g.symbol) === symKey(p.symbol) && g.date === p.date ? 1 : 0), 1, (x) => `${x.symbol} ${x.date}`),
    deadlines: match(exp.deadlines, doc.deadlines, (g, p) => (g.kind === p.kind && g.date === p.date ? 1 : 0), 1, (x) => `${x.kind} ${x.date}`),
    responsible: match(
      uniq(exp.responsible, (r) => `${key(r.unit)}|${r.role}`),
      uniq(doc.tasks.flatMap((t) => t.responsible), (r) => `${key(r.unit)}|${r.role}`),
      (g, p) => (g.role === p.role ? similarity(key(g.unit), key(p.unit)) : 0),
      0.85,
      (x) => `${x.unit}:${x.role}`,
    ),
    shortcomings: match(exp.shortcomings, doc.shortcomings, (g, p) => prefixSim(g.text.slice(0, 80), p.text), 0.8, (x) => x.text.slice(0, 50)),
    tasks: match(exp.tasks, doc.tasks, (g, p) => prefixSim(g.text, p.text), 0.8, (x) => x.text.slice(0, 50)),
    signer: scalar([['signer', exp.document.signer, d.signature.signer], ['authority', exp.document.authority, d.signature.authority], ['position', exp.document.position, d.signature.position]]),
    recipients: match(exp.recipients, d.recipients, (g, p) => similarity(key(g.name), key(p.name)), 0.85, (x) => x.name),
    'number/date/place': scalar([['number', hdr.number, d.number], ['symbol', hdr.symbol, d.symbol], ['date', hdr.date, d.date], ['place', hdr.place, d.place]]),
  };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, misses: [...a.misses, ...b.misses], extras: [...a.extras, ...b.extras] };
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
