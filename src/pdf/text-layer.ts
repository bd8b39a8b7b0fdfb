import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Bbox, OcrLine, OcrWord } from '../model/page.ts';

/**
 * Lines of a page's embedded text layer, in content order, with boxes in pixels of the page rendered at
 * `dpi` (the same frame as OCR boxes). Invisible text (render mode 3, old OCR layers) is included.
 * Confidence is 1: the layer is what the file says, its quality is judged separately.
 */
export async function readTextLayer(page: PDFPageProxy, dpi: number): Promise<OcrLine[]> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const lines: OcrLine[] = [];
  let words: OcrWord[] = [];
  let lastBaseline: number | undefined;
  let lastHeight = 0;
  const flush = (): void => {
    if (words.length > 0) lines.push(lineOf(words));
    words = [];
  };
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    const size = Math.hypot(c, d) || item.height || 1;
    // Baseline start and end in viewport pixels (y grows downwards).
    const [x0, y0] = viewport.convertToViewportPoint(e, f);
    const [x1] = viewport.convertToViewportPoint(e + (item.width * a) / (Math.hypot(a, b) || 1), f);
    const px = size * (dpi / 72);
    if (lastBaseline !== undefined && Math.abs(y0 - lastBaseline) > 0.5 * Math.max(px, lastHeight)) flush();
    words.push(...splitWords(item.str, Math.min(x0, x1), Math.max(x0, x1), y0 - 0.8 * px, y0 + 0.2 * px));
    lastBaseline = y0;
    lastHeight = px;
    if (item.hasEOL) {
      flush();
      lastBaseline = undefined;
    }
  }
  flush();
  return lines.filter((l) => l.text.trim() !== '');
}

/** Splits an item's string on spaces, giving each word a share of the item's box by character count. */
function splitWords(str: string, x0: number, x1: number, top: number, bottom: number): OcrWord[] {
  const out: OcrWord[] = [];
  const n = str.length || 1;
  const step = (x1 - x0) / n;
  for (const m of str.matchAll(/\S+/gu)) {
    const start = m.index;
    out.push({
      text: m[0],
      confidence: 1,
      bbox: box(x0 + start * step, top, x0 + (start + m[0].length) * step, bottom),
    });
  }
  return out;
}

function box(x0: number, y0: number, x1: number, y1: number): Bbox {
  return { x0: Math.round(x0), y0: Math.round(y0), x1: Math.round(x1), y1: Math.round(y1) };
}

function lineOf(words: OcrWord[]): OcrLine {
  const bs = words.map((w) => w.bbox!);
  return {
    text: words.map((w) => w.text).join(' '),
    confidence: 1,
    bbox: box(Math.min(...bs.map((b) => b.x0)), Math.min(...bs.map((b) => b.y0)), Math.max(...bs.map((b) => b.x1)), Math.max(...bs.map((b) => b.y1))),
    words,
  };
}
