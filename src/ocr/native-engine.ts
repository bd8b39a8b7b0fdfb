import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { childProcessEnv } from '../config/index.ts';
import { VanbanError } from '../errors/index.ts';
import type { OcrEngine, OcrImageResult, RecognizeImageOptions } from './ocr-engine.ts';
import { parseTesseractTsv } from './parse-tsv.ts';
import { vieModelDir } from './vie-model.ts';
import { WorkerPool } from './worker-pool.ts';

/** Options of the native engine. */
export interface NativeEngineOptions {
  /** Concurrent `tesseract` processes. */
  workers: number;
  /** Executable name or path. Default `tesseract`. */
  binary?: string;
  /** Kill a page's process after this long. Default 300 s. */
  timeoutMs?: number;
}

/**
 * The native `tesseract` binary (Debian tesseract-ocr, ≈2× faster than WebAssembly), one process per
 * page, with the same shipped `vie` model as tesseract.js (unpacked once to a temp folder).
 * Each process is limited to one OpenMP thread: the pool supplies the parallelism.
 */
export async function createNativeEngine(opts: NativeEngineOptions): Promise<OcrEngine> {
  const binary = opts.binary ?? 'tesseract';
  const timeoutMs = opts.timeoutMs ?? 300_000;
  await checkBinary(binary);
  const tessdata = unpackModel();
  const env = childProcessEnv({ OMP_THREAD_LIMIT: '1' });
  const pool = new WorkerPool(Array.from({ length: opts.workers }, (_, i) => i));
  return {
    name: 'native',
    workers: opts.workers,
    recognize(image: Buffer, o: RecognizeImageOptions): Promise<OcrImageResult> {
      const args = ['stdin', 'stdout', '--tessdata-dir', tessdata, '-l', 'vie', '--oem', '1', '--psm', '3', '--dpi', String(Math.round(o.dpi))];
      args.push('-c', `thresholding_method=${o.thresholding === 'sauvola' ? 2 : 0}`, '-c', 'tessedit_create_tsv=1', '-c', 'tessedit_create_txt=0');
      return pool.use(async () => parseTesseractTsv(await run(binary, args, image, env, timeoutMs)));
    },
    async terminate() {},
  };
}

function checkBinary(binary: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(binary, ['--version'], { stdio: 'ignore' });
    p.on('error', (e) =>
      reject(new VanbanError('OCR_ENGINE_UNAVAILABLE', `Native OCR engine "${binary}" not found: install tesseract-ocr or use the tesseract.js engine`, { cause: e })),
    );
    p.on('close', (code) =>
      code === 0 ? resolve() : reject(new VanbanError('OCR_ENGINE_UNAVAILABLE', `"${binary} --version" exited with ${code}`)),
    );
  });
}

/** Gunzips the shipped model once per content hash into the temp folder (atomic rename). */
function unpackModel(): string {
  const gz = fs.readFileSync(path.join(vieModelDir(), 'vie.traineddata.gz'));
  const hash = crypto.createHash('sha256').update(gz).digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `vanban-tessdata-${hash}`);
  const file = path.join(dir, 'vie.traineddata');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, zlib.gunzipSync(gz));
    fs.renameSync(tmp, file);
  }
  return dir;
}

function run(binary: string, args: string[], input: Buffer, env: Record<string, string | undefined>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(binary, args, { env, stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => err.push(d));
    p.stdin.on('error', () => undefined); // reported through 'close'
    p.on('error', (e) => reject(new VanbanError('OCR_FAILED', `${binary}: ${e.message}`, { cause: e })));
    p.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else {
        const why = signal ? `killed by ${signal}` : `exit ${code}`;
        reject(new VanbanError('OCR_FAILED', `${binary} ${why}: ${Buffer.concat(err).toString('utf8').slice(0, 500)}`));
      }
    });
    p.stdin.end(input);
  });
}
