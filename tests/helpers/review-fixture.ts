import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { SCHEMA_ID, SCHEMA_VERSION } from '../../src/model/plan-document.ts';
import type { OcrPage } from '../../src/model/page.ts';
import { validatePlanDocument } from '../../src/model/validate-plan-document.ts';
import type { Store } from '../../src/store/store.ts';

/**
 * A small processed plan for review tests: one page, two uncertain words ("Mjnh" for the place name Minh,
 * "rà"), an uncertain title and an uncertain deadline. Written by hand so review tests do not depend on
 * OCR/repair/extraction output; the page image is rendered so the browser shows real boxes.
 */
export const LINES = [
  'ĐẢNG ỦY XÃ CAO MINH',
  'Số 31-KH/ĐU',
  'KẾ HOẠCH',
  'khắc phục hạn chế tại xã Cao Mjnh',
  '1. Ban Xây dựng Đảng chủ trì rà soát quy chế làm việc.',
  'Hoàn thành trước ngày 30/4/2026.',
];
export const TEXT = LINES.join('\n');
const LOW: Record<string, { confidence: number; alternatives: string[] }> = {
  Mjnh: { confidence: 0.41, alternatives: ['Minh', 'Mình'] },
  'rà': { confidence: 0.7, alternatives: ['ra', 'rã'] },
};
const CHAR_W = 19;
const LINE_H = 60;
const LEFT = 60;
const TOP = 50;
export const PAGE_W = 1240;
export const PAGE_H = TOP * 2 + LINE_H * LINES.length;

function lineStartOffset(i: number): number {
  return LINES.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
}

function prov(line: number, from = 0, to?: number) {
  const start = lineStartOffset(line) + from;
  const end = lineStartOffset(line) + (to ?? (LINES[line] ?? '').length);
  return { page: 1, lineStart: line + 1, lineEnd: line + 1, charSpan: { start, end } };
}

export function ocrPage(): OcrPage {
  const lines = LINES.map((text, li) => {
    const y0 = TOP + li * LINE_H;
    const words = [...text.matchAll(/\S+/g)].map((m) => {
      const x0 = LEFT + (m.index ?? 0) * CHAR_W;
      const low = LOW[m[0]];
      const bbox = { x0, y0, x1: x0 + m[0].length * CHAR_W, y1: y0 + 44 };
      return low ? { text: m[0], confidence: low.confidence, bbox, alternatives: low.alternatives } : { text: m[0], confidence: 0.96, bbox };
    });
    return { text, confidence: Math.min(...words.map((w) => w.confidence)), words, bbox: { x0: LEFT, y0, x1: LEFT + text.length * CHAR_W, y1: y0 + 44 } };
  });
  return { number: 1, source: 'ocr', text: TEXT, lines, confidence: 0.9, width: PAGE_W, height: PAGE_H };
}

export function planDocument(fileName = 'ke-hoach-31.pdf', sha256: string | null = null) {
  const titleLine = 3;
  const plan = {
    schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    status: 'success',
    errors: [],
    source: { fileName, sha256, pageCount: 1, mediaType: 'application/pdf' },
    document: {
      type: 'KẾ HOẠCH', typeCode: 'KH', number: '31', symbol: '31-KH/ĐU',
      issuer: { name: 'ĐẢNG ỦY XÃ CAO MINH', parent: null },
      place: null, date: null, title: 'khắc phục hạn chế tại xã Cao Mjnh',
      signature: { authority: null, body: null, position: null, signer: null },
      recipients: [],
      fields: {
        type: { id: 'field-type', text: 'KẾ HOẠCH', confidence: 0.97, provenance: prov(2) },
        number: { id: 'field-number', text: 'Số 31-KH/ĐU', confidence: 0.95, provenance: prov(1) },
        symbol: { id: 'field-symbol', text: 'Số 31-KH/ĐU', confidence: 0.95, provenance: prov(1) },
        'issuer.name': { id: 'field-issuer-name', text: LINES[0] ?? '', confidence: 0.93, provenance: prov(0) },
        title: { id: 'field-title', text: LINES[titleLine] ?? '', confidence: 0.6, provenance: prov(titleLine) },
      },
    },
    references: [],
    pages: [{ number: 1, text: TEXT, source: 'repaired', confidence: 0.9 }],
    sections: [],
    shortcomings: [],
    tasks: [{
      id: 'task-1', text: LINES[4] ?? '', confidence: 0.86, provenance: { ...prov(4), lineEnd: 6, charSpan: { start: lineStartOffset(4), end: TEXT.length } },
      number: '1', sectionId: null, shortcomingIds: [],
      responsible: [{ id: 'resp-1', text: 'Ban Xây dựng Đảng chủ trì', confidence: 0.9, provenance: prov(4, 3, 28), unit: 'Ban Xây dựng Đảng', role: 'lead' }],
      deadline: { id: 'deadline-1', kind: 'before', date: '2026-04-30' },
      status: 'planned',
    }],
    deadlines: [{
      id: 'deadline-1', text: LINES[5] ?? '', confidence: 0.55, provenance: prov(5), kind: 'before', date: '2026-04-30', taskId: 'task-1',
    }],
  };
  return validatePlanDocument(plan);
}

/** Renders the page as a PNG (the words at their OCR boxes). */
export async function pageImage(): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const texts = LINES.map((l, i) => `<text x="${LEFT}" y="${TOP + i * LINE_H + 34}" font-family="Liberation Mono" font-size="31">${esc(l)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}"><rect width="100%" height="100%" fill="#fff"/>${texts}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Stores any plan + page OCR as a processed one-page document (no page image); returns its id. */
export async function seedPlan(store: Store, fileName: string, plan: object, ocr: OcrPage): Promise<string> {
  const sha256 = createHash('sha256').update(fileName + JSON.stringify(plan)).digest('hex');
  const { document, run } = await store.intake({ sha256, fileName, sizeBytes: 1, originalPath: `originals/${sha256}.pdf`, options: {} });
  await store.startRun(run.id, { kind: 'pdf', pageCount: 1 });
  await store.savePage(run.id, 1, { status: 'done', ocr });
  await store.saveResult(run.id, plan, { status: 'done', schemaVersion: SCHEMA_VERSION });
  return document.id;
}

/**
 * Stores the fixture as a processed document (intake → run → page with OCR and image → result), the way
 * the pipeline leaves one. Returns the document id.
 */
export async function seedReviewDocument(store: Store, dataDir: string, fileName = 'ke-hoach-31.pdf'): Promise<string> {
  const sha256 = createHash('sha256').update(fileName + TEXT).digest('hex');
  const { document, run } = await store.intake({ sha256, fileName, sizeBytes: TEXT.length, originalPath: `originals/${sha256}.pdf`, options: {} });
  await store.startRun(run.id, { kind: 'pdf', pageCount: 1 });
  const rel = path.join('pages', run.id, 'page-1.png');
  await fs.mkdir(path.join(dataDir, path.dirname(rel)), { recursive: true });
  await fs.writeFile(path.join(dataDir, rel), await pageImage());
  await store.savePage(run.id, 1, { status: 'done', ocr: ocrPage(), imagePath: rel });
  await store.saveResult(run.id, planDocument(fileName, sha256), { status: 'done', schemaVersion: SCHEMA_VERSION });
  return document.id;
}
