import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/extract/index.ts';
import { findDeadlines } from '../src/extract/deadlines.ts';
import { parseMarker } from '../src/extract/markers.ts';
import { sentenceUnits } from '../src/extract/units.ts';

const plan = (lines: string[]) => extractPlan({ pages: [{ number: 1, text: lines.join('\n'), source: 'pdf-text', confidence: 1 }] });

describe('capital-letter parts (A., B.) between roman parts and items', () => {
  it('reads "A." as a part marker, not the roman letters', () => {
    expect(parseMarker('A. Về công tác tuyên truyền')).toMatchObject({ kind: 'upper', number: 'A' });
    expect(parseMarker('V. TỔ CHỨC THỰC HIỆN')).toMatchObject({ kind: 'roman', number: 'V' });
    // OCR runs the last two strokes of "III." into an H.
    expect(parseMarker('IH. NHIỆM VỤ, GIẢI PHÁP')).toMatchObject({ kind: 'roman', number: 'III', fuzzy: true });
  });

  it('keeps the labelled units of one part off the tasks of the next', () => {
    const doc = plan([
      'II. NỘI DUNG KHẮC PHỤC',
      'A. Về công tác tuyên truyền',
      'Hạn chế 1: Việc cập nhật tin bài trên trang thông tin điện tử còn chậm.',
      'Giải pháp khắc phục:',
      '- Xây dựng lịch đăng tin hằng tuần cho từng bộ phận.',
      'Đơn vị chủ trì: Văn phòng Đảng ủy xã.',
      'Thời gian thực hiện: trước ngày 15/5/2026.',
      'B. Về công tác kiểm tra',
      'Hạn chế 2: Một số cuộc kiểm tra chưa có báo cáo kết quả.',
      'Giải pháp khắc phục: Giao Ủy ban Kiểm tra Đảng ủy xã chủ trì, phối hợp với các chi bộ lập danh mục báo cáo còn thiếu (trong tháng 6/2026).',
    ]);
    expect(doc.sections[0]?.children.map((s) => s.number)).toEqual(['A', 'B']);
    expect(doc.tasks.map((t) => [t.text.slice(0, 20), t.responsible.map((r) => `${r.unit}:${r.role}`), t.deadline?.date])).toEqual([
      ['Xây dựng lịch đăng t', ['Văn phòng Đảng ủy xã:lead'], '2026-05-15'],
      ['Giao Ủy ban Kiểm tra', ['Ủy ban Kiểm tra Đảng ủy xã:lead', 'các chi bộ:support'], '2026-06-30'],
    ]);
  });
});

describe('who does what in a sentence', () => {
  it('leaves out the body that assigns ("Z giao X chủ trì …")', () => {
    expect(sentenceUnits('Ban Thường vụ Đảng ủy xã giao Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã và các thôn rà soát hồ sơ.').map((h) => `${h.unit}:${h.role}`)).toEqual([
      'Ủy ban nhân dân xã:lead',
      'Công an xã:support',
      'các thôn:support',
    ]);
  });
  it('reads "X tham mưu …" as advise, and a unit running on into "khu dân cư" as one', () => {
    expect(sentenceUnits('Ban Tổ chức Huyện ủy tham mưu Ban Thường vụ bổ sung quy hoạch.').map((h) => `${h.unit}:${h.role}`)).toEqual(['Ban Tổ chức Huyện ủy:advise']);
    expect(sentenceUnits('Các chi bộ khu dân cư tổ chức sinh hoạt đúng kỳ.').map((h) => h.unit)).toEqual(['Các chi bộ khu dân cư']);
  });
});

describe('more deadline phrasings', () => {
  it('"từ nay đến hết năm" is a range; "thời gian thực hiện: năm" inside a sentence a year', () => {
    expect(findDeadlines('duy trì từ nay đến hết năm 2027', false)).toMatchObject([{ kind: 'range', date: '2027-12-31' }]);
    expect(findDeadlines('công khai quy trình; thời gian thực hiện: năm 2027.', false)).toMatchObject([{ kind: 'by_year', date: '2027-12-31' }]);
    expect(findDeadlines('theo Nghị quyết năm 2027', false)).toEqual([]);
  });
});

describe('a school cell plan: ordinals, inline labels, teams', () => {
  it('reads "Thứ nhất, … / Thứ hai, …" paragraphs under a lead as the shortcomings', () => {
    const doc = plan([
      'II. HẠN CHẾ, KHUYẾT ĐIỂM',
      'Qua kiểm điểm, Chi bộ còn các hạn chế sau:',
      '',
      'Thứ nhất, việc ghi biên bản sinh hoạt chi bộ còn sơ sài.',
      '',
      'Thứ hai, công tác kết nạp đảng viên mới chưa đạt chỉ tiêu.',
      '',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Chi ủy rà soát mẫu biên bản sinh hoạt (trước ngày 30/5/2026).',
    ]);
    expect(doc.shortcomings.map((s) => s.text)).toEqual(['việc ghi biên bản sinh hoạt chi bộ còn sơ sài', 'công tác kết nạp đảng viên mới chưa đạt chỉ tiêu']);
  });

  it('takes units from inline "Chủ trì: …; phối hợp: …" labels and teams named "Tổ …"', () => {
    expect(sentenceUnits('Mở chuyên mục trên bảng tin. Chủ trì: Chi ủy; phối hợp: Công đoàn cơ sở, Chi đoàn Thanh niên. Thời gian: tháng 5/2026.').map((h) => `${h.unit}:${h.role}`)).toEqual([
      'Chi ủy:lead',
      'Công đoàn cơ sở:support',
      'Chi đoàn Thanh niên:support',
    ]);
    expect(sentenceUnits('Tổ Ngữ văn - Lịch sử chủ trì, phối hợp với các tổ chuyên môn tổ chức chuyên đề.').map((h) => `${h.unit}:${h.role}`)).toEqual([
      'Tổ Ngữ văn - Lịch sử:lead',
      'các tổ chuyên môn:support',
    ]);
    expect(sentenceUnits('Tổ chức hội nghị quán triệt kế hoạch.')).toEqual([]);
  });

  it('"Chi bộ giao X …" leaves the assigning cell out; "định kỳ mỗi học kỳ" recurs', () => {
    expect(sentenceUnits('Chi bộ giao Ban Giám hiệu chủ trì rà soát chỉ tiêu.').map((h) => `${h.unit}:${h.role}`)).toEqual(['Ban Giám hiệu:lead']);
    expect(findDeadlines('kết quả được đánh giá định kỳ mỗi học kỳ.', false)).toMatchObject([{ kind: 'recurring' }]);
  });
});
