import { describe, expect, it } from 'vitest';
import { extractPlan, type ExtractPage } from '../src/extract/index.ts';
import { findReferences, readDate } from '../src/extract/references.ts';
import { fold } from '../src/extract/fold.ts';
import { findDeadlines } from '../src/extract/deadlines.ts';
import { parseMarker } from '../src/extract/markers.ts';
import { parseNumberLine, parsePlaceDate } from '../src/extract/header.ts';
import { parseLabel } from '../src/extract/labels.ts';
import { sentenceUnits } from '../src/extract/units.ts';
import type { PlanDocument } from '../src/model/plan-document.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';

// Small synthetic snippets with the damage OCR (English model, or vie on poor scans) and repair leave in
// real plans; written for these tests, not taken from the seeds.

describe('references through OCR damage', () => {
  const one = (text: string) => {
    const r = findReferences(text);
    expect(r).toHaveLength(1);
    return r[0]!;
  };
  it('reads a clean citation without the fuzzy flag', () => {
    const r = one('Thực hiện Kết luận số 12-KL/TW, ngày 19/3/2026 của Bộ Chính trị về việc');
    expect(r).toMatchObject({ type: 'Kết luận', typeCode: 'KL', number: '12', symbol: '12-KL/TW', date: '2026-03-19', issuer: 'Bộ Chính trị' });
    expect(r.fuzzy).toBeUndefined();
  });
  it('takes a misread "số" ("kế", "sé", "s6") as the number word, flagged fuzzy', () => {
    for (const so of ['kế', 'sé', 's6']) {
      const r = one(`Căn cứ Hướng dẫn ${so} 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương`);
      expect(r).toMatchObject({ symbol: '42-HD/BTCTW', date: '2025-10-28' });
      expect(r.fuzzy).toBe(true);
    }
  });
  it('repairs letters read for digits, spaces around the dash and a damaged date', () => {
    const r = one('theo Kết luận số 2l -KL/TW, ngav l9/3/2O26 của Ban Bí thư');
    expect(r).toMatchObject({ number: '21', symbol: '21-KL/TW', date: '2026-03-19', issuer: 'Ban Bí thư', fuzzy: true });
  });
  it('reads a slash misread as "I", "1" or "|" after a known type code', () => {
    expect(one('Hướng dẫn số 07-HDIBTCTU, ngày 03/12/2025').symbol).toBe('07-HD/BTCTU');
    expect(one('Công văn số 45-CV1TU ngày 2/5/2026').symbol).toBe('45-CV/TU');
    expect(one('Nghị quyết số 09-NQ|TU, ngày 2/5/2026')).toMatchObject({ symbol: '09-NQ/TU', fuzzy: true });
    expect(one('Hướng dẫn số 04-HD7TU ngày 25/10/2021')).toMatchObject({ symbol: '04-HD/TU', date: '2021-10-25', fuzzy: true });
  });
  it('joins an issuer code split by OCR ("T W", "T WwW") only into a known issuer code', () => {
    expect(one('Nghị quyết số 35-NQ/T WwW về đấu tranh').symbol).toBe('35-NQ/TW');
    expect(one('Nghị quyết số 35-NQ/T W về đấu tranh').symbol).toBe('35-NQ/TW');
    expect(one('Chỉ thị số 05-CT/TW Về việc').symbol).toBe('05-CT/TW');
  });
  it('snaps an issuer code one letter away from exactly one known Party body code', () => {
    expect(one('Hướng dẫn số 42-HD/BTCTVW, ngày 28/10/2025')).toMatchObject({ symbol: '42-HD/BTCTW', fuzzy: true });
    expect(one('Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025').fuzzy).toBeUndefined();
    // One letter from two known codes (BTCTU, BTCTW): kept as read.
    expect(one('Hướng dẫn số 42-HD/BTCTX, ngày 28/10/2025').symbol).toBe('42-HD/BTCTX');
  });
  it('reads "số <symbol>" without a type name when the code is a known type code', () => {
    expect(one('theo văn bản số 296-CV/TU, ngày 03/4/2026')).toMatchObject({ type: 'Công văn', typeCode: 'CV', date: '2026-04-03' });
    expect(findReferences('mã số 12-AB/XY của hồ sơ')).toEqual([]);
    expect(findReferences('Kế hoạch này thực hiện trong nhiệm kỳ 2025-2030')).toEqual([]);
  });
  it('parses damaged dates only when they make a real calendar date', () => {
    expect(readDate(fold(', ngày 15/4/2026'))).toEqual({ date: '2026-04-15', length: 16, fuzzy: false });
    expect(readDate(fold(', ngay 15I4I2026'))).toMatchObject({ date: '2026-04-15', fuzzy: true });
    expect(readDate(fold(' ngáy O3/l2/2025'))).toMatchObject({ date: '2025-12-03', fuzzy: true });
    expect(readDate(fold(', ngày 35/4/2026'))).toBeNull();
    expect(readDate(fold(' về việc'))).toBeNull();
  });
});

