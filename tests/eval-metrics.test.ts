import { describe, expect, it } from 'vitest';
import { cer, diacriticBlindCer, editDistance, errorRates, normaliseForEval, poolScores, scoreText, stripDiacritics, wer } from '../src/eval/index.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([...''], [...'abc'])).toBe(3);
    expect(editDistance([...'abc'], [...''])).toBe(3);
    expect(editDistance(['a', 'b'], ['a', 'b'])).toBe(0);
    expect(editDistance(['x', 'y', 'z'], ['y', 'z', 'x'])).toBe(2);
  });
});

describe('normalisation', () => {
  it('composes to NFC and collapses whitespace and line breaks', () => {
    const decomposed = 'Đa\u0309ng\n\n  bộ\t'; // "Đảng" with a combining hook above
    expect(normaliseForEval(decomposed)).toBe('Đảng bộ');
  });
  it('strips Vietnamese marks and đ', () => {
    expect(stripDiacritics('Đảng ủy Thường vụ đã ổn')).toBe('Dang uy Thuong vu da on');
  });
});

describe('error rates', () => {
  it('is zero for text that differs only in NFC form and spacing', () => {
    expect(cer('Kế hoạch số 15', 'Ke\u0302\u0301 hoạch\n số   15')).toBe(0);
  });
  it('counts one wrong mark as one character error and one word error', () => {
    const ref = 'tinh gọn bộ máy';
    const hyp = 'tỉnh gọn bộ máy';
    expect(cer(ref, hyp)).toBeCloseTo(1 / 15, 10);
    expect(wer(ref, hyp)).toBeCloseTo(1 / 4, 10);
    expect(diacriticBlindCer(ref, hyp)).toBe(0);
  });
  it('sees a wrong letter through the diacritic-blind rate', () => {
    expect(diacriticBlindCer('Đảng ủy', 'Bảng ủy')).toBeCloseTo(1 / 7, 10);
  });
  it('exceeds 1 for output longer than the reference and handles empty references', () => {
    expect(cer('ab', 'xyzw')).toBe(2);
    expect(errorRates(scoreText('', ''))).toEqual({ cer: 0, wer: 0, cerNoDiacritics: 0 });
    expect(errorRates(scoreText('', 'x')).cer).toBe(1);
  });
  it('pools pages by summing counts, not averaging rates', () => {
    const pooled = poolScores([scoreText('abcd', 'abcx'), scoreText('ab', 'ab')]);
    expect(pooled.refChars).toBe(6);
    expect(errorRates(pooled).cer).toBeCloseTo(1 / 6, 10);
  });
});
