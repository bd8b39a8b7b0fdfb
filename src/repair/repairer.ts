import { caseTransfer, ETHNIC_FAMILY_NAMES, FAMILY_NAME_KEYS, FAMILY_NAMES, GIVEN_NAME_SYLLABLES, MIDDLE_NAME_SYLLABLES, nfc, PERSON_NAME_SYLLABLES, placeTone, stripMarks, withCase, type CaseTransfer, type ToneStyle } from '../vietnamese/index.ts';
import { capitalFlag, CODE_ID, UNK_ID, interpolateModels, memoizedModel, modelFromLines, PUNCT_ID, type LanguageModel } from '../lm/index.ts';
import { CandidateGenerator, normalizeWord, type Candidate } from './candidates.ts';
import { DEFAULT_CONFUSIONS, type ConfusionModel } from './confusions.ts';
import { decodeLattice, type Edge, type Lattice, type PathStep } from './decode.ts';
import { joinBrokenCodes, repairCode } from './document-codes.ts';
import { KeyIndex } from './key-index.ts';
import { confusionCost, type RepairLexicon } from './lexicon.ts';
import { estimateProfile, type NoiseProfile } from './profile.ts';
import { tokenize, type TextToken, type TokenKind } from './tokenize.ts';
import { localPosteriors } from './confidence.ts';
import { MAX_PLACE_SYLLABLES, PlaceIndex, readPlaceNames, type PlaceNames, type PlaceReading } from './places.ts';

/** One token of the input with its repair. Offsets are UTF-16 indices into the NFC form of the input. */
export interface RepairToken {
  original: string;
  text: string;
  start: number;
  end: number;
  /** Probability that `text` is right, in [0, 1]. */
  confidence: number;
  /** Next best readings, most likely first (at most 3). */
  alternatives: string[];
  kind: TokenKind;
}

export interface RepairResult {
  text: string;
  tokens: RepairToken[];
}

export interface Repairer {
  repair(text: string): RepairResult;
}

export interface RepairerOptions {
  model: LanguageModel;
  /** Tone placement of the output: `old` hòa/thủy (default) or `new` hoà/thuỷ. */
  toneStyle?: ToneStyle;
  /** Reviewer-confirmed phrases and confusions of this deployment. */
  lexicon?: RepairLexicon;
  /** OCR confusion weights. Default: the measured table in confusions.ts. */
  confusions?: ConfusionModel;
  /** Viterbi beam width (states per position). Default 10. */
  beam?: number;
  /** Force a noise profile instead of estimating it from each text (benchmarks, tests). */
  profile?: NoiseProfile;
  /**
   * Document cache: after a first pass, the sentences holding an unsure word that the document reads
   * confidently elsewhere in another way ("phuong" unsure here, a sure "phường" elsewhere) are decoded again
   * with a small model of the confident phrases around those readings interpolated in, so a name or phrase
   * the document repeats is read the same way throughout (at most `CACHE_PER_READING` phrases per reading).
   * Costs ≈ 10–15 % more time on stripped text.
   * Default true.
   */
  documentCache?: boolean;
  /**
   * Gazetteer of administrative place names read in capitalised runs ("Cai Khe" → Cái Khế). Default: the
   * shipped `dictionaries/vi-places.txt` (MODEL_MISSING / MODEL_MISMATCH if absent or damaged); `null`: none.
   */
  places?: PlaceNames | null;
}

/**
 * Confidence a first-pass token needs to enter the document cache (and to stay fixed in the second pass).
 * Chosen on the leave-one-out bench (stripped, all 12 plans): 0.6 / 0.7 / 0.8 / 0.9 / 0.95 → 98.97 / 98.99 /
 * 99.04 / 98.94 / 98.93 %; with 0.8 fewer sentences are decoded twice too.
 */
const CACHE_CONFIDENCE = 0.8;
/** Share of the document-cache model in the second pass (0.1 / 0.25 / 0.35: 98.98 / 98.91 / 98.88 % at confidence 0.9). */
const CACHE_WEIGHT = 0.15;

const SENTENCE_END = /[.!?;:…]/;
/** Capital rate assumed for words the model does not know (often names). */
const UNKNOWN_CAPITAL_RATE = 0.3;

interface Unit {
  token: TextToken;
  edges: Edge[];
  lower: string;
  /** Capitalisation evidence (capitalFlag) of a word after another word on the line, else -1. */
  flag?: number;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}*$/u;
/** Words that introduce a person's name: đồng chí, ông, bà (unmarked, as OCR may leave them). */
const NAME_INTRO = new Set(['chi', 'ong', 'ba', 'd/c']);
/** "đ/c", the usual abbreviation of "đồng chí" (unmarked: "d/c"), as one token. */
const COMRADE = /^[dđ]\/c$/iu;

/** Joins "đ/c" (word, "/", word) into one word token: read as đồng chí, never as two stray letters. */
function joinComrade(tokens: TextToken[]): TextToken[] {
  let out: TextToken[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const [a, s, c] = [tokens[i] as TextToken, tokens[i + 1], tokens[i + 2]];
    if (a.kind === 'word' && s?.text === '/' && c?.kind === 'word' && a.end === s.start && s.end === c.start && COMRADE.test(a.text + s.text + c.text)) {
      out ??= tokens.slice(0, i);
      out.push({ kind: 'word', text: a.text + s.text + c.text, start: a.start, end: c.end });
      i += 2;
    } else out?.push(a);
  }
  return out ?? tokens;
}
/** Emphasis and bracket marks that may wrap a name. */
const FORMATTING = /^[*_"“”'‘’([]+$/u;
const NO_WORDS = /^[^\p{L}\p{N}\n]*$/u;
/** Family names without marks, as an English-model OCR leaves them ("Le", "Truong"). */
/** Punctuation that closes the other column's text before a signer printed beside it ("…; Lê Thị Mai Hương"). */
const COLUMN_END = /[;,.)]\s*$/u;