// A plan whose shortcoming groups carry footnotes; OCR lost or misread the marks and the note numbers.
const BODY = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Khắc phục kịp thời các hạn chế đã được chỉ ra tại hội nghị kiểm điểm năm',
  '2025, bảo đảm thực chất và hiệu quả trong toàn bộ các cơ quan của huyện ủy.',
  'II. NỘI DUNG THỰC HIỆN',
  '1. Nhóm hạn chế, khuyết điểm liên quan đến công tác tuyên truyền!',
  '* Giải pháp thực hiện:',
  '- Đổi mới nội dung, hình thức tuyên truyền trên các nền tảng số của cơ quan',
  'và các đơn vị trực thuộc huyện ủy (thực hiện thường xuyên trong năm nay).',
  '* Tham mưu: Phòng Văn hóa và Thông tin.',
  '2. Nhóm hạn chế, khuyết điểm liên quan đến công tác kiểm tra, giám sát',
  '* Giải pháp thực hiện:',
  '- Xây dựng kế hoạch kiểm tra chuyên đề đối với các chi bộ trực thuộc năm 2026',
  '(hoàn thành trong tháng 6/2026).',
  '* Tham mưu: Ủy ban Kiểm tra Huyện ủy.',
];
const NOTE_1 = 'Công tác tuyên truyền trên không gian mạng ở một số cơ quan còn chậm đổi mới, chưa thu hút người xem';
const NOTE_2 = 'Việc kiểm tra chuyên đề chưa được tiến hành thường xuyên ở các chi bộ có đông đảng viên lớn tuổi';

// The shortcoming's group label, and the section it was linked to (its heading's opening words).
const shortcomingsOf = (d: PlanDocument) =>
  d.shortcomings.map((s) => ({
    text: s.text,
    group: s.group,
    section: d.sections.flatMap((x) => [x, ...x.children]).find((x) => x.id === s.sectionId)?.heading.split(' ').slice(-2).join(' '),
  }));

describe('footnotes in the small print of a text page (no boxes): longer lines than the body', () => {
  // The note numbers were read as "°" and "*" (a bullet character elsewhere); the second mark is lost.
  const text = [...BODY, `° ${NOTE_1}.`, `* ${NOTE_2}`, 'và đã nghỉ hưu.'].join('\n');
  const d = validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source: 'repaired', confidence: 0.8 }] }));
  it('reads both notes as shortcomings of their groups (a misread mark, a lost mark) and keeps them out of the tasks', () => {
    expect(shortcomingsOf(d)).toEqual([
      { text: NOTE_1, group: 'Nhóm hạn chế, khuyết điểm liên quan đến công tác tuyên truyền', section: 'tuyên truyền!' },
      { text: `${NOTE_2} và đã nghỉ hưu`, group: 'Nhóm hạn chế, khuyết điểm liên quan đến công tác kiểm tra, giám sát', section: 'giám sát' },
    ]);
    expect(d.tasks.map((t) => t.shortcomingIds)).toEqual([['shortcoming-1'], ['shortcoming-2']]);
    expect(d.tasks.every((t) => !/Công tác tuyên truyền trên không gian|Việc kiểm tra chuyên đề/.test(t.text))).toBe(true);
  });
  it('gives notes paired through misread or lost marks a lower confidence than a note with a readable mark', () => {
    const clean = [...BODY.map((t) => t.replace('truyền!', 'truyền1')), `1 ${NOTE_1}.`].join('\n');
    const c = validatePlanDocument(extractPlan({ pages: [{ number: 1, text: clean, source: 'repaired', confidence: 0.8 }] }));
    expect(c.shortcomings[0]).toMatchObject({ text: NOTE_1, confidence: 0.8 });
    expect(d.shortcomings.every((s) => s.confidence < 0.8)).toBe(true);
  });
  it('does not take a long ordinary last line for a note', () => {
    const plain = [...BODY, '- Các chi bộ trực thuộc tổ chức quán triệt kế hoạch này đến toàn thể đảng viên trong tháng 5/2026 và báo cáo.'].join('\n');
    const p = validatePlanDocument(extractPlan({ pages: [{ number: 1, text: plain, source: 'repaired', confidence: 0.8 }] }));
    expect(p.shortcomings.map((s) => s.text)).toEqual([
      'Nhóm hạn chế, khuyết điểm liên quan đến công tác tuyên truyền!',
      'Nhóm hạn chế, khuyết điểm liên quan đến công tác kiểm tra, giám sát',
    ]);
  });
});

