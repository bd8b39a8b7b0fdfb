import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/extract/index.ts';
import type { PlanDocument } from '../src/model/plan-document.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';

// Short synthetic plans in layouts the seeds do not have (written for these tests, not taken from seeds).
const read = (name: string) => readFileSync(new URL(`./fixtures-extract/${name}`, import.meta.url), 'utf8');
const run = (text: string, source: 'pdf-text' | 'ocr' = 'pdf-text'): PlanDocument =>
  validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source, confidence: 0.9 }] }));
const units = (d: PlanDocument) => d.tasks.flatMap((t) => t.responsible.map((r) => `${r.unit}:${r.role}`));

describe('party plan with a two-column header, quoted shortcomings and sentence roles', () => {
  const d = run(read('party-quoted.txt'));
  it('reads the header', () => {
    expect(d.document).toMatchObject({ type: 'KẾ HOẠCH', typeCode: 'KH', number: '31', symbol: '31-KH/ĐU', place: 'Cao Minh', date: '2025-11-17' });
    expect(d.document.issuer).toEqual({ name: 'ĐẢNG ỦY XÃ CAO MINH', parent: 'ĐẢNG BỘ TỈNH THANH HÓA' });
    expect(d.document.fields['date']?.confidence).toBeGreaterThan(0.8);
  });
  it('reads “Đối với hạn chế: …” with numbered sub-items as parent and children, and links the measures', () => {
    const [parent, c1, c2, other] = d.shortcomings;
    expect(parent?.text).toMatch(/^Công tác lãnh đạo phát triển kinh tế còn chậm/);
    expect([c1?.parentId, c2?.parentId]).toEqual([parent?.id, parent?.id]);
    expect([c1?.number, c2?.number]).toEqual(['(1)', '(2)']);
    expect(other?.text).toBe('Việc sinh hoạt chi bộ ở một số chi bộ còn hình thức');
    const t = d.tasks.find((x) => x.text.startsWith('Các chi bộ trực thuộc đổi mới'))!;
    expect(t.shortcomingIds).toEqual([other!.id]);
    expect(d.tasks.find((x) => x.text.startsWith('Ủy ban nhân dân xã'))!.shortcomingIds).toContain(parent!.id);
  });
  it('reads "X chủ trì phối hợp với Y" as lead and support', () => {
    expect(units(d)).toEqual(expect.arrayContaining(['Ủy ban Kiểm tra Đảng ủy:lead', 'Ban Xây dựng Đảng:support', 'Ủy ban nhân dân xã:lead', 'Ban Kinh tế xã:support', 'Văn phòng Đảng ủy:execute']));
  });
  it('reads quarter, year, immediate, recurring and range deadlines', () => {
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual([
      'by_quarter 2026-09-30',
      'by_year 2026-12-31',
      'immediate null',
      'recurring null',
      'before 2026-12-15',
      'range 2025-12-31',
    ]);
    expect(d.deadlines.at(-1)?.startDate).toBe('2025-12-01');
  });
  it('splits the Nơi nhận / signature columns', () => {
    expect(d.document.signature).toEqual({ authority: 'T/M', body: 'ĐẢNG ỦY', position: 'BÍ THƯ', signer: 'Lê Văn Hùng' });
    expect(d.document.recipients.map((r) => [r.name, r.purpose])).toEqual([
      ['Ban Thường vụ Huyện ủy', 'báo cáo'],
      ['Các chi bộ trực thuộc', null],
      ['Văn phòng Đảng ủy', 'lưu'],
    ]);
  });
});

