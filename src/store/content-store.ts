import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { VanbanError } from '../errors/index.ts';

/** Streaming sha256 of a file (bounded memory). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Lower-case extension kept on stored originals so tools recognise them; anything odd becomes `.bin`. */
export function safeExtension(fileName: string): string {
  const ext = path.extname(fileName).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '.bin';
}

/** Relative path of an original: `originals/<aa>/<sha256><ext>` (content-addressed, so a file is stored once). */
export function originalRelPath(sha256: string, ext: string): string {
  return path.join('originals', sha256.slice(0, 2), `${sha256}${ext}`);
}

export interface StoredFile {
  sha256: string;
  sizeBytes: number;
  /** Relative to dataDir. */
  relPath: string;
}

async function moveIntoPlace(dataDir: string, tmp: string, sha256: string, ext: string): Promise<string> {
  const rel = originalRelPath(sha256, ext);
  const dest = path.join(dataDir, rel);
  await fs.mkdir(path.dirname(dest), { recursive: true });
  // Same content → same name: rename over an existing copy is harmless and atomic.
  await fs.rename(tmp, dest);
  return rel;
}

/** Copies a local file into the content-addressed store. */
export async function storeOriginalFile(dataDir: string, source: string, fileName = path.basename(source)): Promise<StoredFile> {
  const stat = await fs.stat(source).catch(() => undefined);
  if (!stat?.isFile()) throw new VanbanError('INPUT_NOT_FOUND', `Input file not found: ${source}`);
  const tmpDir = path.join(dataDir, 'tmp');
  await fs.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  try {
    const hash = createHash('sha256');
    await pipeline(createReadStream(source), hashing(hash), createWriteStream(tmp));
    const sha256 = hash.digest('hex');
    return { sha256, sizeBytes: stat.size, relPath: await moveIntoPlace(dataDir, tmp, sha256, safeExtension(fileName)) };
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/**
 * Streams an upload into the content-addressed store, hashing on the way, never holding it in memory.
 * Past `maxBytes` (or when `truncated()` says the parser cut the part) the rest is drained, not stored, and
 * FILE_TOO_LARGE is thrown; draining instead of destroying keeps a multipart parser on to the next file.
 */
export async function storeOriginalStream(
  dataDir: string,
  source: Readable,
  fileName: string,
  opts: { maxBytes: number; truncated?: () => boolean },
): Promise<StoredFile> {
  const tmpDir = path.join(dataDir, 'tmp');
  await fs.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  try {
    const hash = createHash('sha256');
    let size = 0;
    let over = false;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        size += chunk.length;
        if (size > opts.maxBytes) over = true;
        cb(null, over ? undefined : chunk);
      },
    });
    await pipeline(source, counter, hashing(hash), createWriteStream(tmp));
    if (over || opts.truncated?.()) throw new VanbanError('FILE_TOO_LARGE', `File exceeds the size limit of ${opts.maxBytes} bytes`);
    const sha256 = hash.digest('hex');
    return { sha256, sizeBytes: size, relPath: await moveIntoPlace(dataDir, tmp, sha256, safeExtension(fileName)) };
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });
}
