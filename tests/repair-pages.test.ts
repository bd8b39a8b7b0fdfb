import { describe, expect, it } from 'vitest';
import type { OcrPage } from '../src/model/page.ts';
import { repairPages, type TextRepairer } from '../src/pipeline/repair-pages.ts';

/** A stand-in repairer: fixes two OCR confusions, reports its tokens with confidences like the real one. */
const repairer: TextRepairer = {
  repair(text) {
    const fixed = text.replace(/Ké hoach/g, 'Kế hoạch').replace(/cúa/g, 'của');
    const tokens = [...fixed.matchAll(/\S+/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      confidence: m[0] === 'hoạch' ? 0.6 : 0.95,
    }));
    return { text: fixed, tokens };
  },
};

const box = (x: number) => ({ x0: x, y0: 0, x1: x + 10, y1: 10 });

function ocrPage(lines: string[], source: OcrPage['source'] = 'ocr'): OcrPage {
  return {
    number: 1,
    source,
    text: lines.join('\n'),
    confidence: 0.7,
    lines: lines.map((l) => ({ text: l, confidence: 0.7, words: l.split(' ').map((w, i) => ({ text: w, confidence: 0.8, bbox: box(i * 20) })) })),
  };
}

describe('repairPages', () => {
  it('repairs OCR pages line by line, keeping word boxes and taking the weaker confidence', () => {
    const [p] = repairPages(repairer, [ocrPage(['Ké hoach số 1', 'trách nhiệm cúa chi bộ', 'không đổi'])]);
    expect(p?.source).toBe('repaired');
    expect(p?.text).toBe('Kế hoạch số 1\ntrách nhiệm của chi bộ\nkhông đổi');
    expect(p?.lines[0]?.words.map((w) => [w.text, w.confidence, w.bbox?.x0])).toEqual([
      ['Kế', 0.8, 0],
      ['hoạch', 0.6, 20],
      ['số', 0.8, 40],
      ['1', 0.8, 60],
    ]);
    // An untouched line is kept as the OCR read it.
    expect(p?.lines[2]).toEqual(ocrPage(['không đổi']).lines[0]);
  });

  it('leaves text-layer pages and unchanged pages alone', () => {
    const layer = ocrPage(['Ké hoach'], 'pdf-text');
    const clean = ocrPage(['không đổi']);
    expect(repairPages(repairer, [layer, clean])).toEqual([layer, clean]);
  });
});
