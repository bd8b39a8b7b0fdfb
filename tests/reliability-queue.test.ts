import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/store/index.ts';
import { JOBS_QUEUE, PAGE_JOB } from '../workers/queues.ts';
import { workerName } from '../workers/start-workers.ts';
import { PrivateRedis } from './helpers/redis-server.ts';
import { createTempDatabase, tempDir, uniqueName } from './helpers/services.ts';
import { childPids, spawnVanban, startWorker, stopProcess } from './helpers/worker-process.ts';

/**
 * The BullMQ runner under faults, with real processes: `vanban ingest` (enqueue + wait) and `vanban worker`s
 * on a private redis-server and a fresh PostgreSQL database. Stages are the text front with a fixed CPU
 * cost per page (tests/helpers/fake-stages-module.ts), so the faults, not OCR, take the time.
 */
describe('BullMQ runner reliability', () => {
  let redis: PrivateRedis;
  let db: { url: string; drop: () => Promise<void> };
  let dir: string;
  let store: Store;
  const procs: { kill: (s?: NodeJS.Signals) => boolean; exitCode: number | null }[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    db = await createTempDatabase();
    dir = await tempDir();
    store = await Store.open({ dataDir: path.join(dir, 'data'), databaseUrl: db.url });
  });
  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    await store?.close();
    await db?.drop();
    await redis?.down();
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(redis?.dir ?? '/nonexistent', { recursive: true, force: true });
  });

  const envFor = (prefix: string) => ({
    REDIS_URL: redis.url,
    DATABASE_URL: db.url,
    VANBAN_DATA_DIR: path.join(dir, 'data'),
    VANBAN_QUEUE_PREFIX: prefix,
    VANBAN_STAGES_MODULE: path.resolve(import.meta.dirname, 'helpers/fake-stages-module.ts'),
    VANBAN_WORKER_CONCURRENCY: '1',
    FAKE_PAGE_MS: '40',
  });

  async function makeBatch(name: string, count: number): Promise<string> {
    const inDir = path.join(dir, name);
    await fs.mkdir(path.join(inDir, 'sub'), { recursive: true });
    for (let i = 0; i < count; i++) {
      // Two pages each; every file distinct, so each is its own document.
      const sub = i % 2 ? 'sub' : '';
      await fs.writeFile(path.join(inDir, sub, `ke-hoach-${i}.txt`), `KẾ HOẠCH số ${i}-KH/ĐU (${name})\nKhắc phục hạn chế\fTrang hai của ${i}`);
    }
    return inDir;
  }

  async function runCounts(prefixDocs: string[]) {
    const runs = await store.db.selectFrom('runs').select(['status', 'document_id']).where('document_id', 'in', prefixDocs).execute();
    return runs;
  }

  it('warns at start when Redis may evict keys', async () => {
    const { checkEvictionPolicy, redisConnection } = await import('../workers/queues.ts');
    const conn = redisConnection(redis.url, 'worker');
    try {
      const warnings: string[] = [];
      expect(await checkEvictionPolicy(conn, (m) => warnings.push(m))).toBe('noeviction');
      expect(warnings).toEqual([]);
      await conn.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await checkEvictionPolicy(conn, (m) => warnings.push(m));
      expect(warnings[0]).toMatch(/allkeys-lru.*noeviction/);
    } finally {
      await conn.config('SET', 'maxmemory-policy', 'noeviction');
      conn.disconnect();
    }
  });

  it('one worker at concurrency 1 runs one job at a time and finishes each document before the next pages', async () => {
    const prefix = uniqueName('vbo');
    const env = envFor(prefix);
    // Not named like makeBatch's files, which the batch tests count.
    const inDir = path.join(dir, 'order');
    await fs.mkdir(inDir);
    for (let i = 0; i < 3; i++) await fs.writeFile(path.join(inDir, `order-${i}.txt`), `KẾ HOẠCH số ${i}-KH/ĐU\fTrang hai của ${i}`);
    const w = await startWorker(env);
    procs.push(w);
    try {
      const ingest = spawnVanban(['ingest', inDir, '--out', path.join(dir, 'out-order'), '--no-progress'], env);
      procs.push(ingest);
      expect(await new Promise<number | null>((resolve) => ingest.on('exit', (c) => resolve(c))), ingest.output()).toBe(0);
      const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
      try {
        const q = new Queue(JOBS_QUEUE, { connection, prefix });
        const jobs = (await q.getJobs(['completed'], 0, -1)).sort((a, b) => (a.processedOn ?? 0) - (b.processedOn ?? 0));
        await q.close();
        expect(jobs).toHaveLength(9);
        // A worker's concurrency bounds page and document jobs together: no two jobs overlap in time.
        for (let i = 1; i < jobs.length; i++) expect(jobs[i]?.processedOn ?? 0).toBeGreaterThanOrEqual(jobs[i - 1]?.finishedOn ?? Infinity);
        // Each document's jobs are one block, its parent last: results arrive one by one, not all at the end.
        const blocks = jobs.map((j) => `${j.data.runId}:${j.name}`);
        for (let b = 0; b < 3; b++) {
          const [p1, p2, d] = blocks.slice(b * 3, b * 3 + 3);
          const run = p1?.split(':')[0];
          expect([p1, p2, d]).toEqual([`${run}:${PAGE_JOB}`, `${run}:${PAGE_JOB}`, `${run}:document`]);
        }
      } finally {
        connection.disconnect();
      }
    } finally {
      await stopProcess(w);
    }
  }, 120_000);

  it('transient faults retry with backoff; bad pages are recorded at once, not retried', async () => {
    const prefix = uniqueName('vbq');
    const env = envFor(prefix);
    const inDir = path.join(dir, 'batch-retry');
    await fs.mkdir(inDir);
    const flaky = uniqueName('flaky');
    await fs.writeFile(path.join(inDir, 'flaky.txt'), `KẾ HOẠCH tạm lỗi\fFLAKY:${flaky}`);
    await fs.writeFile(path.join(inDir, 'bad-page.txt'), 'KẾ HOẠCH trang hỏng\fFAIL:IMAGE_INVALID');
    const w = await startWorker(env, ['--lock-ms', '4000', '--stalled-ms', '1500']);
    procs.push(w);
    try {
      const ingest = spawnVanban(['ingest', inDir, '--out', path.join(dir, 'out-retry'), '--no-progress'], env);
      procs.push(ingest);
      const code = await new Promise<number | null>((resolve) => ingest.on('exit', (c) => resolve(c)));
      expect(code, ingest.output()).toBe(0);
      expect(ingest.output()).toMatch(/flaky\.txt\s+done/);
      expect(ingest.output()).toMatch(/bad-page\.txt\s+partial/);
      const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
      try {
        const q = new Queue(JOBS_QUEUE, { connection, prefix });
        const jobs = (await q.getJobs(['completed'], 0, -1)).filter((j) => j.name === PAGE_JOB);
        const attempts = Object.fromEntries(await Promise.all(jobs.map(async (j) => [`${(await store.getRunContext(j.data.runId)).document.file_name}#${j.data.page}`, j.attemptsMade])));
        // Two attempts for the flaky page (one retry after backoff), one for the bad page (never retried).
        expect(attempts).toEqual({ 'flaky.txt#1': 1, 'flaky.txt#2': 2, 'bad-page.txt#1': 1, 'bad-page.txt#2': 1 });
        await q.close();
      } finally {
        connection.disconnect();
      }
    } finally {
      await stopProcess(w);
      await fs.rm(path.join(os.tmpdir(), `vanban-flaky-${flaky}`), { force: true });
    }
  }, 120_000);

  it('(a) 200 documents, 2 workers, one SIGKILLed mid-job and restarted: all complete, exactly one each', async () => {
    const prefix = uniqueName('vbq');
    const env = envFor(prefix);
    const inDir = await makeBatch('batch-a', 200);
    const outDir = path.join(dir, 'out-a');
    const w1 = await startWorker(env, ['--lock-ms', '4000', '--stalled-ms', '1500']);
    const w2 = await startWorker(env, ['--lock-ms', '4000', '--stalled-ms', '1500']);
    procs.push(w1, w2);
    const ingest = spawnVanban(['ingest', inDir, '--out', outDir, '--no-progress'], env);
    procs.push(ingest);

    // Kill worker 1 while it holds a job (an active job carries its name), once work is under way.
    const deadline = Date.now() + 90_000;
    const watch = new Redis(redis.url, { maxRetriesPerRequest: null });
    const jobs = new Queue(JOBS_QUEUE, { connection: watch, prefix });
    let sandboxes: number[] = [];
    try {
      for (;;) {
        const done = await store.db.selectFrom('runs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'done').executeTakeFirstOrThrow();
        sandboxes = Number(done.n) >= 30 ? await childPids(w1.pid!) : [];
        // Checked last, right before the kill, so the job is still held when the worker dies.
        if (sandboxes.length > 0 && (await jobs.getActive()).some((j) => j.processedBy === workerName(w1.pid!))) break;
        if (Date.now() > deadline) throw new Error(`no progress: ${w1.output()} ${ingest.output()}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      w1.kill('SIGKILL');
    } finally {
      await jobs.close();
      watch.disconnect();
    }
    await new Promise((r) => setTimeout(r, 1500));
    const w1b = await startWorker(env, ['--lock-ms', '4000', '--stalled-ms', '1500']);
    procs.push(w1b);

    const code = await new Promise<number | null>((resolve) => ingest.on('exit', (c) => resolve(c)));
    expect(code, ingest.output()).toBe(0);
    // Orphaned sandboxes of the killed worker exited too.
    for (const pid of sandboxes) expect(() => process.kill(pid, 0)).toThrow();

    const docs = await store.db.selectFrom('documents').selectAll().where('file_name', 'like', 'ke-hoach-%').execute();
    expect(docs).toHaveLength(200);
    expect(docs.every((d) => d.status === 'done' && d.progress === 1)).toBe(true);
    const runs = await runCounts(docs.map((d) => d.id));
    expect(runs).toHaveLength(200);
    const ids = docs.map((d) => d.id);
    const results = await store.db.selectFrom('results').select('document_id').where('document_id', 'in', ids).execute();
    expect(new Set(results.map((r) => r.document_id)).size).toBe(200);
    expect(results.length).toBe(200);
    const pages = await store.db.selectFrom('pages').innerJoin('runs', 'runs.id', 'pages.run_id').select(['pages.status']).where('runs.document_id', 'in', ids).execute();
    expect(pages).toHaveLength(400);
    expect(pages.every((p) => p.status === 'done')).toBe(true);
    const json = (await fs.readdir(outDir)).filter((f) => f.startsWith('ke-hoach-'));
    expect(json).toHaveLength(200);
    const one = JSON.parse(await fs.readFile(path.join(outDir, 'ke-hoach-7.json'), 'utf8'));
    expect(one.texts[1]).toBe('Trang hai của 7');

    // The job the killed worker held came back through stalled-job recovery.
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    try {
      const q = new Queue(JOBS_QUEUE, { connection, prefix });
      const jobs = await q.getJobs(['completed'], 0, -1);
      const stalled = jobs.filter((j) => j.stalledCounter > 0 || j.attemptsStarted > 1).length;
      await q.close();
      expect(stalled).toBeGreaterThanOrEqual(1);
    } finally {
      connection.disconnect();
    }

    expect(await stopProcess(w2)).toBe(0);
    expect(await stopProcess(w1b)).toBe(0);
    expect(w2.output()).toMatch(/SIGTERM, finishing active jobs/);
  }, 240_000);

  it('(b) Redis restarted mid-run: processing resumes, nothing lost', async () => {
    const prefix = uniqueName('vbq');
    const env = envFor(prefix);
    const inDir = await makeBatch('batch-b', 40);
    const outDir = path.join(dir, 'out-b');
    const w = await startWorker(env, ['--lock-ms', '4000', '--stalled-ms', '1500']);
    const w2 = await startWorker(env, ['--lock-ms', '4000', '--stalled-ms', '1500']);
    procs.push(w, w2);
    const ingest = spawnVanban(['ingest', inDir, '--out', outDir, '--no-progress'], env);
    procs.push(ingest);
    const batch = () => store.db.selectFrom('documents').select(['id', 'status']).where('file_name', 'like', 'ke-hoach-%').execute();
    const deadline = Date.now() + 90_000;
    // Restart once every document is queued and some are done.
    for (;;) {
      const all = await store.db.selectFrom('runs').innerJoin('documents', 'documents.id', 'runs.document_id').select(['runs.status', 'documents.file_name']).execute();
      const ours = all.filter((r) => r.file_name.startsWith('ke-hoach-'));
      const doneB = ours.filter((r) => r.status === 'done').length - 200;
      if (ours.length >= 240 && doneB >= 3) break;
      if (Date.now() > deadline) throw new Error(`no progress: ${ingest.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await redis.down();
    await new Promise((r) => setTimeout(r, 2000));
    await redis.up();
    const code = await new Promise<number | null>((resolve) => ingest.on('exit', (c) => resolve(c)));
    expect(code, ingest.output()).toBe(0);
    const docs = await batch();
    expect(docs).toHaveLength(240);
    expect(docs.every((d) => d.status === 'done')).toBe(true);
    expect((await fs.readdir(outDir)).filter((f) => f.startsWith('ke-hoach-'))).toHaveLength(40);
    expect(await stopProcess(w)).toBe(0);
    expect(await stopProcess(w2)).toBe(0);
  }, 180_000);

  it('(b) Redis lost the queued flows (a restart without its data): ingest adds them again and the batch completes', async () => {
    const prefix = uniqueName('vbq');
    const env = envFor(prefix);
    const inDir = path.join(dir, 'batch-lost');
    await fs.mkdir(inDir);
    for (let i = 0; i < 4; i++) await fs.writeFile(path.join(inDir, `lost-${i}.txt`), `KẾ HOẠCH số ${i}-KH/ĐU (lost)\fTrang hai của ${i}`);
    // No worker yet: the flows wait in Redis until they are wiped.
    const ingest = spawnVanban(['ingest', inDir, '--out', path.join(dir, 'out-lost'), '--no-progress'], env);
    procs.push(ingest);
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    try {
      const q = new Queue(JOBS_QUEUE, { connection, prefix });
      const deadline = Date.now() + 60_000;
      while ((await q.getJobCountByTypes('waiting-children')) < 4) {
        if (Date.now() > deadline) throw new Error(`not queued: ${ingest.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await q.close();
      const keys = await connection.keys(`${prefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await connection.del(...keys);
    } finally {
      connection.disconnect();
    }
    const w = await startWorker(env);
    procs.push(w);
    const code = await new Promise<number | null>((resolve) => ingest.on('exit', (c) => resolve(c)));
    expect(code, ingest.output()).toBe(0);
    const docs = await store.db.selectFrom('documents').select('status').where('file_name', 'like', 'lost-%').execute();
    expect(docs.map((d) => d.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(await stopProcess(w)).toBe(0);
  }, 120_000);
});
