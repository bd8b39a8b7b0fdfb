import { describe, expect, it } from 'vitest';
import { PARAGRAPH } from './helpers/make-inputs.ts';
import { isVietnameseSyllable, judgeTextLayer, measureTextLayerQuality } from '../src/pdf/text-layer-quality.ts';


describe('isVietnameseSyllable', () => {
  it('accepts well-formed syllables in any case and tone', () => {
    for (const w of ['Đảng', 'khuyết', 'điểm', 'nghiêng', 'giếng', 'gì', 'quốc', 'khuya', 'ĐẢNG', 'người', 'ủy', 'thuỷ', 'kỳ', 'oanh', 'yêu', 'chữ']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
  });
  it('rejects English-OCR garbage and impossible syllables', () => {
    for (const w of ['nhtfng', 'ngwé¢i', 'vGi', 'hQ1', 'ctia', 'thurc', 'ké t', 'kan', 'cê', 'tàc', 'ngừơ', 'strong', 'áà']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});

describe('measureTextLayerQuality', () => {
  const seed = [
    ...PARAGRAPH,
    'Các chi bộ tổ chức quán triệt kế hoạch đến toàn thể đảng viên; định kỳ sáu tháng sơ kết,',
    'đánh giá tiến độ khắc phục, kịp thời đề xuất biện pháp tháo gỡ khó khăn, vướng mắc.',
  ].join('\n');

  it('rates a real Vietnamese text layer good', () => {
    const q = measureTextLayerQuality(seed);
    expect(q.validShare).toBeGreaterThan(0.97);
    expect(judgeTextLayer(q)).toBe('good');
  });
  it('rates text with its marks stripped as garbled, although its syllables are valid', () => {
    const stripped = seed.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
    const q = measureTextLayerQuality(stripped);
    expect(q.validShare).toBeGreaterThan(0.7);
    expect(q.markedShare).toBeLessThan(0.05);
    expect(judgeTextLayer(q)).toBe('garbled');
  });
  it('treats a handful of words as no text layer', () => {
    expect(judgeTextLayer(measureTextLayerQuality('Trang 3'))).toBe('none');
    expect(judgeTextLayer(measureTextLayerQuality(''))).toBe('none');
  });
  it('leaves numbers, document codes and abbreviations out of the count', () => {
    expect(measureTextLayerQuality('Số 31-KH/ĐU ngày 12/3/2024 UBND HĐND').tokens).toBe(2);
  });
});
