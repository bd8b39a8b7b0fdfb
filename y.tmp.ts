import fs from 'node:fs';
import { cleanPageImage } from './src/image/index.ts';
for (const f of ['mild.jpg', 'hard.jpg']) {
  const t = performance.now();
  const c = await cleanPageImage({ input: fs.readFileSync('/tmp/ocrproto/' + f), dpi: f === 'hard.jpg' ? 200 : 300, origin: 'image-file' }, { maxImagePixels: 2e8 });
  console.log(f, c.steps, c.quality, (performance.now() - t).toFixed(0), 'ms');
}
