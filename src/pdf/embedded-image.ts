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
  // Vector painting (filled/stroked paths) means more than a scan.
  if (/(?:^|\s)(?:f\*?|B\*?|b\*?|S|s)(?=\s|$)/u.test(stripTextObjects(content))) return undefined;
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const lookup = (name: string): unknown => {
    const ref = xobjects?.get(PDFName.of(name));
    return ref === undefined ? undefined : doc.context.lookup(ref);
  };
  // Paint operations other than text-only forms (an OCR text layer is often one) must be one image.
  const draws = placements(content).filter((d) => !isTextOnlyForm(doc, lookup(d.name)));
  if (draws.length !== 1) return undefined;
  const { name, m } = draws[0]!;
  const image = lookup(name);
  if (!(image instanceof PDFRawStream)) return undefined;
  const dict = image.dict;
  if (dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Image') return undefined;
  if (dict.get(PDFName.of('ImageMask')) !== undefined || dict.get(PDFName.of('Decode')) !== undefined) return undefined;
  const width = num(dict.get(PDFName.of('Width')));
  const height = num(dict.get(PDFName.of('Height')));
  if (width === undefined || height === undefined) return undefined;
  if (width * height > maxImagePixels) return undefined; // checkPageImages reports it
  // Placement: the image must cover (nearly) the whole page, upright.
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
  let pixels: Buffer;
  try {
    pixels = filters.length === 0 ? Buffer.from(image.contents) : zlib.inflateSync(image.contents, { maxOutputLength: width * height * channels });
  } catch {
    return undefined; // damaged or oversized stream: let the renderer have its go
  }
  if (pixels.length < width * height * channels) return undefined;
  return { input: pixels, raw: { width, height, channels }, dpi, rotate, origin: 'pdf-embedded-raw' };
}

/**
 * Throws IMAGE_TOO_LARGE when any image on the page (directly or in a form) exceeds the pixel limit,
 * read from its dictionary, so nothing is decoded.
 */
export function checkPageImages(doc: PDFDocument, pageIndex: number, maxImagePixels: number): void {
  const seen = new Set<unknown>();
  const visit = (resources: PDFDict | undefined, depth: number): void => {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    if (xobjects === undefined || depth > 4) return;
    for (const [, ref] of xobjects.entries()) {
      const o = doc.context.lookup(ref);
      if (!(o instanceof PDFRawStream) || seen.has(o)) continue;
      seen.add(o);
      const subtype = o.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString();
      if (subtype === '/Image') {
        const w = num(o.dict.get(PDFName.of('Width'))) ?? 0;
        const h = num(o.dict.get(PDFName.of('Height'))) ?? 0;
        if (w * h > maxImagePixels) {
          throw new VanbanError('IMAGE_TOO_LARGE', `Page ${pageIndex + 1} holds a ${w}×${h} px image, limit ${maxImagePixels} px`, {
            details: { width: w, height: h },
          });
        }
      } else if (subtype === '/Form') visit(o.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1);
    }
  };
  visit(doc.getPage(pageIndex).node.Resources(), 0);
}

function readContent(doc: PDFDocument, contents: PDFStream | PDFArray | PDFRawStream | undefined): string | undefined {
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

type Matrix = [number, number, number, number, number, number];

/** Each `/Name Do` with the current transformation matrix at that point (q/Q/cm tracked). */
function placements(content: string): { name: string; m: Matrix }[] {
  const out: { name: string; m: Matrix }[] = [];
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const ops = /((?:[-+]?(?:\d+\.?\d*|\.\d+)\s+){6})cm\b|\/([^\s/<>[\]()]+)\s+Do\b|(?:^|\s)(q|Q)(?=\s|$)/gu;
  for (const op of stripTextObjects(content).matchAll(ops)) {
    if (op[1] !== undefined) {
      const v = op[1].trim().split(/\s+/u).map(Number) as Matrix;
      m = multiply(v, m);
    } else if (op[2] !== undefined) out.push({ name: op[2], m });
    else if (op[3] === 'q') stack.push(m);
    else m = stack.pop() ?? [1, 0, 0, 1, 0, 0];
  }
  return out;
}

/** v × m in PDF's row-vector convention. */
function multiply(v: Matrix, m: Matrix): Matrix {
  return [
    v[0] * m[0] + v[1] * m[2],
    v[0] * m[1] + v[1] * m[3],
    v[2] * m[0] + v[3] * m[2],
    v[2] * m[1] + v[3] * m[3],
    v[4] * m[0] + v[5] * m[2] + m[4],
    v[4] * m[1] + v[5] * m[3] + m[5],
  ];
}

/** A form XObject that only holds text (no images, no nested forms, no vector painting). */
function isTextOnlyForm(doc: PDFDocument, o: unknown): boolean {
  if (!(o instanceof PDFRawStream)) return false;
  if (o.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Form') return false;
  const content = readContent(doc, o);
  if (content === undefined) return false;
  const outside = stripTextObjects(content);
  return !/\bDo\b/u.test(content) && !/(?:^|\s)(?:f\*?|B\*?|b\*?|S|s)(?=\s|$)/u.test(outside);
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
