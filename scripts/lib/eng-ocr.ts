/**
 * English-model OCR of rendered Vietnamese text: the "legacy text layer" case. Renders lines onto A4
 * pages (Liberation Serif, 300 dpi) with @napi-rs/canvas, runs Debian `tesseract -l eng`, and returns the
 * OCR text per page with the truth it came from. Results are cached by content hash.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { degrade, type Profile } from '../fixtures/degrade.ts';
import { createRng } from '../fixtures/rng.ts';

const run = promisify(execFile);
const FONT = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';

export interface OcrPair {
  truth: string;
  ocr: string;
}

/** Strips markdown decoration from a seed: what a printed page would show. */
export function plainFromMarkdown(md: string): string {
  return md
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').replace(/^-{3,}\s*$/, '').replace(/\*\*|__|\*/g, '').replace(/^\s*-\s+/, '- ').replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function wrap(ctx: { measureText(s: string): { width: number } }, text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (!para.trim()) {
      out.push('');
      continue;
    }
    let line = '';
    for (const w of para.split(/\s+/)) {
      const next = line ? `${line} ${w}` : w;
      if (ctx.measureText(next).width > width && line) {
        out.push(line);
        line = w;
      } else line = next;
    }
    if (line) out.push(line);
  }
  return out;
}

/** Rendering options: `profile` degrades each page like a scan (scripts/fixtures/degrade.ts) before OCR. */
export interface EngOcrOptions {
  profile?: Exclude<Profile, 'clean'>;
}

/** Renders `text` to pages and OCRs them with the English model. One pair per page. */
export async function engOcr(text: string, cacheDir: string, opts: EngOcrOptions = {}): Promise<OcrPair[]> {
  const hash = createHash('sha256').update(opts.profile ? `${opts.profile}\u0000${text}` : text).digest('hex').slice(0, 16);
  const cacheFile = path.join(cacheDir, `eng-ocr-${hash}.json`);
  if (existsSync(cacheFile)) return JSON.parse(await readFile(cacheFile, 'utf8')) as OcrPair[];
  await mkdir(cacheDir, { recursive: true });
  GlobalFonts.registerFromPath(FONT, 'LiberationSerif');
  const W = 2480;
  const H = 3508;
  const margin = 220;
  const size = 56;
  const lineH = 84;
  const probe = createCanvas(10, 10).getContext('2d');
  probe.font = `${size}px LiberationSerif`;
  const lines = wrap(probe, text, W - 2 * margin);
  const perPage = Math.floor((H - 2 * margin) / lineH);
  const pairs: OcrPair[] = [];
  for (let p = 0; p * perPage < lines.length; p++) {
    const pageLines = lines.slice(p * perPage, (p + 1) * perPage);
    const canvas = createCanvas(W, H);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = '#000';
    ctx.font = `${size}px LiberationSerif`;
    pageLines.forEach((l, i) => ctx.fillText(l, margin, margin + (i + 1) * lineH));
    let img = path.join(cacheDir, `page-${hash}-${p}.png`);
    if (opts.profile) {
      // A scan of the page (skew, blur, noise, JPEG) read like the legacy fixtures: page segmentation 3.
      const rgba = ctx.getImageData(0, 0, W, H).data;
      const gray = Buffer.alloc(W * H);
      for (let i = 0; i < gray.length; i++) gray[i] = rgba[i * 4] as number;
      const scan = await degrade({ data: gray, width: W, height: H }, 300, opts.profile, createRng(`${hash}:${p}`));
      img = path.join(cacheDir, `page-${hash}-${p}.jpg`);
      await writeFile(img, scan.jpeg);
    } else await writeFile(img, await canvas.encode('png'));
    try {
      const { stdout } = await run('tesseract', [img, '-', '-l', 'eng', '--psm', opts.profile ? '3' : '6'], { maxBuffer: 1 << 26 });
      pairs.push({ truth: pageLines.join('\n'), ocr: stdout.replace(/\f/g, '').trim() });
    } finally {
      await rm(img, { force: true });
    }
  }
  await writeFile(cacheFile, JSON.stringify(pairs));
  return pairs;
}
