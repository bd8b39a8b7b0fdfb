import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.ts';

describe('loadConfig', () => {
  it('defaults to the embedded, in-process setup', () => {
    const c = loadConfig({});
    expect(c.redisUrl).toBeUndefined();
    expect(c.databaseUrl).toBeUndefined();
    expect(c.ocrEngine).toBe('tesseract.js');
    expect(c.ocrWorkers).toBeGreaterThanOrEqual(1);
  });
  it('rejects bad values with CONFIG_INVALID naming the field', () => {
    expect(() => loadConfig({ VANBAN_OCR_ENGINE: 'abbyy', REDIS_URL: 'localhost' })).toThrow(/ocrEngine.*|redisUrl/);
    expect(() => loadConfig({ VANBAN_OCR_WORKERS: 'many' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
