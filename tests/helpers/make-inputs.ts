/**
 * Small inputs built on the fly for tests: a rendered Vietnamese paragraph (PNG), PDFs made from it,
 * born-digital PDFs with a real Vietnamese text layer, and bad inputs.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, rgb } from 'pdf-lib';
import sharp from 'sharp';

export const PARAGRAPH = [
  'Ban Thường vụ Đảng ủy xây dựng kế hoạch khắc phục',
  'những hạn chế, khuyết điểm đã được chỉ ra sau kiểm điểm,',
  'phân công rõ người, rõ việc, rõ thời gian hoàn thành',
  'và báo cáo kết quả thực hiện với cấp ủy cấp trên.',
];

const SERIF = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';
if (!fs.existsSync(SERIF)) throw new Error(`${SERIF} missing: install the Debian package fonts-liberation2`);

function escapeXml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** The paragraph as a grayscale PNG at 300 dpi (13.5 pt Liberation Serif), with a white margin. */
export async function paragraphPng(lines: string[] = PARAGRAPH, opts: { dpi?: number } = {}): Promise<Buffer> {
  const dpi = opts.dpi ?? 300;
  const px = (13.5 * dpi) / 72;
  const lead = px * 1.5;
  const width = Math.round(6.5 * dpi);
  const height = Math.round(lead * lines.length + px * 2);
  const tspans = lines.map((l, i) => `<tspan x="${Math.round(px)}" y="${Math.round(px * 1.6 + i * lead)}">${escapeXml(l)}</tspan>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <text font-family="Liberation Serif" font-size="${px.toFixed(1)}" fill="#000000">${tspans}</text></svg>`;
  return sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#ffffff' }).grayscale().withMetadata({ density: dpi }).png().toBuffer();
}

/** One image per page, placed over the whole page (what scanners produce). */
export async function imagePdf(images: { bytes: Buffer; kind: 'jpeg' | 'png'; dpi: number }[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const im of images) {
    const embedded = im.kind === 'jpeg' ? await doc.embedJpg(im.bytes) : await doc.embedPng(im.bytes);
    const w = (embedded.width / im.dpi) * 72;
    const h = (embedded.height / im.dpi) * 72;
    doc.addPage([w, h]).drawImage(embedded, { x: 0, y: 0, width: w, height: h });
  }
  return doc.save();
}

/** A born-digital PDF: real Vietnamese text drawn with an embedded Liberation Serif. */
export async function textPdf(pages: string[][], opts: { invisible?: boolean; image?: Buffer } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(SERIF), { subset: true });
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    if (opts.image) {
      const im = await doc.embedJpg(opts.image);
      page.drawImage(im, { x: 0, y: 0, width: 595, height: 842 });
    }
    lines.forEach((line, i) => {
      page.drawText(line, { x: 72, y: 770 - i * 20, size: 13.5, font, color: rgb(0, 0, 0), ...(opts.invisible ? { opacity: 0 } : {}) });
    });
  }
  return doc.save();
}

/** A PDF whose page tree claims `n` pages (each an empty page). */
export async function manyPagePdf(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([200, 200]);
  return doc.save({ useObjectStreams: true });
}

/** A syntactically valid PDF with an empty page tree. */
export async function zeroPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  return doc.save({ addDefaultPage: false });
}

/**
 * A real 30,000 × 30,000 px 1-bit PNG: a decompression bomb, small on disk, 900 M pixels decoded.
 */
export function bombPng(size = 30_000): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  const row = Buffer.alloc(1 + Math.ceil(size / 8), 0xff); // filter byte 0 + white pixels
  row[0] = 0;
  const zdata = zlib.deflateSync(Buffer.concat(Array.from({ length: size }, () => row)), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zdata),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}


/**
 * Three scanned pages where only the first is readable: page 2 holds an image whose dictionary claims
 * 30,000 × 30,000 px (refused before decoding), page 3 a JPEG stream of garbage bytes.
 */
export async function pdfWithBadPages(jpeg: Buffer, dpi = 300): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const good = await doc.embedJpg(jpeg);
  const w = (good.width / dpi) * 72;
  const h = (good.height / dpi) * 72;
  doc.addPage([w, h]).drawImage(good, { x: 0, y: 0, width: w, height: h });
  const bad = [
    doc.context.stream(zlib.deflateSync(Buffer.alloc(4096, 0xff)), {
      Type: 'XObject', Subtype: 'Image', Width: 30_000, Height: 30_000, BitsPerComponent: 1, ColorSpace: 'DeviceGray', Filter: 'FlateDecode',
    }),
    doc.context.stream(Buffer.from('this is not a JPEG stream at all '.repeat(50)), {
      Type: 'XObject', Subtype: 'Image', Width: good.width, Height: good.height, BitsPerComponent: 8, ColorSpace: 'DeviceGray', Filter: 'DCTDecode',
    }),
  ];
  for (const stream of bad) {
    const page = doc.addPage([w, h]);
    page.node.setXObject(PDFName.of('Im0'), doc.context.register(stream));
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, 0, 0), drawObject('Im0'), popGraphicsState());
  }
  return doc.save();
}
