import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/extract/index.ts';
import { parseNumberLine } from '../src/extract/header.ts';
import { findReferences } from '../src/extract/references.ts';
import { sentenceUnits } from '../src/extract/units.ts';

// Government (state) documents number themselves "number/type code-issuer" (Nghị định 30/2020/NĐ-CP).
describe('state-format symbols', () => {
  it('reads an administrative number line', () => {
    expect(parseNumberLine('Số: 118/KH-UBND')).toMatchObject({ number: '118', symbol: '118/KH-UBND', typeCode: 'KH', fuzzy: false });
    expect(parseNumberLine('Số: 07/BC-STC-QLNS')).toMatchObject({ symbol: '07/BC-STC-QLNS', typeCode: 'BC' });
    expect(parseNumberLine('Số: 9/2021/NĐ-CP')).toMatchObject({ symbol: '9/2021/NĐ-CP' });
  });

  it('cites administrative symbols, a letter without a type code, and a type with a qualifier', () => {
    const text =
      'Căn cứ Kết luận kiểm tra số 12/KL-STC ngày 03/4/2025 của Sở Tài chính; Công văn số 905/UBND-KT ngày 7/5/2025 của Ủy ban nhân dân huyện; Quyết định khen thưởng số 66/QĐ-UBND ngày 1/6/2025.';
    const refs = findReferences(text);
    expect(refs.map((r) => [r.type, r.typeCode, r.symbol, r.date])).toEqual([
      ['Kết luận', 'KL', '12/KL-STC', '2025-04-03'],
      ['Công văn', 'CV', '905/UBND-KT', '2025-05-07'],
      ['Quyết định', 'QĐ', '66/QĐ-UBND', '2025-06-01'],
    ]);
    expect(refs[0]!.issuer).toBe('Sở Tài chính');
  });

  it('does not take a bare administrative number without a known type code as a citation', () => {
    expect(findReferences('Hồ sơ số 15/UBND-VP lưu tại bộ phận một cửa.')).toEqual([]);
  });

  it('splits the number from the place and date on one header line', () => {
    const text = ['ỦY BAN NHÂN DÂN HUYỆN AN PHÚ', 'Số: 31/KH-UBND     An Phú, ngày 5 tháng 3 năm 2026', 'KẾ HOẠCH', 'Rà soát thủ tục hành chính năm 2026'].join('\n');
    const doc = extractPlan({ pages: [{ number: 1, text, source: 'pdf-text', confidence: 1 }] });
    expect(doc.document).toMatchObject({ symbol: '31/KH-UBND', number: '31', typeCode: 'KH', place: 'An Phú', date: '2026-03-05' });
  });
});

describe('state agencies and inline shortcoming lists', () => {
  it('ends a unit at its agency level word and knows the inspectorate from the verb', () => {
    expect(sentenceUnits('Văn phòng Sở cập nhật dữ liệu hồ sơ lên phần mềm quản lý.').map((h) => h.unit)).toEqual(['Văn phòng Sở']);
    expect(sentenceUnits('Thanh tra tỉnh chủ trì, phối hợp với Phòng Kế hoạch rà soát các gói thầu.').map((h) => [h.unit, h.role])).toEqual([
      ['Thanh tra tỉnh', 'lead'],
      ['Phòng Kế hoạch', 'support'],
    ]);
    expect(sentenceUnits('Thanh tra việc chấp hành quy định về công vụ.')).toEqual([]);
  });

  it('reads shortcomings named inline after a lead ending in a colon', () => {
    const text = [
      'II. NỘI DUNG KHẮC PHỤC',
      '1. Hạn chế trong công tác văn thư',
      'Đoàn kiểm tra chỉ ra đơn vị còn ba hạn chế: (1) sổ đăng ký văn bản đến ghi chưa đủ thông tin; (2) chưa lập hồ sơ công việc; (3) lưu trữ điện tử chưa đồng bộ.',
      'Biện pháp khắc phục:',
      '- Văn phòng bổ sung sổ đăng ký văn bản theo mẫu mới (trước ngày 30/6/2026).',
    ].join('\n');
    const doc = extractPlan({ pages: [{ number: 1, text, source: 'pdf-text', confidence: 1 }] });
    expect(doc.shortcomings.map((s) => s.text)).toEqual(['sổ đăng ký văn bản đến ghi chưa đủ thông tin', 'chưa lập hồ sơ công việc', 'lưu trữ điện tử chưa đồng bộ']);
  });
});
