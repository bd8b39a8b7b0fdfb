import fs from 'node:fs';
import sharp from 'sharp';
import { createOcrEngine } from './src/ocr/index.ts';
import { flattenIllumination } from './src/image/index.ts';
import { cer } from './tests/helpers/cer.ts';
import { degrade } from './tests/helpers/degrade.ts';
import { paragraphPng } from './tests/helpers/make-inputs.ts';
const words = fs.readFileSync('/work/shared/seeds/000_6a6a2c9e659b9a07.txt', 'utf8').replace(/[#*|_>`]/gu, ' ').split(/\s+/u).filter(Boolean).slice(120, 560);
const lines: string[] = []; let cur = '';
for (const w of words) { if (cur && (cur + ' ' + w).length > 72) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w; }
const page = lines.slice(0, 34); const ref = page.join('\n');
const e = await createOcrEngine({ engine: 'native', workers: 2 });
const g = async (b: Buffer) => { const { data, info } = await sharp(b).grayscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true }); return { data, width: info.width, height: info.height }; };
const png = (img: { data: Uint8Array; width: number; height: number }, fn = (s: sharp.Sharp) => s) => fn(sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })).png().toBuffer();
const shadow = await degrade(await paragraphPng(page, { dpi: 300 }), { ink: 60, paper: 230, light: 0.25, noise: 10, jpeg: 50 });
const S = await g(shadow);
const F = await flattenIllumination(S);
await Promise.all(([['shadow raw', png(S)], ['shadow flatten', png(F)], ['shadow blur', png(S, s => s.blur(1.2))], ['shadow flatten+blur', png(F, s => s.blur(1.2))]] as const).map(async ([n, p]) => {
  for (const thr of ['otsu', 'sauvola'] as const) {
    const r = await e.recognize(await p, { thresholding: thr, dpi: 300 });
    console.log(n.padEnd(24), thr, (cer(r.lines.map((l) => l.text).join('\n'), ref) * 100).toFixed(2));
  }
}));
await e.terminate();