/**
 * Token indices where a personal name stands: a run of 2–4 title-case words on one line that follows
 * "đồng chí"/"ông"/"bà" ("đồng chí Trần Hữu Thành"), fills its line alone (the signer under the
 * signature block), or starts with a family name and closes a line after another column's text (the signer
 * beside the recipients). Title-case runs elsewhere are mostly titles and bodies ("Trưởng Ban Tổ chức").
 */
function namePlaces(text: string, tokens: readonly TextToken[]): Set<number> {
  const out = new Set<number>();
  const title = (k: number) => {
    const t = tokens[k];
    return t?.kind === 'word' && TITLE_CASE.test(t.text);
  };
  const spaceOnly = (a: number, b: number) => /^[^\S\n]*$/.test(text.slice(a, b));
  for (let a = 0; a < tokens.length; a++) {
    if (!title(a)) continue;
    let b = a;
    while (title(b + 1) && spaceOnly((tokens[b] as TextToken).end, (tokens[b + 1] as TextToken).start)) b++;
    const len = b - a + 1;
    const first = tokens[a] as TextToken;
    const last = tokens[b] as TextToken;
    // Formatting marks may stand between ("đồng chí **Trần Hữu Thành**", "(Nguyễn Văn A)").
    let p = a - 1;
    if (tokens[p]?.kind === 'punct' && FORMATTING.test((tokens[p] as TextToken).text)) p--;
    const prev = tokens[p];
    const afterIntro = prev?.kind === 'word' && !text.slice(prev.end, first.start).includes('\n') && NAME_INTRO.has(stripMarks(prev.text.toLowerCase()));
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const lineEnd = text.indexOf('\n', last.end);
    const alone = NO_WORDS.test(text.slice(lineStart, first.start)) && NO_WORDS.test(text.slice(last.end, lineEnd < 0 ? text.length : lineEnd));
    // Two columns read line by line: the signer closes a recipient's line ("- Chủ tịch, các PCT UBND xã; Le Thi Mai Huong").
    const besideColumn =
      !alone && NO_WORDS.test(text.slice(last.end, lineEnd < 0 ? text.length : lineEnd)) && COLUMN_END.test(text.slice(lineStart, first.start)) && FAMILY_NAME_KEYS.has(stripMarks(first.text.toLowerCase()));
    if (len >= 2 && len <= 4 && (afterIntro || alone || besideColumn)) for (let k = a; k <= b; k++) out.add(k);
    a = b;
  }
  return out;
}
/**
 * Words that name the kind of place a proper name follows ("xã Minh Tân", "HUYỆN ỦY HƯƠNG KHÊ"), unmarked:
 * administrative units and the villages below them (thôn, bản, ấp, buôn, làng, xóm, khóm, sóc). Words that
 * are also common names or titles count only in two-word types: "thị trấn" (not Trần), "thành phố", "khu phố",
 * "tổ dân phố" (not Phó), "thị xã"; "bản" only in lower case ("Ban" is a committee).
 */
const PLACE_TYPES = new Map([
  ['xa', 'xã'],
  ['phuong', 'phường'],
  ['huyen', 'huyện'],
  ['quan', 'quận'],
  ['tinh', 'tỉnh'],
  ['thon', 'thôn'],
  ['ap', 'ấp'],
  ['buon', 'buôn'],
  ['lang', 'làng'],
  ['xom', 'xóm'],
  ['khom', 'khóm'],
  ['soc', 'sóc'],
  ['ban', 'bản'],
]);
/** Place words of villages, below the communes the gazetteer lists ("làng" left out: "lăng Bác"). */
const VILLAGE_TYPES = new Set(['thon', 'ap', 'buon', 'xom', 'khom', 'soc']);
const PLACE_TYPE_PAIRS = new Map([
  ['thi tran', 'thị trấn'],
  ['thanh pho', 'thành phố'],
  ['khu pho', 'khu phố'],
  ['dan pho', 'dân phố'],
  ['thi xa', 'thị xã'],
]);
const ALL_CAPS = /^\p{Lu}+$/u;

/**
 * Tokens that start a line after a line of capitals ("ỦY BAN NHÂN DÂN PHƯỜNG LĨNH NAM" / "Số: 128/KH-UBND"),
 * themselves not in capitals: a heading or issuer line ends there, so the model reads no sentence on across
 * it ("… lĩnh nam sở" made "Số" into Sở). A heading wrapped over two lines of capitals reads on.
 */
function headingEnds(text: string, tokens: readonly TextToken[]): Set<number> {
  const out = new Set<number>();
  let words = 0;
  let upper = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TextToken;
    if (i > 0 && hasNewline(text, (tokens[i - 1] as TextToken).end, t.start)) {
      const caps = t.kind === 'word' && ALL_CAPS.test(t.text);
      if (upper && words >= 2 && !caps && t.kind !== 'punct') out.add(i);
      words = 0;
      upper = true;
    }
    if (t.kind === 'word') {
      words++;
      if (!ALL_CAPS.test(t.text)) upper = false;
    }
  }
  return out;
}

/** A place name found in the text: its syllables' readings, and whether a place word or date line vouches for it. */
interface PlaceSpot {
  /** Per syllable: the spellings the gazetteer allows here and their cost (−ln share of the units so named). */
  allowed: Map<string, number>;
  typed: boolean;
}

/**
 * Token indices of capitalised runs whose unmarked form is a known place name (longest first, 2–5
 * syllables). A title-case name counts anywhere ("kè rạch Cái Khế"); an all-capitals one only after a place
 * word ("PHƯỜNG CÁI KHẾ": headings in capitals are mostly not names). `typed`: after a place word (or a
 * committee of one: "Huyện ủy Hương Khê"), or the place of the date line ("Mường Bú, ngày …").
 */
