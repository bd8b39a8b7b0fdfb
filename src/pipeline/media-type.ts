import path from 'node:path';
import type { InputKind } from './stages.ts';

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.webp': 'image/webp',
};

/** Media type recorded in the plan's source. */
export function mediaTypeOf(kind: InputKind, fileName: string): string | null {
  const ext = path.extname(fileName).toLowerCase();
  if (kind === 'pdf') return 'application/pdf';
  if (kind === 'text') return ext === '.md' ? 'text/markdown' : 'text/plain';
  return IMAGE_TYPES[ext] ?? null;
}