describe('state-document style ("Số: 30/2020/KH-UBND", a) b) items, TM./KT.)', () => {
  const d = run(read('state-style.txt'));
  it('reads header and signature', () => {
    expect(d.document).toMatchObject({ number: '30', symbol: '30/2020/KH-UBND', typeCode: 'KH', date: '2020-03-05', place: 'Ninh Bình' });
    expect(d.document.issuer.name).toBe('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    expect(d.document.signature).toEqual({ authority: 'K/T', body: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Thị Lan' });
    expect(d.references.map((r) => `${r.symbol} ${r.date} ${r.issuer}`)).toEqual(['90/2020/NĐ-CP 2020-08-13 Chính phủ']);
  });
  it('reads letter items as tasks and labelled roles of a heading task', () => {
    expect(d.tasks.map((t) => t.number)).toEqual(['a', 'b', '2', null]);
    expect(units(d)).toEqual(expect.arrayContaining(['Sở Nội vụ:lead', 'Sở Tài chính:support', 'Văn phòng Ủy ban nhân dân tỉnh:support', 'Các sở, ban, ngành:execute']));
    expect(d.tasks[2]?.deadline).toMatchObject({ kind: 'by_quarter', date: '2020-12-31' });
    expect(d.tasks[3]?.status).toBe('ongoing');
  });
});

describe('OCR noise (English-model style damage)', () => {
  const d = run(read('ocr-noisy.txt'), 'ocr');
  it('finds damaged roman markers and the damaged number line, with lower confidence', () => {
    expect(d.sections.map((s) => s.number)).toEqual(['I', 'II', 'III']);
    const clean = d.sections[1]!.children[0]!.confidence;
    expect(d.sections[0]!.confidence).toBeLessThan(clean);
    expect(d.document.symbol).toBe('31-KH/ĐU');
    expect(d.document.fields['symbol']?.fuzzy).toBe(true);
    expect(d.document.fields['symbol']!.confidence).toBeLessThan(d.document.fields['place']!.confidence);
    expect(d.document.date).toBe('2025-11-17');
  });
  it('still reads tasks, labelled roles, deadlines and an interleaved signer', () => {
    // "MUC PICH, YEU CAU" (Mục đích) is not an action part; its item is no task.
    expect(d.tasks).toHaveLength(3);
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['before 2026-04-30', 'by_quarter 2026-06-30', 'before 2026-12-15']);
    expect(units(d)).toEqual(expect.arrayContaining(['Van phong Dang uy:lead', 'Uy ban Kiem tra Dang uy:lead']));
    expect(d.document.signature.signer).toBe('Tran Van Binh');
    expect(d.document.signature.authority).toBe('T/M');
  });
});

describe('OCR page layout: wrapped lines, plain footnote digits, page numbers, pages split mid-sentence', () => {
  const page1 = [
    'II. NỘI DUNG THỰC HIỆN',
    '1. Nhóm hạn chế liên quan đến công tác kiểm tra1',
    '* Giải pháp thực hiện:',
    '- Ban Tổ chức Tỉnh ủy chủ trì phối hợp với Ủy ban Kiểm tra Tỉnh ủy rà soát quy',
    'chế làm việc, hoàn thiện quy trình kiểm tra, giám sát của cấp ủy các cấp theo',
    '1 Việc kiểm tra, giám sát ở một số nơi còn hình thức.',
  ].join('\n');
  const page2 = ['2', 'quy định (hoàn thành trong tháng 6/2026).', '- Tổ chức tập huấn nghiệp vụ kiểm tra (thực hiện thường xuyên).'].join('\n');
  const d = validatePlanDocument(
    extractPlan({ pages: [{ number: 1, text: page1, source: 'ocr', confidence: 0.9 }, { number: 2, text: page2, source: 'ocr', confidence: 0.8 }] }),
  );
  it('joins the task across the page break and the footnote, and links the footnote shortcoming', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Việc kiểm tra, giám sát ở một số nơi còn hình thức']);
    expect(d.shortcomings[0]!.provenance).toMatchObject({ page: 1, lineStart: 6 });
    expect(d.tasks).toHaveLength(2);
    expect(d.tasks[0]!.text).toMatch(/theo quy định \(hoàn thành trong tháng 6\/2026\)\.$/);
    expect(d.tasks[0]!.shortcomingIds).toEqual([d.shortcomings[0]!.id]);
    expect(d.tasks[0]!.deadline).toMatchObject({ kind: 'by_month', date: '2026-06-30' });
    expect(d.sections[0]!.children[0]!.heading).toBe('Nhóm hạn chế liên quan đến công tác kiểm tra');
  });
  it('points provenance at the right page and characters', () => {
    const dl = d.deadlines[0]!;
    expect(dl.provenance.page).toBe(2);
    expect(page2.slice(dl.provenance.charSpan.start, dl.provenance.charSpan.end)).toBe('hoàn thành trong tháng 6/2026');
    expect(d.tasks[1]!.provenance).toMatchObject({ page: 2, lineStart: 3 });
    expect(d.tasks[1]!.confidence).toBeCloseTo(0.8);
  });
});

