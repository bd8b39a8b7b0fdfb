import zlib from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFDocument, type PDFStream } from 'pdf-lib';
import { VanbanError } from '../errors/index.ts';
import type { PageImage } from '../image/page-image.ts';

/**
 * The fast path for scanned pages: when a page only paints one image that covers it (plus, possibly,
 * an invisible text layer), the image's own bytes are taken out instead of rendering the page.
 * JPEG (DCTDecode) is copied unchanged; 8-bit gray/RGB Flate images are inflated to raw pixels.
 * Anything else (1-bit, CCITT, JBIG2, JPEG 2000, CMYK, predictors, masks, several images, rotated or
 * partial placement) returns undefined and the page is rendered instead.
 */
export function extractSingleImage(doc: PDFDocument, pageIndex: number, maxImagePixels: number): PageImage | undefined {
  if (doc.isEncrypted) return undefined; // pdf-lib cannot decrypt streams; pdfjs renders it
  const page = doc.getPage(pageIndex);
  const content = readContent(doc, page.node.Contents());
  if (content === undefined) return undefined;
  const draws = [...content.matchAll(/\/([^\s/<>[\]()]+)\s+Do\b/gu)];
  if (draws.length !== 1) return undefined;
  // Content with vector painting (paths filled/stroked) is more than a scan.
  if (/(?:^|\s)(?:f\*?|B\*?|b\*?|S|s)(?=\s|$)/u.test(stripTextObjects(content))) return undefined;
  const name = draws[0]![1]!;
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const ref = xobjects?.get(PDFName.of(name));
  const image = ref === undefined ? undefined : doc.context.lookup(ref);
  if (!(image instanceof PDFRawStream)) return undefined;
  const dict = image.dict;
  if (dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Image') return undefined;
  if (dict.get(PDFName.of('ImageMask')) !== undefined || dict.get(PDFName.of('Decode')) !== undefined) return undefined;
  const width = num(dict.get(PDFName.of('Width')));
  const height = num(dict.get(PDFName.of('Height')));
  if (width === undefined || height === undefined) return undefined;
  if (width * height > maxImagePixels) {
    throw new VanbanError('IMAGE_TOO_LARGE', `Page ${pageIndex + 1} image is ${width}×${height} px, limit ${maxImagePixels} px`);
  }
  // Placement: the image must cover (nearly) the whole page, upright.
  const m = lastMatrixBefore(content, draws[0]!.index);
  const { width: pw, height: ph } = page.getSize();
  if (m === undefined || m[1] !== 0 || m[2] !== 0 || m[0] <= 0 || m[3] <= 0) return undefined;
  if (m[0] * m[3] < 0.9 * pw * ph) return undefined;
  const dpi = Math.round((width / m[0]) * 72);
  const rotate = normaliseRotation(page.getRotation().angle);
  const filters = filterNames(dict.get(PDFName.of('Filter')));
  const colorSpace = dict.lookupMaybe(PDFName.of('ColorSpace'), PDFName)?.asString();
  const channels = colorSpace === '/DeviceGray' ? 1 : colorSpace === '/DeviceRGB' ? 3 : undefined;
  if (filters.length === 1 && filters[0] === '/DCTDecode' && colorSpace !== '/DeviceCMYK') {
    return { input: Buffer.from(image.contents), dpi, rotate, origin: 'pdf-embedded-jpeg' };
  }
  const bpc = num(dict.get(PDFName.of('BitsPerComponent')));
  if (bpc !== 8 || channels === undefined || dict.get(PDFName.of('DecodeParms')) !== undefined) return undefined;
  if (filters.length > 1 || (filters.length === 1 && filters[0] !== '/FlateDecode')) return undefined;
  const pixels = filters.length === 0 ? Buffer.from(image.contents) : zlib.inflateSync(image.contents, { maxOutputLength: width * height * channels + 1 });
  if (pixels.length < width * height * channels) return undefined;
  return { input: pixels, raw: { width, height, channels }, dpi, rotate, origin: 'pdf-embedded-raw' };
}

function readContent(doc: PDFDocument, contents: PDFStream | PDFArray | undefined): string | undefined {
  if (contents === undefined) return undefined;
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  let text = '';
  for (const s of streams) {
    if (!(s instanceof PDFRawStream)) return undefined;
    try {
      text += Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') + '\n';
    } catch {
      return undefined;
    }
  }
  return text;
}

function stripTextObjects(content: string): string {
  return content.replace(/\bBT\b[\s\S]*?\bET\b/gu, ' ');
}

/** Product of the `cm` matrices before the image is painted (scanner output nests at most a few). */
function lastMatrixBefore(content: string, end: number): [number, number, number, number, number, number] | undefined {
  let m: [number, number, number, number, number, number] = [1, 0, 0, 1, 0, 0];
  const head = stripTextObjects(content.slice(0, end));
  let found = false;
  for (const cm of head.matchAll(/((?:[-+]?(?:\d+\.?\d*|\.\d+)\s+){6})cm\b/gu)) {
    const v = cm[1]!.trim().split(/\s+/u).map(Number) as [number, number, number, number, number, number];
    // new = v × m (PDF row-vector convention)
    m = [
      v[0] * m[0] + v[1] * m[2],
      v[0] * m[1] + v[1] * m[3],
      v[2] * m[0] + v[3] * m[2],
      v[2] * m[1] + v[3] * m[3],
      v[4] * m[0] + v[5] * m[2] + m[4],
      v[4] * m[1] + v[5] * m[3] + m[5],
    ];
    found = true;
  }
  return found ? m : undefined;
}

function num(o: unknown): number | undefined {
  return o instanceof PDFNumber ? o.asNumber() : undefined;
}

function filterNames(o: unknown): string[] {
  if (o instanceof PDFName) return [o.asString()];
  if (o instanceof PDFArray) return o.asArray().map((x) => (x instanceof PDFName ? x.asString() : '?'));
  return [];
}

function normaliseRotation(angle: number): 0 | 90 | 180 | 270 {
  const a = (((Math.round(angle / 90) * 90) % 360) + 360) % 360;
  return a as 0 | 90 | 180 | 270;
}