function placeSpots(text: string, tokens: readonly TextToken[], index: PlaceIndex | null): Map<number, PlaceSpot> {
  const out = new Map<number, PlaceSpot>();
  /** One spot object per name, syllable and context, so readings computed for one serve its repeats. */
  const spots = new Map<string, PlaceSpot>();
  /** Last tokens of the place names a place word vouches for. */
  const typedEnds = new Set<number>();
  const caps = (k: number) => {
    const t = tokens[k];
    return t?.kind === 'word' && (TITLE_CASE.test(t.text) || ALL_CAPS.test(t.text));
  };
  const spaceOnly = (a: number, b: number) => /^[^\S\n]*$/.test(text.slice(a, b));
  const key = (k: number) => keyOf((tokens[k] as TextToken).text);
  /**
   * The place word (or "ủy" after one: "Huyện ủy") that token k is, right before token k + 1 on its line, as
   * token index → spelling ("phuong" → phường, "thi tran" → thị trấn), or null.
   */
  const placeWord = (k: number): Map<number, string> | null => {
    const t = tokens[k];
    if (t?.kind !== 'word' || !spaceOnly(t.end, (tokens[k + 1] as TextToken).start)) return null;
    const w = key(k);
    const one = PLACE_TYPES.get(w);
    // "Ban" capitalised is a committee ("Ban Tổ chức"), "bản" a village.
    if (one && !(w === 'ban' && /^B/u.test(t.text))) return new Map([[k, one]]);
    const before = tokens[k - 1];
    const two = before?.kind === 'word' && spaceOnly(before.end, t.start) ? PLACE_TYPE_PAIRS.get(`${key(k - 1)} ${w}`) : undefined;
    if (two) return new Map(two.split(' ').map((x, j) => [k - 1 + j, x]));
    if (w !== 'uy') return null;
    const committee = placeWord(k - 1);
    return committee && committee.set(k, 'ủy');
  };
  /** A run of 3–4 title-case words that starts with a family name is a person's name ("Hoàng Xuân Trường"). */
  const personRun = (a: number, b: number) => b - a >= 2 && b - a <= 3 && FAMILY_NAME_KEYS.has(key(a)) && TITLE_CASE.test((tokens[a] as TextToken).text);
  for (let a = 0; index && a < tokens.length; a++) {
    if (!caps(a)) continue;
    let b = a;
    while (caps(b + 1) && spaceOnly((tokens[b] as TextToken).end, (tokens[b + 1] as TextToken).start)) b++;
    /** The longest place name at token s within the run, as its length and readings. */
    const longest = (s: number): [number, readonly PlaceReading[], string] | null => {
      for (let len = Math.min(MAX_PLACE_SYLLABLES, b - s + 1); len >= 2; len--) {
        const words: string[] = [];
        for (let k = s; k < s + len; k++) words.push(key(k));
        const name = words.join(' ');
        const readings = index?.get(name);
        if (readings) return [len, readings, name];
      }
      return null;
    };
    for (let s = a; s < b; s++) {
      const hit = longest(s);
      // "TỈNH HÀ TĨNH" is tỉnh + Hà Tĩnh, not the place "Tịnh Hà" + tĩnh.
      if (!hit || (placeWord(s) && longest(s + 1))) continue;
      const [len, readings, name] = hit;
      const upper = ALL_CAPS.test((tokens[s] as TextToken).text) && ALL_CAPS.test((tokens[s + len - 1] as TextToken).text);
      const next = tokens[s + len];
      const dateLine = s === a && s + len - 1 === b && next?.kind === 'punct' && next.text.startsWith(',') && tokens[s + len + 1]?.kind === 'word' && key(s + len + 1) === 'ngay';
      // A list goes on naming places of the kind: "các xã Vĩnh Xương, Phú Hữu và Bình Thạnh Đông".
      const listed = s >= 2 && typedEnds.has(s - 2) && ((tokens[s - 1] as TextToken).text === ',' || key(s - 1) === 'va');
      const kind = s > 0 ? placeWord(s - 1) : null;
      const typed = !!kind || dateLine || listed;
      if (typed) typedEnds.add(s + len - 1);
      // Untyped, a capitalised run must stand inside a sentence: at its start the capital says nothing
      // ("Giao Phòng Tài chính …" is no place Giao Phong).
      const prev = tokens[s - 1];
      const inside = prev !== undefined && !hasNewline(text, prev.end, (tokens[s] as TextToken).start) && (prev.kind === 'word' || prev.text === ',');
      if (!typed && (upper || !inside || personRun(a, b))) continue;
      for (let k = 0; k < len; k++) {
        const id = `${typed ? 't' : 'f'}${k} ${name}`;
        let spot = spots.get(id);
        if (!spot) {
          const allowed = new Map<string, number>();
          for (const r of readings) {
            const w = r.syllables[k] as string;
            if (!allowed.has(w)) allowed.set(w, Math.min(PLACE_SHARE_CAP, Math.log(1 / r.share)));
          }
          spots.set(id, (spot = { allowed, typed }));
        }
        out.set(s + k, spot);
      }
      // The place word before a known place is read as one ("phuong Lĩnh Nam": phường, not phương).
      for (const [k, w] of kind ?? []) {
        if (out.has(k)) continue;
        let spot = spots.get(w);
        if (!spot) spots.set(w, (spot = { allowed: new Map([[w, 0]]), typed: true }));
        out.set(k, spot);
      }
      s += len - 1;
    }
    a = b;
  }
  // A village word in lower case before a capitalised word names a village, which the gazetteer does not
  // list ("tại ấp Rạch Tàu", "thôn Đồng Mới"). Not the administrative words: "tính Đảng", "xa Trung tâm".
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k] as TextToken;
    const n = tokens[k + 1] as TextToken;
    if (out.has(k) || t.kind !== 'word' || n.kind !== 'word' || !TITLE_CASE.test(n.text) || !spaceOnly(t.end, n.start) || t.text !== t.text.toLowerCase()) continue;
    const w = key(k);
    const type = VILLAGE_TYPES.has(w) ? PLACE_TYPES.get(w) : undefined;
    if (!type) continue;
    const id = `weak ${type}`;
    let spot = spots.get(id);
    if (!spot) spots.set(id, (spot = { allowed: new Map([[type, 0]]), typed: true }));
    out.set(k, spot);
  }
  return out;
}
/** Cost of a reading that is no syllable of the place name a capitalised run spells, after a place word (nats). */
const NOT_A_PLACE_TYPED = 6;
/** The same in a capitalised run elsewhere: a title-case run may be a title or a person's name instead. */
const NOT_A_PLACE = 3;
/** Cost of a place syllable the model does not know and no known word shares the letters of (candidates.ts: UNSEEN_SYLLABLE). */
const PLACE_UNSEEN = 2;
/** Highest cost of a rarer spelling of a place name's unmarked form (nats). */
const PLACE_SHARE_CAP = 3;