describe('decimal top-level parts, a shortcoming list, "Trách nhiệm:" line, T/L signature', () => {
  const d = run(read('decimal-top.txt'));
  it('reads shortcomings from the "Hạn chế, khuyết điểm" part and not from aims', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Việc quán triệt nghị quyết ở một số chi bộ còn chậm', 'Công tác kiểm tra, giám sát chưa thường xuyên']);
    expect(d.tasks.some((t) => t.text.startsWith('Khắc phục kịp thời'))).toBe(false);
  });
  it('reads per-unit roles of a "Trách nhiệm:" line for the tasks of its section', () => {
    const t = d.tasks.find((x) => x.text.startsWith('Xây dựng kế hoạch kiểm tra'))!;
    expect(t.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['Ủy ban Kiểm tra Huyện ủy:lead', 'Văn phòng Huyện ủy:support']);
    expect(t.status).toBe('done');
    expect(d.tasks.some((x) => x.text.startsWith('Trách nhiệm'))).toBe(false);
  });
  it('reads a deadline without "ngày" and the T/L signature with a "(Đã ký)" line', () => {
    expect(d.tasks[0]!.deadline).toMatchObject({ kind: 'before', date: '2026-06-30' });
    expect(d.document.signature).toEqual({ authority: 'T/L', body: 'BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG', signer: 'Hoàng Minh Tuấn' });
    expect(d.document).toMatchObject({ number: '07', symbol: '07-KH/HU', place: 'Phú Lương', date: '2026-01-02' });
  });
});

describe('OCR lines with boxes and damaged labels', () => {
  const lines = ['II. NHIỆM VỤ', '1. Rà soát quy chế làm việc.', '- Cơ qan chủ tì: Văn phòng Đảng ủy.', '- Cơ quan phối hợp: Ban Tổ chức Đảng ủy.'];
  const d = validatePlanDocument(
    extractPlan({
      pages: [
        {
          number: 1,
          text: lines.join('\n'),
          source: 'ocr',
          confidence: 0.9,
          lines: lines.map((t, i) => ({ text: t, confidence: 0.9, bbox: { x0: 100, y0: 100 + i * 50, x1: 1800, y1: 140 + i * 50 } })),
        },
      ],
    }),
  );
  it('carries the OCR line boxes into provenance', () => {
    const t = d.tasks[0]!;
    expect(t.provenance).toMatchObject({ page: 1, lineStart: 2, bbox: { x0: 100, y0: 150, x1: 1800, y1: 190 } });
  });
  it('gives a unit read through a damaged (fuzzy-matched) label a lower confidence than a clean one', () => {
    const r = d.tasks[0]!.responsible;
    expect(r.map((x) => `${x.unit}:${x.role}`)).toEqual(['Văn phòng Đảng ủy:lead', 'Ban Tổ chức Đảng ủy:support']);
    expect(r[0]!.confidence).toBeLessThan(r[1]!.confidence);
  });
});

describe('markdown task table (STT | Hạn chế | Giải pháp | chủ trì | phối hợp | Thời gian)', () => {
  const d = run(read('table.md'));
  it('reads one task per row with its units, deadline and shortcoming (an empty cell repeats the one above)', () => {
    const rows = d.tasks.filter((t) => t.sectionId === d.sections[1]!.id);
    expect(rows.map((t) => [t.number, t.text, t.deadline?.kind, t.deadline?.date, t.status])).toEqual([
      ['1', 'Xây dựng lịch sinh hoạt chi bộ cố định', 'by_quarter', '2026-03-31', 'planned'],
      ['2', 'Kiểm tra việc thực hiện lịch sinh hoạt', 'recurring', null, 'ongoing'],
      ['3', 'Rà soát, bổ sung hồ sơ đảng viên', 'before', '2026-06-30', 'planned'],
    ]);
    expect(rows[1]!.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['Ủy ban Kiểm tra Đảng ủy:lead', 'Văn phòng Đảng ủy:support', 'Ban Xây dựng Đảng:support']);
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Sinh hoạt chi bộ chưa đều', 'Hồ sơ đảng viên chưa đầy đủ']);
    expect(rows[1]!.shortcomingIds).toEqual([d.shortcomings[0]!.id]);
    expect(d.document.signature.signer).toBe('Trần Thị Hoa');
  });
});

