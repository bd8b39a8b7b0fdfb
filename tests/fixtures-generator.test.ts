import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { headerFor, planId } from '../scripts/fixtures/headers.ts';
import { rowOrderText } from '../scripts/fixtures/reading-order.ts';
import { parseSeed, runsText } from '../scripts/fixtures/seed-parse.ts';

const SEED = `Số 7-KH/ĐU

## **KẾ HOẠCH**

**về việc thử nghiệm**

-----

Thực hiện Kết luận số 12-KL/TW, Ban Thường vụ xây dựng kế hoạch thực hiện như sau đây cho toàn thể

đảng viên trong Đảng bộ¹.

### I. MỤC ĐÍCH

- Việc một (*thực hiện thường xuyên*).

¹ Chú thích một.

Nơi nhận:

- Như trên,
- Lưu VP.

**T/M BAN THƯỜNG VỤ  
BÍ THƯ**

Nguyễn Văn A
`;

describe('seed parser', () => {
  const s = parseSeed(SEED);
  it('finds number, title and trích yếu', () => {
    expect(s.number).toBe('Số 7-KH/ĐU');
    expect(s.title).toEqual(['KẾ HOẠCH', 'về việc thử nghiệm']);
  });
  it('rejoins a sentence split at an original page break and lifts footnotes out', () => {
    expect(runsText(s.body[0]!.runs)).toBe(
      'Thực hiện Kết luận số 12-KL/TW, Ban Thường vụ xây dựng kế hoạch thực hiện như sau đây cho toàn thể đảng viên trong Đảng bộ1.',
    );
    expect(s.body[0]!.runs.find((r) => r.sup)?.text).toBe('1');
    expect(runsText(s.footnotes.get('1')!)).toBe('Chú thích một.');
  });
  it('keeps headings and italic runs, strips markup', () => {
    expect(s.body[1]).toMatchObject({ heading: true });
    expect(runsText(s.body[1]!.runs)).toBe('I. MỤC ĐÍCH');
    expect(s.body[2]!.runs).toContainEqual({ text: 'thực hiện thường xuyên', italic: true });
  });
  it('splits Nơi nhận and the signature', () => {
    expect(s.recipients.map(runsText)).toEqual(['- Như trên,', '- Lưu VP.']);
    expect(s.signature).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn A']);
  });
});

describe('seed parser: footnote mark after a full stop', () => {
  it('ends the paragraph, so a following unnumbered paragraph is not glued to it', () => {
    const s = parseSeed(`Số 1-KH/HU\n\n## KẾ HOẠCH\n\n**thử**\n\n-----\n\nĐối với hạn chế: “Một câu đủ dài để có thể bị nối nhầm với đoạn sau của nó.”²\n\n*Nhiệm vụ khắc phục:* việc hai.\n\n² Ghi chú.\n\nNơi nhận:\n\n- Lưu.\n\nA`);
    expect(s.body.map((p) => runsText(p.runs))).toEqual([
      'Đối với hạn chế: “Một câu đủ dài để có thể bị nối nhầm với đoạn sau của nó.”2',
      'Nhiệm vụ khắc phục: việc hai.',
    ]);
  });
});

describe('plan ids', () => {
  it('reads seed prefixes and held-out ids, with a header for each', () => {
    expect(planId('002_1391606a0847e6e9.txt')).toBe('002');
    expect(planId('h01_huong_khe.txt')).toBe('h01');
    expect(planId('notes.txt')).toBeUndefined();
    expect(headerFor('h01_huong_khe.txt').issuer).toContain('HUYỆN ỦY HƯƠNG KHÊ');
    expect(headerFor('h01_huong_khe.txt').national).toBeUndefined();
    expect(planId('h02_so_noi_vu.txt')).toBe('h02');
    expect(headerFor('h02_so_noi_vu.txt').national?.[0]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(planId('h03_hai_chau.txt')).toBe('h03');
    expect(headerFor('h03_hai_chau.txt').issuer).toContain('ĐẢNG ỦY PHƯỜNG HẢI CHÂU');
    expect(headerFor('h03_hai_chau.txt').national).toBeUndefined();
  });
});

describe('seed parser: state number line', () => {
  it('reads "Số: 245/KH-SNV" (state style, with a colon) as the number', () => {
    const s = parseSeed(`UBND TỈNH A\n**SỞ B**\nSố: 245/KH-SNV\n\n## KẾ HOẠCH\n\n**thử**\n\n-----\n\nMột đoạn.\n\nNơi nhận:\n\n- Lưu: VT.\n\nA`);
    expect(s.number).toBe('Số: 245/KH-SNV');
  });
});

describe('row order', () => {
  it('joins side-by-side lines left to right and keeps lone lines', () => {
    const box = (x0: number, y0: number, y1: number) => ({ x0, y0, x1: x0 + 100, y1 });
    const text = rowOrderText([
      { text: 'TỈNH ỦY X', block: 'header-left', bbox: box(0, 0, 50) },
      { text: 'BAN TỔ CHỨC', block: 'header-left', bbox: box(0, 60, 110) },
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', block: 'header-right', bbox: box(500, 5, 55) },
    ]);
    expect(text).toBe('TỈNH ỦY X ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC');
  });
});

describe('committed scan fixtures', () => {
  const dir = join(import.meta.dirname, '../fixtures/scans');
  const gts = readdirSync(dir).filter((f) => f.endsWith('.gt.json'));
  it('cover every profile', () => {
    expect(new Set(gts.map((f) => f.split('.')[1]))).toEqual(new Set(['clean', 'mild', 'hard', 'legacy']));
  });
  it.each(gts)('%s matches its PDF page for page', async (name) => {
    const gt = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const pdf = await PDFDocument.load(readFileSync(join(dir, gt.pdf)));
    expect(pdf.getPageCount()).toBe(gt.pages.length);
    gt.pages.forEach((p: { width: number; dpi: number; text: string; legacyText?: string }, i: number) => {
      expect(pdf.getPage(i).getWidth()).toBeCloseTo((p.width / p.dpi) * 72, 1);
      expect(p.text.length).toBeGreaterThan(200);
      if (gt.variant === 'legacy') {
        expect(p.legacyText!.length).toBeGreaterThan(p.text.length / 2);
        expect(p.legacyText).not.toBe(p.text);
      } else expect(p.legacyText).toBeUndefined();
    });
  });
});
