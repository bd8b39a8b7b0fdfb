import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A one-page image-only PDF (an A4 "scan" at 300 dpi, no text layer) of a short plan, so a test drives the
 * real OCR, repair and extraction stages. `tag` goes into the plan number so each file is its own document.
 * The commune "Khe Pồm" is made up (in no place-name list): a name the repair cannot be sure of ("Khe" may be
 * Khê), so review has an uncertain word even when OCR reads every letter.
 */
export async function planScanPdf(dir: string, name: string, tag: number): Promise<string> {
  const W = 2480;
  const H = 3508;
  const size = 56; // 13.5 pt at 300 dpi
  const lines: { text: string; x: number; y: number; anchor?: 'middle'; bold?: boolean }[] = [
    { text: 'ĐẢNG ỦY XÃ KHE PỒM', x: 620, y: 300, anchor: 'middle', bold: true },
    { text: `Số ${tag}-KH/ĐU`, x: 620, y: 380, anchor: 'middle' },
    { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', x: 1800, y: 300, anchor: 'middle', bold: true },
    { text: 'Khe Pồm, ngày 15 tháng 3 năm 2026', x: 1800, y: 380, anchor: 'middle' },
    { text: 'KẾ HOẠCH', x: W / 2, y: 600, anchor: 'middle', bold: true },
    { text: 'Khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025', x: W / 2, y: 680, anchor: 'middle', bold: true },
    { text: '1. Tăng cường công tác kiểm tra, giám sát việc thực hiện nhiệm vụ.', x: 300, y: 880 },
    { text: 'Ban Tuyên giáo Đảng ủy chủ trì, phối hợp với các chi bộ thực hiện.', x: 300, y: 960 },
    { text: 'Hoàn thành trước ngày 30/4/2026.', x: 300, y: 1040 },
  ];
  const body = lines.map((l) => `<text x="${l.x}" y="${l.y}"${l.anchor ? ` text-anchor="${l.anchor}"` : ''}${l.bold ? ' font-weight="bold"' : ''}>${esc(l.text)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#fff"/>`
    + `<g font-family="Liberation Serif" font-size="${size}" fill="#000">${body}</g></svg>`;
  const png = await sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#fff' }).greyscale().png().toBuffer();
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595.28, 841.89]);
  page.drawImage(await pdf.embedPng(png), { x: 0, y: 0, width: 595.28, height: 841.89 });
  const file = path.join(dir, name);
  await fs.writeFile(file, await pdf.save());
  return file;
}