describe('task tables as a PDF converter emits them', () => {
  const rows = (d: PlanDocument) => d.tasks.filter((t) => t.number !== null && t.sectionId === d.sections[1]!.id);
  const summary = (d: PlanDocument) => rows(d).map((t) => [t.number, t.text, `${t.deadline?.kind} ${t.deadline?.date}`, t.responsible.map((r) => `${r.unit}:${r.role}`).join('; ')]);
  it('skips group rows and a repeated header, splits a cell of several measures ("<br>- …", "- a - b", "a<br>B"), reads a person column, goes on after a page number', () => {
    const d = run(read('table-converted.md'));
    expect(summary(d)).toEqual([
      ['1', 'Duy trì chế độ giao ban nắm tình hình tư tưởng', 'by_quarter 2026-06-30', 'Ban Tuyên giáo và Dân vận Đảng ủy:lead; Văn phòng Đảng ủy:support; Ủy ban Mặt trận Tổ quốc Việt Nam xã:support; Phó Bí thư Thường trực:direct'],
      ['1', 'Xây dựng quy chế phối hợp nắm dư luận xã hội', 'by_quarter 2026-06-30', 'Ban Tuyên giáo và Dân vận Đảng ủy:lead; Văn phòng Đảng ủy:support; Ủy ban Mặt trận Tổ quốc Việt Nam xã:support; Phó Bí thư Thường trực:direct'],
      ['2', 'Tổ chức đối thoại với nhân dân về các vấn đề bức xúc', 'before 2026-06-30', 'Ủy ban nhân dân xã:lead; Các chi bộ thôn:support; Chủ tịch Ủy ban nhân dân xã:direct'],
      ['3', 'Rà soát, bổ sung hồ sơ đảng viên của các chi bộ', 'by_month 2026-09-30', 'Ban Xây dựng Đảng:lead; Các chi bộ trực thuộc:support; Bí thư Đảng ủy:direct'],
      ['3', 'Lập sổ theo dõi hồ sơ đảng viên', 'by_month 2026-09-30', 'Ban Xây dựng Đảng:lead; Các chi bộ trực thuộc:support; Bí thư Đảng ủy:direct'],
      ['3', 'Số hóa hồ sơ đảng viên', 'by_month 2026-09-30', 'Ban Xây dựng Đảng:lead; Các chi bộ trực thuộc:support; Bí thư Đảng ủy:direct'],
      ['4', 'Kiểm tra việc quản lý hồ sơ đảng viên', 'recurring null', 'Ủy ban Kiểm tra Đảng ủy:lead'],
    ]);
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Việc nắm bắt tư tưởng đảng viên có lúc chưa kịp thời', 'Hồ sơ đảng viên ở một số chi bộ chưa đầy đủ']);
    // The paragraph introducing the table is no task, nor the note under it.
    expect(d.tasks.some((t) => t.text.startsWith('Qua kiểm điểm') || t.text.startsWith('Ghi chú'))).toBe(false);
    // One deadline per row, though the row holds two measures.
    expect(d.deadlines.filter((x) => x.kind === 'by_quarter')).toHaveLength(1);
  });
  it('reads a two-row header, skips a group row repeated across merged cells, and goes on after a running title', () => {
    const d = run(read('table-state.md'));
    expect(summary(d)).toEqual([
      ['1', 'Rà soát hồ sơ biến động', 'before 2026-06-30', 'Văn phòng Đăng ký đất đai:lead; Phòng Quản lý đất đai:support'],
      ['1', 'Cập nhật cơ sở dữ liệu đất đai', 'before 2026-06-30', 'Văn phòng Đăng ký đất đai:lead; Phòng Quản lý đất đai:support'],
      ['2', 'Thu hồi đất theo quy định', 'by_quarter 2026-09-30', 'Ủy ban nhân dân các xã:lead; Phòng Quản lý đất đai:support; Thanh tra Sở:support'],
      ['3', 'Kiểm tra 20 cơ sở', 'by_year 2026-12-31', 'Chi cục Bảo vệ môi trường:lead; Công an tỉnh:support'],
    ]);
    expect(d.tasks.some((t) => t.text.startsWith('Kế hoạch khắc phục'))).toBe(false);
    expect(d.document.issuer).toEqual({ name: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', parent: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH' });
  });
  it('reads a header emitted as a table row by row', () => {
    const text = ['| ĐẢNG BỘ TỈNH NGHỆ AN ĐẢNG ỦY XÃ NAM ĐÀN * | ĐẢNG CỘNG SẢN VIỆT NAM |', '|---|---|', '| Số 45-KH/ĐU | Nam Đàn, ngày 12 tháng 3 năm 2026 |', '', '## KẾ HOẠCH', '', '**khắc phục hạn chế, khuyết điểm năm 2025**'].join('\n');
    expect(run(text).document).toMatchObject({ symbol: '45-KH/ĐU', place: 'Nam Đàn', date: '2026-03-12', issuer: { name: 'ĐẢNG ỦY XÃ NAM ĐÀN', parent: 'ĐẢNG BỘ TỈNH NGHỆ AN' } });
    // One body whose name holds another's word is not cut.
    expect(run(['ĐẢNG ỦY CƠ QUAN SỞ TÀI CHÍNH', 'Số 12-KH/ĐU', '', 'KẾ HOẠCH', 'khắc phục'].join('\n')).document.issuer).toEqual({ name: 'ĐẢNG ỦY CƠ QUAN SỞ TÀI CHÍNH', parent: null });
  });
});