/** An OCR page whose lines have boxes of the given heights (text `t`, box height `h`), 70 px apart. */
function boxedPage(lines: readonly { t: string; h: number }[]): ExtractPage {
  return {
    number: 1,
    text: lines.map((l) => l.t).join('\n'),
    source: 'repaired',
    confidence: 0.8,
    lines: lines.map((l, i) => ({ text: l.t, confidence: 0.8, bbox: { x0: 100, y0: 100 + i * 70, x1: 2300, y1: 100 + i * 70 + l.h } })),
  };
}

describe('footnotes in the small print of an OCR page with line boxes: lower lines', () => {
  // Notes no longer than body lines; the first number read as a quote touching the text, the second as
  // a repeated digit ("1" again); both marks lost.
  const cut = (s: string, n: number) => [s.slice(0, s.indexOf(' ', n)), s.slice(s.indexOf(' ', n) + 1)] as const;
  const [a1, a2] = cut(NOTE_1, 60);
  const [b1, b2] = cut(NOTE_2, 60);
  const lines = [...BODY.map((t) => ({ t, h: 50 })), { t: `"${a1}`, h: 40 }, { t: `${a2}.`, h: 40 }, { t: `1 ${b1}`, h: 40 }, { t: b2, h: 38 }];
  const withMarksLost = lines.map((l) => ({ ...l, t: l.t.replace(/truyền!$/, 'truyền') }));
  const page = boxedPage(withMarksLost);
  const d = validatePlanDocument(extractPlan({ pages: [page] }));
  it('pairs the notes with the group headings of the page in order', () => {
    expect(shortcomingsOf(d)).toEqual([
      { text: NOTE_1, group: 'Nhóm hạn chế, khuyết điểm liên quan đến công tác tuyên truyền', section: 'tuyên truyền' },
      { text: NOTE_2, group: 'Nhóm hạn chế, khuyết điểm liên quan đến công tác kiểm tra, giám sát', section: 'giám sát' },
    ]);
  });
  it('leaves a page without lower lines alone', () => {
    const flat = { ...page, lines: page.lines!.map((l) => ({ ...l, bbox: { ...l.bbox!, y1: l.bbox!.y0 + 50 } })) };
    const p = validatePlanDocument(extractPlan({ pages: [flat] }));
    expect(p.shortcomings.some((s) => s.text.startsWith('Việc kiểm tra chuyên đề'))).toBe(false);
  });
});

describe('a deadline year OCR read unsure (low word confidence)', () => {
  const text = [
    'KẾ HOẠCH',
    'II. NHIỆM VỤ',
    '1. Rà soát quy chế làm việc của chi bộ (hoàn thành trong tháng 5/2026).',
    '2. Kiện toàn tổ chức các đoàn thể (hoàn thành trong tháng 7/2026).',
    '3. Sơ kết việc thực hiện kế hoạch (hoàn thành trong tháng 6/2028).',
  ];
  // One OCR word per token; the year of the third deadline is read with confidence `c`.
  const page = (c: number | null): ExtractPage => ({
    number: 1,
    text: text.join('\n'),
    source: 'ocr',
    confidence: 0.9,
    ...(c === null
      ? {}
      : { lines: text.map((t) => ({ text: t, confidence: 0.9, words: t.split(' ').map((w) => ({ text: w, confidence: w.startsWith('6/2028') ? c : 0.96 })) })) }),
  });
  const third = (c: number | null) => validatePlanDocument(extractPlan({ pages: [page(c)] })).deadlines[2]!;
  it('moves it to the year the sure deadlines use when one digit apart, with lower confidence', () => {
    const d = third(0.4);
    expect(d).toMatchObject({ kind: 'by_month', date: '2026-06-30' });
    expect(d.confidence).toBeLessThan(third(0.96).confidence);
  });
  it('keeps a year read surely, or when the page has no word confidences', () => {
    expect(third(0.96).date).toBe('2028-06-30');
    expect(third(null).date).toBe('2028-06-30');
  });
});

