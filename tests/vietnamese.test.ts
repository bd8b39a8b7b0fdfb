import { describe, expect, it } from 'vitest';
import { applyCase, caseTransfer, isSyllable, nfc, normalizeText, parseSyllable, placeTone, stripMarks } from '../src/vietnamese/index.ts';

describe('syllable grammar', () => {
  it('parses onset, rhyme and tone', () => {
    expect(parseSyllable('nghiệp')).toEqual({ onset: 'ngh', rhyme: 'iêp', tone: 5 });
    expect(parseSyllable('quốc')).toEqual({ onset: 'qu', rhyme: 'ôc', tone: 1 });
    expect(parseSyllable('giếng')).toEqual({ onset: 'gi', rhyme: 'êng', tone: 1 });
    expect(parseSyllable('gìn')).toEqual({ onset: 'g', rhyme: 'in', tone: 2 });
  });
  it('lets a syllable ending in p, t, c, ch take only sắc or nặng', () => {
    expect(isSyllable('tháp')).toBe(true);
    expect(isSyllable('hoạch')).toBe(true);
    expect(isSyllable('bàt')).toBe(false);
    expect(isSyllable('khắc')).toBe(true);
    expect(isSyllable('khặc')).toBe(true);
    expect(isSyllable('khắcc')).toBe(false);
    expect(isSyllable('khảc')).toBe(false);
  });
  it('rejects impossible strings and spelling rules', () => {
    for (const w of ['xyz', 'ctia', 'nhitng', 'ke\u0301\u0300', 'cia', 'ghang', 'kan', '']) expect(isSyllable(w), w).toBe(false);
    for (const w of ['kế', 'ghế', 'nghĩ', 'của', 'người', 'được', 'khuyết', 'huỳnh', 'ủy']) expect(isSyllable(w), w).toBe(true);
  });
});

describe('tone placement', () => {
  it('converts between old and new styles', () => {
    expect(placeTone('hoà', 'old')).toBe('hòa');
    expect(placeTone('thuỷ', 'old')).toBe('thủy');
    expect(placeTone('khoẻ', 'old')).toBe('khỏe');
    expect(placeTone('hòa', 'new')).toBe('hoà');
    expect(placeTone('ủy', 'new')).toBe('uỷ');
    // Closed syllables and marked vowels are the same in both styles.
    for (const w of ['hoàn', 'tuyến', 'người', 'quý', 'giá', 'của']) {
      expect(placeTone(w, 'new')).toBe(w);
      expect(placeTone(w, 'old')).toBe(w);
    }
  });
  it('normalises whole texts, keeping case and non-syllables', () => {
    expect(normalizeText('Thuỷ lợi HOÀ BÌNH, hoà 12-KL/TW', 'old')).toBe('Thủy lợi HÒA BÌNH, hòa 12-KL/TW');
    expect(nfc('ho\u0300a')).toBe('hòa');
    expect(normalizeText('ho\u0300a', 'new')).toBe('hoà');
  });
});

describe('marks and casing', () => {
  it('strips every mark', () => {
    expect(stripMarks('Đảng ủy KHẮC PHỤC')).toBe('Dang uy KHAC PHUC');
  });
  it('transfers the case pattern of the input', () => {
    expect(applyCase('KHAC', 'khắc')).toBe('KHẮC');
    expect(applyCase('Ke', 'kế')).toBe('Kế');
    expect(applyCase('ke', 'kế')).toBe('kế');
    expect(applyCase('S6', 'số')).toBe('Số');
    expect(applyCase('hQ1', 'học')).toBe('học');
    expect([caseTransfer('ke'), caseTransfer('Ke'), caseTransfer('KHAC'), caseTransfer('TPHCm'), caseTransfer('123')]).toEqual([0, 1, 2, 1, 0]);
  });
});
