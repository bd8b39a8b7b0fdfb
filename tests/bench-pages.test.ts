import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPages } from '../scripts/bench/bench-pages.ts';

const dir = join(import.meta.dirname, '../fixtures/scans');

describe('bench page selection', () => {
  it('takes pages round-robin across plans up to the limit', () => {
    const hard = benchPages(dir, ['hard'], 4).get('hard')!;
    expect(hard.map((p) => p.label)).toEqual(['plan-000.hard.pdf#1', 'plan-002.hard.pdf#1', 'plan-004.hard.pdf#1', 'plan-000.hard.pdf#2']);
    expect(hard[0]!.text).toMatch(/^THÀNH ỦY HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM\n/);
  });
  it('stops at the pages available and rejects unknown profiles', () => {
    expect(benchPages(dir, ['legacy'], 99).get('legacy')).toHaveLength(4);
    expect(() => benchPages(dir, ['blurry'], 1)).toThrow(/no fixtures for profile "blurry"/);
  });
});