describe('key words of deadlines and roles with OCR-damaged vowels', () => {
  it('reads a month deadline after a damaged "tháng", flagged fuzzy', () => {
    expect(findDeadlines('thời gian hoàn thành: trang 7/2026', true)).toMatchObject([{ kind: 'by_month', date: '2026-07-31', fuzzy: true }]);
    expect(findDeadlines('hoàn thành trong tháng 7/2026', true)[0]?.fuzzy).toBeUndefined();
    // The I of a roman quarter read as T or J.
    expect(findDeadlines('(hoàn thành trong Quý TV/2027)', true)).toMatchObject([{ kind: 'by_quarter', date: '2027-12-31', fuzzy: true }]);
    expect(findDeadlines('(trong Quý JI/2027)', true)).toMatchObject([{ kind: 'by_quarter', date: '2027-06-30', fuzzy: true }]);
  });
  it('reads "thực hiện thường xuyên" with damaged vowels and a dropped final consonant', () => {
    expect(findDeadlines('thu hiện thùng xuyeén', true)).toMatchObject([{ kind: 'recurring', fuzzy: true }]);
    expect(findDeadlines('(thực hiện thường xuyên)', false)).toMatchObject([{ kind: 'recurring' }]);
  });
  it('ends a "phối hợp" list at a damaged verb and splits at a damaged unit head', () => {
    const hits = sentenceUnits('Phối hợp Công an huyện, Sà Tư pháp và các đảng ủy trực thuộc thư hiện việc quản lý hồ sơ đảng viên.');
    expect(hits.map((h) => `${h.unit}:${h.role}`)).toEqual(['Công an huyện:support', 'Sà Tư pháp:support', 'các đảng ủy trực thuộc:support']);
  });
  it('takes the role of a label from a damaged role word', () => {
    expect(parseLabel('Phân công theo dédi, chỉ đạo: Đồng chí Lê Văn Bình')).toMatchObject({ kind: 'role', role: 'monitor' });
  });
});

describe('damaged part and item numbers, specks at the page edge', () => {
  it('reads roman numerals with a lost dot, an accented I, or two strokes run into "H"', () => {
    expect(parseMarker('I MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ kind: 'roman', number: 'I', fuzzy: true });
    expect(parseMarker('Ï- Mục đích, yêu cầu')).toMatchObject({ kind: 'roman', number: 'I', fuzzy: true });
    expect(parseMarker('IHI.TỔ CHỨC THỰC HIỆN')).toMatchObject({ kind: 'roman', number: 'III', fuzzy: true });
    // "II." with both strokes run into one "H" (Tesseract on a hard scan of h37); a lettered part stays a letter.
    expect(parseMarker('H. HẠN CHẾ, KHUYẾT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC')).toMatchObject({ kind: 'roman', number: 'II', fuzzy: true });
    expect(parseMarker('H. Về công tác cán bộ')).toMatchObject({ kind: 'upper', number: 'H' });
    // A serifed first stroke read as "J" (a hard scan of h40).
    expect(parseMarker('JII. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC')).toMatchObject({ kind: 'roman', number: 'III', fuzzy: true });
    // "III" with two strokes run into "H" and its dot lost (a hard scan of h90); a word in capitals opening a line is none.
    expect(parseMarker('HI NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC')).toMatchObject({ kind: 'roman', number: 'III', fuzzy: true });
    expect(parseMarker('HỘI NGHỊ BAN CHẤP HÀNH')).toBeNull();
    expect(parseMarker('{. Căn cứ Kế hoạch này')).toMatchObject({ kind: 'decimal', number: '1', fuzzy: true });
    // Not headings: a capitalised sentence after a lone letter, a lowercase word.
    expect(parseMarker('V Việc làm')?.kind).not.toBe('roman');
    expect(parseMarker('I tôi')).toBeNull();
  });
  it('reads a misread "1." right after a part heading as item 1, drops specks and noise lines', () => {
    const text = [
      'I. MỤC ĐÍCH',
      'Khắc phục các hạn chế đã chỉ ra.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Í. Các chi bộ trực thuộc xây dựng kế hoạch cụ thể và báo cáo kết quả thực hiện trước',
      'ngày 15/12/2026.',
      '| 2. Giao Văn phòng Đảng ủy theo dõi, tổng hợp và thường xuyên báo cáo',
      '5 5 :',
      '. Ban Thường vụ để kịp thời chỉ đạo.',
    ].join('\n');
    const d = validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source: 'ocr', confidence: 0.9 }] }));
    expect(d.sections.map((s) => s.number)).toEqual(['I', 'II']);
    expect(d.tasks.map((t) => [t.number, t.text.split('\n').join(' ')])).toEqual([
      ['1', 'Các chi bộ trực thuộc xây dựng kế hoạch cụ thể và báo cáo kết quả thực hiện trước ngày 15/12/2026.'],
      ['2', 'Giao Văn phòng Đảng ủy theo dõi, tổng hợp và thường xuyên báo cáo Ban Thường vụ để kịp thời chỉ đạo.'],
    ]);
    expect(d.deadlines).toMatchObject([{ kind: 'before', date: '2026-12-15' }]);
  });
});

