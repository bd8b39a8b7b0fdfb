import learned from '../../dictionaries/ocr-confusions.json' with { type: 'json' };

/**
 * OCR confusion rewrites: what an OCR engine (above all Tesseract's English model reading Vietnamese)
 * writes for Vietnamese letters. Costs are −ln of relative frequencies, in nats, added to the channel
 * cost of any rewrite path. The defaults were measured by aligning English-model OCR of rendered
 * Vietnamese text with its source (scripts/bench/learn-confusions.ts); a deployment may pass its own.
 */
export interface RewriteRule {
  /** What OCR wrote (lowercase). */
  from: string;
  /** Unmarked Vietnamese letters it stands for ("" = delete). */
  to: string;
  cost: number;
  /** Only at the start of a word. */
  start?: boolean;
  /** Never at the start of a word (a letter there is an onset, not a misread vowel). */
  inner?: boolean;
  /** Only at the end of a word. */
  end?: boolean;
  /** The written character carried no mark information (digits, symbols): marks on `to` are free. */
  wild?: boolean;
}

/** Costs of mark differences between what was read and a candidate (nats). */
export interface MarkCosts {
  /** A garbled token shows no tone where the candidate has one. */
  toneLost: number;
  /** A garbled token shows a different tone. */
  toneSwap: number;
  /** A hat/horn/stroke (â ă ê ô ơ ư đ) of the candidate is missing from what was read. */
  hatLost: number;
  /** What was read has a hat/horn the candidate lacks. */
  hatAdded: number;
  /** A well-formed marked syllable replaced by another with the same letters: fixed cost + per difference. */
  slipBase: number;
  slipPer: number;
  /** One letter inserted, deleted or replaced beyond the rewrite rules. */
  edit: number;
  /** Splitting a glued token into two syllables / merging two broken pieces into one. */
  split: number;
  merge: number;
}

export interface ConfusionModel {
  version: number;
  rules: RewriteRule[];
  marks: MarkCosts;
  /** Mark costs for legacy OCR, whose marks are unreliable ("é" for ê with any tone). */
  legacyMarks: MarkCosts;
  /** Whole-token confusions (e.g. "13" → "là"): from → to (syllables, space-separated) with cost. */
  tokens: { from: string; to: string; cost: number }[];
}

