import { isSyllable, nfc, placeTone, stripMarks, type ToneStyle } from '../vietnamese/index.ts';
import { CODE_ID, isCodeToken, NUM_ID, UNK_ID, type LanguageModel } from '../lm/index.ts';
import { markCost, markDifferences } from './channel.ts';
import type { ConfusionModel, RewriteRule } from './confusions.ts';
import type { KeyIndex } from './key-index.ts';
import type { NoiseProfile } from './profile.ts';

/** One reading of a token: LM word ids, lowercase text (syllables space-separated) and channel cost. */
export interface Candidate {
  ids: number[];
  text: string;
  cost: number;
}

/** Limits of candidate generation. */
export interface CandidateLimits {
  /** Candidates kept per token, cheapest first. Default 8. */
  maxCandidates?: number;
  /** Candidates costlier than the cheapest by more than this (nats) are dropped. Default 9. */
  maxSpread?: number;
  /** Highest channel cost of a rewrite path (nats). Default 6. */
  maxRewriteCost?: number;
}

/** Extra cost of keeping an ill-formed token that spells a known syllable without marks (nats). */
const SPELLS_KNOWN = 4;
/** Extra cost of reading a number token as a word in legacy OCR (nats). */
const NUMBER_AS_WORD = 1.5;
/** Extra cost of keeping a legacy-OCR word with a digit glued in ("Té6") as it is (nats). */
const DIGIT_GLUE_KEEP = 3;
/** Cost of keeping a well-formed syllable absent from the model's vocabulary (nats). */
const UNSEEN_SYLLABLE = 2;

/** Candidate list of legacy OCR tokens: this many times the usual length. */
const LEGACY_FACTOR = 3;
/** Weight of the unigram log-probability when a long candidate list is cut (see generate). */
const UNIGRAM_SHARE = 0.5;

/** Letters an English OCR model reads as digits (marks it cannot read become digits too: "Té6"). */
const DIGIT_LOOKALIKE: Record<string, string> = { '0': 'o', '1': 'i', '5': 's', '6': 'o', '8': 'b', '9': 'g' };

const LETTERS = /^[a-zăâđêôơư\p{M}à-ỹ]+$/u;

/** Lowercase, NFC, tone placed in the model's style (per syllable). */
export function normalizeWord(w: string, style: ToneStyle): string {
  const key = style + w;
  let v = normalized.get(key);
  if (v === undefined) {
    v = placeTone(nfc(w.toLowerCase()), style);
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(key, v);
  }
  return v;
}
const normalized = new Map<string, string>();

export class CandidateGenerator {
  private readonly rulesByFirst = new Map<string, RewriteRule[]>();
  private readonly tokenConf = new Map<string, { to: string; cost: number; confirmed: boolean }[]>();
  private readonly max: number;
  private readonly spread: number;
  private readonly maxRewrite: number;

  constructor(
    private readonly model: LanguageModel,
    private readonly keys: KeyIndex,
    private readonly conf: ConfusionModel,
    limits: CandidateLimits = {},
  ) {
    for (const r of conf.rules) {
      const f = r.from[0] as string;
      let l = this.rulesByFirst.get(f);
      if (!l) this.rulesByFirst.set(f, (l = []));
      l.push(r);
    }
    for (const t of conf.tokens) this.addTokenConfusion(t.from, t.to, t.cost);
    this.max = limits.maxCandidates ?? 8;
    this.spread = limits.maxSpread ?? 9;
    this.maxRewrite = limits.maxRewriteCost ?? 6;
  }

  /**
   * Adds a whole-token rewrite. `confirmed` (deployment lexicon: a reviewer saw it) skips the
   * "is this token garbled at all" cost.
   */
  addTokenConfusion(from: string, to: string, cost: number, confirmed = false): void {
    const k = normalizeWord(from, this.model.toneStyle);
    let l = this.tokenConf.get(k);
    if (!l) this.tokenConf.set(k, (l = []));
    l.push({ to: to.split(/\s+/).map((s) => normalizeWord(s, this.model.toneStyle)).join(' '), cost, confirmed });
  }

  private idsOf(text: string): number[] {
    return text.split(' ').map((s) => this.model.idOf(s));
  }

  /** Candidates for a number token: the number itself, or a word OCR turned into digits ("13" → là). */
  forNumber(raw: string, p: NoiseProfile): Candidate[] {
    const out: Candidate[] = [{ ids: [NUM_ID], text: raw, cost: 0 }];
    for (const t of this.tokenConf.get(raw.toLowerCase()) ?? []) out.push({ ids: this.idsOf(t.to), text: t.to, cost: (t.confirmed ? 0 : p.garble) + t.cost });
    // Legacy OCR reads short words as digits ("0" ở, "16" lộ); a real number stays far likelier.
    if (p.legacy && raw.length <= 2) {
      const m = this.conf.legacyMarks;
      for (const v of this.rewrites(raw)) {
        for (const e of (this.keys.get(stripMarks(v.text)) ?? []).slice(0, 4)) {
          out.push({ ids: [e.id], text: e.text, cost: p.garble + NUMBER_AS_WORD + v.cost + markCost(v.text, e.text, v.wild, m) });
        }
      }
    }
    return out;
  }