describe('"Đối với hạn chế: “…”" with OCR-damaged punctuation and quotes', () => {
  const plan = (lines: string[]) =>
    validatePlanDocument(
      extractPlan({
        pages: [{ number: 1, text: ['II. NỘI DUNG', ...lines, 'III. TỔ CHỨC THỰC HIỆN', '1. Văn phòng Đảng ủy theo dõi, tổng hợp.'].join('\n'), source: 'ocr', confidence: 0.9 }],
      }),
    );
  const shape = (d: PlanDocument) => ({
    shortcomings: d.shortcomings.map((s) => `${s.number ?? '-'} ${s.text}`),
    tasks: d.tasks.map((t) => `${t.shortcomingIds.join(',')} | ${t.text.slice(0, 30)}`),
  });
  const expected = {
    shortcomings: ['- Công tác lãnh đạo còn chậm, cụ thể', '(1) Thu ngân sách chưa đạt', '(2) Tiến độ chậm', '- Việc sinh hoạt chi bộ còn hình thức'],
    tasks: [
      'shortcoming-1,shortcoming-2,shortcoming-3 | Ủy ban nhân dân xã rà soát các',
      'shortcoming-4 | Các chi bộ trực thuộc đổi mới ',
      ' | Văn phòng Đảng ủy theo dõi, tổ',
    ],
  };
  const measures = ['- Ủy ban nhân dân xã rà soát các nguồn thu (hoàn thành trong Quý III/2026).', '- Các chi bộ trực thuộc đổi mới nội dung sinh hoạt chi bộ (thực hiện ngay).'];
  it('reads the clean form', () => {
    const d = plan(['1. Đối với hạn chế: “Công tác lãnh đạo còn chậm, cụ thể: (1) Thu ngân sách chưa đạt; (2) Tiến độ chậm.”', measures[0]!, '2. Đối với khuyết điểm: “Việc sinh hoạt chi bộ còn hình thức.”', measures[1]!]);
    expect(shape(d)).toEqual(expected);
  });
  it('reads a semicolon for the colon, reversed quotes and unmarked label words', () => {
    const d = plan(['1. Đối vói hạn chê; ”Công tác lãnh đạo còn chậm, cụ thể: (1) Thu ngân sách chưa đạt; (2) Tiến độ chậm.“', measures[0]!, '2. Doi voi khuyet diem: Việc sinh hoạt chi bộ còn hình thức.', measures[1]!]);
    expect(shape(d)).toEqual(expected);
  });
  it('reads no quotes, "l)"/"2)" sub-items and a full stop for the colon', () => {
    const d = plan(['1. Đối với hạn chế: Công tác lãnh đạo còn chậm, cụ thể: l) Thu ngân sách chưa đạt; 2) Tiến độ chậm.', measures[0]!, '2. Đối với khuyết điểm. "Việc sinh hoạt chi bộ còn hình thức.', measures[1]!]);
    expect(shape(d)).toEqual(expected);
  });
  it('reads the shortcoming from the paragraph under a bare "Đối với khuyết điểm" heading', () => {
    const d = plan(['1. Đối với khuyết điểm', 'Việc sinh hoạt chi bộ còn hình thức.', measures[1]!]);
    expect(shape(d)).toEqual({ shortcomings: ['- Việc sinh hoạt chi bộ còn hình thức'], tasks: ['shortcoming-1 | Các chi bộ trực thuộc đổi mới ', ' | Văn phòng Đảng ủy theo dõi, tổ'] });
  });
  it('does not take a sentence that opens with "Đối với các hạn chế, …" for a label', () => {
    expect(parseLabel('Đối với các hạn chế đã chỉ ra, các chi bộ cần xây dựng kế hoạch khắc phục.')).toBeNull();
  });
});

