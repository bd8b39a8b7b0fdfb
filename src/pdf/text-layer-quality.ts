/**
 * How trustworthy an embedded text layer is, measured as Vietnamese text: the share of word tokens that
 * are well-formed Vietnamese syllables, and the share of those carrying Vietnamese marks. An old
 * English-model OCR layer fails one or both: letters are mangled ("vi¢c", "hQ1", "ctia") and most marks
 * are gone ("Ke hoach khac phuc"), which leaves syllables that are valid but unmarked.
 * Kept deliberately small; the full syllable toolkit lives in src/vietnamese/.
 */

const ONSETS = ['ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Toneless rhymes (vowel marks kept). */
const RHYMES = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e eo ec em en eng ep et ê êu êch êm ên ênh êp êt ' +
    'i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu ' +
    'o oa oe oi oc om on ong op ot ooc oong oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oen oet oeo ' +
    'ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uê ui uy uc um un ung up ut uân uâng uât uây uêch uênh uêt uên uôc uôi uôm uôn uông uôt ' +
    'uya uych uyên uyêt uynh uyt uyu uyp uyn ' +
    'ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu ' +
    'y yêm yên yêt yêu'
  ).split(' '),
);

// Combining tone marks: grave, acute, tilde, hook above, dot below.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const STOP_CODA = /(?:c|ch|p|t)$/u;
const FRONT = /^[ieêy]/u;

/** True when `word` (any case, NFC or NFD) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const base = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!/^[a-zăâđêôơư]+$/u.test(base)) return false;
  const tone = tones[0];
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    let rhyme = base.slice(onset.length);
    if (onset === 'gi' && rhyme === '') rhyme = 'i'; // "gì"
    if (onset === 'gi' && !RHYMES.has(rhyme) && RHYMES.has('i' + rhyme)) rhyme = 'i' + rhyme; // "giếng"
    if (!RHYMES.has(rhyme)) continue;
    if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.test(rhyme)) continue;
    if ((onset === 'c' || onset === 'g' || onset === 'ng') && /^[eê]/u.test(rhyme)) continue;
    if (onset === 'qu' && /^u/u.test(rhyme)) continue;
    if (STOP_CODA.test(rhyme) && tone !== undefined && tone !== '\u0301' && tone !== '\u0323') continue;
    return true;
  }
  return false;
}

const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const EDGE_PUNCT = /^[\s"'“”‘’(«[{.,;:!?…\-–—*•]+|[\s"'“”‘’)»\]}.,;:!?…\-–—*•]+$/gu;

export interface TextLayerQuality {
  /** Word tokens measured (numbers, codes and all-caps abbreviations are left out). */
  tokens: number;
  /** Share of measured tokens that are valid Vietnamese syllables. */
  validShare: number;
  /** Share of valid syllables carrying a Vietnamese mark (tone, vowel mark or đ); ≈0.6–0.8 in real text. */
  markedShare: number;
  /** validShare, scaled down when marks are missing: min(1, markedShare / MARKED_SHARE_EXPECTED). */
  quality: number;
}

/** Real Vietnamese prose has well over half of its syllables marked; below this, marks were lost. */
export const MARKED_SHARE_EXPECTED = 0.4;

/** Measures a page's text layer. */
export function measureTextLayerQuality(text: string): TextLayerQuality {
  let tokens = 0;
  let valid = 0;
  let marked = 0;
  for (const raw of text.normalize('NFC').split(/\s+/u)) {
    const w = raw.replace(EDGE_PUNCT, '');
    if (w === '') continue;
    if (!/\p{L}/u.test(w)) continue; // numbers, punctuation
    if (/\d/u.test(w) && !/\p{Ll}/u.test(w)) continue; // codes like 12-KL/TW, 31-KH/ĐU
    if (/[/]/u.test(w) && w === w.toUpperCase()) continue;
    const ok = isVietnameseSyllable(w);
    if (!ok && /^\p{Lu}{2,}$/u.test(w)) continue; // abbreviations: UBND, HĐND
    tokens++;
    if (ok) {
      valid++;
      if (MARKED.test(w)) marked++;
    }
  }
  const validShare = tokens === 0 ? 0 : valid / tokens;
  const markedShare = valid === 0 ? 0 : marked / valid;
  return { tokens, validShare, markedShare, quality: validShare * Math.min(1, markedShare / MARKED_SHARE_EXPECTED) };
}

/**
 * Thresholds for using a text layer as is. Below `minTokens` measured words a page counts as having no
 * text layer (a stray page number or stamp); below `minQuality` it is garbled.
 */
export interface TextLayerPolicy {
  /** Default 10. */
  minTokens: number;
  /** Default 0.9. */
  minQuality: number;
}

export const DEFAULT_TEXT_LAYER_POLICY: TextLayerPolicy = { minTokens: 10, minQuality: 0.9 };

export type TextLayerVerdict = 'good' | 'garbled' | 'none';

export function judgeTextLayer(q: TextLayerQuality, policy: TextLayerPolicy = DEFAULT_TEXT_LAYER_POLICY): TextLayerVerdict {
  if (q.tokens < policy.minTokens) return 'none';
  return q.quality >= policy.minQuality ? 'good' : 'garbled';
}
