import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { missingModelError, VanbanError } from '../errors/index.ts';
import { nfc, placeTone, stripMarks, type ToneStyle } from '../vietnamese/index.ts';

/**
 * Vietnamese administrative place names (provinces, districts, communes), the gazetteer the repairer reads
 * capitalised names with: the legal corpus behind the language model hardly knows "Cái Khế" or "Mường Bú".
 * File `dictionaries/vi-places.txt`, built by `npm run places:build` (scripts/places/build.ts).
 *
 * Format version 1, UTF-8 text:
 *   line 1  `#vanban-places 1`
 *   line 2  JSON header `{"names":N,"sha256":"…","source":"…",…}` prefixed by `#`; sha256 is of the body
 *           (every line after the header, each ending in "\n")
 *   body    one name per line: `Name<TAB>levels<TAB>units`, levels ⊆ "pdc" (province, district, commune),
 *           units = how many administrative units bear the name; names NFC in the old tone style (hòa, thủy).
 */
export const PLACES_MAGIC = '#vanban-places';
export const PLACES_FORMAT_VERSION = 1;

/** The shipped gazetteer, committed under dictionaries/. */
export const DEFAULT_PLACES_PATH = fileURLToPath(new URL('../../dictionaries/vi-places.txt', import.meta.url));

export interface PlaceName {
  /** As written, NFC, old tone style ("Cái Khế"). */
  name: string;
  /** Subset of "pdc": province, district, commune. */
  levels: string;
  /** Administrative units bearing the name. */
  units: number;
}

export interface PlaceNames {
  names: readonly PlaceName[];
  /** Header fields (source, licence, build date). */
  meta: Record<string, unknown>;
  path?: string;
}

/** Writes the file text of a gazetteer (the build script and tests). */
export function formatPlaceNames(names: readonly PlaceName[], meta: Record<string, unknown> = {}): string {
  const body = names.map((n) => `${n.name}\t${n.levels}\t${n.units}\n`).join('');
  const sha256 = createHash('sha256').update(body).digest('hex');
  return `${PLACES_MAGIC} ${PLACES_FORMAT_VERSION}\n#${JSON.stringify({ ...meta, names: names.length, sha256 })}\n${body}`;
}

/** Parses a gazetteer file's text; MODEL_MISMATCH on a bad magic, version, header, line, count or checksum. */
export function parsePlaceNames(text: string, source = 'places'): PlaceNames {
  const bad = (why: string) => new VanbanError('MODEL_MISMATCH', `${source}: ${why}`, { details: { path: source } });
  const nl1 = text.indexOf('\n');
  const nl2 = nl1 < 0 ? -1 : text.indexOf('\n', nl1 + 1);
  if (nl2 < 0) throw bad('not a vanban place-name file (no header)');
  const [magic, version] = text.slice(0, nl1).split(' ');
  if (magic !== PLACES_MAGIC) throw bad(`bad magic (expected ${PLACES_MAGIC})`);
  if (Number(version) !== PLACES_FORMAT_VERSION) throw bad(`format version ${version ?? '?'}, this build reads ${PLACES_FORMAT_VERSION}`);
  let meta: Record<string, unknown>;
  try {
    const line = text.slice(nl1 + 1, nl2);
    if (!line.startsWith('#')) throw new Error('no # before the JSON header');
    meta = JSON.parse(line.slice(1)) as Record<string, unknown>;
  } catch (e) {
    throw new VanbanError('MODEL_MISMATCH', `${source}: corrupt header`, { cause: e, details: { path: source } });
  }
  const body = text.slice(nl2 + 1);
  if (typeof meta.sha256 !== 'string' || createHash('sha256').update(body).digest('hex') !== meta.sha256) throw bad('checksum mismatch (truncated or edited file)');
  const names: PlaceName[] = [];
  const lines = body.split('\n');
  if (lines.pop() !== '') throw bad('no newline at the end');
  for (const [i, line] of lines.entries()) {
    const [name, levels, units, extra] = line.split('\t');
    if (!name || extra !== undefined || !levels || !/^p?d?c?$/.test(levels) || !/^[1-9]\d*$/.test(units ?? '')) throw bad(`malformed line ${i + 3}`);
    names.push({ name, levels, units: Number(units) });
  }
  if (names.length !== meta.names) throw bad(`header says ${String(meta.names)} names, file has ${names.length}`);
  return { names, meta };
}

/**
 * Reads a gazetteer file (default: the shipped one), synchronously: it is small (≈ 0.2 MB, a few ms) and the
 * repairer is made synchronously. MODEL_MISSING when the file is absent, MODEL_MISMATCH when it is not a
 * place-name file of this format version. Cached per path.
 */
export function readPlaceNames(path: string = DEFAULT_PLACES_PATH): PlaceNames {
  let p = cache.get(path);
  if (!p) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw missingModelError(e, 'place-name list', path, 'npm run places:build');
    }
    p = { ...parsePlaceNames(text, path), path };
    cache.set(path, p);
  }
  return p;
}
const cache = new Map<string, PlaceNames>();

/** One spelling of a place name, as syllables in a tone style, with its share among the names spelt alike. */
export interface PlaceReading {
  syllables: string[];
  /** Share of this spelling among the names of this unmarked form (weighted by `placeWeight`), in (0, 1]. */
  share: number;
}

/**
 * How often a name is likely met in documents: its units, a district's name counting as ten communes' and a
 * province's as a hundred (a larger unit is written about more: "Gia Viễn", a district and a commune, before
 * "Gia Viên", one ward).
 */
export function placeWeight(p: PlaceName): number {
  return p.units + (p.levels.includes('d') ? 9 : 0) + (p.levels.includes('p') ? 99 : 0);
}

/** Longest place name looked up, in syllables. */
export const MAX_PLACE_SYLLABLES = 5;

/**
 * Place names by their unmarked lower-case form ("cai khe" → Cái Khế), names of two syllables or more (a
 * one-syllable name is too often an ordinary word), and the words that own a share of a place name's syllables.
 */
export class PlaceIndex {
  private readonly byKey = new Map<string, PlaceReading[]>();

  constructor(places: PlaceNames, style: ToneStyle = 'old') {
    const units = new Map<string, Map<string, number>>();
    for (const p of places.names) {
      const syl = nfc(p.name).toLowerCase().split(/\s+/).filter(Boolean).map((w) => placeTone(w, style));
      if (syl.length < 2 || syl.length > MAX_PLACE_SYLLABLES) continue;
      const key = stripMarks(syl.join(' '));
      let m = units.get(key);
      if (!m) units.set(key, (m = new Map()));
      const text = syl.join(' ');
      m.set(text, (m.get(text) ?? 0) + placeWeight(p));
    }
    for (const [key, m] of units) {
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      this.byKey.set(
        key,
        [...m].sort((a, b) => b[1] - a[1]).map(([t, n]) => ({ syllables: t.split(' '), share: n / total })),
      );
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Readings of an unmarked lower-case key of 2–5 syllables joined by spaces, likeliest first. */
  get(key: string): readonly PlaceReading[] | undefined {
    return this.byKey.get(key);
  }
}
