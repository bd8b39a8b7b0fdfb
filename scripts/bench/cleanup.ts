/**
 * Justifies the clean-up policy with figures: one A4 page of a seed plan, rendered at 300 dpi
 * (Liberation Serif 13.5 pt) and degraded as clean / mild / hard / shadow, OCR'd (native tesseract, same vie model)
 * without clean-up, with the chosen clean-up, and with the alternatives the policy rejects.
 * Run: npm run bench:cleanup [-- seed.txt]   (default: the first seed in ../shared/seeds or ../../shared/seeds)
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { cleanPageImage } from '../../src/image/index.ts';
import { createOcrEngine, DEFAULT_LIMITS } from '../../src/ocr/index.ts';
import { cer } from '../../src/eval/index.ts';
import { degrade, type Degradation } from '../../tests/helpers/degrade.ts';
import { paragraphPng } from '../../tests/helpers/make-inputs.ts';

function seedPath(): string {
  if (process.argv[2]) return process.argv[2];
  for (const dir of ['../shared/seeds', '../../shared/seeds']) {
    if (fs.existsSync(dir)) return path.join(dir, fs.readdirSync(dir).sort()[0]!);
  }
  throw new Error('No seed text: pass a UTF-8 text file as argument');
}

const seedFile = seedPath();
const words = fs.readFileSync(seedFile, 'utf8').replace(/[#*|_>`]/gu, ' ').split(/\s+/u).filter(Boolean).slice(120, 560);
const lines: string[] = [];
let cur = '';
for (const w of words) {
  if (cur && (cur + ' ' + w).length > 72) {
    lines.push(cur);
    cur = w;
  } else cur = cur ? `${cur} ${w}` : w;
}
if (cur) lines.push(cur);
const page = lines.slice(0, 34);
const reference = page.join('\n');

const profiles: [string, number, Degradation][] = [
  ['clean', 300, {}],
  ['mild', 300, { skew: 1.2, blur: 0.6, noise: 8, jpeg: 60 }],
  ['hard', 200, { ink: 100, paper: 225, light: 0.65, noise: 22, blur: 0.6, jpeg: 35 }],
  ['shadow', 300, { ink: 60, paper: 230, light: 0.25, noise: 10, jpeg: 50 }],
];

const engine = await createOcrEngine({ engine: 'native', workers: 1 });
try {
  console.log(`page: ${page.length} lines, ${reference.length} chars from ${path.basename(seedFile)}`);
  console.log('profile  variant                              CER   s/page  steps');
  for (const [name, dpi, d] of profiles) {
    const img = await degrade(await paragraphPng(page, { dpi }), d);
    const run = async (label: string, png: Buffer, thr: 'otsu' | 'sauvola', at: number, steps = ''): Promise<void> => {
      const t0 = performance.now();
      const r = await engine.recognize(png, { thresholding: thr, dpi: at });
      const text = r.lines.map((l) => l.text).join('\n');
      const s = (performance.now() - t0) / 1000;
      console.log(`${name.padEnd(8)} ${label.padEnd(34)} ${(cer(reference, text) * 100).toFixed(2).padStart(6)} % ${s.toFixed(1).padStart(5)}  ${steps}`);
    };
    const asPng = await sharp(img).png().toBuffer();
    await run('no clean-up, Otsu', asPng, 'otsu', dpi);
    await run('no clean-up, Tesseract Sauvola', asPng, 'sauvola', dpi);
    const t0 = performance.now();
    const c = await cleanPageImage({ input: img, dpi, origin: 'image-file' }, { maxImagePixels: DEFAULT_LIMITS.maxImagePixels });
    const ms = performance.now() - t0;
    await run(`chosen: ${c.thresholding} (clean-up ${ms.toFixed(0)} ms)`, c.png, c.thresholding, c.dpi, c.steps.join(','));
    const other = c.thresholding === 'otsu' ? 'sauvola' : 'otsu';
    await run(`chosen steps but ${other}`, c.png, other, c.dpi);
    const q = c.quality;
    console.log(`         measured: contrast ${q.contrast}, unevenness ${q.unevenness}, noise ${q.noise.toFixed(1)}, skew ${q.skew}°`);
  }
} finally {
  await engine.terminate();
}
