import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPlugin } from '../src/api/routes/review-plugin.ts';
import { modelFromLines } from '../src/lm/build.ts';
import type { OcrPage } from '../src/model/page.ts';
import type { PipelineContext } from '../src/pipeline/context.ts';
import { finishDocumentStep } from '../src/pipeline/finish-step.ts';
import type { PipelineStages } from '../src/pipeline/stages.ts';
import { createRepairer } from '../src/repair/index.ts';
import { loadRepairLexicon } from '../src/store/corrections-store.ts';
import { Store } from '../src/store/store.ts';
import { planDocument, seedPlan } from './helpers/review-fixture.ts';
import { tempDir } from './helpers/services.ts';

/** General administrative Vietnamese; the place name "Nậm Pồm" is not in it (nor in the shipped place-name list). */
const CORPUS = [
  'Đảng ủy xã tổ chức kiểm tra công tác cán bộ và công tác đảng viên.',
  'Ban Thường vụ Đảng ủy chỉ đạo các chi bộ xây dựng kế hoạch khắc phục hạn chế, khuyết điểm.',
  'Ủy ban nhân dân xã chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện.',
  'Đoàn công tác làm việc tại xã về việc triển khai thực hiện kết luận của Bộ Chính trị.',
  'Văn phòng Đảng ủy tham mưu theo dõi, đôn đốc, tổng hợp kết quả thực hiện báo cáo Ban Thường vụ.',
  'Các chi bộ trực thuộc hoàn thành trước ngày 30 tháng 6 năm 2026.',
  'Tăng cường công tác kiểm tra, giám sát việc thực hiện nhiệm vụ chính trị tại địa phương.',
  'Năm nay xã tiếp tục nâng cao chất lượng sinh hoạt chi bộ và công tác phát triển đảng viên.',
];

function ocrOf(text: string): OcrPage {
  const words = text.split(' ').map((w) => ({ text: w, confidence: 0.6 }));
  return { number: 1, source: 'ocr', text, lines: [{ text, confidence: 0.6, words }], confidence: 0.6 };
}

describe('corrections teach the repair: a place name fixed once is right in the next document', () => {
  let app: FastifyInstance;
  let store: Store;
  const model = modelFromLines(CORPUS);
  // Old archives: a text layer from an English OCR model, marks lost.
  const doc1Ocr = 'Dang uy xa Nam Pom to chuc kiem tra cong tac can bo';
  const doc2Ocr = 'Doan cong tac lam viec tai xa Nam Pom';

  beforeAll(async () => {
    const dataDir = await tempDir('vanban-lexicon-');
    store = await Store.open({ dataDir });
    app = Fastify();
    await app.register(reviewPlugin, { store, dataDir, threshold: 0.8, web: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('learns Nam Pom → Nậm Pồm from one reviewed document and applies it to the next', async () => {
    const before = createRepairer({ model, lexicon: await loadRepairLexicon(store.db) });
    const repaired1 = before.repair(doc1Ocr).text;
    expect(repaired1).not.toContain('Nậm Pồm');
    expect(before.repair(doc2Ocr).text).not.toContain('Nậm Pồm');

    // Document 1 as the pipeline stores it: repaired page text + the OCR it came from.
    const plan = { ...planDocument('doc-1.pdf'), pages: [{ number: 1, text: repaired1, source: 'repaired', confidence: 0.6 }] };
    const id = await seedPlan(store, 'doc-1.pdf', plan, ocrOf(doc1Ocr));
    const { token } = await store.createToken('reviewer-lex', 'reviewer');
    const headers = { authorization: `Bearer ${token}` };
    const view = (await app.inject({ url: `/api/documents/${id}/review`, headers })).json();
    const words = view.pages[0].lines[0].words as { id: string; text: string }[];
    const fix = async (from: RegExp, to: string) => {
      const w = words.find((x) => from.test(x.text));
      expect(w, `word ${from} in «${repaired1}»`).toBeDefined();
      const res = await app.inject({ method: 'POST', url: `/api/documents/${id}/review/corrections`, headers, payload: { target: { kind: 'word', wordId: w!.id }, after: to } });
      expect(res.statusCode).toBe(201);
      return res.json();
    };
    await fix(/^n[aăâ]m$/i, 'Nậm');
    const po = await fix(/^p[oôơ]m$/i, 'Pồm');

    const lexicon = await loadRepairLexicon(store.db);
    expect(lexicon.confusions).toEqual(expect.arrayContaining([{ from: 'Nam', to: 'Nậm', count: 1 }, { from: 'Pom', to: 'Pồm', count: 1 }]));
    const after = createRepairer({ model, lexicon });
    expect(after.repair(doc2Ocr).text).toContain('xã Nậm Pồm');

    // The same through the pipeline: the next run's repair step receives the lexicon from the database.
    const next = await store.intake({ sha256: 'b'.repeat(64), fileName: 'doc-2.pdf', sizeBytes: 1, originalPath: 'originals/doc-2.pdf', options: {} });
    await store.startRun(next.run.id, { kind: 'pdf', pageCount: 1 });
    await store.savePage(next.run.id, 1, { status: 'done', ocr: ocrOf(doc2Ocr) });
    const stages: PipelineStages = {
      inspect: async () => ({ kind: 'pdf', pageCount: 1 }),
      recognizePage: async () => ocrOf(doc2Ocr),
      // The production wiring: createRepairer({ model, toneStyle, lexicon }) per run.
      repairPages: async (pages, o) => {
        const r = createRepairer({ model, ...(o?.lexicon ? { lexicon: o.lexicon } : {}) });
        return pages.map((p) => ({ ...p, text: r.repair(p.text).text, source: 'repaired' as const }));
      },
      extract: (input) => ({ ...planDocument('doc-2.pdf'), pages: input.pages.map((p) => ({ number: p.number, text: p.text, source: p.source, confidence: p.confidence })) }),
      validate: (p) => p,
    };
    const ctx: PipelineContext = { store, dataDir: '/nonexistent', limits: { maxFileBytes: 1e6, maxPages: 10, maxImagePixels: 1e8 }, stagesFor: async () => stages };
    expect((await finishDocumentStep(ctx, next.run.id, { defaults: { ocrEngine: 'tesseract.js', toneStyle: 'old' } })).status).toBe('done');
    const stored = (await store.getCurrentResult(next.document.id)) as { pages: { text: string }[] };
    expect(stored.pages[0]?.text).toContain('xã Nậm Pồm');

    // Undoing a fix takes back what it taught.
    await app.inject({ method: 'POST', url: `/api/documents/${id}/review/corrections/${po.id}/undo`, headers });
    expect((await loadRepairLexicon(store.db)).confusions.map((c) => c.from)).toEqual(['Nam']);
  });
});