/** Cost of a reading that is no name syllable, in a run of title-case words where one reading is (nats). */
const NOT_A_NAME = 5;
/**
 * Cost of a reading that is no family name at the start of a name where one reading is (nats): higher, since a
 * Vietnamese name all but always starts with one, while the corpus knows the common words ("trường") far better.
 */
const NOT_A_FAMILY_NAME = 6;

/** Cost of a name syllable in a name where another reading is one of the kind that stands there (middle, given). */
const NOT_IN_ROLE = 2;

/** Posterior of a lone candidate. */
const ONE: readonly number[] = [1];

/** Texts of the (at most) three likeliest candidates other than `chosen`, likeliest first (stable among equals). */
function topOthers(cands: readonly Candidate[], post: readonly number[], chosen: Candidate): string[] {
  const out: string[] = [];
  const ps: number[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (c === chosen) continue;
    const p = post[i] as number;
    let j = out.length;
    while (j > 0 && (ps[j - 1] as number) < p) j--;
    if (j >= 3) continue;
    out.splice(j, 0, c.text);
    ps.splice(j, 0, p);
    if (out.length > 3) {
      out.pop();
      ps.pop();
    }
  }
  return out;
}

/** Below this own capital rate, a lower-case word's pair rates are not consulted (speed; rarely matter). */
const PAIR_LOOKUP_RATE = 0.05;
const clampRate = (r: number) => Math.min(0.998, Math.max(0.002, r));
const logit = (p: number) => Math.log(p / (1 - p));
/**
 * Log-odds shift of a pair's capital rate `q` from the word's own (`l0`). A pair counts only as evidence
 * for the case actually written (`flag`): a missing pair means "not seen often", so a seen pair against
 * the written case would unfairly favour unseen neighbours ("đổi Thẻ" read as "đối Thẻ" because "đổi thẻ"
 * is usually lower case).
 */
function pairShift(q: number | undefined, l0: number, flag: number): number {
  if (q === undefined) return 0;
  const d = logit(clampRate(q)) - l0;
  return flag === 1 ? Math.max(0, d) : Math.min(0, d);
}

export function createRepairer(opts: RepairerOptions): Repairer {
  const { pass: first, readings } = createPass(opts);
  if (opts.documentCache === false) return { repair: (input) => first(input) };
  return {
    repair(input: string): RepairResult {
      const trace: Trace = { segments: [] };
      const r = first(input, undefined, trace);
      const { doubt: starts, keys } = doubtfulTokens(r);
      if (!starts.length || !trace.prep) return r;
      const own = modelFromLines(cachePhrases(r, trace.prep.text, keys), { toneStyle: opts.model.toneStyle });
      const ranges: number[] = [];
      const segs = trace.segments;
      for (let i = 0, d = 0; i < segs.length && d < starts.length; i += 2) {
        const [from, to] = [segs[i] as number, segs[i + 1] as number];
        while (d < starts.length && (starts[d] as number) < from) d++;
        if (d < starts.length && (starts[d] as number) < to) ranges.push(from, to);
      }
      // The first pass's candidates (and their memo) serve again: the mixed model keeps the base's word ids.
      return createPass({ ...opts, model: interpolateModels(opts.model, own, CACHE_WEIGHT) }, readings).pass(input, { prior: r, ranges, prep: trace.prep });
    },
  };
}

/** Words either side of a cached reading: enough for the trigram model, and the cache stays small. */
const CACHE_SPAN = 4;

/**
 * Phrases kept per reading: a few confident examples show how the document writes a word, and the cache's
 * cost stays bounded on long inputs (accuracy 99.11 % with 8, 99.12 % with 20, 99.13 % unbounded).
 */
const CACHE_PER_READING = 8;

/** Unmarked lower-case form of a word (memoised: a document repeats its words). */
function keyOf(w: string): string {
  let k = keys.get(w);
  if (k === undefined) {
    k = stripMarks(w.toLowerCase());
    if (keys.size > 100_000) keys.clear();
    keys.set(w, k);
  }
  return k;
}
const keys = new Map<string, string>();

/**
 * The confident phrases around readings of the unmarked forms `wanted` (the document cache's text): per
 * line of the first pass's output, unsure words replaced by a sentence break ".", the words either side
 * of each such reading.
 */
function cachePhrases(r: RepairResult, source: string, wanted: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  let line: string[] = [];
  const phrases = () => {
    for (let j = 0; j < line.length; j++) {
      const w = line[j] as string;
      if (!wanted.has(keyOf(w))) continue;
      const x = w.toLowerCase();
      const n = seen.get(x) ?? 0;
      if (n >= CACHE_PER_READING) continue;
      seen.set(x, n + 1);
      out.push(line.slice(Math.max(0, j - CACHE_SPAN), j + CACHE_SPAN + 1).join(' '));
    }
    line = [];
  };
  let last = 0;
  for (const t of r.tokens) {
    if (line.length && hasNewline(source, last, t.start)) phrases();
    last = t.end;
    if (t.kind === 'word' && t.confidence < CACHE_CONFIDENCE) line.push('.');
    else if (t.text.includes(' ')) line.push(...t.text.split(' '));
    else line.push(t.text);
  }
  phrases();
  return out;
}

