import fs from 'node:fs';
import sharp from 'sharp';
import { createOcrEngine } from './src/ocr/index.ts';
import { flattenIllumination, measureQuality, estimateSkew } from './src/image/index.ts';
import { cer } from './tests/helpers/cer.ts';
import { degrade } from './tests/helpers/degrade.ts';
import { paragraphPng } from './tests/helpers/make-inputs.ts';
const words = fs.readFileSync('/work/shared/seeds/000_6a6a2c9e659b9a07.txt', 'utf8').replace(/[#*|_>`]/gu, ' ').split(/\s+/u).filter(Boolean).slice(120, 560);
const lines: string[] = []; let cur = '';
for (const w of words) { if (cur && (cur + ' ' + w).length > 72) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w; }
const page = lines.slice(0, 34); const ref = page.join('\n');
const hard = await degrade(await paragraphPng(page, { dpi: 200 }), { ink: 100, paper: 225, light: 0.65, noise: 22, blur: 0.6, jpeg: 35 });
const mild = await degrade(await paragraphPng(page, { dpi: 300 }), { skew: 1.2, blur: 0.6, noise: 8, jpeg: 60 });
fs.writeFileSync('/tmp/ocrproto/hard.jpg', hard); fs.writeFileSync('/tmp/ocrproto/mild.jpg', mild);
// skew debug
const g = async (b: Buffer, w?: number) => { let s = sharp(b).grayscale(); if (w) s = s.resize(w); const { data, info } = await s.extractChannel(0).raw().toBuffer({ resolveWithObject: true }); return { data, width: info.width, height: info.height }; };
let t = performance.now();
const ms = await g(mild, 1000); const mf = await g(mild);
console.log('decode', performance.now() - t); t = performance.now();
console.log('mild quality', measureQuality(ms, mf), performance.now() - t);
const e = await createOcrEngine({ engine: 'native', workers: 2 });
const H = await g(hard);
const up = async (img: { data: Uint8Array; width: number; height: number }, f: number) => g(await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } }).resize(Math.round(img.width * f), Math.round(img.height * f), { kernel: 'lanczos3' }).png().toBuffer());
const png = (img: { data: Uint8Array; width: number; height: number }, fn = (s: sharp.Sharp) => s) => fn(sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })).png().toBuffer();
const H3 = await up(H, 1.5);
const flatH = await flattenIllumination(H);
const flatH3 = await flattenIllumination(H3);
const variants: [string, Promise<Buffer>, number][] = [
  ['200dpi raw', png(H), 200],
  ['200dpi flatten', png(flatH), 200],
  ['200dpi blur0.8', png(H, (s) => s.blur(0.8)), 200],
  ['200dpi flatten+normalise', png(flatH, (s) => s.normalise()), 200],
  ['300dpi resize', png(H3), 300],
  ['300dpi resize+flatten', png(flatH3), 300],
  ['300dpi resize+blur1.2', png(H3, (s) => s.blur(1.2)), 300],
  ['300dpi resize+median3', png(H3, (s) => s.median(3)), 300],
  ['300dpi resize+flatten+blur1.2+norm', png(flatH3, (s) => s.blur(1.2).normalise()), 300],
];
await Promise.all(variants.map(async ([name, p, dpi]) => {
  const b = await p;
  for (const thr of ['sauvola'] as const) {
    const r = await e.recognize(b, { thresholding: thr, dpi });
    console.log(name.padEnd(40), thr, (cer(r.lines.map((l) => l.text).join('\n'), ref) * 100).toFixed(2));
  }
}));
await e.terminate();
