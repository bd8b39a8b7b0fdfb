import fs from 'node:fs/promises';
import path from 'node:path';
import { VanbanError } from '../errors/index.ts';
import type { InputLimits } from './input-limits.ts';

/** What the first bytes of a file say it is (never trust the extension). */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'other-image' | 'unknown';

/** Signatures of image formats we recognise but do not accept (so the error says "unsupported", not "broken"). */
const OTHER_IMAGES: Buffer[] = [
  Buffer.from('GIF8'),
  Buffer.from('BM'),
  Buffer.from('RIFF'), // WebP
  Buffer.from([0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50]), // JPEG 2000
  Buffer.from('<svg'),
  Buffer.from('<?xml'),
];

export function sniffBytes(head: Buffer): FileKind {
  // The PDF header may be preceded by junk; readers accept it within the first 1024 bytes.
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const t = head.subarray(0, 4).toString('latin1');
  if (t === 'II*\0' || t === 'MM\0*') return 'tiff';
  if (OTHER_IMAGES.some((sig) => head.subarray(0, sig.length).equals(sig))) return 'other-image';
  return 'unknown';
}

/**
 * Checks existence and size, then sniffs the type. Throws INPUT_NOT_FOUND, FILE_TOO_LARGE,
 * PDF_INVALID (a `.pdf` name on non-PDF bytes) or INPUT_UNSUPPORTED_TYPE.
 */
export async function sniffFile(file: string, limits: InputLimits): Promise<{ kind: 'pdf' | 'png' | 'jpeg' | 'tiff'; size: number }> {
  let size: number;
  let head: Buffer;
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(file, 'r');
    const st = await fh.stat();
    if (!st.isFile()) throw new VanbanError('INPUT_NOT_FOUND', `Not a regular file: ${file}`);
    size = st.size;
    if (size > limits.maxFileBytes) {
      throw new VanbanError('FILE_TOO_LARGE', `File is ${size} bytes, limit ${limits.maxFileBytes}`, { details: { size } });
    }
    head = Buffer.alloc(Math.min(1024, size));
    await fh.read(head, 0, head.length, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new VanbanError('INPUT_NOT_FOUND', `File not found: ${file}`);
    throw e;
  } finally {
    await fh?.close();
  }
  const kind = sniffBytes(head);
  if (kind === 'pdf' || kind === 'png' || kind === 'jpeg' || kind === 'tiff') return { kind, size };
  if (path.extname(file).toLowerCase() === '.pdf' && kind === 'unknown') {
    throw new VanbanError('PDF_INVALID', `${path.basename(file)} has a .pdf name but no PDF header`);
  }
  throw new VanbanError(
    'INPUT_UNSUPPORTED_TYPE',
    `${path.basename(file)}: unsupported type (${kind === 'other-image' ? 'image format' : 'unknown content'}); accepted: PDF, PNG, JPEG, TIFF`,
  );
}