describe('Tesseract (vie) output: superscript marks misread as "!", "?", "\'" and a fraction slash', () => {
  // Modelled on Tesseract's output for the generated mild scan of plan 002 (marks ¹²³⁴ → ! ” ? ').
  const page = [
    '1. Nhóm khuyết điểm, hạn chế liên quan đến công tác cán bộ!',
    '* Giải pháp thực hiện:',
    '- Tập trung rà soát tham mưu hoàn thiện các quy định về phân cấp, phân quyền; công tác quy hoạch',
    'cán bộ (hoàn thành trong Quý II⁄2026).',
    '* Tham mưu: Phòng Tổ chức - Cán bộ.',
    '2. Nhóm khuyết điểm, hạn chế liên quan đến công tác xây dựng tổ chức đảng',
    "và đảng viên'",
    '* Giải pháp thực hiện: Ban hành kế hoạch kiểm tra, giám sát (đã hoàn thành trong tháng 3/2026).',
    '* Tham mưu: Phòng Tổ chức đảng và đảng viên.',
    '! Việc tham mưu bố trí cán bộ ở một số nơi còn hạn chế.',
    '?(1) Năng lực lãnh đạo của một số tổ chức đảng chưa mạnh; (2) Công tác phát triển đảng viên gặp khó khăn.',
  ].join('\n');
  const d = validatePlanDocument(extractPlan({ pages: [{ number: 1, text: `II. NỘI DUNG\n${page}`, source: 'ocr', confidence: 0.9 }] }));
  it('recovers the notes, links them to their groups in order and keeps them out of the tasks', () => {
    expect(d.shortcomings.map((s) => `${s.number ?? ''} ${s.text}`.trim())).toEqual([
      'Việc tham mưu bố trí cán bộ ở một số nơi còn hạn chế',
      '(1) Năng lực lãnh đạo của một số tổ chức đảng chưa mạnh',
      '(2) Công tác phát triển đảng viên gặp khó khăn',
    ]);
    expect(d.tasks.map((t) => t.shortcomingIds.length)).toEqual([1, 2]);
    expect(d.tasks[0]!.deadline).toMatchObject({ kind: 'by_quarter', date: '2026-06-30' });
    expect(d.tasks[1]!.status).toBe('done');
    expect(d.tasks[1]!.responsible.map((r) => r.unit)).toEqual(['Phòng Tổ chức đảng và đảng viên']);
  });
});

