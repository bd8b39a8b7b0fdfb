import path from 'node:path';

/**
 * Stages name the file they read, which is the content-addressed copy (`<sha256>.pdf`); people know it by
 * the name they gave it. Swap one for the other in messages that are stored and shown.
 */
export function withDisplayName(message: string, storedPath: string, fileName: string): string {
  const stored = path.basename(storedPath);
  return message.split(storedPath).join(fileName).split(stored).join(fileName);
}