function hasNewline(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Start offsets of the unsure words of a first pass whose unmarked form the document reads confidently
 * elsewhere in another way ("phuong" unsure here, a sure "phường" in other sentences), and those forms: the
 * only words the document cache is likely to change, so the second pass decodes just their segments.
 */
function doubtfulTokens(r: RepairResult): { doubt: number[]; keys: Set<string> } {
  // Unsure forms first (few): only sure readings of those forms matter.
  const unsure = new Set<string>();
  for (const t of r.tokens) if (t.kind === 'word' && t.confidence < CACHE_CONFIDENCE) unsure.add(keyOf(t.text));
  /** Confident readings per unsure unmarked form. */
  const sure = new Map<string, Set<string>>();
  for (const t of r.tokens) {
    if (!unsure.size) break;
    if (t.kind !== 'word' || t.confidence < CACHE_CONFIDENCE) continue;
    const k = keyOf(t.text);
    if (!unsure.has(k)) continue;
    let s = sure.get(k);
    if (!s) sure.set(k, (s = new Set()));
    s.add(t.text.toLowerCase());
  }
  const doubt: number[] = [];
  const keys = new Set<string>();
  if (!sure.size) return { doubt, keys };
  for (const t of r.tokens) {
    if (t.kind !== 'word' || t.confidence >= CACHE_CONFIDENCE) continue;
    const k = keyOf(t.text);
    const s = sure.get(k);
    if (!s) continue;
    const own = t.text.toLowerCase();
    if (s.size > 1 || !s.has(own)) {
      doubt.push(t.start);
      keys.add(k);
    }
  }
  // Tokens are mostly in text order (a punctuation run may be emitted early).
  return { doubt: doubt.sort((a, b) => a - b), keys };
}

/** What a pass computes before decoding (a second pass over the same input reuses it). */
interface Prep {
  text: string;
  tokens: TextToken[];
  profile: NoiseProfile;
  nameAt: Set<number>;
  placeAt: Map<number, PlaceSpot>;
  afterHeading: Set<number>;
}

/** Filled by a pass: the (from, to) offsets of each segment decoded, and its preparation. */
interface Trace {
  segments: number[];
  prep?: Prep;
}

/** A second pass: decode only the segments in `ranges` (from, to pairs), keep the prior reading elsewhere. */
interface Redo {
  prior: RepairResult;
  ranges: readonly number[];
  prep: Prep;
}

/** One decoding pass over a text, or over some of its segments (`redo`). */
/** Candidate generation of a pass (another pass over the same base model may share it and its memo). */
interface Readings {
  gen: CandidateGenerator;
  keys: KeyIndex;
}

function createPass(opts: RepairerOptions, shared?: Readings): { pass: (input: string, redo?: Redo, trace?: Trace) => RepairResult; readings: Readings } {
  let model = opts.model;
  const lex = opts.lexicon;
  if (lex?.phrases?.length) {
    model = interpolateModels(model, modelFromLines(lex.phrases, { toneStyle: model.toneStyle }), lex.weight ?? 0.15);
  }
  const style = opts.toneStyle ?? 'old';
  const readings = shared ?? newReadings(model, opts);
  // The decoder's and the confidences' LM queries (the latter mostly repeat the former).
  const scorer = memoizedModel(model);
  const { gen, keys } = readings;
  const marks = (opts.confusions ?? DEFAULT_CONFUSIONS).marks;
  const beam = opts.beam ?? 10;
  const names = new Set([...PERSON_NAME_SYLLABLES].map((w) => placeTone(w, model.toneStyle)));
  const isName = (c: Candidate) => c.ids.length === 1 && names.has(c.text);
  const families = new Set([...FAMILY_NAMES, ...ETHNIC_FAMILY_NAMES].map((w) => placeTone(w.toLowerCase(), model.toneStyle)));
  const isFamily = (c: Candidate) => c.ids.length === 1 && families.has(c.text);
  // A common family name outranks a minority one spelt alike ("Đặng", not "Đàng"): the latter only where no common one fits.
  const common = new Set(FAMILY_NAMES.map((w) => placeTone(w.toLowerCase(), model.toneStyle)));
  const isCommonFamily = (c: Candidate) => c.ids.length === 1 && common.has(c.text);
  const middles = new Set([...MIDDLE_NAME_SYLLABLES].map((w) => placeTone(w, model.toneStyle)));
  const givens = new Set([...GIVEN_NAME_SYLLABLES].map((w) => placeTone(w, model.toneStyle)));
  const isMiddle = (c: Candidate) => c.ids.length === 1 && middles.has(c.text);
  const isGiven = (c: Candidate) => c.ids.length === 1 && givens.has(c.text);
  // Name syllables by unmarked key: a rare name ("Đặng") may be missing from a key's candidate list.
  const namesByKey = new Map<string, string[]>();
  for (const n of names) namesByKey.set(stripMarks(n), [...(namesByKey.get(stripMarks(n)) ?? []), n]);
  /** Adds the name syllables spelt like a candidate, at that candidate's cost. */
  const withNames = (cands: Candidate[]): Candidate[] => {
    const have = new Set(cands.map((c) => c.text));
    const extra: Candidate[] = [];
    for (const c of cands) {
      if (c.ids.length !== 1) continue;
      for (const n of namesByKey.get(stripMarks(c.text)) ?? []) {
        // A name the model does not know ("Huyền") is scored like the known word it shares letters with.
        const id = model.idOf(n);
        const scored = id === UNK_ID ? (c.ids[0] as number) : id;
        if (have.has(n) || scored === UNK_ID) continue;
        have.add(n);
        extra.push({ ids: [scored], text: n, cost: c.cost });
      }
    }
    return extra.length ? [...cands, ...extra] : cands;
  };

  const placeIndex = placeIndexFor(opts.places === undefined ? readPlaceNames() : opts.places, model.toneStyle);

  const comrade: Candidate[] = [{ ids: [model.idOf('đồng'), model.idOf('chí')], text: 'đ/c', cost: 0 }];

  const outStyle = (s: string) => (style === model.toneStyle ? s : s.split(' ').map((w) => placeTone(w, style)).join(' '));

  /** Place readings by token text and spot (a document repeats its places). */
  const placeCache = new WeakMap<PlaceSpot, Map<string, Candidate[]>>();
  /**
   * The readings of a word in a place name: the gazetteer's spellings added (at the cost of the reading they
   * share their letters with, plus their rarity), the other readings `NOT_A_PLACE(_TYPED)` dearer. A word
   * whose marks name none of the spellings keeps its readings (the text says otherwise).
   */
  function placeCandidates(raw: string, cands: Candidate[], spot: PlaceSpot): Candidate[] {
    let byRaw = placeCache.get(spot);
    if (!byRaw) placeCache.set(spot, (byRaw = new Map()));
    let out = byRaw.get(raw);
    if (out) return out;
    out = cands;
    const lower = normalizeWord(raw, model.toneStyle);
    const plain = stripMarks(lower);
    if (lower === plain || spot.allowed.has(lower)) {
      const penalty = spot.typed ? NOT_A_PLACE_TYPED : NOT_A_PLACE;
      let same = Infinity;
      for (const c of cands) if (c.ids.length === 1 && stripMarks(c.text) === plain) same = Math.min(same, c.cost);
      if (same === Infinity) same = (cands[0]?.cost ?? 0) + 1;
      out = cands.map((c) => {
        const extra = c.ids.length === 1 ? spot.allowed.get(c.text) : undefined;
        return { ...c, cost: c.cost + (extra ?? penalty) };
      });
      // A spelling the model does not know is scored like the known word spelt with the same letters ("hựu"
      // like "hữu"): as <unk> it would get the mass of every unknown word at once (after "phu", nearly all).
      let proxy = -1;
      let proxyLp = -Infinity;
      for (const c of cands) {
        const id = c.ids[0] as number;
        if (c.ids.length !== 1 || id === UNK_ID || stripMarks(c.text) !== plain) continue;
        const lp = model.marginalLogProb?.(id) ?? model.logProb(id, -1, -1);
        if (lp > proxyLp) [proxy, proxyLp] = [id, lp];
      }
      for (const [w, extra] of spot.allowed) {
        if (cands.some((c) => c.text === w)) continue;
        const id = model.idOf(w);
        out.push({ ids: [id === UNK_ID && proxy >= 0 ? proxy : id], text: w, cost: same + extra + (id === UNK_ID && proxy < 0 ? PLACE_UNSEEN : 0) });
      }
    }
    byRaw.set(raw, out);
    return out;
  }

  function prepare(input: string): Prep {
    const text = nfc(input);
    const tokens = joinComrade(joinBrokenCodes(text, tokenize(text)));
    const words = tokens.filter((t) => t.kind === 'word').map((t) => normalizeWord(t.text, model.toneStyle));
    const nameAt = namePlaces(text, tokens);
    const placeAt = placeSpots(text, tokens, placeIndex);
    // A person's name is read as one unless a place word vouches for the place ("Lê Thị Thanh Vân").
    for (const [k, spot] of placeAt) if (!spot.typed && nameAt.has(k)) placeAt.delete(k);
    for (const k of placeAt.keys()) nameAt.delete(k);
    return { text, tokens, profile: opts.profile ?? estimateProfile(words), nameAt, placeAt, afterHeading: headingEnds(text, tokens) };
  }

  function repair(input: string, redo?: Redo, trace?: Trace): RepairResult {
    const prep = redo?.prep ?? prepare(input);
    if (trace) trace.prep = prep;
    const { text, tokens, profile, nameAt, placeAt, afterHeading } = prep;
    const capCache = new Map<string, Candidate[]>();
    const result: RepairToken[] = [];
    const pieces: string[] = [];
    let copied = 0;
    const emit = (t: TextToken, out: string, confidence: number, alternatives: string[]) => {
      result.push({ original: t.text, text: out, start: t.start, end: t.end, confidence, alternatives, kind: t.kind });
      if (out !== text.slice(t.start, t.end)) {
        pieces.push(text.slice(copied, t.start), out);
        copied = t.end;
      }
    };

    let seg: Unit[] = [];
    const flush = () => {
      if (!seg.length) return;
      trace?.segments.push((seg[0] as Unit).token.start, (seg[seg.length - 1] as Unit).token.end);
      decodeSegment(seg, profile, emit);
      seg = [];
    };
    /** In a second pass, a word the first read confidently keeps that reading (only the unsure ones move). */
    const sure = new Map<number, string>();
    const settled = (t: TextToken, cands: Candidate[]): Candidate[] => {
      const w = sure.get(t.start);
      if (w === undefined) return cands;
      const kept = cands.filter((c) => c.text === w);
      return kept.length ? kept : cands;
    };
    const step = (i: number): void => {
      const t = tokens[i] as TextToken;
      const gap = i > 0 ? text.slice((tokens[i - 1] as TextToken).end, t.start) : '';
      // A name after punctuation is read on its own: before it stands another column's text ("…, Võ Thanh Hải").
      const nameAfterPunct = nameAt.has(i) && !nameAt.has(i - 1) && tokens[i - 1]?.kind === 'punct';
      if (/\n[^\S\n]*\n/.test(gap) || afterHeading.has(i) || nameAfterPunct) flush();
      if (t.kind === 'punct') {
        // "Số: 128/KH-UBND", "Thời gian: 15/4/2026": a colon before a number or code on its line closes no
        // sentence; the model reads on past it ("số <code>"), as it was written without the colon.
        const nx = tokens[i + 1];
        if (t.text === ':' && (nx?.kind === 'number' || nx?.kind === 'code') && !text.slice(t.end, nx.start).includes('\n') && seg.length) {
          emit(t, t.text, 1, []);
          return;
        }
        if (SENTENCE_END.test(t.text) && !(t.text === '.' && /^\d/.test(tokens[i + 1]?.text ?? '') && gap === '')) {
          flush();
          emit(t, t.text, 1, []);
          return;
        }
        const last = seg[seg.length - 1];
        if (!last || last.token.kind !== 'punct') seg.push({ token: t, lower: t.text, edges: [{ len: 1, cands: [{ ids: [PUNCT_ID], text: t.text, cost: 0 }] }] });
        else emit(t, t.text, 1, []);
        return;
      }
      if (t.kind === 'code') {
        seg.push({ token: t, lower: t.text, edges: [{ len: 1, cands: [{ ids: [CODE_ID], text: repairCode(t.text.replace(/\s+/g, ''), model.abbreviations), cost: 0 }] }] });
        return;
      }
      if (t.kind === 'number') {
        seg.push({ token: t, lower: t.text, edges: [{ len: 1, cands: gen.forNumber(t.text, profile) }] });
        return;
      }
      const lower = normalizeWord(t.text, model.toneStyle);
      // A list letter opening its line ("a) Thẩm tra …") is a marker, not the word "á": it keeps its letter.
      const next = tokens[i + 1];
      if (/^\p{L}$/u.test(t.text) && next?.start === t.end && next.text.startsWith(')') && /(?:^|\n)[^\S\n]*$/.test(text.slice(0, t.start))) {
        seg.push({ token: t, lower, edges: [{ len: 1, cands: [{ ids: [model.idOf(lower)], text: lower, cost: 0 }] }] });
        return;
      }
      if (COMRADE.test(t.text)) {
        seg.push({ token: t, lower, edges: [{ len: 1, cands: comrade }] });
        return;
      }
      let cands = gen.forWord(t.text, profile);
      // Personal names: the legal corpus hardly knows them ("Phạm" vs "phẩm"), so in a name's place a
      // name syllable among the readings is preferred; a name starts with a family name ("Trương", not "Trường").
      if (nameAt.has(i)) {
        const first = !nameAt.has(i - 1);
        const last = !first && !nameAt.has(i + 1);
        const key = `${first ? 'f' : last ? 'l' : 'n'}${t.text}`;
        let named = capCache.get(key);
        if (!named) {
          named = withNames(cands);
          // A word whose own letters spell a name is that name with its marks lost ("Le Hoang Nam" is Lê
          // Hoàng Nam): readings that change letters ("Lý Hằng Năm", "hằng năm" being common) are dropped.
          const spelt = stripMarks(lower);
          if (namesByKey.has(spelt)) {
            const same = named.filter((c) => c.ids.length === 1 && stripMarks(c.text) === spelt);
            if (same.length) named = same;
          }
          const family = first && named.some(isFamily);
          const fits = family ? isFamily : isName;
          const penalty = family ? NOT_A_FAMILY_NAME : NOT_A_NAME;
          // After the family name come middle names, and the given name last: "Phan Đình Quý", not Định.
          const role = first ? null : last ? isGiven : isMiddle;
          const roled = role && named.some(role) ? role : null;
          const minority = family && named.some(isCommonFamily) ? (c: Candidate) => !isCommonFamily(c) : null;
          named = named.some(fits)
            ? named.map((c) => (fits(c) ? (roled && !roled(c)) || minority?.(c) ? { ...c, cost: c.cost + NOT_IN_ROLE } : c : { ...c, cost: c.cost + penalty }))
            : named;
          capCache.set(key, named);
        }
        cands = named;
      }
      // A known place name: its spellings among the readings, the others cost more ("Cai Khe" Cái Khế, not Cái Khê).
      const spot = placeAt.get(i);
      if (spot) cands = placeCandidates(t.text, cands, spot);
      // Capitalisation after another word on the same line is evidence: "Thi uy" is Thị ủy, not thì ủy.
      const prev = seg[seg.length - 1];
      const flag = capitalFlag(t.text);
      // In a name the capital is explained by the name, not by the word ("sở hữu" vs "Trần Hữu Thành").
      if (flag >= 0 && !nameAt.has(i) && !spot && prev?.token.kind === 'word' && !gap.includes('\n') && model.capitalRate) {
        const key = `${flag}${t.text}`;
        let capped = capCache.get(key);
        if (!capped) {
          capped = cands.map((c) => ({ ...c, cost: c.cost + capitalCost(c, flag) }));
          capCache.set(key, capped);
        }
        cands = capped;
        seg.push({ token: t, lower, edges: [{ len: 1, cands: settled(t, cands) }], flag });
        return;
      }
      seg.push({ token: t, lower, edges: [{ len: 1, cands: settled(t, cands) }] });
    };
    if (!redo) {
      for (let i = 0; i < tokens.length; i++) step(i);
    } else {
      // Only the tokens of the segments to redo are decoded again; elsewhere the prior reading stands.
      const prior = redo.prior.tokens;
      let k = 0;
      let i = 0;
      const keep = (until: number) => {
        for (; k < prior.length && (prior[k] as RepairToken).start < until; k++) {
          const p = prior[k] as RepairToken;
          result.push(p);
          // Unchanged unless its text differs from the input's (an original with inner spaces is compared in full).
          if ((p.text !== p.original || p.original.length !== p.end - p.start) && p.text !== text.slice(p.start, p.end)) {
            pieces.push(text.slice(copied, p.start), p.text);
            copied = p.end;
          }
        }
      };
      for (let r = 0; r < redo.ranges.length; r += 2) {
        const [from, to] = [redo.ranges[r] as number, redo.ranges[r + 1] as number];
        keep(from);
        for (; k < prior.length && (prior[k] as RepairToken).start < to; k++) {
          const p = prior[k] as RepairToken;
          if (p.kind === 'word' && p.confidence >= CACHE_CONFIDENCE) sure.set(p.start, normalizeWord(p.text, model.toneStyle));
        }
        while (i < tokens.length && (tokens[i] as TextToken).start < from) i++;
        for (; i < tokens.length && (tokens[i] as TextToken).start < to; i++) step(i);
        flush();
      }
      keep(Infinity);
    }
    flush();
    pieces.push(text.slice(copied));
    return { text: pieces.join(''), tokens: result };
  }

  function capitalCost(c: Candidate, flag: number): number {
    if (c.ids.length !== 1) return 0;
    const r = model.capitalRate?.(c.ids[0] as number) ?? UNKNOWN_CAPITAL_RATE;
    return -Math.log(flag === 1 ? r : 1 - r);
  }

  /**
   * Capital cost of the word at `pos` once its neighbours are chosen, minus the word-only cost already
   * in its candidate cost: the pair rates before and after it, combined naive-Bayes style in log-odds.
   */
  function pairCapitalCost(flag: number, prev: number, id: number, next: number): number {
    const own = model.capitalRate?.(id);
    if (own === undefined) return 0;
    if (flag === 0 && own < PAIR_LOOKUP_RATE) return 0;
    const after = model.capitalRateAfter?.(prev, id);
    const before = model.capitalRateBefore?.(id, next);
    if (after === undefined && before === undefined) return 0;
    const r = clampRate(own);
    const l0 = logit(r);
    const l = l0 + pairShift(after, l0, flag) + pairShift(before, l0, flag);
    const p = clampRate(1 / (1 + Math.exp(-l)));
    return flag === 1 ? Math.log(r) - Math.log(p) : Math.log(1 - r) - Math.log(1 - p);
  }

  function addMerges(seg: Unit[], profile: NoiseProfile): void {
    for (let i = 0; i + 1 < seg.length; i++) {
      const a = seg[i] as Unit;
      const b = seg[i + 1] as Unit;
      if (a.token.kind !== 'word' || b.token.kind !== 'word') continue;
      if (keys.has(keyOf(a.lower)) && keys.has(keyOf(b.lower))) continue;
      if (b.token.start - a.token.end > 1) continue;
      const joined = a.token.text + b.token.text;
      // A digit glued in is read within its own token ("T6" tổ); merged across a space it over-explains.
      if (/\d/.test(joined)) continue;
      const cands = gen
        .forWord(joined, profile)
        .filter((c) => c.ids.length === 1 && c.ids[0] !== UNK_ID && c.ids[0] !== CODE_ID)
        .map((c) => ({ ...c, cost: c.cost + marks.merge }));
      if (cands.length) a.edges.push({ len: 2, cands });
    }
  }

  function decodeSegment(seg: Unit[], profile: NoiseProfile, emit: (t: TextToken, out: string, c: number, alt: string[]) => void): void {
    addMerges(seg, profile);
    const lattice: Lattice = seg.map((u) => u.edges);
    const flags = Int8Array.from(seg, (u) => u.flag ?? -1);
    const ctx = model.capitalRateAfter && flags.some((f) => f >= 0) ? { flags, cost: pairCapitalCost } : undefined;
    const path = decodeLattice(scorer, lattice, beam, undefined, ctx);
    const ids: number[] = [];
    const idStart: number[] = [];
    for (const step of path) {
      idStart.push(ids.length);
      for (const id of step.cand.ids) ids.push(id);
    }
    // A plain loop with no function made per word (closures cost here: the build keeps their names).
    for (let k = 0; k < path.length; k++) {
      const step = path[k] as PathStep;
      const { edge, cand: chosen } = step;
      const cands = edge.cands;
      const unit = seg[step.at] as Unit;
      const first = unit.token;
      const post = cands.length > 1 ? localPosteriors(scorer, cands, ids, idStart[k] as number, chosen.ids.length) : ONE;
      let raw = first.text;
      for (let j = 1; j < edge.len; j++) raw += (seg[step.at + j] as Unit).token.text;
      const cased = first.kind === 'word' || first.kind === 'number';
      const tr: CaseTransfer = cased ? caseTransfer(raw) : 0;
      let out = cased ? withCase(tr, outStyle(chosen.text)) : chosen.text;
      if (first.kind === 'number' && chosen === cands[0]) out = first.text;
      else if (first.kind === 'code') out = chosen.text;
      else if (edge.len === 1 && chosen.text === unit.lower && outStyle(unit.lower) === first.text.toLowerCase()) out = first.text;
      const alternatives = cands.length > 1 ? topOthers(cands, post, chosen) : [];
      for (let j = 0; j < alternatives.length; j++) {
        const t = alternatives[j] as string;
        alternatives[j] = cased ? withCase(tr, outStyle(t)) : t;
      }
      const conf = post[cands.indexOf(chosen)] ?? 1;
      if (edge.len === 1) emit(first, out, conf, alternatives);
      else {
        const last = (seg[step.at + edge.len - 1] as Unit).token;
        emit({ kind: 'word', text: first.text + ' '.repeat(last.start - first.end) + last.text, start: first.start, end: last.end }, out, conf, alternatives);
      }
    }
  }

  return { pass: repair, readings };
}

function newReadings(model: LanguageModel, opts: RepairerOptions): Readings {
  const keys = new KeyIndex(model);
  const gen = new CandidateGenerator(model, keys, opts.confusions ?? DEFAULT_CONFUSIONS);
  for (const c of opts.lexicon?.confusions ?? []) gen.addTokenConfusion(c.from, c.to, confusionCost(c.count), true);
  return { gen, keys };
}

/** Place indexes by gazetteer and tone style (a repairer is made per document in the benchmarks). */
const placeIndexes = new WeakMap<PlaceNames, Map<string, PlaceIndex>>();
function placeIndexFor(places: PlaceNames | null, style: ToneStyle): PlaceIndex | null {
  if (!places) return null;
  let m = placeIndexes.get(places);
  if (!m) placeIndexes.set(places, (m = new Map()));
  let ix = m.get(style);
  if (!ix) m.set(style, (ix = new PlaceIndex(places, style)));
  return ix;
}