  private cache = new Map<string, Candidate[]>();
  private cacheProfile: NoiseProfile | null = null;

  /** Candidates for a word token, cheapest first (memoised per profile: documents repeat words). */
  forWord(raw: string, p: NoiseProfile): Candidate[] {
    if (this.cacheProfile !== p || this.cache.size > 200_000) {
      this.cache = new Map();
      this.cacheProfile = p;
    }
    let c = this.cache.get(raw);
    if (!c) {
      c = this.generate(raw, p);
      this.cache.set(raw, c);
    }
    return c;
  }

  private generate(raw: string, p: NoiseProfile): Candidate[] {
    const m = p.legacy ? this.conf.legacyMarks : this.conf.marks;
    const lower = normalizeWord(raw, this.model.toneStyle);
    const plain = stripMarks(lower);
    const valid = isSyllable(lower);
    const marked = plain !== lower;
    const best = new Map<string, Candidate>();
    const add = (text: string, ids: number[], cost: number) => {
      const c = best.get(text);
      if (!c || c.cost > cost) best.set(text, { ids, text, cost });
    };
    const direct = LETTERS.test(plain) ? this.keys.get(plain) : undefined;
    // An ill-formed token whose letters spell known syllables ("khuyet", "TRUONG") is almost surely
    // those syllables with marks lost, not an unknown word or an abbreviation.
    // Codes: inner - / . or two capitals ("UBND", "QH13"); "S6" or "hQ1" are garbled words instead.
    const code = !valid && !direct && (/[-/.]/.test(raw) || (raw.match(/\p{Lu}/gu)?.length ?? 0) >= 2) && isCodeToken(raw);
    const keepId = valid ? this.model.idOf(lower) : code ? CODE_ID : UNK_ID;
    // A well-formed syllable the model has never seen is possible (rare names) but unlikely.
    // The LM scores it as <unk>, whose mass covers every unknown word at once: when the same letters
    // spell known syllables ("luc": lúc, lục, lực), the unseen reading is far less likely still.
    const unseenCost = (p.legacy ? p.keepUnknown : UNSEEN_SYLLABLE) + (direct ? SPELLS_KNOWN : 0);
    const keepCost = valid ? (keepId === UNK_ID ? unseenCost : 0) : code ? p.keepCode : p.keepUnknown + (direct ? SPELLS_KNOWN : 0);
    // A word with a digit glued in (not a code) is garble in legacy OCR, rarely a real token to keep.
    const glued = p.legacy && !code && /\d/.test(lower) && /\p{L}/u.test(lower) ? DIGIT_GLUE_KEEP : 0;
    add(lower, [keepId], keepCost + glued);
    for (const t of this.tokenConf.get(lower) ?? []) add(t.to, this.idsOf(t.to), (t.confirmed ? 0 : p.garble) + t.cost);
    const abbr = direct ? undefined : this.model.abbreviations?.[raw];
    if (abbr) add(abbr.toLowerCase(), [CODE_ID], p.lost);
    if (direct) {
      for (const e of direct) {
        if (e.text === lower) continue;
        let cost: number;
        if (!marked) cost = e.text === plain ? 0 : p.lost;
        else if (valid && !p.legacy) cost = m.slipBase + m.slipPer * markDifferences(lower, e.text);
        else cost = Math.min(p.garble, 2) + markCost(lower, e.text, 0, m);
        add(e.text, [e.id], cost);
      }
    }
    // Letters that spell a known key (typed without marks) need no rewrites unless the text is legacy OCR.
    const garbled = p.legacy || !direct || !LETTERS.test(lower);
    if (garbled) {
      // Rule costs are per-occurrence probabilities measured on legacy OCR: in a legacy text they are
      // the whole channel cost; elsewhere the token must first be garbled at all.
      const rewriteBase = p.legacy ? 0 : p.garble;
      for (const v of this.rewrites(lower)) {
        const vp = stripMarks(v.text);
        for (const e of this.keys.get(vp) ?? []) add(e.text, [e.id], rewriteBase + v.cost + markCost(v.text, e.text, v.wild, m));
      }
      if (LETTERS.test(plain) && plain.length >= 2 && plain.length <= 12) {
        for (const k of this.keys.neighbours(plain)) {
          for (const e of (this.keys.get(k) ?? []).slice(0, 4)) add(e.text, [e.id], p.garble + m.edit + markCost(lower, e.text, 0, m) * 0.5);
        }
        this.splits(lower, plain, p, add);
      }
      if (p.legacy) this.digitGlue(lower, p, add);
    }
    const sorted = [...best.values()].sort((a, b) => a.cost - b.cost);
    const ceiling = (sorted[0]?.cost ?? 0) + this.spread;
    const within = sorted.filter((c, i) => i === 0 || c.cost <= ceiling);
    // Legacy OCR marks are unreliable, so more readings stay in play there (its speed matters less).
    const max = p.legacy ? this.max * LEGACY_FACTOR : this.max;
    if (within.length <= max) return within;
    // Too many readings: keep the likeliest out of context (channel cost + a share of the unigram
    // log-probability), so a common word one edit away ("thu" → thực) is not crowded out by dozens of
    // equally cheap rare ones. The cheapest reading always stays.
    const prior = (c: Candidate) => c.cost - UNIGRAM_SHARE * c.ids.reduce((s, id) => s + (this.model.marginalLogProb?.(id) ?? this.model.logProb(id, -1, -1)), 0);
    const head = within[0] as Candidate;
    const rest = within.slice(1).map((c) => ({ c, r: prior(c) })).sort((a, b) => a.r - b.r).slice(0, max - 1).map((x) => x.c);
    return [head, ...rest].sort((a, b) => a.cost - b.cost);
  }

