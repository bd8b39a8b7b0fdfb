import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/cli/collect-files.ts';

describe('collectFiles', () => {
  it('walks directories for documents only, but keeps any file named explicitly', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vanban-collect-'));
    try {
      await fs.mkdir(path.join(dir, 'sub'));
      for (const f of ['a.pdf', 'a.gt.json', 'sub/b.PNG', 'sub/notes.docx', '.hidden.pdf']) await fs.writeFile(path.join(dir, f), 'x');
      const named = path.join(dir, 'sub/notes.docx');
      const files = await collectFiles([dir, named]);
      expect(files.map((f) => path.relative(dir, f)).sort()).toEqual(['a.pdf', 'sub/b.PNG', 'sub/notes.docx']);
      expect(await collectFiles([dir])).not.toContain(named);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