/** Hand-set prior weights (from NOTES.md observations); the learner starts from these. */
export const PRIOR_CONFUSIONS: ConfusionModel = {
  version: 1,
  rules: [
    { from: '6', to: 'o', cost: 0.4, wild: true },
    { from: '0', to: 'o', cost: 1.5, wild: true },
    { from: '1', to: 'l', cost: 0.7 },
    { from: '1', to: 'i', cost: 1.0, wild: true },
    { from: '1', to: 't', cost: 2.5 },
    { from: '3', to: 'a', cost: 2.0, wild: true },
    { from: '4', to: 'a', cost: 1.0, wild: true },
    { from: '4', to: 'd', cost: 2.0, wild: true },
    { from: '8', to: 'a', cost: 2.0, wild: true },
    { from: '9', to: 'g', cost: 2.5 },
    { from: '5', to: 's', cost: 2.5 },
    { from: '7', to: 't', cost: 2.5 },
    { from: '&', to: 'a', cost: 0.4, wild: true },
    { from: '¢', to: 'e', cost: 0.6, wild: true },
    { from: '¥', to: 'y', cost: 1.5, wild: true },
    { from: '¥', to: 'u', cost: 2.0, wild: true },
    { from: '{', to: 'o', cost: 2.0, wild: true },
    { from: '{', to: '', cost: 2.0 },
    { from: '}', to: '', cost: 2.0 },
    { from: ']', to: 'i', cost: 2.0, wild: true },
    { from: ']', to: '', cost: 2.0 },
    { from: '[', to: '', cost: 2.0 },
    { from: '|', to: 'l', cost: 1.5 },
    { from: '|', to: 'i', cost: 1.5, wild: true },
    { from: '@', to: 'a', cost: 1.5, wild: true },
    // A horned or hatted o (ơ ở ờ ộ) of a scan read as "@" ("S@" Sở, "Thu@ng" Thường, "H@i" Hội): about
    // four in five of the "@"s in the legacy fixtures' text layers; most of the rest are a (nhận, xã).
    { from: '@', to: 'o', cost: 0.5, wild: true },
    { from: '$', to: 's', cost: 1.5 },
    { from: 'j', to: 'i', cost: 1.0, wild: true },
    { from: 'q', to: 'o', cost: 1.5, wild: true },
    { from: 'it', to: 'u', cost: 0.6, wild: true },
    { from: 'ti', to: 'u', cost: 0.8, wild: true },
    { from: 'ii', to: 'u', cost: 0.8, wild: true },
    { from: 'tt', to: 'u', cost: 1.5, wild: true },
    { from: 'li', to: 'u', cost: 2.0, wild: true },
    { from: 'lt', to: 'u', cost: 2.0, wild: true },
    { from: 'rn', to: 'm', cost: 1.5 },
    // ư and ơ: the horn is read as a separate letter or an apostrophe.
    { from: 'ir', to: 'u', cost: 0.8, wild: true },
    { from: 'if', to: 'u', cost: 1.2, wild: true },
    { from: 'ri', to: 'u', cost: 1.5, wild: true },
    { from: 'ur', to: 'u', cost: 1.2, wild: true },
    { from: 'w', to: 'u', cost: 0.6, wild: true },
    { from: 'w', to: 'o', cost: 1.2, wild: true },
    { from: 'uw', to: 'u', cost: 0.6, wild: true },
    { from: 'we', to: 'o', cost: 1.0, wild: true },
    { from: 'v', to: 'u', cost: 2.0, wild: true },
    { from: 'i', to: 'u', cost: 2.5, wild: true },
    { from: 't', to: 'u', cost: 2.0, wild: true },
    { from: 't’', to: 'u', cost: 0.4, wild: true },
    { from: "t'", to: 'u', cost: 0.4, wild: true },
    { from: 'i’', to: 'u', cost: 0.6, wild: true },
    { from: '’', to: '', cost: 0.3, wild: true },
    { from: '?', to: '', cost: 0.5, wild: true },
    { from: "'", to: '', cost: 0.3, wild: true },
    { from: '¢', to: 'o', cost: 0.8, wild: true },
    { from: '¢', to: '', cost: 1.5, wild: true },
    { from: 'g', to: 'o', cost: 2.5, wild: true },
    { from: 'd', to: 'o', cost: 2.5, wild: true },
    // Scans (blur, noise) read by the English model: a marked o-vowel (ô ơ ộ ố ờ …) comes out as "é",
    // a toned a (á ả ã) as "d", ư as "y"/"iv"/"tr"/"tf"/"tv", ươ as "wé"/"vé" (learned from degraded renders).
    { from: 'é', to: 'o', cost: 1.5, wild: true },
    { from: 'd', to: 'a', cost: 2.0, inner: true, wild: true },
    { from: 'y', to: 'u', cost: 2.5, wild: true },
    { from: 'iv', to: 'u', cost: 1.5, wild: true },
    { from: 'tr', to: 'u', cost: 2.0, inner: true, wild: true },
    { from: 'tf', to: 'u', cost: 1.0, wild: true },
    { from: 'tv', to: 'u', cost: 1.5, wild: true },
    { from: 'wé', to: 'uo', cost: 1.0, wild: true },
    { from: 'vé', to: 'uo', cost: 1.5, wild: true },
    { from: '6é', to: 'o', cost: 1.0, wild: true },
    { from: 'dé', to: 'o', cost: 1.5, inner: true, wild: true },
    // A blurred final c closes into an e ("chite", "chtte" for chức).
    { from: 'e', to: 'c', cost: 3.0, end: true },
    // Found with --discover on degraded corpus pages: ươ read as u or o ("duc" được, "thong" thường),
    // ực as u ("thu" thực), ủ as l ("cla" của), ấ as é ("cép" cấp), iề as id ("Didu" Điều), a stray d
    // or é inside ("phuodng" phường, "tieép" tiếp), ược as ug ("dug" được).
    { from: 'u', to: 'uo', cost: 3.0, inner: true, wild: true },
    { from: 'o', to: 'uo', cost: 3.0, inner: true, wild: true },
    { from: 'u', to: 'uc', cost: 3.0, end: true, wild: true },
    { from: 'l', to: 'u', cost: 2.5, wild: true },
    { from: 'é', to: 'a', cost: 2.5, wild: true },
    { from: 'd', to: 'e', cost: 2.5, inner: true, wild: true },
    { from: 'd', to: '', cost: 3.0, inner: true, wild: true },
    { from: 'eé', to: 'e', cost: 1.5, wild: true },
    { from: 'ug', to: 'uoc', cost: 2.5, end: true, wild: true },
    { from: 'p', to: 'd', cost: 0.8, start: true, wild: true },
    { from: 'b', to: 'd', cost: 1.5, start: true, wild: true },
    { from: 'd', to: 'd', cost: 0.3, start: true, wild: true },
  ],
  marks: { toneLost: 1.0, toneSwap: 1.8, hatLost: 0.5, hatAdded: 2.5, slipBase: 5.0, slipPer: 1.0, edit: 3.5, split: 3.0, merge: 2.0 },
  legacyMarks: { toneLost: 0.6, toneSwap: 0.8, hatLost: 0.3, hatAdded: 1.5, slipBase: 5.0, slipPer: 1.0, edit: 3.0, split: 3.0, merge: 2.0 },
  tokens: [
    { from: '13', to: 'là', cost: 2.5 },
    { from: '1a', to: 'là', cost: 1.0 },
    { from: '48', to: 'đã', cost: 2.5 },
    { from: 'cia', to: 'của', cost: 0.8 },
    { from: 'ctia', to: 'của', cost: 0.5 },
  ],
};

/** Learned rule costs (dictionaries/ocr-confusions.json, written by scripts/bench/learn-confusions.ts). */
interface LearnedTable {
  version: number;
  rules: { from: string; to: string; start?: boolean; inner?: boolean; end?: boolean; cost: number }[];
}

function withLearned(prior: ConfusionModel, table: LearnedTable): ConfusionModel {
  const key = (r: { from: string; to: string; start?: boolean; end?: boolean }) => `${r.from}\u0000${r.to}\u0000${r.start ? 1 : 0}${r.end ? 1 : 0}`;
  const costs = new Map(table.rules.map((r) => [key(r), r.cost]));
  return { ...prior, rules: prior.rules.map((r) => ({ ...r, cost: costs.get(key(r)) ?? r.cost })) };
}

/** The confusion model the repairer uses by default: prior rules with learned costs. */
export const DEFAULT_CONFUSIONS: ConfusionModel = withLearned(PRIOR_CONFUSIONS, learned as LearnedTable);
