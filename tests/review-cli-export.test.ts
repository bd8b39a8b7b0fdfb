import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { addCorrection } from '../src/store/corrections-store.ts';
import { Store } from '../src/store/store.ts';
import { seedReviewDocument } from './helpers/review-fixture.ts';
import { tempDir } from './helpers/services.ts';

const run = promisify(execFile);

describe('CLI export with reviewers\' corrections', () => {
  it('exports corrected plans, and field corrections as labelled examples with --labelled-examples', async () => {
    const dataDir = await tempDir('vanban-cli-export-');
    const store = await Store.open({ dataDir });
    let id: string;
    try {
      id = await seedReviewDocument(store, dataDir);
      const runId = (await store.getDocument(id))?.current_run_id ?? null;
      await addCorrection(store.db, {
        documentId: id, runId, target: { kind: 'field', itemId: 'deadline-1', pointer: '/deadlines/0/date' },
        before: '2026-04-30', after: '2026-05-31', author: 'lan', role: 'reviewer', action: 'edit',
      });
    } finally {
      await store.close();
    }
    const env = { ...process.env, VANBAN_DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '' };
    const plans = (await run(process.execPath, ['bin/vanban.js', 'export', '--format', 'jsonl'], { env })).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(plans).toHaveLength(1);
    expect(plans[0].plan.deadlines[0]).toMatchObject({ date: '2026-05-31', review: { reviewed: true, by: 'lan' } });
    const examples = (await run(process.execPath, ['bin/vanban.js', 'export', '--labelled-examples'], { env })).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(examples).toEqual([expect.objectContaining({ documentId: id, itemId: 'deadline-1', kind: 'deadlines', field: 'date', machine: '2026-04-30', label: '2026-05-31', reviewer: 'lan' })]);
  }, 180_000); // two CLI processes (tsx + embedded database start-up) on a loaded 2-core machine
});