describe('more digit and numbering damage', () => {
  it('reads letters for digits inside deadline numbers and a doubled slash, flagged fuzzy', () => {
    expect(findDeadlines('báo cáo tổng kết trước ngày I5/12/2O26', false)).toMatchObject([{ kind: 'before', date: '2026-12-15', fuzzy: true }]);
    expect(findDeadlines('hoàn thành trong Quý II⁄/2026', true)).toMatchObject([{ kind: 'by_quarter', date: '2026-06-30' }]);
    expect(findDeadlines('Định kỳ báo cáo trước ngày l5 hàng tháng', false)).toMatchObject([{ kind: 'recurring' }]);
  });
  it('reads "IL" (dot lost) as part II and items numbered again from 1 under an aims part as tasks', () => {
    expect(parseMarker('IL NHIỆM VỤ VÀ GIẢI PHÁP')).toMatchObject({ kind: 'roman', number: 'II', fuzzy: true });
    // Part II's heading is destroyed: its items follow part I's own numbered items.
    const text = ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Khắc phục các hạn chế đã chỉ ra.', '2. Yêu cầu', '- Bảo đảm thực chất.', 'I NHIỆM-VỤ 2', '1. Các chi bộ xây dựng kế hoạch khắc phục cụ thể.', '2. Văn phòng Đảng ủy theo dõi, tổng hợp.'].join('\n');
    const d = validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source: 'ocr', confidence: 0.9 }] }));
    expect(d.tasks.map((t) => t.text)).toEqual(['Các chi bộ xây dựng kế hoạch khắc phục cụ thể.', 'Văn phòng Đảng ủy theo dõi, tổng hợp.']);
  });
});

describe('a footnote whose number OCR dropped altogether (boxes)', () => {
  const body = BODY.slice(0, 9);
  const lines = [...body.map((t) => ({ t, h: 50 })), { t: NOTE_1, h: 40 }];
  const page = boxedPage(lines);
  it('takes the first lower, capitalised line under the body for a note', () => {
    const d = validatePlanDocument(extractPlan({ pages: [page] }));
    expect(d.shortcomings.map((s) => s.text)).toEqual([NOTE_1]);
  });
});

describe('header number and date lines through OCR damage', () => {
  it('reads "Sé 31-KHIĐU" (misread số and slash) and "S6 31 -KH/PU", flagged fuzzy', () => {
    expect(parseNumberLine('Sé 31-KHIĐU')).toMatchObject({ number: '31', symbol: '31-KH/ĐU', fuzzy: true });
    expect(parseNumberLine('S6 31 -KH/PU')).toMatchObject({ number: '31', symbol: '31-KH/ĐU', fuzzy: true });
    expect(parseNumberLine('Số 31-KH/ĐU')).toMatchObject({ symbol: '31-KH/ĐU', fuzzy: false });
    expect(parseNumberLine('Sở Nội vụ')).toBeNull();
  });
  it('reads a place and date with letters for digits and damaged words, flagged fuzzy', () => {
    expect(parsePlaceDate('Cao Minh, ngày l7 tháng 11 năm 2O25')).toMatchObject({ place: 'Cao Minh', date: '2025-11-17', fuzzy: true });
    expect(parsePlaceDate('Cao Minh, ngàỵ 17 thảng 11 năm 2025')).toMatchObject({ date: '2025-11-17', fuzzy: true });
    expect(parsePlaceDate('Cao Minh, ngày 17/11/2025')).toMatchObject({ date: '2025-11-17', fuzzy: false });
    expect(parsePlaceDate('Cao Minh, ngày 17 tháng 11 năm 2025')).toMatchObject({ date: '2025-11-17', fuzzy: false });
    expect(parsePlaceDate('Cao Minh, ngày 37 tháng 11 năm 2025')).toBeNull();
  });
});

