import { baseOf, isVowel, toneOf, withTone, type Tone } from './marks.ts';

/** Where a tone mark goes in "oa", "oe", "uy" open syllables: `old` hòa/thủy (default), `new` hoà/thuỷ. */
export type ToneStyle = 'old' | 'new';

/** A parsed syllable: onset + rhyme (glide, nucleus, coda; toneless) + tone. */
export interface Syllable {
  onset: string;
  rhyme: string;
  tone: Tone;
}

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

// Rhymes, built from nucleus × coda classes; slight over-generation is fine because the language model's
// vocabulary (attested syllables) is the real filter — the grammar rejects impossible strings.
const OPEN = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ia', 'ua', 'ưa', 'oa', 'oe', 'uê', 'uy', 'uơ', 'uya'];
const SEMI = ['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu', 'iêu', 'yêu', 'uôi', 'ươi', 'ươu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uyu', 'uêu'];
const CLOSED_NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uyê', 'uê', 'uy', 'oo'];
const CHNH_NUCLEI = ['a', 'ê', 'i', 'oa', 'uê', 'uy', 'y'];
const STOPS = new Set(['c', 'ch', 'p', 't']);

const RHYMES = new Set<string>([...OPEN, ...SEMI]);
for (const n of CLOSED_NUCLEI) for (const c of ['c', 'm', 'n', 'ng', 'p', 't']) RHYMES.add(n + c);
for (const n of CHNH_NUCLEI) for (const c of ['ch', 'nh']) RHYMES.add(n + c);

const FRONT = new Set(['i', 'e', 'ê', 'y']);

function onsetFits(onset: string, rhyme: string): boolean {
  const first = rhyme[0] ?? '';
  switch (onset) {
    case 'k':
    case 'gh':
    case 'ngh':
      return FRONT.has(first);
    case 'c':
    case 'ng':
      return !FRONT.has(first);
    case 'g':
      return !FRONT.has(first) || rhyme.startsWith('i'); // "gì", "gìn": gi + i merged
    case 'qu':
      return first !== 'u' && first !== 'o' && first !== 'ư';
    case 'gi':
      return first !== 'i';
    default:
      return true;
  }
}

/**
 * Parses one lowercase NFC syllable ("nghiệp" → ngh + iêp + nặng). Returns null when the string is not a
 * well-formed Vietnamese syllable, including a stop coda (p, t, c, ch) with a tone other than sắc/nặng.
 */
export function parseSyllable(word: string): Syllable | null {
  if (word.length === 0 || word.length > 8) return null;
  let tone: Tone = 0;
  let base = '';
  for (const ch of word) {
    const t = toneOf(ch);
    if (t !== 0) {
      if (tone !== 0) return null;
      tone = t;
    }
    base += baseOf(ch);
  }
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (!RHYMES.has(rhyme) || !onsetFits(onset, rhyme)) continue;
    if (onset === 'gi' && rhyme === '') continue;
    const coda = rhyme.endsWith('ch') ? 'ch' : rhyme.slice(-1);
    if (STOPS.has(coda) && tone !== 1 && tone !== 5) return null;
    return { onset, rhyme, tone };
  }
  return null;
}

/** Whether a lowercase string is a well-formed Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

const HAT = new Set(['ă', 'â', 'ê', 'ô', 'ư']);
const CONSONANT_END = /(ch|nh|ng|[cmnpt])$/;

/** Index (in the rhyme) of the letter that carries the tone mark. */
export function tonePosition(rhyme: string, style: ToneStyle): number {
  const o = rhyme.indexOf('ơ');
  if (o >= 0) return o;
  for (let i = rhyme.length - 1; i >= 0; i--) if (HAT.has(rhyme[i] as string)) return i;
  const vowels: number[] = [];
  for (let i = 0; i < rhyme.length; i++) if (isVowel(rhyme[i] as string)) vowels.push(i);
  if (vowels.length === 0) return -1;
  if (CONSONANT_END.test(rhyme)) return vowels[vowels.length - 1] as number;
  if (vowels.length === 1) return vowels[0] as number;
  if (vowels.length >= 3) return vowels[1] as number;
  const pair = rhyme.slice(vowels[0], (vowels[1] as number) + 1);
  if (style === 'new' && (pair === 'oa' || pair === 'oe' || pair === 'uy')) return vowels[1] as number;
  return vowels[0] as number;
}

/** Writes a syllable with the tone mark where `style` puts it. */
export function composeSyllable(s: Syllable, style: ToneStyle): string {
  if (s.tone === 0) return s.onset + s.rhyme;
  // "gì", "gìn": the i belongs to both the onset and the rhyme; the mark goes on it.
  const pos = tonePosition(s.rhyme, style);
  if (pos < 0) return s.onset + s.rhyme;
  const chars = [...s.rhyme];
  chars[pos] = withTone(chars[pos] as string, s.tone);
  return s.onset + chars.join('');
}

/**
 * Moves the tone mark of one lowercase syllable to `style`'s position ("hoà" → "hòa" for old).
 * Strings that are not syllables come back unchanged.
 */
export function placeTone(word: string, style: ToneStyle): string {
  const s = parseSyllable(word);
  return s ? composeSyllable(s, style) : word;
}