  /**
   * Digits inside a legacy-OCR word are misread marks or letters ("Té6" tổ, "ti1nh" tỉnh): try the word
   * with the digits dropped and with each digit read as its look-alike letter.
   */
  private digitGlue(lower: string, p: NoiseProfile, add: (t: string, ids: number[], c: number) => void): void {
    if (!/\d/.test(lower) || !/\p{L}/u.test(lower) || lower.length > 8) return;
    const m = this.conf.legacyMarks;
    // A vowel followed by a round digit is often one marked o-vowel read as two glyphs ("é6" ổ).
    const round = stripMarks(lower).replace(/[aeiouy]?[069]/g, 'o');
    const variants = new Set([lower.replace(/\d/g, ''), lower.replace(/\d/g, (d) => DIGIT_LOOKALIKE[d] ?? ''), round]);
    for (const v of variants) {
      const vp = stripMarks(v);
      if (!vp || !LETTERS.test(vp)) continue;
      for (const e of (this.keys.get(vp) ?? []).slice(0, 6)) add(e.text, [e.id], p.garble + m.edit + markCost(v, e.text, 1, m));
      // The digit often stood for a mark on a misread vowel ("é6" ổ): one more letter edit.
      for (const k of this.keys.neighbours(vp)) {
        for (const e of (this.keys.get(k) ?? []).slice(0, 4)) add(e.text, [e.id], p.garble + 1.5 * m.edit + markCost(v, e.text, 1, m) * 0.5);
      }
    }
  }

  /** Glued syllables: "khắcphục" → khắc phục. */
  private splits(lower: string, plain: string, p: NoiseProfile, add: (t: string, ids: number[], c: number) => void): void {
    if (plain.length < 4) return;
    const m = p.legacy ? this.conf.legacyMarks : this.conf.marks;
    const chars = [...lower];
    const pchars = [...plain];
    for (let i = 2; i <= pchars.length - 1; i++) {
      const l = this.keys.get(pchars.slice(0, i).join(''));
      const r = this.keys.get(pchars.slice(i).join(''));
      if (!l || !r) continue;
      const lr = chars.slice(0, i).join('');
      const rr = chars.slice(i).join('');
      const pick = (es: readonly { id: number; text: string }[], read: string) =>
        es.map((e) => ({ e, c: markCost(read, e.text, 0, m) })).sort((a, b) => a.c - b.c).slice(0, 2);
      for (const a of pick(l, lr)) for (const b of pick(r, rr)) add(`${a.e.text} ${b.e.text}`, [a.e.id, b.e.id], p.garble + m.split + a.c + b.c);
    }
  }

  /** Rewrite paths of a lowercase token under the confusion rules, cheapest first. */
  rewrites(lower: string): { text: string; cost: number; wild: number; rules: RewriteRule[] }[] {
    const chars = [...lower];
    const out: { text: string; cost: number; wild: number; rules: RewriteRule[] }[] = [];
    if (chars.length > 12) return out; // junk, not a syllable: bounded work per token
    const limit = this.maxRewrite;
    let steps = 0;
    const used: RewriteRule[] = [];
    const walk = (i: number, acc: string, cost: number, wild: number, changed: boolean) => {
      if (out.length >= 64 || ++steps > 2000) return;
      if (i >= chars.length) {
        if (changed) out.push({ text: acc, cost, wild, rules: [...used] });
        return;
      }
      const ch = chars[i] as string;
      for (const r of this.rulesByFirst.get(ch) ?? []) {
        if (r.start && i !== 0) continue;
        if (r.inner && i === 0) continue;
        if (cost + r.cost > limit) continue;
        const n = [...r.from].length;
        if (r.end && i + n !== chars.length) continue;
        if (chars.slice(i, i + n).join('') !== r.from) continue;
        used.push(r);
        walk(i + n, acc + r.to, cost + r.cost, wild + (r.wild ? 1 : 0), true);
        used.pop();
      }
      walk(i + 1, acc + ch, cost, wild, changed);
    };
    walk(0, '', 0, 0, false);
    return out.sort((a, b) => a.cost - b.cost);
  }
}