describe('damaged part numbers and signature on hard scans', () => {
  const text = [
    'KẾ HOẠCH',
    'thử nghiệm',
    '',
    'I1. MỤC ĐÍCH, YÊU CẦU',
    '1. Bảo đảm khách quan.',
    '+ b, h 5 L= “',
    'II. NHIỆM VỤ',
    '1; Ban Tổ chức Đảng ủy rà soát hồ sơ đảng viên (hoàn thành trong tháng 5/2026).',
    '1II- TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Đảng ủy theo dõi, báo cáo trước ngày 15/12/2026.',
    'Nơi nhận: TM BAN THƯỜNG VỤ',
    '~ Ban Thường vụ Huyện ủy, BÍ THƯ',
    '- Lưu VP. Nguyễn Văn Hải',
  ].join('\n');
  const d = run(text, 'ocr');
  it('repairs the run of part numbers and keeps a stray open quote from swallowing a heading', () => {
    expect(d.sections.map((s) => `${s.number} ${s.children.map((c) => c.number).join(',')}`)).toEqual(['I 1', 'II 1', 'III 1']);
    expect(d.sections[0]!.confidence).toBeLessThan(d.sections[1]!.confidence);
    expect(d.tasks.map((t) => t.deadline?.date)).toEqual(['2026-05-31', '2026-12-15']);
    expect(d.tasks[0]!.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['Ban Tổ chức Đảng ủy:execute']);
  });
  it('reads "TM" without its dot and a "~" bullet', () => {
    expect(d.document.signature).toEqual({ authority: 'T/M', body: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', signer: 'Nguyễn Văn Hải' });
    expect(d.document.fields['signature.authority']?.fuzzy).toBe(true);
    expect(d.document.recipients.map((r) => r.name)).toEqual(['Ban Thường vụ Huyện ủy', 'VP']);
  });
});

describe('chi bộ plan: "Hạn chế thứ nhất:" items with a) solutions and a two-label role line', () => {
  const d = run(read('program-style.txt'));
  it('reads shortcomings, tasks and both labels of "Đơn vị chủ trì: X; đơn vị phối hợp: Y"', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Nội dung sinh hoạt chi bộ còn đơn điệu', 'Việc quản lý đảng viên sinh hoạt nơi cư trú chưa chặt chẽ']);
    expect(d.tasks[0]!.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['Chi ủy:lead', 'Ban Giám hiệu:support']);
    expect(d.tasks[0]!.shortcomingIds).toEqual([d.shortcomings[0]!.id]);
    expect(d.tasks.map((t) => `${t.deadline?.kind} ${t.deadline?.date}`)).toEqual(['by_quarter 2026-06-30', 'before 2026-04-30', 'recurring null']);
    expect(d.references.map((r) => `${r.type} ${r.symbol} ${r.date}`)).toEqual(['Thông báo 45-TB/HU 2026-03-10']);
    expect(d.document.issuer).toEqual({ name: 'CHI BỘ TRƯỜNG THPT TÂN UYÊN', parent: 'HUYỆN ỦY TÂN UYÊN' });
  });
});

describe('a repeated part number (OCR dropped an I)', () => {
  it('renumbers it as the next part, with lower confidence, and keeps gaps the writer left', () => {
    const d = run(['I. MỤC ĐÍCH', 'Khắc phục.', 'II. NHIỆM VỤ', '1. Ban Tuyên giáo thực hiện.', 'II. TỔ CHỨC THỰC HIỆN', '1. Văn phòng theo dõi.', 'V. KHÁC', 'Nội dung.'].join('\n'), 'ocr');
    expect(d.sections.map((s) => s.number)).toEqual(['I', 'II', 'III', 'V']);
    expect(d.sections[2]!.confidence).toBeLessThan(d.sections[1]!.confidence);
  });
});
