import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VanbanError } from '../errors/index.ts';

/**
 * The `vie` LSTM model shipped in node_modules (@tesseract.js-data/vie, folder 4.0.0_best_int, gzipped):
 * both engines use this same file, so their output is comparable and nothing is ever downloaded.
 */
export function vieModelDir(): string {
  let pkg: string;
  try {
    pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/vie/package.json');
  } catch (e) {
    throw new VanbanError('MODEL_MISSING', 'Package @tesseract.js-data/vie is not installed (run npm install)', { cause: e });
  }
  const dir = path.join(path.dirname(pkg), '4.0.0_best_int');
  if (!fs.existsSync(path.join(dir, 'vie.traineddata.gz'))) {
    throw new VanbanError('MODEL_MISSING', `vie.traineddata.gz not found in ${dir}`);
  }
  return dir;
}