describe('a list letter that repair gave a mark', () => {
  it('reads "á)" as item a, flagged fuzzy', () => {
    expect(parseMarker('á) Thẩm tra lại hồ sơ')).toMatchObject({ kind: 'letter', number: 'a', fuzzy: true });
    expect(parseMarker('đ) Thẩm tra lại hồ sơ')).toMatchObject({ kind: 'letter', number: 'đ', fuzzy: false });
  });
});

describe('recipient bullets as OCR reads them', () => {
  it('takes "=" and "·" for the "-" of a recipient line', () => {
    const text = ['II. NHIỆM VỤ', '1. Chi bộ rà soát quy chế làm việc.', 'Nơi nhận: T/M BAN THƯỜNG VỤ', '- Ban Thường vụ Tỉnh ủy (báo cáo), BÍ THƯ', '= Thường trực Huyện ủy,', '· Các chi bộ trực thuộc,', '- Lưu VP.', 'Lê Văn Bình'].join('\n');
    const d = validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source: 'ocr', confidence: 0.9 }] }));
    expect(d.document.recipients.map((r) => r.name)).toEqual(['Ban Thường vụ Tỉnh ủy', 'Thường trực Huyện ủy', 'Các chi bộ trực thuộc', 'VP']);
  });
  it('reads a position whose short first word OCR read in title case ("Bí THƯ"), beside a wrapped recipient or alone', () => {
    for (const pos of ['- Ban Thường vụ Đảng ủy tỉnh (để báo Bí THƯ', '- Ban Thường vụ Đảng ủy tỉnh (để báo cáo),\nBí THƯ']) {
      const text = ['II. NHIỆM VỤ', '1. Chi bộ rà soát quy chế làm việc.', 'Nơi nhận: T/M ĐẢNG ỦY', pos, 'cáo),', '- Lưu Văn phòng.', 'Trịnh Văn Bảo'].join('\n');
      const d = validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source: 'ocr', confidence: 0.9 }] }));
      expect(d.document.signature).toMatchObject({ authority: 'T/M', body: 'ĐẢNG ỦY', position: 'BÍ THƯ', signer: 'Trịnh Văn Bảo' });
    }
  });
});

describe('a "1." read as an exact "I." after the last part', () => {
  it('is item 1 of that part when a sentence follows, not a new part', () => {
    const text = ['I. MỤC ĐÍCH', '', '1. Khắc phục dứt điểm.', '', 'II. NHIỆM VỤ', '', '1. Văn phòng Đảng ủy rà soát hồ sơ đảng viên.', '', 'III. TỔ CHỨC THỰC HIỆN', '', 'I. Bí thư các chi bộ phổ biến Kế hoạch này tại kỳ sinh hoạt tháng 4/2026.', '', '2. Văn phòng Đảng ủy theo dõi, đôn đốc.'].join('\n');
    const d: PlanDocument = extractPlan({ pages: [{ number: 1, text, source: 'ocr', confidence: 0.9 }] });
    const last = d.sections[d.sections.length - 1]!;
    expect(d.sections.map((s) => s.number)).toEqual(['I', 'II', 'III']);
    expect(last.children.map((c) => c.number)).toEqual(['1', '2']);
  });
  it('stays a part when a short heading in sentence case follows ("II- Nội dung thực hiện" read as "I-")', () => {
    const text = ['I- Mục đích, yêu cầu', '', '1. Khắc phục dứt điểm.', '', 'I- Nội dung thực hiện', '', '1. Văn phòng Đảng ủy rà soát hồ sơ đảng viên.'].join('\n');
    const d: PlanDocument = extractPlan({ pages: [{ number: 1, text, source: 'ocr', confidence: 0.9 }] });
    expect(d.sections.map((s) => s.number)).toEqual(['I', 'II']);
  });
});

describe('a part number that lost its dot before a heading OCR printed with a lower-case letter (h246 hard scan)', () => {
  it('reads "II TỒN TẠI, HẠN CHEẫE THEO KET LUẬN THANH TRA" as part II, not a sentence opening "II"', () => {
    expect(parseMarker('II TỒN TẠI, HẠN CHEẫE THEO KET LUẬN THANH TRA')).toMatchObject({ kind: 'roman', number: 'II', fuzzy: true });
    expect(parseMarker('II Tồn tại, hạn chế theo kết luận')).toBeNull();
  });
});
