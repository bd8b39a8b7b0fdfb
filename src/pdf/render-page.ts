import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageImage } from '../image/page-image.ts';

/**
 * Renders a page to raw RGBA pixels at `dpi` (default 300), on white. The scale is lowered if the page
 * is so large that the bitmap would exceed `maxImagePixels`.
 */
export async function renderPage(page: PDFPageProxy, opts: { dpi?: number; maxImagePixels: number }): Promise<PageImage> {
  let dpi = opts.dpi ?? 300;
  const base = page.getViewport({ scale: 1 }); // includes /Rotate
  const pixels = (base.width * dpi * base.height * dpi) / (72 * 72);
  if (pixels > opts.maxImagePixels) dpi = Math.floor(dpi * Math.sqrt(opts.maxImagePixels / pixels));
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: ctx as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const data = ctx.getImageData(0, 0, width, height).data;
  return {
    input: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    raw: { width, height, channels: 4 },
    dpi,
    origin: 'pdf-rendered',
  };
}
