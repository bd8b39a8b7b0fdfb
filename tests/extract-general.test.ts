import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/extract/index.ts';
import { findDeadlines } from '../src/extract/deadlines.ts';
import { mostlyUpper } from '../src/extract/closing.ts';
import { findReferences } from '../src/extract/references.ts';
import { parseLabel } from '../src/extract/labels.ts';
import { isShortcomingLead } from '../src/extract/shortcomings.ts';
import { personOrUnits, sentenceUnits, splitUnits, unitLine } from '../src/extract/units.ts';
import type { Block } from '../src/extract/blocks.ts';
import type { PlanDocument } from '../src/model/plan-document.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';

// Synthetic snippets (written for these tests) for forms Party plans use that the seeds do not show.
const read = (name: string) => readFileSync(new URL(`./fixtures-extract/${name}`, import.meta.url), 'utf8');
const run = (text: string): PlanDocument => validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source: 'pdf-text', confidence: 0.9 }] }));
const units = (d: PlanDocument) => d.tasks.flatMap((t) => t.responsible.map((r) => `${r.unit}:${r.role}`));
/** The (unit, role) pairs of one sentence, as "unit:role". */
const pairs = (s: string) => sentenceUnits(s).map((h) => `${h.unit}:${h.role}`);
const block = (content: string): Block => ({ lines: [], text: content, starts: [0], marker: null, content, notes: [], footnote: null });

describe('shortcomings listed as bullets under a lead line', () => {
  const d = run(read('party-listed.txt'));
  it('reads each bullet under "Những tồn tại, yếu kém cần khắc phục:" as a shortcoming, not a task', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Công tác đánh giá, xếp loại cán bộ cuối năm còn nể nang',
      'Một số chi bộ chưa thực hiện nghiêm chế độ sinh hoạt định kỳ',
      'Thu ngân sách trên địa bàn chưa đạt dự toán; nợ đọng xây dựng cơ bản còn cao',
    ]);
    expect(d.tasks.some((t) => t.text.startsWith('Công tác đánh giá'))).toBe(false);
    expect(d.tasks.find((t) => t.number === '1.1')?.shortcomingIds).toEqual(['shortcoming-1', 'shortcoming-2']);
  });
  it('reads a quoted shortcoming of a section whose measures are numbered "(1)", "(2)" sub-items', () => {
    expect(d.tasks.filter((t) => t.number === '(1)' || t.number === '(2)').map((t) => t.shortcomingIds)).toEqual([['shortcoming-3'], ['shortcoming-3']]);
  });
  it('reads "a)", "b)" items and "+" bullets under a lead line, and links the measures that follow', () => {
    const e = run(read('party-listed-items.txt'));
    expect(e.shortcomings.map((x) => `${x.number ?? '-'} ${x.text}`)).toEqual([
      'a Công tác nắm bắt dư luận xã hội chưa kịp thời',
      'b Việc học tập nghị quyết ở một số chi bộ còn hình thức',
      '- Chưa kiểm tra đảng viên khi có dấu hiệu vi phạm',
      '- Giám sát chuyên đề còn ít',
      '- Bố trí cán bộ chưa đúng quy hoạch',
    ]);
    expect(e.tasks.map((t) => `${t.shortcomingIds.join(',')} ${t.text.slice(0, 22)}`)).toEqual([
      'shortcoming-1,shortcoming-2 Ban Tuyên giáo Đảng ủy',
      'shortcoming-1,shortcoming-2 Các chi bộ trực thuộc ',
      'shortcoming-3,shortcoming-4 Ủy ban Kiểm tra Đảng ủ',
      'shortcoming-5 Văn phòng Đảng ủy rà s',
    ]);
  });
  it('reads bullets under a heading that is itself the lead line, and links measures given after a "Nhiệm vụ khắc phục:" label', () => {
    const e = run(read('party-listed-heads.txt'));
    expect(e.shortcomings.map((x) => x.text)).toEqual([
      'Bố trí cán bộ chưa đúng quy hoạch',
      'Luân chuyển cán bộ còn chậm',
      'Việc kiểm tra đảng viên khi có dấu hiệu vi phạm chưa được thực hiện thường xuyên',
      'Công tác dân vận chính quyền có lúc chưa được quan tâm',
    ]);
    expect(e.tasks.map((t) => t.shortcomingIds)).toEqual([['shortcoming-1', 'shortcoming-2'], ['shortcoming-3'], ['shortcoming-4']]);
  });
  it('reads unmarked paragraphs between a lead line and a measures label as the listed shortcomings', () => {
    const e = run(read('party-listed-plain.txt'));
    expect(e.shortcomings.map((x) => x.text)).toEqual(['Việc kiểm tra đảng viên khi có dấu hiệu vi phạm chưa được thực hiện', 'Giám sát chuyên đề còn ít, chưa đúng trọng tâm']);
    expect(e.tasks.map((t) => t.shortcomingIds)).toEqual([['shortcoming-1', 'shortcoming-2'], ['shortcoming-1', 'shortcoming-2']]);
  });
  it('reads the bullets before a measures label under a shortcoming-group heading as its shortcomings', () => {
    const e = run(
      [
        'I. HẠN CHẾ VÀ NHIỆM VỤ KHẮC PHỤC',
        '1. Hạn chế trong công tác dân vận',
        '- Việc tiếp dân của người đứng đầu chưa đều đặn.',
        '- Giải quyết kiến nghị của cử tri còn chậm.',
        'Nhiệm vụ khắc phục:',
        '- Thường trực Đảng ủy duy trì lịch tiếp dân hằng tháng (thực hiện thường xuyên).',
      ].join('\n'),
    );
    expect(e.shortcomings.map((x) => x.text)).toEqual(['Việc tiếp dân của người đứng đầu chưa đều đặn', 'Giải quyết kiến nghị của cử tri còn chậm']);
    expect(e.tasks.map((t) => t.shortcomingIds)).toEqual([['shortcoming-1', 'shortcoming-2']]);
  });
  it('tells a lead line from a measures line', () => {
    expect(isShortcomingLead(block('Các khuyết điểm mà Đoàn kiểm tra đã chỉ ra:'))).toBe(true);
    expect(isShortcomingLead(block('Hạn chế, yếu kém:'))).toBe(true);
    expect(isShortcomingLead(block('Nhiệm vụ khắc phục các hạn chế nêu trên:'))).toBe(false);
    expect(isShortcomingLead(block('Khắc phục hạn chế về công tác cán bộ.'))).toBe(false);
    expect(isShortcomingLead(block('Nguyên nhân của những hạn chế trên:'))).toBe(false);
  });
});

describe('unit names', () => {
  const d = run(read('party-listed.txt'));
  it('keeps a list of place names after "các thôn/xã" in one unit', () => {
    expect(units(d)).toContain('Đảng ủy các thôn Đông Sơn, Tây Sơn, Bắc Sơn:execute');
    expect(splitUnits('Đảng ủy các phường Trung Đô, Hưng Bình, Ủy ban nhân dân thành phố').map((u) => u.unit)).toEqual([
      'Đảng ủy các phường Trung Đô, Hưng Bình',
      'Ủy ban nhân dân thành phố',
    ]);
  });
  it('keeps "các ban xây dựng Đảng" whole and ends a "phối hợp" list at a lowercase verb', () => {
    expect(units(d)).toEqual(expect.arrayContaining(['Văn phòng Đảng ủy:lead', 'các ban xây dựng Đảng của Đảng ủy:support', 'Ủy ban nhân dân các thôn, tổ dân phố:support']));
    const hits = sentenceUnits('Hội Nông dân xã chủ trì, phối hợp với Đoàn Thanh niên xã vận động hội viên tham gia.');
    expect(hits.map((h) => `${h.unit}:${h.role}`)).toEqual(['Hội Nông dân xã:lead', 'Đoàn Thanh niên xã:support']);
  });
  it('reads a second list of units after ";" in the subject', () => {
    expect(units(d)).toEqual(expect.arrayContaining(['Các ban xây dựng Đảng:execute', 'các chi bộ, đoàn thể trực thuộc Đảng ủy:execute']));
  });
});

describe('more deadline and unit phrasings', () => {
  it('reads "trong 6 tháng đầu năm", "6 tháng cuối năm" (periods: ranges) and "đến hết năm"', () => {
    const show = (h: { kind: string; date: string | null; startDate?: string }) => `${h.kind} ${h.startDate ?? ''}..${h.date}`;
    expect(findDeadlines('Hoàn thành trong 6 tháng đầu năm 2027.', false).map(show)).toEqual(['range 2027-01-01..2027-06-30']);
    expect(findDeadlines('6 tháng cuối năm 2026', true).map(show)).toEqual(['range 2026-07-01..2026-12-31']);
    expect(findDeadlines('Các chi bộ duy trì đến hết năm 2026.', false).map((h) => `${h.kind} ${h.date}`)).toEqual(['by_year 2026-12-31']);
  });
  it('ends a unit name at a lowercase word after its level, whatever the verb', () => {
    expect(sentenceUnits('Trung tâm Chính trị huyện phối hợp Ban Tuyên giáo Huyện ủy mở lớp bồi dưỡng.').map((u) => `${u.unit}:${u.role}`)).toEqual(['Trung tâm Chính trị huyện:execute', 'Ban Tuyên giáo Huyện ủy:support']);
    expect(sentenceUnits('Đảng ủy Công an huyện soát xét hồ sơ, phối hợp với Mặt trận và các đoàn thể chính trị - xã hội huyện thẩm tra.').map((u) => u.unit)).toEqual(['Đảng ủy Công an huyện', 'Mặt trận', 'các đoàn thể chính trị - xã hội huyện']);
  });
});

describe('deadlines written with the year once, relative to signing, or as a closing period', () => {
  const show = (text: string, context = false) => findDeadlines(text, context).map((h) => `${h.kind} ${h.startDate ?? ''}..${h.date ?? h.daysAfterPlan}`);
  it('reads month and quarter ranges whose year is written only at the end', () => {
    expect(show('Tổ công tác kiểm tra các hộ kinh doanh từ tháng 3 đến tháng 6/2027.')).toEqual(['range 2027-03-01..2027-06-30']);
    expect(show('Mở đợt cao điểm vận động từ quý I đến quý III năm 2027; báo cáo kết quả.')).toEqual(['range 2027-01-01..2027-09-30']);
    expect(show('Triển khai từ Quý IV/2026 đến Quý II/2027.')).toEqual(['range 2026-10-01..2027-06-30']);
  });
  it('reads "chậm nhất đến ngày" and "chậm nhất vào ngày" as before', () => {
    expect(show('Các phòng gửi số liệu chậm nhất đến ngày 05/7/2027.')).toEqual(['before ..2027-07-05']);
    expect(show('Nộp hồ sơ chậm nhất vào ngày 12/8/2027.')).toEqual(['before ..2027-08-12']);
  });
  it('reads "trong N ngày kể từ ngày ký" as days after the plan, dated from the plan\'s own date', () => {
    expect(show('Niêm yết công khai danh sách trong 15 ngày kể từ ngày ban hành Kế hoạch.')).toEqual(['before ..15']);
    const d = run(['HUYỆN ỦY AN PHÚ', 'An Phú, ngày 20 tháng 5 năm 2027', 'KẾ HOẠCH', 'I. NHIỆM VỤ', '1. Rà soát hồ sơ đảng viên, hoàn thành trong 20 ngày kể từ ngày ký Kế hoạch.'].join('\n'));
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['before 2027-06-09']);
  });
  it('reads a closing period and a passive "được … hằng năm" as recurring, not a noun\'s "hằng năm"', () => {
    expect(show('Rà soát, đối chiếu danh sách hộ nghèo với các thôn hằng tháng.').map((s) => s.split(' ')[0])).toEqual(['recurring']);
    expect(show('Kết quả được sơ kết hằng năm cùng với báo cáo chung.').map((s) => s.split(' ')[0])).toEqual(['recurring']);
    expect(show('Tiếp nhận phản ánh vào ngày 10 hằng tháng tại trụ sở.').map((s) => s.split(' ')[0])).toEqual(['recurring']);
    expect(show('Các chi bộ định kỳ 3 tháng tổ chức giao ban với tổ dân phố.').map((s) => s.split(' ')[0])).toEqual(['recurring']);
    expect(show('Chi bộ ra nghị quyết hằng tháng, giao việc cụ thể cho đảng viên.')).toEqual([]);
    expect(show('Thực hiện nghiêm việc đánh giá, xếp loại chất lượng hằng năm.')).toEqual([]);
  });
  it('drops a year before the plan\'s own year: a past event, not a deadline', () => {
    const d = run(['HUYỆN ỦY AN PHÚ', 'An Phú, ngày 20 tháng 5 năm 2027', 'KẾ HOẠCH', 'I. NHIỆM VỤ', '1. Các chi bộ có đảng viên vi phạm trong năm 2026 tổ chức kiểm điểm, hoàn thành trong năm 2027.'].join('\n'));
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['by_year 2027-12-31']);
  });
});

describe('labelled shortcomings', () => {
  it('reads "Nội dung hạn chế: …" and a unit "Các chi bộ" before any verb', () => {
    const d = run(
      [
        'I. NỘI DUNG KHẮC PHỤC',
        '1. Về lãnh đạo kinh tế',
        'Nội dung hạn chế: Tiến độ xây dựng nông thôn mới nâng cao còn chậm.',
        'Giải pháp: Các chi bộ gặp gỡ từng hộ gia đình, hỗ trợ chỉnh trang nhà ở (trong Quý III/2026).',
      ].join('\n'),
    );
    expect(d.shortcomings.map((x) => x.text)).toEqual(['Tiến độ xây dựng nông thôn mới nâng cao còn chậm']);
    expect(d.tasks[0]?.shortcomingIds).toEqual(['shortcoming-1']);
    expect(units(d)).toEqual(['Các chi bộ:execute']);
  });
});

describe('recurring duties', () => {
  it('reads "định kỳ N tháng báo cáo" and "định kỳ hằng quý báo cáo" as recurring', () => {
    const d = run(read('party-listed.txt'));
    expect(d.deadlines.filter((x) => x.kind === 'recurring')).toHaveLength(2);
    expect(findDeadlines('Phòng Nội vụ định kỳ 03 tháng một lần tổng hợp kết quả gửi Thường trực.', false).map((h) => h.kind)).toEqual(['recurring']);
    expect(findDeadlines('Các chi bộ định kỳ 6 tháng, năm báo cáo Đảng ủy.', false).map((h) => h.kind)).toEqual(['recurring']);
    // A period without a duty verb is not a deadline ("nhiệm kỳ", "định kỳ 6 tháng đầu năm" as a topic).
    expect(findDeadlines('Báo cáo sơ kết 6 tháng đầu năm 2026 của Đảng ủy.', false)).toEqual([]);
  });
});

describe('deadline years OCR misread in italic print', () => {
  // An OCR page whose words all read with confidence 0.97 except those given in `low` (word → confidence).
  const ocrPage = (text: string, low: Record<string, number>) => {
    const lines = text.split('\n').map((t) => ({ text: t, confidence: 0.95, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: low[w] ?? 0.97 })) }));
    return validatePlanDocument(extractPlan({ pages: [{ number: 1, text, source: 'ocr', confidence: 0.95, lines }] }));
  };
  const plan = (years: [string, string, string, string]) =>
    [
      'ĐẢNG ỦY XÃ AN PHÚ',
      'Số 07-KH/ĐU',
      'An Phú, ngày 10 tháng 02 năm 2026',
      'KẾ HOẠCH',
      'khắc phục hạn chế sau kiểm tra',
      'I. NHIỆM VỤ KHẮC PHỤC',
      `1. Chi bộ Văn hóa rà soát hồ sơ đảng viên (trước ngày 30/4/${years[0]}).`,
      `2. Văn phòng Đảng ủy tổng hợp ý kiến góp ý (trước ngày 15/6/${years[1]}).`,
      `3. Ban Xây dựng Đảng kiểm tra việc sửa chữa (trước ngày 30/9/${years[2]}).`,
      `4. Hội Nông dân xã vận động hội viên (hoàn thành trong năm ${years[3]}).`,
    ].join('\n');
  it('moves an unsure year far from the plan date to the plan year, with lower confidence', () => {
    // The next year (2027) is a plausible deadline year: read a little unsure (0.93), it is kept.
    const d = ocrPage(plan(['2029', '2026', '2026', '2027']), { '30/4/2029).': 0.93, '2027).': 0.93 });
    expect(d.deadlines.map((x) => x.date)).toEqual(['2026-04-30', '2026-06-15', '2026-09-30', '2027-12-31']);
    expect(d.deadlines[0]!.confidence).toBeLessThan(d.deadlines[1]!.confidence);
  });
  it('keeps a year read with high confidence, and a far year when no sure deadline supports another', () => {
    expect(ocrPage(plan(['2029', '2026', '2026', '2026']), {}).deadlines[0]!.date).toBe('2029-04-30');
    const unsupported = ocrPage(plan(['2029', '2029', '2029', '2029']), { '30/4/2029).': 0.93 });
    expect(unsupported.deadlines[0]!.date).toBe('2029-04-30');
  });
});

describe('OCR misreadings of symbols, quarters, digits and the signature column', () => {
  it('reads a doubled letter of a type code ("QĐÐ", Icelandic Ð for Đ) as the known code', () => {
    const [r] = findReferences('Căn cứ Chỉ thị số 21-CTT/TU, ngày 04/3/2024 của Ban Thường vụ; Quyết định số 88-QĐÐ/HU, ngày 9/10/2025 của Huyện ủy');
    expect(r?.symbol).toBe('21-CT/TU');
    expect(r?.fuzzy).toBe(true);
    expect(findReferences('Quyết định số 88-QĐÐ/HU, ngày 9/10/2025')[0]).toMatchObject({ symbol: '88-QĐ/HU', date: '2025-10-09', fuzzy: true });
    // A real code is never collapsed.
    expect(findReferences('Tờ trình số 05-TTr/ĐU ngày 02/4/2026')[0]?.symbol).toBe('05-TTr/ĐU');
  });
  it('reads "Quý HI/2026" (two strokes joined into H) as the third quarter, fuzzy', () => {
    expect(findDeadlines('hoàn thành trong Quý HI/2027', true).map((h) => [h.kind, h.date, h.fuzzy])).toEqual([['by_quarter', '2027-09-30', true]]);
    expect(findDeadlines('công tác quy hoạch năm 2026', false).filter((h) => h.kind === 'by_quarter')).toEqual([]);
  });
  it('reads "J5/12/2026" as 15/12/2026', () => {
    expect(findDeadlines('báo cáo Ban Thường vụ trước ngày J0/11/2026.', false).map((h) => h.date)).toEqual(['2026-11-10']);
  });
  it('splits a lowered-letter position ("PHÓ Bí THƯ") off an interleaved recipient line and restores its capitals', () => {
    const text = [
      'I. NHIỆM VỤ',
      '1. Văn phòng Đảng ủy tổng hợp ý kiến (trước ngày 15/6/2026).',
      '2. Ban Xây dựng Đảng kiểm tra việc sửa chữa (trước ngày 30/9/2026).',
      '3. Chi bộ Văn hóa rà soát hồ sơ (trước ngày 30/10/2026).',
      'Nơi nhận: T/M ĐẢNG ỦY',
      '- Ban Thường vụ Thị ủy (để báo cáo), PHÓ Bí THƯ',
      '- Lưu Văn phòng Đảng ủy. Đỗ Thị Hạnh',
    ].join('\n');
    const d = run(text);
    expect(d.document.recipients.map((r) => r.name)).toEqual(['Ban Thường vụ Thị ủy', 'Văn phòng Đảng ủy']);
    expect(d.document.signature).toEqual({ authority: 'T/M', body: 'ĐẢNG ỦY', position: 'PHÓ BÍ THƯ', signer: 'Đỗ Thị Hạnh' });
    expect(mostlyUpper('Ban Thường vụ')).toBe(false);
    // The position printed beside a recipient that wraps in the middle of its purpose.
    const wrapped = run(text.replace('- Ban Thường vụ Thị ủy (để báo cáo), PHÓ Bí THƯ', '- Ban Thường vụ Thị ủy (để báo BÍ THƯ\ncáo),'));
    expect(wrapped.document.recipients.map((r) => `${r.name} (${r.purpose})`)).toEqual(['Ban Thường vụ Thị ủy (báo cáo)', 'Văn phòng Đảng ủy (lưu)']);
    expect(wrapped.document.signature?.position).toBe('BÍ THƯ');
  });
  it('reads a person, not a unit, from a monitor line with a damaged "Đồng chí" or none', () => {
    expect(personOrUnits('Đồng chỉ Nguyễn Thị Mai, Phó Chủ tịch Ủy ban nhân dân xã.').map((u) => u.unit)).toEqual(['Nguyễn Thị Mai']);
    expect(personOrUnits('Phạm Quốc Hùng, Ủy viên Ban Thường vụ; Văn phòng Đảng ủy').map((u) => u.unit)).toEqual(['Phạm Quốc Hùng', 'Văn phòng Đảng ủy']);
    expect(personOrUnits('Đồng chủ trì Ban Tổ chức Đảng ủy').map((u) => u.unit)).not.toContain('trì Ban Tổ chức Đảng ủy');
  });
});

describe('a plan of a hospital Party committee: inline shortcomings, role labels by part, persons named in turn', () => {
  const d = run(
    [
      'II. NỘI DUNG HẠN CHẾ VÀ GIẢI PHÁP',
      '1. Các tồn tại theo kết quả kiểm tra của Sở Y tế',
      'Theo kết quả kiểm tra theo Kế hoạch số 15/KH-SYT ngày 02/3/2027 của Sở Y tế, năm 2026 Trung tâm đạt 3,1 điểm, thấp hơn mức trung bình của các đơn vị cùng hạng; còn các tồn tại sau:',
      '- Nhà vệ sinh của Khoa Nhi xuống cấp, chưa bảo đảm sạch sẽ.',
      '- Phần mềm quản lý hồ sơ sức khỏe chưa kết nối với tuyến xã.',
      'Giải pháp khắc phục:',
      'a) Sửa chữa nhà vệ sinh của Khoa Nhi. Khoa Nhi thực hiện, Phòng Hành chính quản trị phối hợp.',
      '- Đơn vị thực hiện: Phòng Tài chính kế toán chủ trì, phối hợp với Phòng Hành chính quản trị.',
      'b) Kết nối phần mềm với tuyến xã.',
      '- Đơn vị thực hiện: Phòng Công nghệ thông tin tham mưu; Khoa Khám bệnh, Phòng Kế hoạch tổng hợp phối hợp.',
      '- Thời gian: Quý II/2027 (kết nối); trước ngày 30/9/2027 (vận hành).',
      '2. Hạn chế qua kiểm điểm',
      'Báo cáo kiểm điểm chỉ ra hai hạn chế chủ yếu là: việc sinh hoạt chuyên đề ở các chi bộ chưa đều; công tác nắm bắt tư tưởng còn chậm.',
      '2.1. Các chi bộ sinh hoạt chuyên đề mỗi quý một lần; Đoàn Thanh niên Trung tâm giới thiệu đoàn viên ưu tú.',
      '2.2. Đảng ủy phân công đồng chí Lê Văn Tâm, Phó Bí thư Đảng ủy, chỉ đạo chung; đồng chí Trần Thị Hoa, Ủy viên Ban Thường vụ, theo dõi, đôn đốc.',
    ].join('\n'),
  );
  it('reads bullets after a long lead paragraph whose last clause leads them, and ";" clauses after "hạn chế … là:"', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Nhà vệ sinh của Khoa Nhi xuống cấp, chưa bảo đảm sạch sẽ',
      'Phần mềm quản lý hồ sơ sức khỏe chưa kết nối với tuyến xã',
      'việc sinh hoạt chuyên đề ở các chi bộ chưa đều',
      'công tác nắm bắt tư tưởng còn chậm',
    ]);
  });
  it('gives each part of a role label the role word that closes it, or reads it as a sentence', () => {
    expect(units(d)).toEqual(
      expect.arrayContaining([
        'Khoa Nhi:execute',
        'Phòng Hành chính quản trị:support',
        'Phòng Tài chính kế toán:lead',
        'Phòng Công nghệ thông tin:advise',
        'Khoa Khám bệnh:support',
        'Phòng Kế hoạch tổng hợp:support',
        'Đoàn Thanh niên Trung tâm:execute',
        'Lê Văn Tâm:direct',
        'Trần Thị Hoa:monitor',
      ]),
    );
    expect(units(d).filter((u) => /Đảng ủy:/.test(u))).toEqual([]);
  });
  it('reads one deadline per ";" clause of a deadline slot', () => {
    // …and "sinh hoạt chuyên đề mỗi quý một lần" in 2.1 is a frequency: a recurring deadline of its own.
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['by_quarter 2027-06-30', 'before 2027-09-30', 'recurring null']);
  });
});

describe('shortcomings numbered inside a paragraph, and findings after "… chỉ ra:"', () => {
  const d = run(
    [
      'II. HẠN CHẾ VÀ GIẢI PHÁP',
      '1. Về quản lý tài chính',
      'Đoàn kiểm tra kết luận Đảng ủy còn các hạn chế: (1) chưa chỉ đạo công khai tài chính đúng hạn; quỹ cơ quan chưa có sổ sách; (2) chậm quyết toán 02 công trình sửa chữa trụ sở.',
      'Giải pháp khắc phục:',
      '1.1. Công khai tài chính năm 2026 tại hội nghị cán bộ (trong tháng 6/2027).',
      '2. Về công tác kiểm tra',
      'Ủy ban Kiểm tra tỉnh chỉ ra:',
      '- Chương trình giám sát năm 2026 chưa sát thực tế.',
      '- Việc lập hồ sơ kiểm tra còn thiếu biên bản.',
      '',
      'Nguyên nhân chủ yếu là cán bộ kiểm tra còn kiêm nhiệm.',
      '2.1. Bổ sung chương trình giám sát năm 2027 (trong quý II/2027).',
    ].join('\n'),
  );
  it('reads "(1) …; (2) …" after a lead that names shortcomings, keeping ";" inside an item', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'chưa chỉ đạo công khai tài chính đúng hạn; quỹ cơ quan chưa có sổ sách',
      'chậm quyết toán 02 công trình sửa chữa trụ sở',
      'Chương trình giám sát năm 2026 chưa sát thực tế',
      'Việc lập hồ sơ kiểm tra còn thiếu biên bản',
    ]);
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Công khai tài chính ', 'Bổ sung chương trình']);
  });
});

describe('monitoring and directing units, and more deadline phrasings', () => {
  const roles = (s: string) => sentenceUnits(s).map((u) => `${u.unit}:${u.role}`);
  it('reads "X theo dõi, đôn đốc" as monitor and "X chỉ đạo chung" as direct, but "Giao X theo dõi, tổng hợp" as execute', () => {
    expect(roles('Đảng ủy Ủy ban nhân dân huyện lãnh đạo thực hiện; Ban Tổ chức Huyện ủy theo dõi, đôn đốc.')).toContain('Ban Tổ chức Huyện ủy:monitor');
    expect(roles('Thường trực Huyện ủy chỉ đạo chung việc thực hiện Kế hoạch.')).toEqual(['Thường trực Huyện ủy:direct']);
    expect(roles('Giao Văn phòng Huyện ủy theo dõi, tổng hợp kết quả.')).toEqual(['Văn phòng Huyện ủy:execute']);
  });
  it('keeps "Ủy ban kiểm tra" inside a unit name and ends a unit at "kiểm điểm"', () => {
    expect(roles('Ủy ban kiểm tra đảng ủy các xã, thị trấn thực hiện; báo cáo kết quả.')).toEqual(['Ủy ban kiểm tra đảng ủy các xã, thị trấn:execute']);
    expect(roles('Các tổ chức đảng có liên quan kiểm điểm trách nhiệm tập thể.')).toEqual(['Các tổ chức đảng có liên quan:execute']);
  });
  it('reads "đến hết tháng", "N ngày sau khi … ban hành" and "vào tháng 6 và tháng 12 hằng năm"', () => {
    const show = (text: string) => findDeadlines(text, false).map((h) => `${h.kind} ${h.startDate ?? ''}..${h.date ?? h.daysAfterPlan}`);
    expect(show('Rà soát hồ sơ từ tháng 3 đến hết tháng 8/2027.')).toEqual(['range 2027-03-01..2027-08-31']);
    expect(show('Gửi kế hoạch chậm nhất 15 ngày sau khi Kế hoạch này được ban hành.')).toEqual(['before ..15']);
    expect(show('Báo cáo Thường trực vào tháng 3 và tháng 9 hằng năm.')).toEqual(['recurring ..undefined']);
  });
});

describe('forms met on later held-out plans: counted items, area labels, inline responsibility, persons by "ông"/"bà"', () => {
  const d = run(
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ AN PHÚ',
      'Số: 15/KH-UBND',
      'An Phú, ngày 12 tháng 3 năm 2027',
      'KẾ HOẠCH',
      'Khắc phục tồn tại sau thanh tra',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Khắc phục dứt điểm các tồn tại đã được chỉ ra.',
      'II. NHỮNG TỒN TẠI CẦN KHẮC PHỤC',
      'Đoàn thanh tra chỉ ra các tồn tại sau:',
      '- Trong quản lý chợ: hợp đồng thuê ki-ốt đã hết hạn nhưng chưa được gia hạn.',
      '- Về quản lý quỹ: sổ sách chưa cập nhật kịp thời.',
      'Qua tự rà soát, xã còn hai hạn chế: một là, chưa công khai danh sách hộ nghèo; hai là, việc tiếp công dân còn chậm.',
      'HI. GIẢI PHÁP KHẮC PHỤC',
      '1. Gia hạn hợp đồng thuê ki-ốt. Trách nhiệm: Phòng Kinh tế (chủ trì); Văn phòng, Ban Quản lý chợ (phối hợp). Thời hạn: trước ngày 30/4.',
      '2. Khắc phục tình trạng sổ quỹ chưa được cập nhật hằng ngày theo quy định: kế toán cập nhật sổ quỹ, báo cáo định kỳ 02 lần/tháng.',
      '3. Công khai danh sách hộ nghèo tại nhà văn hóa các thôn trong 5 ngày làm việc kể từ ngày ký; rà soát lại vào tháng 5 - 6/2027.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Chủ tịch Ủy ban nhân dân xã phân công ông Y Bhin Niê, Phó Chủ tịch, trực tiếp chỉ đạo; bà Trần Thị Lan, công chức Văn phòng, theo dõi, đôn đốc.',
    ].join('\n\n'),
  );
  it('reads "HI." as part III, area-labelled bullets without their label, and items counted in words', () => {
    expect(d.sections.map((s) => s.number)).toEqual(['I', 'II', 'III', 'IV']);
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'hợp đồng thuê ki-ốt đã hết hạn nhưng chưa được gia hạn',
      'sổ sách chưa cập nhật kịp thời',
      'chưa công khai danh sách hộ nghèo',
      'việc tiếp công dân còn chậm',
      'sổ quỹ chưa được cập nhật hằng ngày theo quy định',
    ]);
  });
  it('reads units with their role in parentheses after "Trách nhiệm:", and persons after "ông"/"bà"', () => {
    expect(units(d)).toEqual(
      expect.arrayContaining(['Phòng Kinh tế:lead', 'Văn phòng:support', 'Ban Quản lý chợ:support', 'Y Bhin Niê:direct', 'Trần Thị Lan:monitor']),
    );
  });
  it('dates a day without a year, working days and a dashed month range from the plan', () => {
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(
      expect.arrayContaining(['before 2027-04-30', 'recurring null', 'before 2027-03-19', 'range 2027-06-30']),
    );
  });
});

describe('forms met on the h20–h23 held-out plans: area labels, chained labels, posts and occasions', () => {
  const d = run(
    [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN LẠC',
      'TRƯỜNG THPT BÌNH MINH',
      'Số: 21/KH-THPTBM',
      'Bình Minh, ngày 12 tháng 3 năm 2027',
      'KẾ HOẠCH',
      'Khắc phục thiếu sót sau kiểm tra',
      'Căn cứ Quy định số 22-QĐi/TW ngày 28/7/2021 của Ban Chấp hành Trung ương;',
      'Căn cứ Báo cáo kiểm toán số 12/BC-KV IV ngày 15/01/2027 của Kiểm toán nhà nước khu vực IV;',
      'Thực hiện Văn bản số 845/UBND-VX ngày 02/02/2027 của Ủy ban nhân dân tỉnh,',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Khắc phục dứt điểm các thiếu sót đã được chỉ ra.',
      'II. NHỮNG HẠN CHẾ PHẢI KHẮC PHỤC',
      '1. Những hạn chế do Đoàn kiểm tra chỉ ra',
      'Đoàn kiểm tra kết luận nhà trường còn các tồn tại chủ yếu:',
      '*Về quản lý tài sản:* sổ theo dõi tài sản chưa được cập nhật sau đợt kiểm kê cuối năm.',
      '*Về công tác tuyển sinh:* hồ sơ của một số học sinh được ưu tiên còn thiếu giấy xác nhận.',
      '2. Những hạn chế qua tự kiểm tra',
      'Nhà trường tự kiểm tra, kết luận còn các thiếu sót: thứ nhất, phòng thí nghiệm chưa có nội quy an toàn; thứ hai, thư viện mở cửa không đúng lịch.',
      'Báo cáo tự kiểm tra cuối học kỳ xác định thêm hai hạn chế. Thứ nhất là việc nhập điểm còn chậm so với lịch. Thứ hai là sổ đầu bài ghi chưa đầy đủ.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Cập nhật sổ theo dõi tài sản.',
      '*Người chủ trì:* đ/c Trần Văn Hùng, Phó Hiệu trưởng. *Người phối hợp:* Tổ Văn phòng. *Thời gian:* từ ngày 05/5 đến ngày 20/5/2027.',
      '2. Bổ sung giấy xác nhận ưu tiên cho học sinh. Kế toán nhà trường bổ sung chứng từ; Phòng Hành chính hỗ trợ kiểm tra hồ sơ. Đưa vào sử dụng trước dịp Quốc khánh 02/9/2027.',
      '3. Xây dựng nội quy phòng thí nghiệm, thời hạn 20 ngày kể từ ngày ký Kế hoạch. Giao đ/c Hoàng Văn Bình, Thư ký Hội đồng trường, lập danh sách thiết bị.',
      '4. Trồng cây xanh trong khuôn viên vào mùa mưa năm 2027 (từ tháng 6 đến tháng 9); tỷ lệ cây sống phải đạt 90% đến ngày 31/01/2028.',
      '5. Điều chỉnh lịch thư viện. Ngày 10/3/2027 đã niêm yết lịch mới; báo cáo tại phiên họp thường kỳ tháng 6/2027; kiểm tra vào tuần cuối mỗi tháng.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Hiệu trưởng chỉ đạo chung. Đồng chí Lê Văn Nam, Phó Hiệu trưởng, trực tiếp chỉ đạo mục 2 phần III.',
      '2. Tổ Văn phòng là đầu mối tổng hợp, tham mưu Hiệu trưởng báo cáo kết quả; Đồn Biên phòng Cửa Lò hỗ trợ tuyên truyền.',
    ].join('\n\n'),
  );
  it('reads area-labelled paragraphs without their labels, inline ordinals after "thiếu sót:" and "Thứ nhất là" sentences', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'sổ theo dõi tài sản chưa được cập nhật sau đợt kiểm kê cuối năm',
      'hồ sơ của một số học sinh được ưu tiên còn thiếu giấy xác nhận',
      'phòng thí nghiệm chưa có nội quy an toàn',
      'thư viện mở cửa không đúng lịch',
      'việc nhập điểm còn chậm so với lịch',
      'sổ đầu bài ghi chưa đầy đủ',
    ]);
    expect(d.tasks.some((t) => t.text.startsWith('Những hạn chế'))).toBe(false);
  });
  it('reads "QĐi" Party symbols, "Văn bản số" and State Audit regional issuers ("KV IV")', () => {
    expect(d.references.map((r) => `${r.type} ${r.symbol} ${r.date}`)).toEqual([
      'Quy định 22-QĐi/TW 2021-07-28',
      'Báo cáo 12/BC-KV IV 2027-01-15',
      'Văn bản 845/UBND-VX 2027-02-02',
    ]);
  });
  it('reads chained labels, posts as subjects, "hỗ trợ", "là đầu mối … tham mưu" and persons by "đ/c" or opening a sentence', () => {
    expect(units(d)).toEqual(
      expect.arrayContaining([
        'Trần Văn Hùng:lead',
        'Tổ Văn phòng:support',
        'Kế toán nhà trường:execute',
        'Phòng Hành chính:support',
        'Hoàng Văn Bình:execute',
        'Hiệu trưởng:direct',
        'Lê Văn Nam:direct',
        'Tổ Văn phòng:advise',
        'Đồn Biên phòng Cửa Lò:support',
      ]),
    );
  });
  it('reads deadlines before an occasion, by a day, N days from signing, a season, a dated done part and every month', () => {
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(
      expect.arrayContaining([
        'range 2027-05-20',
        'before 2027-09-02',
        'before 2027-04-01',
        'range 2027-09-30',
        'before 2028-01-31',
        'on 2027-03-10',
        'by_month 2027-06-30',
        'recurring null',
      ]),
    );
  });
});

describe('forms met on the h24–h27 held-out plans: review leads, "(ii)" items, "cùng ngày", done parts, ethnic names', () => {
  const d = run(
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ CƯ MGAR',
      'Số: 30/KH-UBND',
      'Cư Mgar, ngày 16 tháng 3 năm 2027',
      'KẾ HOẠCH',
      'Khắc phục tồn tại sau thanh tra',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Khắc phục dứt điểm các tồn tại.',
      'II. NỘI DUNG TỒN TẠI, HẠN CHẾ',
      '1. Do Đoàn thanh tra chỉ ra',
      'Tại buổi công bố ngày 02/3/2027 (Kết luận số 15/KL-TTr cùng ngày), Đoàn thanh tra xác định: thứ nhất, sổ địa chính chưa được chỉnh lý; thứ hai, quỹ đất công ích chưa được đo đạc.',
      '2. Do xã tự rà soát',
      'Báo cáo số 08/BC-UBND của xã về kết quả tự rà soát chỉ ra thêm các hạn chế: việc chi trả trợ cấp còn chậm hai tháng; danh sách hộ nghèo chưa được niêm yết tại thôn.',
      'Ủy ban Kiểm tra đồng thời yêu cầu khắc phục:',
      '(i) hồ sơ giao rừng cho cộng đồng còn thiếu bản đồ;',
      '(ii) tổ bảo vệ rừng chưa ghi nhật ký tuần tra;',
      '(iii) phương án phòng cháy rừng chưa được phê duyệt.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Chỉnh lý sổ địa chính. Đơn vị thực hiện: Văn phòng Ủy ban (chủ trì); Phòng Kinh tế, Phòng Văn hóa - Xã hội (phối hợp). Thời gian: 01/4 - 15/9/2027.',
      '2. Đo đạc quỹ đất công ích; nộp hồ sơ trước 16 giờ 30 phút ngày 10/5/2027 (Phòng Kinh tế; thời gian: quý III/2027).',
      '3. Chi trả trợ cấp đúng hạn. Xã đã công khai danh sách ngày 05/3/2027; báo cáo tiến độ hằng tháng, chậm nhất ngày 05 của tháng liền kề.',
      '4. Rà soát hồ sơ giao rừng. Ngày 09/3/2027, Ủy ban nhân dân xã đã có văn bản gửi các thôn; phát hiện vi phạm phải báo ngay; đối chiếu vào tuần đầu tiên của tháng đầu mỗi quý. Phòng Kinh tế chủ trì, phối hợp với Hạt Kiểm lâm khu vực Cư Mgar làm rõ người vi phạm.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Chủ tịch Ủy ban nhân dân xã phân công: ông Y Kô Byă, Phó Chủ tịch Ủy ban nhân dân xã, trực tiếp chỉ đạo khoản 1, 2 Mục III; bà H\'Loan Niê Kdăm, Phó Chủ tịch Ủy ban nhân dân xã, chỉ đạo khoản 3, 4 Mục III.',
      '2. Văn phòng Ủy ban (bộ phận thường trực của Tổ giúp việc) là đầu mối theo dõi, đôn đốc việc thực hiện.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      "H'Loan Niê Kdăm",
    ].join('\n\n'),
  );
  it('reads a part headed "Nội dung tồn tại", a review\'s lead, counted items after any lead and "(ii)" items', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'sổ địa chính chưa được chỉnh lý',
      'quỹ đất công ích chưa được đo đạc',
      'việc chi trả trợ cấp còn chậm hai tháng',
      'danh sách hộ nghèo chưa được niêm yết tại thôn',
      'hồ sơ giao rừng cho cộng đồng còn thiếu bản đồ',
      'tổ bảo vệ rừng chưa ghi nhật ký tuần tra',
      'phương án phòng cháy rừng chưa được phê duyệt',
    ]);
  });
  it('dates a reference "cùng ngày" from the day named before it', () => {
    expect(d.references.map((r) => `${r.symbol} ${r.date}`)).toContain('15/KL-TTr 2027-03-02');
  });
  it('reads deadlines before a clock time, a day range without "từ", parts done on a day, "báo ngay" and days of every month', () => {
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(
      expect.arrayContaining(['range 2027-09-15', 'before 2027-05-10', 'by_quarter 2027-09-30', 'on 2027-03-05', 'on 2027-03-09', 'immediate null', 'recurring null']),
    );
    expect(d.deadlines.filter((x) => x.kind === 'recurring')).toHaveLength(2);
  });
  it('reads roles in parentheses after a label, units alone before a deadline, described subjects, list ends and ethnic names', () => {
    expect(units(d)).toEqual(
      expect.arrayContaining([
        'Văn phòng Ủy ban:lead',
        'Phòng Kinh tế:support',
        'Phòng Văn hóa - Xã hội:support',
        'Phòng Kinh tế:execute',
        'Hạt Kiểm lâm khu vực Cư Mgar:support',
        'Y Kô Byă:direct',
        "H'Loan Niê Kdăm:direct",
        'Văn phòng Ủy ban:monitor',
      ]),
    );
    expect(d.document.signature.signer).toBe("H'Loan Niê Kdăm");
  });
});

describe('forms met on the h28–h31 held-out plans: slash items, quoted findings, run-in titles, more deadline forms', () => {
  const d = run(
    [
      'SỞ Y TẾ TỈNH AN LẠC',
      'TRUNG TÂM Y TẾ BÌNH MINH',
      'Số: 40/KH-TTYT',
      'Bình Minh, ngày 10 tháng 4 năm 2027',
      'KẾ HOẠCH',
      'Khắc phục tồn tại sau thanh tra',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Khắc phục dứt điểm các tồn tại.',
      'II. NHỮNG TỒN TẠI, HẠN CHẾ',
      'A. Theo Kết luận thanh tra',
      '1/ Kho thuốc không mở thẻ kho theo dõi riêng thuốc thuộc chương trình mục tiêu.',
      '2/ Số liệu tiêm chủng trên phần mềm không khớp với sổ tiêm chủng của trạm y tế.',
      'B. Qua tự kiểm tra',
      '(1) Quản lý hồ sơ. Hồ sơ bệnh án của khoa Nội còn thiếu chữ ký của bác sĩ điều trị trong nhiều ngày.',
      '(2) Quản lý tài sản. Sổ theo dõi tài sản cố định chưa được cập nhật sau đợt kiểm kê cuối năm.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Về quản lý kho',
      'Đoàn thanh tra kết luận: “Việc bảo quản vắc xin tại kho tuyến huyện chưa đúng quy định”.',
      'Mở thẻ kho riêng cho từng chương trình, xong trước 30/6. Khoa Dược thực hiện.',
      '2. Đối chiếu số liệu tiêm chủng; thời hạn: tháng 6/2027. Thời gian cao điểm: 20/4/2027 – 19/5/2027.',
      '3. Tổ chức kiểm điểm, hoàn thành chậm nhất là ngày 30 tháng Sáu năm 2027; đưa phần mềm vào sử dụng trước Lễ Quốc khánh 02/9/2027; trạm y tế phát hiện phản ứng sau tiêm phải báo cáo ngay về Trung tâm.',
      '4. Giao ban vào tối thứ Sáu hằng tuần; sơ kết vào kỳ họp tháng cuối mỗi quý. Kỷ niệm ngày thành lập ngành (27/02/1955 - 27/02/2027).',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Giám đốc Trung tâm chỉ đạo, điều hành chung.',
    ].join('\n\n'),
  );
  it('reads "1/" items, run-in titles and a finding quoted after "kết luận:" as shortcomings', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Kho thuốc không mở thẻ kho theo dõi riêng thuốc thuộc chương trình mục tiêu',
      'Số liệu tiêm chủng trên phần mềm không khớp với sổ tiêm chủng của trạm y tế',
      'Hồ sơ bệnh án của khoa Nội còn thiếu chữ ký của bác sĩ điều trị trong nhiều ngày',
      'Sổ theo dõi tài sản cố định chưa được cập nhật sau đợt kiểm kê cuối năm',
      'Việc bảo quản vắc xin tại kho tuyến huyện chưa đúng quy định',
    ]);
  });
  it('reads deadlines without "ngày" or "từ", a month in words, before an occasion, "báo cáo ngay" and periods, not an anniversary', () => {
    const got = d.deadlines.map((x) => `${x.kind} ${x.date}`);
    expect(got).toEqual(
      expect.arrayContaining(['before 2027-06-30', 'by_month 2027-06-30', 'range 2027-05-19', 'before 2027-09-02', 'immediate null', 'recurring null']),
    );
    expect(got.filter((x) => x === 'recurring null')).toHaveLength(2);
    expect(got.some((x) => x.startsWith('range 2027-02-27'))).toBe(false);
  });
  it('reads "X chỉ đạo, điều hành chung" as direct', () => {
    expect(units(d)).toContain('Giám đốc Trung tâm:direct');
  });
});

describe('forms met on the h32–h35 held-out plans: numbered findings, lists that go on, clauses after units, more periods', () => {
  const d = run(
    [
      'UBND TỈNH AN LẠC',
      'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP',
      'Số: 50/KH-BQL',
      'An Lạc, ngày 16 tháng 4 năm 2027',
      'KẾ HOẠCH',
      'Khắc phục tồn tại sau thanh tra',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Khắc phục dứt điểm các tồn tại.',
      'II. NHỮNG TỒN TẠI, HẠN CHẾ',
      '1. Trong cấp phép đầu tư',
      '*Tồn tại 1.* Điều chỉnh giấy chứng nhận cho 04 dự án khi chưa có ý kiến của các sở liên quan.',
      '*Tồn tại 2.* Buông lỏng theo dõi tiến độ: 07 dự án chậm tiến độ trên 24 tháng.',
      '2. Trong giám sát môi trường',
      'Giám sát sau cấp phép môi trường chưa được quan tâm đúng mức: (3) không kiểm tra vận hành thử công trình xử lý chất thải; (4) chưa yêu cầu khắc phục sự cố quan trắc tự động.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Rà soát giấy chứng nhận đầu tư. Thời gian: thường xuyên, bắt đầu từ ngày 01/5/2027.',
      '2. Đôn đốc tiến độ dự án; muộn nhất là ngày 30/6/2027 phải có kết quả.',
      'Đơn vị thực hiện: Công ty cổ phần Hạ tầng Bình Minh, hoàn thành trước ngày 31/5/2027.',
      '3. Đề nghị Ủy ban nhân dân các xã, phường trên địa bàn phối hợp kiểm tra; phấn đấu đến hết tháng 9/2027 số hóa toàn bộ hồ sơ, đưa lên cổng dịch vụ trong tháng Tư.',
      '4. Họp giao ban vào chiều thứ Năm của tuần đầu tiên trong tháng; sinh hoạt chuyên đề định kỳ mỗi quý 01 chuyên đề. Bưu điện tỉnh An Lạc, Tỉnh đoàn An Lạc phối hợp tuyên truyền.',
    ].join('\n\n'),
  );
  it('reads numbered findings ("Tồn tại 1.") without their number and counted items after a long finding lead', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Điều chỉnh giấy chứng nhận cho 04 dự án khi chưa có ý kiến của các sở liên quan',
      'Buông lỏng theo dõi tiến độ: 07 dự án chậm tiến độ trên 24 tháng',
      'không kiểm tra vận hành thử công trình xử lý chất thải',
      'chưa yêu cầu khắc phục sự cố quan trắc tự động',
    ]);
  });
  it('ends a unit list at a clause, lets "trên địa bàn" go on a name and splits "Bưu điện …, Tỉnh đoàn …"', () => {
    expect(units(d)).toEqual(
      expect.arrayContaining([
        'Công ty cổ phần Hạ tầng Bình Minh:execute',
        'Ủy ban nhân dân các xã, phường trên địa bàn:support',
        'Bưu điện tỉnh An Lạc:support',
        'Tỉnh đoàn An Lạc:support',
      ]),
    );
  });
  it('reads a start date as none, "muộn nhất", "đến hết tháng", a month in words without a year and more periods', () => {
    const got = d.deadlines.map((x) => `${x.kind} ${x.date}`);
    expect(got).toEqual(expect.arrayContaining(['before 2027-06-30', 'before 2027-05-31', 'by_month 2027-09-30', 'by_month 2027-04-30']));
    expect(got).not.toContain('on 2027-05-01');
    expect(got.filter((x) => x === 'recurring null').length).toBeGreaterThanOrEqual(3);
  });
});

describe('months in words', () => {
  it('reads "tháng Mười Hai" as December, like "tháng Chạp", with or without a day', () => {
    const read = (t: string) => findDeadlines(t, false).map((h) => `${h.kind} ${h.date}`);
    expect(read('xong trong tháng Mười Hai năm 2026.')).toEqual(['by_month 2026-12-31']);
    expect(read('xong trong tháng Chạp năm 2026.')).toEqual(['by_month 2026-12-31']);
    expect(read('chậm nhất ngày 15 tháng Mười Hai năm 2026.')).toEqual(['before 2026-12-15']);
    expect(read('trong tháng Mười Một năm 2026.')).toEqual(['by_month 2026-11-30']);
  });
});

describe('forms met on h36-h39 (converted plans of Party boards)', () => {
  const units = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('keeps "và" inside the names of merged boards and joint offices', () => {
    expect(units('Ban Tổ chức Đảng ủy phối hợp với Ban Tuyên giáo và Dân vận Đảng ủy gợi ý chủ đề sinh hoạt.')).toEqual(['Ban Tổ chức Đảng ủy:execute', 'Ban Tuyên giáo và Dân vận Đảng ủy:support']);
    expect(units('Chi bộ Ban Nội chính Tỉnh ủy, Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh tính lại mức đảng phí.')).toEqual(['Chi bộ Ban Nội chính Tỉnh ủy:execute', 'Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh:execute']);
    expect(units('Ban Tuyên giáo chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy duy trì chế độ nắm tình hình.')).toEqual(['Ban Tuyên giáo:lead', 'Ủy ban Kiểm tra Đảng ủy:support']);
  });
  it('reads role labels that name their holder ("Phòng tham mưu:", "Lãnh đạo Ban chỉ đạo:"), not a unit named so', () => {
    expect(parseLabel('Phòng tham mưu: Phòng Lý luận chính trị (chủ trì); Phòng Tuyên truyền (phối hợp).')).toMatchObject({ kind: 'role', role: 'advise' });
    expect(parseLabel('Lãnh đạo Ban chỉ đạo: đồng chí Phó Trưởng ban phụ trách lĩnh vực tuyên giáo.')).toMatchObject({ kind: 'role', role: 'direct' });
    expect(parseLabel('Phòng Tham mưu: chủ trì tổng hợp.')?.kind).not.toBe('role');
    expect(splitUnits('Công an tỉnh, Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình Tây Ninh').map((u) => u.unit)).toEqual(['Công an tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Tây Ninh']);
  });
  it('splits "…, các Trung tâm …" as a new unit and reads "X là đầu mối, tham mưu …" as advise', () => {
    expect(splitUnits('Các trường THPT, các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên').map((u) => u.unit)).toEqual(['Các trường THPT', 'các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên']);
    expect(units('Phòng Kế hoạch - Tài chính là đầu mối, tham mưu Giám đốc Sở tổng hợp kết quả.')).toEqual(['Phòng Kế hoạch - Tài chính:advise']);
  });
  it('names a comrade by post, with the remit the post carries', () => {
    expect(units('Đồng chí Phó Trưởng ban phụ trách lĩnh vực dân vận trực tiếp chỉ đạo tổng kết phong trào.')).toEqual(['Phó Trưởng ban phụ trách lĩnh vực dân vận:direct']);
    expect(units('Đồng chí Trưởng ban xây dựng lịch làm việc tại cơ sở.')).toEqual(['Trưởng ban:execute']);
  });
  it('reads a deadline after a cited document and days counted from the plan', () => {
    expect(findDeadlines('báo cáo về việc thực hiện Thông báo kết luận số 318-TB/TU trước ngày 30/6/2026.', false).map((h) => `${h.kind} ${h.date}`)).toEqual(['before 2026-06-30']);
    expect(findDeadlines('Thời hạn: chậm nhất sau 15 ngày kể từ ngày Kế hoạch được ban hành.', true).map((h) => `${h.kind} ${h.daysAfterPlan}`)).toEqual(['before 15']);
  });
});

describe('findings stated in prose inside the action part (h39-like)', () => {
  const text = [
    'II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN',
    '',
    '1. Những nội dung theo kết luận kiểm tra',
    '',
    '1.1. Về công tác văn thư, lưu trữ',
    '',
    'Qua kiểm tra, Đoàn kiểm tra chỉ ra: Văn phòng chưa lập hồ sơ công việc năm 2025, còn 120 văn bản đến chưa được xử lý đúng hạn.',
    '',
    '(1) Lập đầy đủ hồ sơ công việc năm 2025 theo danh mục.',
    '',
    '(2) Rà soát, xử lý dứt điểm các văn bản đến còn tồn đọng.',
    '',
    '1.2. Năm 2025, công tác thu đảng phí ở một số chi bộ chưa đúng quy định, còn thu thiếu của 12 đảng viên. Để khắc phục, các chi bộ rà soát, thu bổ sung trước ngày 30/6/2026.',
    '',
    '2. Những tồn tại qua kiểm điểm năm 2025',
    '',
    '2.1. Về nắm bắt tình hình tư tưởng',
    '',
    'Tự kiểm điểm, Chi ủy nhận thấy mình chưa sâu sát trong nắm bắt tâm tư của đảng viên khi sắp xếp bộ máy.',
    '',
    'Chi ủy duy trì giao ban hằng tháng về tình hình tư tưởng.',
    '',
    '2.2. Về công tác phát triển đảng viên¹',
    '',
    '- Các chi bộ rà soát nguồn kết nạp đảng viên trong quý II/2026.',
    '',
    '¹ Năm 2025 chỉ kết nạp được 3/8 đảng viên theo chỉ tiêu.',
  ].join('\n');
  const d = run(text);
  it('reads the finding after "X chỉ ra:", before "Để khắc phục", after "nhận thấy mình", and in a topic footnote', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Văn phòng chưa lập hồ sơ công việc năm 2025, còn 120 văn bản đến chưa được xử lý đúng hạn',
      'Năm 2025, công tác thu đảng phí ở một số chi bộ chưa đúng quy định, còn thu thiếu của 12 đảng viên',
      'chưa sâu sát trong nắm bắt tâm tư của đảng viên khi sắp xếp bộ máy',
      'Năm 2025 chỉ kết nạp được 3/8 đảng viên theo chỉ tiêu',
    ]);
  });
  it('links the measures to their finding and keeps finding-only paragraphs out of the tasks', () => {
    expect(d.tasks.some((t) => /^(Qua kiểm tra|Tự kiểm điểm)/.test(t.text))).toBe(false);
    const byStart = (p: string) => d.tasks.find((t) => t.text.startsWith(p))!;
    expect(byStart('Lập đầy đủ hồ sơ').shortcomingIds).toEqual([d.shortcomings[0]!.id]);
    expect(byStart('Năm 2025, công tác thu đảng phí').shortcomingIds).toEqual([d.shortcomings[1]!.id]);
    expect(byStart('Chi ủy duy trì giao ban').shortcomingIds).toEqual([d.shortcomings[2]!.id]);
    expect(byStart('Các chi bộ rà soát nguồn').shortcomingIds).toEqual([d.shortcomings[3]!.id]);
  });
});

describe('findings in the forms of h41 (a Party cell of a hospital)', () => {
  const text = [
    'II. NỘI DUNG KHẮC PHỤC',
    '',
    '1. Về công tác kiểm tra',
    '',
    'Thông báo số 41-TB/UBKTĐU kết luận Chi ủy còn hai hạn chế, cụ thể: chương trình kiểm tra năm 2025 ban hành chậm; việc công khai trong mua sắm chưa đầy đủ.',
    '',
    '- Chi ủy ban hành chương trình kiểm tra năm 2026 trong tháng 5/2026.',
    '',
    '2. Đồng chí chi ủy viên phụ trách công tác kiểm tra',
    '',
    'Để khắc phục hạn chế “chưa kịp thời đôn đốc đảng viên nộp bản kê khai đúng thời hạn”, đồng chí chi ủy viên phụ trách công tác kiểm tra lập danh sách đảng viên thuộc diện kê khai trong tháng 10/2026.',
    '',
    '3. Các đồng chí trưởng, phó khoa',
    '',
    'Qua kiểm điểm năm 2025, các đồng chí trưởng, phó khoa còn:',
    '',
    '+ chưa gương mẫu chấp hành chế độ sinh hoạt chi bộ;',
    '',
    '+ chưa thường xuyên kiểm tra hồ sơ bệnh án tại khoa.',
    '',
    'Biện pháp:',
    '',
    '- Chấp hành nghiêm chế độ sinh hoạt chi bộ.',
  ].join('\n');
  const d = run(text);
  it('reads "… còn hai hạn chế, cụ thể: X; Y", a finding quoted after "Để khắc phục hạn chế", and items after "… còn:"', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'chương trình kiểm tra năm 2025 ban hành chậm',
      'việc công khai trong mua sắm chưa đầy đủ',
      'chưa kịp thời đôn đốc đảng viên nộp bản kê khai đúng thời hạn',
      'chưa gương mẫu chấp hành chế độ sinh hoạt chi bộ',
      'chưa thường xuyên kiểm tra hồ sơ bệnh án tại khoa',
    ]);
    expect(d.tasks.find((t) => t.text.startsWith('Để khắc phục hạn chế'))?.shortcomingIds).toEqual([d.shortcomings[2]!.id]);
  });
});

describe('forms met on h43 (a commune People\'s Committee)', () => {
  const units = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads the comrade named in parentheses after a post, not the post', () => {
    expect(units('Chủ tịch Ủy ban nhân dân xã chỉ đạo chung. Phó Chủ tịch Ủy ban nhân dân xã phụ trách khối kinh tế (đồng chí Lê Hoàng Phúc) trực tiếp chỉ đạo nhiệm vụ của Phòng Kinh tế.')).toEqual(['Chủ tịch Ủy ban nhân dân xã:direct', 'Lê Hoàng Phúc:direct']);
  });
  it('hands the items of a heading "Đề nghị X" (no colon) to X', () => {
    expect(unitLine('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam xã');
    expect(unitLine('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã giám sát việc thực hiện')).toBeNull();
  });
  it('reads a bare day in a "Thời hạn:" line as the day to finish by', () => {
    const d = run(['II. NHIỆM VỤ', '', 'a) Tổ chức diễn tập phòng chống lụt bão.', '- Chủ trì: Ban Chỉ huy Quân sự phường.', '- Thời hạn: 31/5/2026.'].join('\n'));
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['before 2026-05-31']);
  });
  it('signs K/T for the chairman under "TM. ỦY BAN NHÂN DÂN"', () => {
    const d = run(['Số: 57/KH-UBND', '', 'KẾ HOẠCH', 'khắc phục', '', 'I. NHIỆM VỤ', '', '1. Phòng Kinh tế rà soát hồ sơ.', '', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Thị Bích Tuyền'].join('\n'));
    expect(d.document.signature).toEqual({ authority: 'K/T', body: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', signer: 'Trần Thị Bích Tuyền' });
  });
});

describe('forms met on h44 and h47 (prose findings; topics under a shortcoming group)', () => {
  it('drops the connectives of counted sentences and stops at the causes, blank lines kept or lost', () => {
    const finding = [
      'Qua kiểm điểm, Ban Chấp hành thấy còn hai hạn chế. Đó là, việc cập nhật sổ đảng viên còn chậm. Bên cạnh đó, một số chi bộ họp chưa đúng kỳ.',
      'Nguyên nhân chủ yếu là chủ quan.',
    ];
    for (const sep of ['\n\n', ' ']) {
      const d = run(['II. HẠN CHẾ, KHUYẾT ĐIỂM', '', `1. Qua tự kiểm điểm`, '', finding.join(sep), '', 'III. NHIỆM VỤ', '', '1. Văn phòng cập nhật sổ đảng viên.'].join('\n'));
      expect(d.shortcomings.map((s) => s.text)).toEqual(['việc cập nhật sổ đảng viên còn chậm', 'một số chi bộ họp chưa đúng kỳ']);
    }
  });
  it('ends a paragraph at a full stop on a line a little short of the others, before a capital (no blank lines)', () => {
    const text = [
      'II. HẠN CHẾ, KHUYẾT ĐIỂM',
      '1. Theo kết luận kiểm tra',
      'Việc ban hành quy chế làm việc của Ban Chấp hành nhiệm kỳ mới còn chậm so với',
      'hướng dẫn, đến tháng 11/2025 mới được ban hành; việc phân công nhiệm vụ cho các',
      'ủy viên sau khi thay đổi nhân sự chưa được điều chỉnh kịp thời.',
      'Công tác phát triển đảng viên đạt thấp, cả năm chỉ kết nạp được 5 đảng viên mới',
      'trong tổng số 12 quần chúng ưu tú đã học lớp bồi dưỡng nhận thức về Đảng.',
      'III. NHIỆM VỤ',
      '1. Văn phòng rà soát quy chế làm việc, trình Ban Thường vụ ban hành trong quý II.',
    ].join('\n');
    expect(run(text).shortcomings.map((s) => s.text.slice(0, 30))).toEqual(['Việc ban hành quy chế làm việc', 'Công tác phát triển đảng viên ']);
  });
  it('reads the finding of a topic under a shortcoming group before its measures label, the measures numbered (1), (2)', () => {
    const d = run([
      'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ BIỆN PHÁP KHẮC PHỤC',
      '', '2. Các hạn chế, khuyết điểm tự chỉ ra qua kiểm điểm', '', 'Ban Thường vụ thống nhất còn những hạn chế sau đây:',
      '', '**2.1. Về giải ngân vốn đầu tư công**', '', 'Tỷ lệ giải ngân vốn đầu tư công năm 2025 mới đạt 80% kế hoạch.',
      '', '*Biện pháp khắc phục:*', '', '(1) Sở Tài chính lập kế hoạch giải ngân chi tiết từng tháng.', '', '(2) Sở Xây dựng đôn đốc các chủ đầu tư.',
    ].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Tỷ lệ giải ngân vốn đầu tư công năm 2025 mới đạt 80% kế hoạch']);
    expect(d.tasks.map((t) => t.shortcomingIds)).toEqual([[d.shortcomings[0]!.id], [d.shortcomings[0]!.id]]);
  });
});

describe('units and roles met on h44, h46 and h47', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads a body that directs another body or a task as directing ("X chỉ đạo Y chủ trì …", "X chỉ đạo lập …")', () => {
    expect(su('Ủy ban nhân dân xã chỉ đạo Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã rà soát hồ sơ.')).toEqual(['Ủy ban nhân dân xã:direct', 'Phòng Văn hóa - Xã hội:lead', 'Công an xã:support']);
    expect(su('Ủy ban nhân dân tỉnh chỉ đạo lập kế hoạch chi tiết.')).toEqual(['Ủy ban nhân dân tỉnh:direct']);
  });
  it('finds the subject after an opening clause of time or scope, a comrade named by post too', () => {
    expect(su('Ngay sau khi Kế hoạch được ban hành, Văn phòng Đảng ủy lập sổ theo dõi.')).toEqual(['Văn phòng Đảng ủy:execute']);
    expect(su('Đối với các chi bộ yếu, đồng chí Phó Bí thư Thường trực Đảng ủy trực tiếp chỉ đạo củng cố.')).toEqual(['Phó Bí thư Thường trực Đảng ủy:direct']);
  });
  it('gives the subject the advice of a later clause of its own ("…; tham mưu Ban Thường vụ …"), and of "tổng hợp, tham mưu"', () => {
    expect(su('Phòng Kinh tế tiếp nhận các ý kiến phản ánh; tham mưu Ủy ban nhân dân xã xử lý.')).toEqual(['Phòng Kinh tế:execute', 'Phòng Kinh tế:advise']);
    // Most writers read "X tổng hợp, tham mưu Y …" as advice (the earliest read it as carrying the work out).
    expect(su('Văn phòng Đảng ủy tổng hợp, tham mưu Ban Thường vụ sơ kết.')).toEqual(['Văn phòng Đảng ủy:advise']);
  });
  it('reads "…; tổng hợp, tham mưu Z" as advice too, and the bodies asked to work with the issuer as support', () => {
    expect(su('Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện; tổng hợp, tham mưu Giám đốc Sở báo cáo.')).toEqual(['Văn phòng Sở:monitor', 'Văn phòng Sở:advise']);
    expect(su('Đề nghị Sở Tài chính và Công an tỉnh quan tâm, phối hợp trong quá trình thực hiện.')).toEqual(['Sở Tài chính:support', 'Công an tỉnh:support']);
  });
  it('reads village bodies named in lower case and village heads, and "giám sát" as watching', () => {
    expect(su('Ban công tác Mặt trận thôn chủ trì, phối hợp với Ban giám sát đầu tư của cộng đồng thôn lập danh sách.')).toEqual(['Ban công tác Mặt trận thôn:lead', 'Ban giám sát đầu tư của cộng đồng thôn:support']);
    expect(su('Trưởng sóc bổ sung hương ước.')).toEqual(['Trưởng sóc:execute']);
    expect(su('Đề nghị các chi hội đoàn thể của thôn giám sát việc thực hiện.')).toEqual(['các chi hội đoàn thể của thôn:monitor']);
  });
  it('ends a comrade named by post at the verb of a role label\'s value, and reads "Người kiểm tra:" as monitoring', () => {
    expect(personOrUnits('Chi ủy; đồng chí Bí thư Chi bộ trực tiếp chuẩn bị dự thảo.').map((u) => u.unit)).toEqual(['Chi ủy', 'Bí thư Chi bộ']);
    expect(parseLabel('Người kiểm tra: đồng chí Bí thư Chi bộ.')).toMatchObject({ kind: 'role', role: 'monitor' });
  });
  it('keeps a list of place names after a head whose last word is like a lower-case village word ("Long" / "làng")', () => {
    expect(splitUnits('các Xí nghiệp Cấp nước Tân An, Long Hòa').map((u) => u.unit)).toEqual(['các Xí nghiệp Cấp nước Tân An, Long Hòa']);
  });
});

describe('forms met on h49 (a hospital in the state format)', () => {
  it('reads a numbered finding under a shortcoming group that holds its own measures label, and "Khoa/Phòng chủ trì:"', () => {
    const d = run([
      'II. NỘI DUNG KHẮC PHỤC', '', '**A. Các tồn tại theo Thông báo kết quả kiểm toán**', '',
      '**1.** Kế hoạch mua thuốc năm 2025 xác định số lượng chưa sát với nhu cầu sử dụng thực tế.', '',
      'Giải pháp:', '', '- Rà soát, xây dựng lại cơ số dự trù thuốc.', '', 'Khoa/Phòng chủ trì: Khoa Dược.', '', 'Khoa/Phòng phối hợp: Phòng Tài chính kế toán.',
    ].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Kế hoạch mua thuốc năm 2025 xác định số lượng chưa sát với nhu cầu sử dụng thực tế']);
    expect(d.tasks.map((t) => t.shortcomingIds)).toEqual([[d.shortcomings[0]!.id]]);
    expect(units(d)).toEqual(['Khoa Dược:lead', 'Phòng Tài chính kế toán:support']);
  });
});

describe('units and roles met on h48 and h51 (a city Standing Committee; a commune inspection commission)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads "X lãnh đạo (, chỉ đạo) Y <verb>" as X directing and Y carrying out, and "là cơ quan thường trực, tổng hợp và tham mưu"', () => {
    expect(su('Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh phê duyệt phương án; Sở Tài chính là cơ quan thường trực, tổng hợp và tham mưu.')).toEqual([
      'Đảng ủy Ủy ban nhân dân tỉnh:direct', 'Ủy ban nhân dân tỉnh:execute', 'Sở Tài chính:advise',
    ]);
    expect(su('Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường cập nhật dữ liệu.')).toEqual([
      'Đảng ủy Ủy ban nhân dân tỉnh:direct', 'Công an tỉnh:lead', 'Ủy ban nhân dân các xã, phường:support',
    ]);
  });
  it('reads a comrade assigned by post, in one or two hats, and a post whose body has lower-case syllables', () => {
    expect(su('Ban Thường vụ giao đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã trực tiếp chỉ đạo các việc sau:')).toEqual(['Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã:direct']);
    expect(su('Ủy ban nhân dân tỉnh điều chuyển vốn; giao đồng chí Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh trực tiếp chỉ đạo.')).toEqual(['Ủy ban nhân dân tỉnh:execute', 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh:direct']);
    expect(su('Đồng chí Chủ nhiệm Ủy ban Kiểm tra trực tiếp chỉ đạo cuộc giám sát.')).toEqual(['Chủ nhiệm Ủy ban Kiểm tra:direct']);
    expect(personOrUnits('đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh.').map((u) => u.unit)).toEqual(['Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh']);
    expect(parseLabel('Đồng chí chỉ đạo: đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ.')).toMatchObject({ kind: 'role', role: 'direct' });
  });
  it('keeps the relative clause that says which members of a collective body are meant, not after a single body', () => {
    expect(su('Thủ trưởng các phòng, đơn vị thuộc Sở được giao chủ trì tại Mục II xây dựng kế hoạch chi tiết.')).toEqual(['Thủ trưởng các phòng, đơn vị thuộc Sở được giao chủ trì tại Mục II:execute']);
    expect(su('Chi ủy các chi bộ để xảy ra vi phạm tổ chức kiểm điểm.')).toEqual(['Chi ủy các chi bộ để xảy ra vi phạm:execute']);
    expect(su('Các chi bộ được kiểm tra xây dựng kế hoạch khắc phục.')).toEqual(['Các chi bộ được kiểm tra:execute']);
    expect(su('Văn phòng Đảng ủy được giao chủ trì tổ chức hội nghị.')).toEqual(['Văn phòng Đảng ủy:execute']);
  });
  it('reads village boards named in lower case, a post with its remit after its level, and a comrade who advises', () => {
    expect(su('Chi ủy chỉ đạo Ban phát triển thôn rà soát lại từng tiêu chí.')).toEqual(['Chi ủy:direct', 'Ban phát triển thôn:execute']);
    expect(su('Ban điều hành các tổ dân phố tuyên truyền, vận động.')).toEqual(['Ban điều hành các tổ dân phố:execute']);
    expect(su('Phó Chủ tịch Ủy ban nhân dân phường phụ trách lĩnh vực đô thị trực tiếp chỉ đạo các nội dung.')).toEqual(['Phó Chủ tịch Ủy ban nhân dân phường phụ trách lĩnh vực đô thị:direct']);
    expect(su('Chi ủy giao đồng chí Lê Thị Hoa, chi ủy viên, tham mưu Chi ủy tổ chức giám sát.')).toEqual(['Lê Thị Hoa:advise']);
  });
  it('reads a university post with its remit, a post in two hats at a sentence\'s start, and the same post again in another role', () => {
    expect(su('Giao đồng chí Phó Hiệu trưởng phụ trách khoa học và công nghệ chỉ đạo Phòng Khoa học rà soát đề tài.')).toEqual([
      'Phó Hiệu trưởng phụ trách khoa học và công nghệ:direct', 'Phòng Khoa học:execute',
    ]);
    expect(su('Đồng chí Bí thư Đảng ủy, Hiệu trưởng chỉ đạo chung việc thực hiện Kế hoạch.')).toEqual(['Bí thư Đảng ủy, Hiệu trưởng:direct']);
    expect(su('Đồng chí Bí thư Chi bộ trực tiếp chỉ đạo việc rà soát. Đồng chí Bí thư Chi bộ chủ trì tổ chức đối thoại.')).toEqual(['Bí thư Chi bộ:direct', 'Bí thư Chi bộ:lead']);
  });
  it('ends a unit at "quyết định" and "đã"', () => {
    expect(su('Ủy ban Kiểm tra quyết định kiểm tra đảng viên khi có dấu hiệu vi phạm.')).toEqual(['Ủy ban Kiểm tra:execute']);
  });
});

describe('headings and labels met on h46 and h51', () => {
  it('reads a measures heading that points at a shortcoming in parentheses as no shortcoming ("5. Về giám sát (hạn chế số 5)")', () => {
    const d = run(['III. NHIỆM VỤ, GIẢI PHÁP', '', '5. Về giám sát thường xuyên (hạn chế số 5)', '', '- Ủy ban Kiểm tra phân công lại địa bàn theo dõi.'].join('\n'));
    expect(d.shortcomings).toEqual([]);
  });
  it('reads labelled findings under a group heading, not the heading, and a second measures label as no task', () => {
    const d = run([
      'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ BIỆN PHÁP KHẮC PHỤC', '', '#### A. Hạn chế, khuyết điểm qua kiểm điểm năm 2025', '',
      '**Hạn chế 1:** Nghị quyết sinh hoạt chi bộ hằng tháng còn chung chung.', '', '- Biện pháp khắc phục: Chi ủy họp, thống nhất dự thảo nghị quyết tháng.', '',
      '**Hạn chế 2:** Công tác phát triển đảng viên chưa đạt chỉ tiêu.', '', '- Biện pháp khắc phục:', '', '+ Chi ủy lập danh sách quần chúng ưu tú.',
    ].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Nghị quyết sinh hoạt chi bộ hằng tháng còn chung chung', 'Công tác phát triển đảng viên chưa đạt chỉ tiêu']);
    expect(d.tasks.map((t) => t.text)).toEqual(['Chi ủy họp, thống nhất dự thảo nghị quyết tháng.', 'Chi ủy lập danh sách quần chúng ưu tú.']);
  });
});

describe('deadlines met on h54 (a university)', () => {
  it('reads the day of an event the work comes before ("trước lễ khai giảng … (ngày 05/9/2026)") and "vào đầu mỗi học kỳ"', () => {
    expect(findDeadlines('thời gian hoàn thành: trước lễ khai giảng năm học 2026 - 2027 (ngày 05/9/2026).', true).map((d) => `${d.kind} ${d.date}`)).toEqual(['before 2026-09-05']);
    expect(findDeadlines('Hội nghị tổng kết đã tổ chức (ngày 05/9/2026).', true).map((d) => `${d.kind} ${d.date}`)).toEqual(['on 2026-09-05']);
    expect(findDeadlines('Chi bộ gửi định hướng sinh hoạt chuyên đề vào đầu mỗi học kỳ.', false).map((d) => d.kind)).toEqual(['recurring']);
  });
});

describe('forms met on h52 (a commune police Party cell)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads the findings numbered in words after a lead that counts them without a colon', () => {
    const d = run([
      'III. NHIỆM VỤ', '', '**5. Về công tác quản lý đảng viên**', '', 'Ủy ban Kiểm tra Đảng ủy xã kết luận Chi bộ còn hai hạn chế trong quản lý đảng viên.', '',
      'Thứ nhất, chưa thực hiện nghiêm quy định về đảng viên giữ mối liên hệ với nơi cư trú.', '', 'Thứ hai, hồ sơ đảng viên chuyển đến chưa được bổ sung kịp thời.', '',
      '*Biện pháp khắc phục:*', '', '- Chi ủy rà soát hồ sơ đảng viên.',
    ].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['chưa thực hiện nghiêm quy định về đảng viên giữ mối liên hệ với nơi cư trú', 'hồ sơ đảng viên chuyển đến chưa được bổ sung kịp thời']);
  });
  it('reads advice after a clause of scope ("…; đối với …, tham mưu X …") and "các trường" as a body (not "các trường hợp")', () => {
    expect(su('Tổ Tổng hợp lập sổ theo dõi; đối với 03 quyết định chưa được chấp hành, tham mưu Trưởng Công an xã tổ chức cưỡng chế.')).toEqual(['Tổ Tổng hợp:execute', 'Tổ Tổng hợp:advise']);
    expect(su('Tổ Cảnh sát khu vực phối hợp với Trường THPT Đức Hòa và các trường THCS trên địa bàn tuyên truyền.').slice(1)).toEqual(['Trường THPT Đức Hòa:support', 'các trường THCS trên địa bàn:support']);
  });
});

describe('recurring duties stated inside a sentence (h46, h51, h52)', () => {
  const kinds = (t: string) => findDeadlines(t, false).map((d) => d.kind);
  it('reads a period opening the duty and a periodic check, once per sentence, and leaves a noun\'s period alone', () => {
    expect(kinds('Mỗi quý tổ chức ít nhất 01 buổi nói chuyện chuyên đề.')).toEqual(['recurring']);
    expect(kinds('Tuyên truyền tại mỗi trường, mỗi học kỳ ít nhất 01 buổi.')).toEqual(['recurring']);
    expect(kinds('Tổ Cảnh sát khu vực kiểm tra cư trú hằng tháng đối với các nhà trọ.')).toEqual(['recurring']);
    expect(kinds('Báo cáo tiến độ hằng quý, trước ngày 15 hằng tháng cuối quý.')).toEqual(['recurring']);
    expect(kinds('Mỗi quý tổ chức một kỳ sinh hoạt chuyên đề (thực hiện thường xuyên).')).toEqual(['recurring']);
    expect(kinds('Chi bộ ra nghị quyết hằng tháng đúng quy định.')).toEqual([]);
  });
});


describe('assignments of who directs, and collective bodies described by a clause (h30, h33, h40, h44)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('keeps a describing clause of a collective body ("có …", "không … được …", "<verb> chưa …") in its name', () => {
    expect(su('Các tổ dân phố có hộ kinh doanh lấn chiếm vỉa hè trong năm 2025 ký cam kết với Ủy ban nhân dân phường.')[0]).toBe('Các tổ dân phố có hộ kinh doanh lấn chiếm vỉa hè trong năm 2025:execute');
    expect(su('Các chi đoàn không phát triển được đoàn viên mới tổ chức sinh hoạt chuyên đề.')[0]).toBe('Các chi đoàn không phát triển được đoàn viên mới:execute');
    expect(su('Chi ủy 05 chi bộ họp chưa đúng kỳ xây dựng lịch sinh hoạt cố định.')[0]).toBe('Chi ủy 05 chi bộ họp chưa đúng kỳ:execute');
    // A negation followed by the sentence's own verb is no description.
    expect(su('Các chi bộ chưa thực hiện việc rà soát.')).toEqual(['Các chi bộ:execute']);
  });
  it('reads a "phân công:" list of comrades as one task, a lead line\'s director for the items under it, and a line naming who directs "các nội dung trên" as no task', () => {
    const d = run([
      'III. NHIỆM VỤ, GIẢI PHÁP', '', '**1. Về chỉnh trang đô thị**', '',
      'Ban Thường vụ giao đồng chí Phó Bí thư Thường trực Đảng ủy trực tiếp chỉ đạo, tập trung các việc sau:', '',
      '- Phòng Kinh tế rà soát các điểm tập kết vật liệu trái phép.', '', '- Công an phường xử lý các trường hợp lấn chiếm lòng đường.', '',
      'Đồng chí Trần Văn Bình, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân phường chịu trách nhiệm đôn đốc các nội dung nêu trên.', '',
      'IV. TỔ CHỨC THỰC HIỆN', '', '1. Ban Thường vụ phân công:', '', '- Đồng chí Lê Thị Mai, Bí thư Đảng ủy: chỉ đạo chung.', '',
      '- Đồng chí Phạm Quốc Huy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy: theo dõi việc thực hiện.', '',
      'Quá trình thực hiện, nếu có vướng mắc, các chi bộ báo cáo Ban Thường vụ.', '', '2. Văn phòng Đảng ủy tổng hợp kết quả.',
    ].join('\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 24))).toEqual(['Phòng Kinh tế rà soát cá', 'Công an phường xử lý các', 'Ban Thường vụ phân công:', 'Văn phòng Đảng ủy tổng h']);
    expect(d.tasks[0]!.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(expect.arrayContaining(['Phó Bí thư Thường trực Đảng ủy:direct', 'Trần Văn Bình:monitor', 'Phòng Kinh tế:execute']));
    expect(d.tasks[2]!.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['Lê Thị Mai:direct', 'Phạm Quốc Huy:monitor']);
  });
});

describe('a tax office\'s numbered departments and units ending in a place name (h58)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('keeps "Phòng X, y số N" whole, reads "các Thuế cơ sở", and ends a unit at the verb after its place name', () => {
    expect(su('Phòng Kiểm tra, giám sát số 3 chủ trì, phối hợp với các Thuế cơ sở rà soát hồ sơ.')).toEqual(['Phòng Kiểm tra, giám sát số 3:lead', 'các Thuế cơ sở:support']);
    expect(splitUnits('Phòng Thanh tra, kiểm tra số 4; Thuế cơ sở 2 tỉnh Tây Ninh').map((u) => u.unit)).toEqual(['Phòng Thanh tra, kiểm tra số 4', 'Thuế cơ sở 2 tỉnh Tây Ninh']);
    expect(su('Thuế cơ sở 5 tỉnh Tây Ninh tính lại tiền chậm nộp.')).toEqual(['Thuế cơ sở 5 tỉnh Tây Ninh:execute']);
    // A list after a comma that opens with a verb still ends.
    expect(splitUnits('Phòng Kinh tế, kiểm tra lại hồ sơ').map((u) => u.unit)).toEqual(['Phòng Kinh tế']);
  });
});

describe('a school Party cell\'s bodies and comrades (h57)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads the school\'s lower-case bodies and a comrade\'s work after a member\'s lower-case post', () => {
    expect(su('Đề nghị Ban đại diện cha mẹ học sinh trường dừng thu các khoản ngoài quy định.')).toEqual(['Ban đại diện cha mẹ học sinh trường:execute']);
    expect(su('Đoàn trường chủ trì, phối hợp với giáo viên chủ nhiệm các lớp 11 tổ chức ngoại khóa.')).toEqual(['Đoàn trường:lead', 'giáo viên chủ nhiệm các lớp 11:support']);
    expect(su('Văn thư nhà trường số hóa sổ gọi tên.')).toEqual(['Văn thư nhà trường:execute']);
    expect(su('Đồng chí Lê Văn Tâm, chi ủy viên, Phó Hiệu trưởng, nhắc nhở giáo viên nộp hồ sơ.')).toEqual(['Lê Văn Tâm:execute']);
    expect(su('Chi ủy phân công đồng chí Lê Văn Tâm, Phó Bí thư Chi bộ và đồng chí Ngô Thị Hoa, Tổ trưởng Tổ Văn, bồi dưỡng quần chúng ưu tú.')).toEqual(['Lê Văn Tâm:execute', 'Ngô Thị Hoa:execute']);
    expect(splitUnits('các tổ chuyên môn, giáo viên chủ nhiệm').map((u) => u.unit)).toEqual(['các tổ chuyên môn', 'giáo viên chủ nhiệm']);
    // A post is no name: "đồng chí Trưởng Ban Tổ chức …" assigns no work to "Trưởng Ban Tổ".
    expect(su('đồng chí Trưởng Ban Tổ chức Thành ủy')).toEqual([]);
  });
  it('reads a member\'s remit as part of the title ("chi ủy viên phụ trách kiểm tra, giám sát, giúp Chi ủy giám sát …; tham mưu …")', () => {
    expect(su('Đồng chí Lê Văn Tâm, chi ủy viên phụ trách kiểm tra, giám sát, giúp Chi ủy theo dõi việc thực hiện; tham mưu Chi ủy sơ kết.')).toEqual(['Lê Văn Tâm:monitor', 'Lê Văn Tâm:advise']);
    expect(su('Đồng chí Lê Văn Tâm, chi ủy viên phụ trách tuyên giáo, chủ trì biên soạn tài liệu.')).toEqual(['Lê Văn Tâm:lead']);
  });
});

describe('a Hà Nội ward\'s directions, focal points and directors (h59)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads "…; chỉ đạo Y chủ trì", "Đề nghị X chỉ đạo ban công tác Mặt trận … vận động", a focal point that monitors, and the plan put under supervision', () => {
    expect(su('Ủy ban nhân dân xã ban hành quy chế; chỉ đạo Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế xã tổ chức tuyên truyền.')).toEqual(['Ủy ban nhân dân xã:execute', 'Phòng Văn hóa - Xã hội:lead', 'Trạm Y tế xã:support']);
    expect(su('Công an xã tuần tra. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chỉ đạo ban công tác Mặt trận các thôn tuyên truyền.').slice(1)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã:direct', 'ban công tác Mặt trận các thôn:execute']);
    expect(su('Giao Văn phòng Đảng ủy làm đầu mối theo dõi, đôn đốc việc thực hiện.')).toEqual(['Văn phòng Đảng ủy:monitor']);
    expect(su('Ủy ban Kiểm tra Đảng ủy đưa việc thực hiện Kế hoạch này vào chương trình giám sát năm 2026.')).toEqual(['Ủy ban Kiểm tra Đảng ủy:monitor']);
    expect(su('Ủy ban Kiểm tra Đảng ủy đưa nội dung quản lý đảng viên vào chương trình kiểm tra năm 2026.')).toEqual(['Ủy ban Kiểm tra Đảng ủy:execute']);
    expect(su('Đồng chí Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức theo dõi việc thực hiện.')).toEqual(['Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức:monitor']);
  });
  it('reads "Đồng chí chỉ đạo:" naming posts as one comrade, and a director line pointing at "các nội dung tại Mục …" as no task', () => {
    const d = run([
      'III. NHIỆM VỤ', '', '**1. Về cải cách hành chính**', '', '- Trung tâm Phục vụ hành chính công xã công khai quy trình.', '',
      '*Đồng chí chỉ đạo: Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã phụ trách khối kinh tế.*', '',
      '**2. Về sinh hoạt chi bộ**', '', '- Chi ủy các chi bộ thôn duy trì sinh hoạt định kỳ.', '',
      'Đồng chí Phó Bí thư Thường trực Đảng ủy theo dõi, chỉ đạo việc thực hiện các nội dung tại Mục 1 và Mục 2.',
    ].join('\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Trung tâm Phục vụ hà', 'Chi ủy các chi bộ th']);
    expect(units(d)).toEqual(expect.arrayContaining(['Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã phụ trách khối kinh tế:direct', 'Phó Bí thư Thường trực Đảng ủy:monitor']));
  });
});

describe('deadlines and directors met on h57 and h59', () => {
  const kinds = (t: string) => findDeadlines(t, false).map((d) => `${d.kind} ${d.date}`);
  it('reads recurring duties stated with "hằng tuần" after the work, a fixed day of every month and a least number per period', () => {
    expect(kinds('Công an xã kiểm tra, xử lý vi phạm hằng tuần, trường hợp tái phạm thì xử phạt.')).toEqual(['recurring null']);
    expect(kinds('Các chi bộ sinh hoạt vào một ngày cố định hằng tháng, bố trí giờ phù hợp.')).toEqual(['recurring null']);
    expect(kinds('Mỗi khoa ít nhất 02 buổi sinh hoạt chuyên môn mỗi quý.')).toEqual(['recurring null']);
  });
  it('reads "N ngày sau khi" as no immediate action, and quarters each with its year as listed, not a period', () => {
    expect(kinds('Niêm yết chậm nhất 05 ngày sau khi kết thúc mỗi quý.')).toEqual(['recurring null']);
    expect(kinds('Niêm yết bổ sung quý IV/2025 và quý I/2026 trong tháng 5/2026.')).toEqual(['by_month 2026-05-31']);
    expect(kinds('Thực hiện trong quý II và quý III/2026.')).toEqual(['range 2026-09-30']);
  });
  it('reads "X thực hiện, Y giám sát." as Y monitoring, a deadline sentence cut off by a page break as its item\'s, and a director line after numbered items', () => {
    expect(sentenceUnits('Kế toán thực hiện, Ban Thanh tra nhân dân giám sát.').map((u) => `${u.unit}:${u.role}`)).toEqual(['Kế toán:execute', 'Ban Thanh tra nhân dân:monitor']);
    const d = run([
      'III. NHIỆM VỤ', '', '**1. Về quản lý đảng viên**', '', '- Chi ủy các chi bộ rà soát danh sách đảng viên đi làm ăn xa.', '', '3', '',
      'Hoàn thành việc rà soát trước ngày 31/5/2026.', '', '- Ban Xây dựng Đảng hướng dẫn chuyển sinh hoạt đảng tạm thời.', '',
      '**2. Về đô thị**', '', '2.1. Phòng Kinh tế rà soát các vị trí vỉa hè.', '', '2.2. Công an phường xử lý vi phạm.', '',
      'Đồng chí Phó Chủ tịch Ủy ban nhân dân phường trực tiếp chỉ đạo các nội dung trên.',
    ].join('\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 16))).toEqual(['Chi ủy các chi b', 'Ban Xây dựng Đản', 'Phòng Kinh tế rà', 'Công an phường x']);
    expect(d.deadlines.map((x) => `${x.kind} ${x.date} ${x.taskId}`)).toEqual(['before 2026-05-31 task-1']);
    expect(units(d)).toContain('Phó Chủ tịch Ủy ban nhân dân phường:direct');
  });
});

describe('a provincial military command\'s posts and findings (h56)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads commanders and political officers of units, comrades listed after a lead\'s colon, "đảng ủy các …" as a new unit and "sở tại"', () => {
    expect(su('Chỉ huy các đơn vị kiểm tra giáo án của cán bộ.')).toEqual(['Chỉ huy các đơn vị:execute']);
    expect(su('Chính trị viên các đại đội nắm chắc tư tưởng bộ đội.')).toEqual(['Chính trị viên các đại đội:execute']);
    expect(su('Các đồng chí ủy viên Thường vụ chỉ đạo theo lĩnh vực: đồng chí Đại tá Lê Văn An, Chỉ huy trưởng chỉ đạo mục 1; đồng chí Trung tá Hồ Minh, Chủ nhiệm Chính trị chỉ đạo mục 2.')).toEqual(['Các đồng chí ủy viên Thường vụ:direct', 'Lê Văn An:direct', 'Hồ Minh:direct']);
    expect(su('Đảng ủy Quân sự tỉnh và đảng ủy các Ban Chỉ huy Phòng thủ khu vực phân công cấp ủy viên dự sinh hoạt.')).toEqual(['Đảng ủy Quân sự tỉnh:execute', 'đảng ủy các Ban Chỉ huy Phòng thủ khu vực:execute']);
    expect(su('Ban Chỉ huy Phòng thủ khu vực chủ trì, phối hợp với Ủy ban nhân dân các xã sở tại vận động hộ dân.')).toEqual(['Ban Chỉ huy Phòng thủ khu vực:lead', 'Ủy ban nhân dân các xã sở tại:support']);
  });
  it('reads a finding detailed after "cụ thể:" as its numbered items', () => {
    const d = run([
      'III. NHIỆM VỤ', '', '**2. Về quản lý tài sản**', '',
      'Kết luận nêu việc quản lý tài sản công chưa chặt chẽ, cụ thể: (1) 03 xe công chưa được điều chuyển; (2) kho vật tư chưa được kiểm kê định kỳ.', '',
      '*Biện pháp khắc phục:*', '', '- Phòng Hậu cần - Kỹ thuật kiểm kê tài sản.',
    ].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['03 xe công chưa được điều chuyển', 'kho vật tư chưa được kiểm kê định kỳ']);
  });
});

describe('a converted header run together and a part holding both findings and measures (h60, h36)', () => {
  it('reads the number where the converter ran the issuer, number and motto into one line', () => {
    const d = run(['ĐẢNG BỘ XÃ AN PHÚ **CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ** * Số 05-KH/CB **ĐẢNG CỘNG SẢN VIỆT NAM**', '', '*An Phú, ngày 10 tháng 3 năm 2026*', '', '## KẾ HOẠCH', '', 'khắc phục hạn chế'].join('\n'));
    expect([d.document.symbol, d.document.issuer.name, d.document.issuer.parent]).toEqual(['05-KH/CB', 'CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ', 'ĐẢNG BỘ XÃ AN PHÚ']);
  });
  it('reads no shortcoming from a part heading that names the measures too', () => {
    const d = run(['**II. TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP KHẮC PHỤC**', '', 'Kiểm toán chỉ ra một số tồn tại trong kiểm soát chi.', '', '- Phòng Kiểm soát chi rà soát hồ sơ.'].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).not.toContain('TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP KHẮC PHỤC');
  });
});

describe('a highland commune\'s bodies, directors and measures (h62)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads forest rangers, a village head in lower case after an opening clause, a member "được phân công", and a comrade by post after "do"', () => {
    expect(su('Hạt Kiểm lâm chủ trì, phối hợp với Công an xã và Kiểm lâm địa bàn hoàn thiện hồ sơ.')).toEqual(['Hạt Kiểm lâm:lead', 'Công an xã:support', 'Kiểm lâm địa bàn:support']);
    expect(su('Đối với các hộ chưa trả nợ vốn vay, trưởng thôn nơi có hộ vay mời hộ đến làm việc.')).toEqual(['trưởng thôn nơi có hộ vay:execute']);
    expect(su('Chi ủy viên được phân công dự sinh hoạt với tổ đảng mỗi quý một lần.')).toEqual(['Chi ủy viên được phân công:execute']);
    expect(su('Việc này do đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã trực tiếp chỉ đạo.')).toEqual(['Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã:direct']);
    expect(su('Ủy ban nhân dân xã chỉ đạo hoàn thành các công trình dở dang.')).toEqual(['Ủy ban nhân dân xã:direct']);
    // "theo dõi, đôn đốc" alone monitors, also when assigned; with "tổng hợp" the work is carried out, as older writers read it.
    expect(su('Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện.')).toEqual(['Văn phòng Đảng ủy:monitor']);
    expect(su('Giao Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả.')).toEqual(['Văn phòng Đảng ủy:execute']);
  });
  it('reads paragraphs under a heading that each assign work to a unit of their own as separate measures', () => {
    const d = run([
      'III. NHIỆM VỤ', '', '### 5. Giải quyết thủ tục hành chính ở các thôn xa', '',
      'Giao Trung tâm Phục vụ hành chính công xã tổ chức tiếp nhận hồ sơ lưu động.', '', 'Văn phòng Đảng ủy phối hợp với Trung tâm niêm yết thủ tục bằng tiếng Mông.', '',
      '### 6. Nâng cao chất lượng sinh hoạt', '', 'Các chi bộ thôn đổi mới nội dung sinh hoạt.', '', 'Các chi bộ thôn mời già làng dự sinh hoạt mở rộng.',
    ].join('\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Giao Trung tâm Phục ', 'Văn phòng Đảng ủy ph', 'Nâng cao chất lượng ']);
  });
});

describe('a water company\'s units, advice and deadlines (h63)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  const kinds = (t: string, slot = false) => findDeadlines(t, slot).map((d) => `${d.kind} ${d.date}`);
  it('reads members placed by "ở", cells of listed units, "Riêng X …", a later "đề xuất" as advice, and "dự thảo" as a verb', () => {
    expect(su('Chi ủy các chi bộ ở phân xưởng chọn ngày sinh hoạt cố định.')).toEqual(['Chi ủy các chi bộ ở phân xưởng:execute']);
    expect(su('Các chi bộ xí nghiệp, nhà máy lập danh sách quần chúng ưu tú.')).toEqual(['Các chi bộ xí nghiệp, nhà máy:execute']);
    expect(su('Các chi bộ sinh hoạt đúng kỳ. Riêng Chi bộ Xí nghiệp Cơ khí gửi lịch sinh hoạt về Văn phòng Đảng ủy.')).toEqual(['Các chi bộ:execute', 'Chi bộ Xí nghiệp Cơ khí:execute']);
    expect(su('Ủy ban Kiểm tra Đảng ủy rà soát hồ sơ; đề xuất Ban Thường vụ hình thức xử lý.')).toEqual(['Ủy ban Kiểm tra Đảng ủy:execute', 'Ủy ban Kiểm tra Đảng ủy:advise']);
    expect(su('Phòng Kỹ thuật chủ trì, phối hợp với Phòng Tài chính - Kế toán dự thảo quy trình.')).toEqual(['Phòng Kỹ thuật:lead', 'Phòng Tài chính - Kế toán:support']);
    expect(su('Tổ chuyên gia lựa chọn nhà thầu rà soát hồ sơ.')).toEqual(['Tổ chuyên gia lựa chọn nhà thầu:execute']);
  });
  it('reads a period with how often at least, a check before every shift, and a start month as no deadline', () => {
    expect(kinds('Mỗi tháng sinh hoạt chuyên đề ít nhất 01 lần.')).toEqual(['recurring null']);
    expect(kinds('Tổ trưởng kiểm tra dụng cụ bảo hộ của công nhân trước mỗi ca làm việc.')).toEqual(['recurring null']);
    expect(kinds('từ kỳ sinh hoạt tháng 5/2026, thực hiện thường xuyên.', true)).toEqual(['recurring null']);
  });
});

describe('a treasury cell\'s task table and remit (h60)', () => {
  it('splits a table cell\'s "(1) …<br>(2) …" measures, reads no measure from the causes, and keeps a remit "phụ trách kiểm tra, giám sát" whole', () => {
    const d = run([
      'II. HẠN CHẾ VÀ GIẢI PHÁP', '',
      '| STT | Hạn chế | Giải pháp | Đơn vị chủ trì | Thời gian |', '|---|---|---|---|---|',
      '| 1 | Tạm ứng quá hạn chưa thu hồi | (1) Lập danh sách các khoản tạm ứng quá hạn<br>(2) Đối với các nhà thầu đã giải thể: báo cáo Sở Tài chính | Phòng Kiểm soát chi | Quý III/2026 |',
      '| 2 | Chi ủy chưa giám sát chuyên đề | Bổ sung chương trình giám sát | Đồng chí chi ủy viên phụ trách kiểm tra, giám sát | Quý II/2026 |', '',
      'Nguyên nhân của những hạn chế trên chủ yếu do khối lượng công việc tăng.',
    ].join('\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Lập danh sách các kh', 'Đối với các nhà thầu', 'Bổ sung chương trình']);
    expect(units(d)).toContain('Đồng chí chi ủy viên phụ trách kiểm tra, giám sát:lead');
  });
});

describe('a special zone\'s task table cut by a page break (h67)', () => {
  it('skips the row numbering the columns, ends the measure above with a cut-off row\'s lower-case item, and reads "- Năm 2026" as a year slot', () => {
    const d = run([
      'II. NHIỆM VỤ, GIẢI PHÁP', '',
      '| TT | Hạn chế | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Thời gian |', '|---|---|---|---|---|', '| (1) | (2) | (3) | (4) | (5) |',
      '| 1 | Ô nhiễm môi trường | - Kiểm tra, xử lý các cơ sở xả | Phòng Kinh tế | - Quý II/2026 |', '', '2', '',
      '| TT | Hạn chế | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Thời gian |', '|---|---|---|---|---|',
      '| | | nước thải trái phép ra biển<br>- Mở rộng mạng lưới thu gom rác | | - Năm 2026 |',
    ].join('\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 22))).toEqual(['Kiểm tra, xử lý các cơ', 'Mở rộng mạng lưới thu ']);
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Ô nhiễm môi trường']);
    expect(d.deadlines.map((x) => `${x.kind} ${x.date} ${x.taskId}`)).toEqual(['by_quarter 2026-06-30 task-1', 'by_year 2026-12-31 task-2']);
  });
});

describe('findings under a label with its source (h64)', () => {
  it('reads "(1) …; (2) …" after "Hạn chế (theo …):" as two findings, and drops a source lead ("Theo …, ", "Qua kiểm điểm, X nhận thấy ")', () => {
    const d = run([
      'II. NHIỆM VỤ', '', '**1. Về biên tập**', '', '*Hạn chế, khuyết điểm* (theo Thông báo giám sát): (1) Quy trình duyệt tin chưa chặt chẽ; (2) Nội dung mạng xã hội chưa được duyệt chung.', '',
      '*Giải pháp:*', '', '- Ban Biên tập sửa quy trình duyệt tin.', '', '**2. Về tổ chức**', '', '*Hạn chế, khuyết điểm:*', '',
      'Theo Thông báo giám sát, việc bố trí viên chức chưa gắn với vị trí việc làm.', '', 'Qua kiểm điểm, Đảng ủy nhận thấy việc giải quyết chính sách còn chậm.', '',
      '*Giải pháp:*', '', '- Phòng Tổ chức - Hành chính rà soát vị trí việc làm.',
    ].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Quy trình duyệt tin chưa chặt chẽ', 'Nội dung mạng xã hội chưa được duyệt chung', 'việc bố trí viên chức chưa gắn với vị trí việc làm', 'việc giải quyết chính sách còn chậm']);
  });
});

describe('a hamlet cell\'s recurring duties (h66)', () => {
  const kinds = (t: string) => findDeadlines(t, false).map((d) => d.kind);
  it('reads duties at every monthly meeting, a day of the month after each quarter, a monthly group meeting and "Trước mỗi lễ …"', () => {
    expect(kinds('Tổ đảng thu đảng phí tại kỳ sinh hoạt hằng tháng, nộp đủ cho chi ủy.')).toEqual(['recurring']);
    expect(kinds('Kế toán nộp đảng phí trước ngày 10 của tháng đầu quý sau.')).toEqual(['recurring']);
    expect(kinds('Các tổ vay vốn duy trì họp tổ hằng tháng vào ngày giao dịch.')).toEqual(['recurring']);
    expect(kinds('Trước mỗi dịp lễ lớn, chi ủy gặp gỡ chức sắc tôn giáo.')).toEqual(['recurring']);
  });
});

describe('a hamlet\'s bodies and comrades (h66)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads "Ban nhân dân ấp", a unit ending at a hamlet or pagoda name, partners named by post after "và", and supervision carried out', () => {
    expect(su('Ban nhân dân ấp chủ trì, phối hợp với Ban công tác Mặt trận ấp họp các hộ dân.')).toEqual(['Ban nhân dân ấp:lead', 'Ban công tác Mặt trận ấp:support']);
    expect(su('Ban nhân dân ấp phối hợp với Ban Quản trị chùa Sóc Xoài thống nhất chương trình lễ.')).toEqual(['Ban nhân dân ấp:execute', 'Ban Quản trị chùa Sóc Xoài:support']);
    expect(su('Tổ an ninh ấp phối hợp với Công an xã trực tại điểm tổ chức lễ.').slice(1)).toEqual(['Công an xã:support']);
    expect(su('Ban nhân dân ấp chủ trì, phối hợp với tổ trưởng các tổ vay vốn và cán bộ Ngân hàng phụ trách địa bàn đến từng hộ.')).toEqual(['Ban nhân dân ấp:lead', 'tổ trưởng các tổ vay vốn:support', 'cán bộ Ngân hàng phụ trách địa bàn:support']);
    expect(su('Đồng chí Lâm Thị Na, chi ủy viên phụ trách kiểm tra, giám sát, tiến hành giám sát việc thu nộp đảng phí.')).toEqual(['Lâm Thị Na:execute']);
    // "trực thuộc" still belongs to the name.
    expect(su('Các chi bộ trực thuộc tổ chức quán triệt Kế hoạch.')).toEqual(['Các chi bộ trực thuộc:execute']);
  });
});

describe('a provincial education department\'s requests and heads of schools (h65)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads "Đề nghị X chỉ đạo Y …" as X directing Y, heads of schools in lower case in a list, and advice after "trường hợp … thì"', () => {
    expect(su('Đề nghị Ủy ban nhân dân các xã A, B chỉ đạo Phòng Văn hóa - Xã hội và hiệu trưởng các trường tiểu học thu hồi kinh phí.')).toEqual(['Ủy ban nhân dân các xã A, B:direct', 'Phòng Văn hóa - Xã hội:execute', 'hiệu trưởng các trường tiểu học:execute']);
    expect(su('Đề nghị Ban Thường vụ Đảng ủy xã quan tâm chỉ đạo; Ủy ban Kiểm tra theo dõi.')[0]).toBe('Ban Thường vụ Đảng ủy xã:direct');
    expect(su('Trưởng các phòng thuộc Sở, hiệu trưởng các trường và giám đốc các trung tâm báo cáo tiến độ.')).toEqual(['Trưởng các phòng thuộc Sở:execute', 'hiệu trưởng các trường:execute', 'giám đốc các trung tâm:execute']);
    expect(su('Phòng Tổ chức cán bộ rà soát hồ sơ; trường hợp văn bằng không đạt thì tham mưu Giám đốc Sở xử lý.')).toEqual(['Phòng Tổ chức cán bộ:execute', 'Phòng Tổ chức cán bộ:advise']);
    expect(su('Hiệu trưởng trường có đất cho thuê chấm dứt hợp đồng.')).toEqual(['Hiệu trưởng trường có đất cho thuê:execute']);
    // "Giao X lãnh đạo Y …" stays X's work, as the older writers read it.
    expect(su('Giao Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã rà soát các dự án.')[0]).toBe('Đảng ủy Ủy ban nhân dân xã:execute');
  });
});

describe('a Đà Nẵng ward\'s deadlines and street-group heads (h61)', () => {
  it('reads "trong vòng N ngày tính từ ngày Kế hoạch … ban hành", a done date in parentheses after "đã …", and a street-group head after ";"', () => {
    expect(findDeadlines('Hoàn thành trong vòng 30 ngày tính từ ngày Kế hoạch này được ban hành.', false).map((d) => `${d.kind} ${d.daysAfterPlan}`)).toEqual(['before 30']);
    expect(findDeadlines('Trung tâm đã gửi văn bản xin lỗi người dân (ngày 08/4/2026).', false).map((d) => `${d.kind} ${d.date}`)).toEqual(['on 2026-04-08']);
    expect(sentenceUnits('Phòng Kinh tế thông báo cho từng hộ; tổ trưởng tổ dân phố nơi các hộ cư trú phối hợp vận động.').map((u) => `${u.unit}:${u.role}`)).toEqual(['Phòng Kinh tế:execute', 'tổ trưởng tổ dân phố nơi các hộ cư trú:support']);
  });
});

describe('a provincial Standing Committee\'s assignments (h70)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads partners and directed bodies before new verbs, members "được phân công tại Mục …", and a post in two hats "chịu trách nhiệm chỉ đạo"', () => {
    expect(su('Ban Tổ chức chủ trì, phối hợp với Sở Nội vụ thẩm định hồ sơ.')).toEqual(['Ban Tổ chức:lead', 'Sở Nội vụ:support']);
    expect(su('Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế biệt phái bác sĩ về trạm y tế.')).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh:direct', 'Sở Y tế:execute']);
    expect(su('Thanh tra tỉnh chủ trì, phối hợp với Sở Xây dựng thanh tra lại các dự án.')).toEqual(['Thanh tra tỉnh:lead', 'Sở Xây dựng:support']);
    expect(su('Các đồng chí Ủy viên Ban Thường vụ được phân công tại Mục II trực tiếp chỉ đạo.')).toEqual(['Các đồng chí Ủy viên Ban Thường vụ được phân công tại Mục II:direct']);
    expect(su('Đồng chí Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức chịu trách nhiệm chỉ đạo các nội dung tại mục này.')).toEqual(['Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức:direct']);
  });
});

describe('recurring duties and target years in running text (h68, h69, h71)', () => {
  const kinds = (t: string) => findDeadlines(t, false).map((d) => `${d.kind} ${d.date}${d.fuzzy ? ' fuzzy' : ''}`);
  it('reads a period opening a clause, a daily check, "định kỳ vào tuần đầu", a turnaround from receipt, a target year and a quarter\'s meeting', () => {
    expect(kinds('Văn phòng phân loại đơn; hằng tháng có văn bản đôn đốc các cơ quan.')).toEqual(['recurring null']);
    expect(kinds('- Mỗi tuần đăng ít nhất 02 tin, bài về các xã.')).toEqual(['recurring null']);
    expect(kinds('Phòng Tài chính - Kế toán kiểm tra, đối chiếu hằng ngày hồ sơ ra viện.')).toEqual(['recurring null']);
    expect(kinds('Công an xã phối hợp, định kỳ vào tuần đầu của tháng thông báo cho Phòng Văn hóa - Xã hội.')).toEqual(['recurring null']);
    expect(kinds('Mọi phản ánh phải được trả lời trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận.')).toEqual(['recurring null']);
    expect(kinds('Phấn đấu năm 2026 tỷ lệ chi phí bị từ chối thanh toán không vượt quá 0,5%.')).toEqual(['by_year 2026-12-31']);
    expect(kinds('Ủy ban Kiểm tra theo dõi việc thực hiện, báo cáo tại hội nghị Đảng ủy quý III/2026.')).toEqual(['by_quarter 2026-09-30']);
    // Not a daily duty: a noun's "hằng ngày"; not a turnaround: days from the plan's own signing.
    expect(kinds('Nâng cao chất lượng công việc hằng ngày của cán bộ.')).toEqual([]);
    expect(kinds('Hoàn thành trong 30 ngày kể từ ngày ký.').map((k) => k.split(' ')[0])).toEqual(['before']);
  });
  it('keeps the deadline of work on money "đã thu", and reads "trong" as a word of its own (no fuzzy "tháng")', () => {
    expect(kinds('Nộp số tiền đã thu vào ngân sách xã trước ngày 30/6/2026.')).toEqual(['before 2026-06-30']);
    expect(kinds('Hoàn thành trong quý II/2026.')).toEqual(['by_quarter 2026-06-30']);
  });
});

describe('findings quoted after their source, and deadlines of a military command and a mountain commune (h72–h74)', () => {
  it('reads "Kết luận thanh tra nêu: “…”" and "… nêu tiếp: “…”" paragraphs under a topic heading as its findings, the measures after them as tasks', () => {
    const d = run(
      [
        'II. NỘI DUNG, NHIỆM VỤ KHẮC PHỤC',
        '1. Về thẩm định thiết kế',
        '',
        'Kết luận thanh tra nêu: “Có 09 hồ sơ thẩm định được giải quyết quá hạn, không có văn bản xin lỗi.”',
        '',
        'Kết luận thanh tra nêu tiếp: “Hai hồ sơ dự toán áp dụng định mức chưa phù hợp.”',
        '',
        '- Phòng Quản lý hoạt động xây dựng thẩm định lại 02 hồ sơ dự toán, xong trước ngày 15/7/2026.',
        '',
        '- Văn phòng Sở gửi văn bản xin lỗi người dân, hoàn thành trong tháng 7/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Có 09 hồ sơ thẩm định được giải quyết quá hạn, không có văn bản xin lỗi', 'Hai hồ sơ dự toán áp dụng định mức chưa phù hợp']);
    expect(d.tasks).toHaveLength(2);
    expect(d.tasks[0]?.shortcomingIds).toEqual(['shortcoming-1', 'shortcoming-2']);
  });
  const kinds = (t: string) => findDeadlines(t, false).map((d) => `${d.kind} ${d.date}${d.done ? ' done' : ''}${d.fuzzy ? ' fuzzy' : ''}`);
  it('reads a period before the duty\'s verb or before its meeting, a done date far after "đã", an event\'s date in parentheses, and "báo cáo X ngay"', () => {
    expect(kinds('Chi bộ các đơn vị này hằng tháng đưa nội dung quản lý kỷ luật vào nghị quyết.')).toEqual(['recurring null']);
    expect(kinds('Văn phòng hướng dẫn các chi bộ thu đảng phí hằng tháng tại kỳ sinh hoạt chi bộ.')).toEqual(['recurring null']);
    expect(kinds('Thường vụ Đảng ủy đã hoàn thành việc kiểm điểm, rút kinh nghiệm lãnh đạo công tác tuyển quân năm 2025 và năm 2026 tại hội nghị Đảng ủy ngày 12/3/2026.')).toEqual(['on 2026-03-12 done']);
    expect(kinds('Ban Thường vụ đã ban hành Chương trình kiểm tra, giám sát năm 2026 (ngày 12/01/2026).')).toEqual(['on 2026-01-12 done']);
    expect(kinds('Vận động học sinh trở lại lớp, xong trước ngày khai giảng năm học 2026 - 2027 (05/9/2026).')).toEqual(['before 2026-09-05']);
    expect(kinds('Phát hiện vi phạm phải báo cáo Thường trực Đảng ủy ngay, không để bị động.')).toEqual(['immediate null']);
    // "ngày" (a day) folds to the same letters: only the unaccented word is "at once".
    expect(kinds('Phát hiện vi phạm phải báo cáo kết quả trong ngày.')).toEqual([]);
    // "thường xuyên theo dõi" is a manner of work, as the seeds read it.
    expect(kinds('Văn phòng thường xuyên theo dõi, báo cáo Ban Thường vụ.')).toEqual([]);
  });
});

describe('units qualified by a clause, building-trade names, and clauses that keep or change the subject (h72–h74)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('keeps a "có …" / "còn …" / "nơi có …" clause of a collective in the unit, through its level words and "được"', () => {
    expect(su('Đề nghị Ủy ban nhân dân các xã, phường có tuyến đường tỉnh đi qua chủ trì giải tỏa 23 vị trí lấn chiếm.')).toEqual(['Ủy ban nhân dân các xã, phường có tuyến đường tỉnh đi qua:lead']);
    expect(su('Ban Chỉ huy Quân sự các xã có tỷ lệ dân quân được huấn luyện chưa đạt yêu cầu xây dựng lại kế hoạch.')).toEqual(['Ban Chỉ huy Quân sự các xã có tỷ lệ dân quân được huấn luyện chưa đạt yêu cầu:execute']);
    expect(su('Bí thư chi bộ 05 bản còn tỷ lệ hộ nghèo cao tổ chức sinh hoạt chuyên đề.')).toEqual(['Bí thư chi bộ 05 bản còn tỷ lệ hộ nghèo cao:execute']);
    expect(su('Giám đốc các trung tâm có nội dung được giao tại Mục II xây dựng kế hoạch.')).toEqual(['Giám đốc các trung tâm có nội dung được giao tại Mục II:execute']);
    // A single body's "được" still ends it (its passive verb), and a single body's level word still ends it.
    expect(su('Ủy ban nhân dân xã đi kiểm tra thực tế.')).toEqual(['Ủy ban nhân dân xã:execute']);
  });
  it('reads names ending in "xây dựng" or "công trình", partners named "lực lượng …" or by places "giáp rừng", and "các hạt …"', () => {
    expect(su('Phòng Quản lý chất lượng công trình xây dựng rà soát lại hồ sơ.')).toEqual(['Phòng Quản lý chất lượng công trình xây dựng:execute']);
    expect(su('Phòng Kinh tế xây dựng kế hoạch.')).toEqual(['Phòng Kinh tế:execute']);
    expect(su('Ban X chủ trì, phối hợp với Công an xã, lực lượng kiểm lâm địa bàn và Trưởng bản các bản giáp rừng duy trì trực.')).toEqual(['Ban X:lead', 'Công an xã:support', 'lực lượng kiểm lâm địa bàn:support', 'Trưởng bản các bản giáp rừng:support']);
    expect(su('Ủy ban nhân dân xã chủ trì; Công an xã và các hạt quản lý đường bộ phối hợp bảo đảm trật tự.')).toEqual(['Ủy ban nhân dân xã:lead', 'Công an xã:support', 'các hạt quản lý đường bộ:support']);
  });
  it('gives a later "; tiếp tục chủ trì" to the subject, reads a sentence after an opening clause, stops at "hằng tháng", and resolves a bare head', () => {
    expect(su('Ban Chỉ huy Quân sự xã đã hoàn thành phương án; tiếp tục chủ trì, phối hợp với Công an xã duy trì trực.')).toEqual(['Ban Chỉ huy Quân sự xã:execute', 'Ban Chỉ huy Quân sự xã:lead', 'Công an xã:support']);
    expect(su('Phòng Tham mưu hướng dẫn các xã. Từ quý III/2026, Ban Tài chính kiểm tra việc chi trả.')).toEqual(['Phòng Tham mưu:execute', 'Ban Tài chính:execute']);
    expect(su('Thường vụ Đảng ủy đã hoàn thành việc kiểm điểm. Chi bộ các đơn vị này hằng tháng đưa nội dung vào nghị quyết.')).toEqual(['Thường vụ Đảng ủy:execute', 'Chi bộ các đơn vị này:execute']);
    expect(su('Trung tâm Phục vụ hành chính công phường bố trí thêm quầy. Từ tháng 5/2026, Trung tâm công khai số hồ sơ trễ hạn.')).toEqual(['Trung tâm Phục vụ hành chính công phường:execute']);
  });
});

describe('a provincial procuracy\'s numbered departments and task table (h75)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads numbered departments, "các Viện kiểm sát …" in a list, and members who direct "theo lĩnh vực được phân công"', () => {
    expect(su('Phòng 7 chủ trì, phối hợp với Phòng 2 thông báo rút kinh nghiệm.')).toEqual(['Phòng 7:lead', 'Phòng 2:support']);
    expect(su('Đồng chí Nguyễn Hữu Phong, Phó Viện trưởng, chỉ đạo Phòng 1 và các Viện kiểm sát nhân dân khu vực rà soát 03 vụ án.')).toEqual(['Nguyễn Hữu Phong:direct', 'Phòng 1:execute', 'các Viện kiểm sát nhân dân khu vực:execute']);
    expect(su('Các đồng chí Ủy viên Ban Thường vụ theo lĩnh vực được phân công trực tiếp chỉ đạo.')).toEqual(['Các đồng chí Ủy viên Ban Thường vụ:direct']);
  });
  it('reads a person whose post follows a line break in a cell, a body asked for help up to its verb, and a deadline in the measure\'s own words', () => {
    const d = run(
      [
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '',
        '| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |',
        '|---|---|---|---|---|',
        '| 1 | Mở sổ theo dõi các cuộc kiểm tra, cập nhật ngay sau khi kết thúc từng cuộc | Đồng chí Lê Văn Khải,<br>Chủ nhiệm Ủy ban Kiểm tra Đảng ủy | Văn phòng Đảng ủy;<br>đề nghị Ủy ban Kiểm tra Tỉnh ủy cử báo cáo viên | Trước ngày 30/6/2026 |',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Lê Văn Khải:lead', 'Văn phòng Đảng ủy:support', 'Ủy ban Kiểm tra Tỉnh ủy:support']);
    expect(d.deadlines.map((x) => x.kind).sort()).toEqual(['before', 'immediate']);
  });
});

describe('the Party agencies\' Standing Committee: lead times, events, frequencies and labels pointing back (h78)', () => {
  const kinds = (t: string) => findDeadlines(t, false).map((d) => `${d.kind} ${d.date}${d.done ? ' done' : ''}`);
  it('reads a lead time before every meeting, "xong trước Đại hội chi bộ", "một quý một lần", and a done date in parentheses after a cited number', () => {
    expect(kinds('Tài liệu phải gửi các đồng chí chậm nhất 03 ngày làm việc trước phiên họp.')).toEqual(['recurring null']);
    expect(kinds('Chi bộ có chi ủy chỉ định thì kiện toàn xong trước Đại hội chi bộ.')).toEqual(['before null']);
    expect(kinds('Các đồng chí dự sinh hoạt chi bộ ít nhất một quý một lần.')).toEqual(['recurring null']);
    expect(kinds('Ban Thường vụ đã quán triệt Thông báo số 52-TB/UBKTTU đến bí thư các tổ chức cơ sở đảng (ngày 03/3/2026).')).toEqual(['on 2026-03-03 done']);
    // Not after a document's number without parentheses: its date.
    expect(kinds('Ban Thường vụ đã ban hành Kế hoạch số 12-KH/ĐU ngày 03/3/2026.')).toEqual([]);
  });
  it('reads "Đối với hạn chế thứ ba: <measure>" as a measure for a shortcoming stated before, and a member "phụ trách cơ sở" as one unit', () => {
    const d = run(
      [
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '1. Việc cụ thể hóa nghị quyết của cấp trên còn chậm.',
        '2. Sinh hoạt chi bộ ở một số nơi chưa nền nếp.',
        '3. Hồ sơ đảng viên chuyển đến chưa bổ sung đủ lý lịch.',
        '',
        'III. GIẢI PHÁP KHẮC PHỤC',
        '1. Đối với hạn chế thứ ba: việc đối chiếu danh sách đảng viên đã hoàn thành ngày 20/3/2026. Văn phòng Đảng ủy tiếp tục hoàn thiện 27 hồ sơ còn thiếu.',
      ].join('\n'),
    );
    expect(d.shortcomings).toHaveLength(3);
    expect(d.tasks).toHaveLength(1);
    expect(sentenceUnits('Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phụ trách cơ sở dự sinh hoạt chi bộ.').map((u) => u.unit)).toEqual(['Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phụ trách cơ sở']);
  });
});

describe('a hospital\'s findings stated with their measures, and its deputies by degree (h76)', () => {
  const plan = [
    'II. TỒN TẠI, HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC',
    '',
    '**1. Công tác đấu thầu thuốc**',
    '',
    'Kế hoạch lựa chọn nhà thầu năm 2025 xây dựng chưa sát nhu cầu điều trị: 27 mặt hàng sử dụng dưới 50% kế hoạch.',
    '',
    'a) Khoa Dược chủ trì, phối hợp với Phòng Kế hoạch tổng hợp và trưởng các khoa lâm sàng rà soát số liệu, xong trước ngày 30/6/2026.',
    '',
    'b) Năm 2025, Hội đồng Thuốc và Điều trị chỉ họp 02 lần, chưa phân tích ABC/VEN. Từ quý II/2026, Hội đồng Thuốc và Điều trị tổ chức họp định kỳ hằng quý.',
    '',
    '**2. Kiểm soát nhiễm khuẩn**',
    '',
    '2.1. Chưa giám sát chủ động nhiễm khuẩn: Khoa Hồi sức tích cực không có số liệu, các khoa ngoại không theo dõi nhiễm khuẩn vết mổ. Giao Khoa Kiểm soát nhiễm khuẩn xây dựng quy trình giám sát trong quý III/2026.',
    '',
    '2.2. Giải quyết dứt điểm hồ sơ quá hạn. Phòng Kế hoạch tổng hợp thực hiện trong tháng 7/2026.',
  ].join('\n');
  it('reads a topic\'s finding paragraph and the finding sentences opening an item, not their units or a measure opening with its verb', () => {
    const d = run(plan);
    expect(d.shortcomings.map((s) => s.text.slice(0, 30))).toEqual(['Kế hoạch lựa chọn nhà thầu năm', 'Năm 2025, Hội đồng Thuốc và Đi', 'Chưa giám sát chủ động nhiễm k']);
    expect(d.tasks).toHaveLength(4);
    expect(units(d)).toEqual(['Khoa Dược:lead', 'Phòng Kế hoạch tổng hợp:support', 'trưởng các khoa lâm sàng:support', 'Hội đồng Thuốc và Điều trị:execute', 'Khoa Kiểm soát nhiễm khuẩn:execute', 'Phòng Kế hoạch tổng hợp:execute']);
  });
  it('reads deputies named with a degree and no "đồng chí", and a second duty "và theo dõi chung"', () => {
    const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
    expect(su('Giám đốc Bệnh viện chỉ đạo chung. BSCKII Nguyễn Thị Thu Hà, Phó Giám đốc phụ trách chuyên môn, chỉ đạo mục 1; ThS. Võ Văn Quang, Phó Giám đốc, chỉ đạo mục 2; đồng chí Phạm Hồng Nhung, Phó Giám đốc, chỉ đạo mục 3 và theo dõi chung việc thực hiện.')).toEqual([
      'Giám đốc Bệnh viện:direct',
      'Nguyễn Thị Thu Hà:direct',
      'Võ Văn Quang:direct',
      'Phạm Hồng Nhung:direct',
      'Phạm Hồng Nhung:monitor',
    ]);
  });
});

describe('a bank branch\'s departments, staff and watching work (h77)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads "Phòng Kiểm tra, giám sát nội bộ", "Thi hành án dân sự …", "Các Phòng giao dịch", staff by occupation, and "các chi ủy viên"', () => {
    expect(su('Phòng Kế toán - Ngân quỹ chủ trì, phối hợp với Phòng Kiểm tra, giám sát nội bộ rà soát giao dịch.')).toEqual(['Phòng Kế toán - Ngân quỹ:lead', 'Phòng Kiểm tra, giám sát nội bộ:support']);
    expect(su('Phòng Khách hàng chủ trì xây dựng phương án; phối hợp với Thi hành án dân sự tỉnh Hà Tĩnh đẩy nhanh việc thi hành án.')).toEqual(['Phòng Khách hàng:lead', 'Thi hành án dân sự tỉnh Hà Tĩnh:support']);
    expect(su('Cán bộ tín dụng kiểm tra việc sử dụng vốn vay; Giám đốc các Phòng giao dịch ký duyệt biên bản.')).toEqual(['Cán bộ tín dụng:execute', 'Giám đốc các Phòng giao dịch:execute']);
    expect(su('X làm việc. Giao dịch viên phát hiện giao dịch đáng ngờ phải báo cáo ngay.')).toEqual(['Giao dịch viên:execute']);
    expect(su('Chi ủy phân công đồng chí A Lê, Phó Bí thư, theo dõi; các chi ủy viên chịu trách nhiệm về lĩnh vực được phân công.').slice(-1)).toEqual(['các chi ủy viên:execute']);
    // "Cán bộ diện Ban Thường vụ …" names whose cadres are meant, not a post doing the work (as the seeds read it).
    expect(su('Cán bộ diện Ban Thường vụ Tỉnh ủy quản lý nộp bản kê khai.')).toEqual([]);
  });
  it('reads "theo dõi <its own field>" as work and "theo dõi việc thực hiện / hằng tháng" as monitoring, and a comrade\'s duty past a department named "Kiểm tra, giám sát"', () => {
    expect(su('Phòng Khách hàng Doanh nghiệp theo dõi chặt khách hàng có nợ nhóm 2.')).toEqual(['Phòng Khách hàng Doanh nghiệp:execute']);
    expect(su('Ủy ban Kiểm tra Tỉnh ủy theo dõi hằng tháng.')).toEqual(['Ủy ban Kiểm tra Tỉnh ủy:monitor']);
    expect(su('Văn phòng theo dõi việc thực hiện.')).toEqual(['Văn phòng:monitor']);
    expect(su('Giao đồng chí Đặng Quốc Việt, chi ủy viên phụ trách kiểm tra, giám sát, Trưởng phòng Kiểm tra, giám sát nội bộ, tham mưu đề cương.')).toEqual(['Đặng Quốc Việt:advise']);
  });
});

describe('a political school\'s deadlines by semester, course and event (h82)', () => {
  const kinds = (t: string) => findDeadlines(t, false).map((d) => `${d.kind} ${d.date}`);
  it('reads times per school year or per course, a time after every such event, the end of a semester, and an event dated in parentheses far after "trước"', () => {
    expect(kinds('Mỗi giảng viên được dự giờ ít nhất 02 lần trong năm học.')).toEqual(['recurring null']);
    expect(kinds('Các khoa lấy ý kiến học viên về hoạt động giảng dạy sau mỗi học phần.')).toEqual(['recurring null']);
    expect(kinds('Trưởng các khoa nghiệm thu báo cáo thu hoạch chậm nhất 30 ngày sau khi kết thúc mỗi đợt.')).toEqual(['recurring null']);
    expect(kinds('Phòng Tổ chức quyết toán kinh phí từng lớp chậm nhất 30 ngày sau ngày bế giảng.')).toEqual(['recurring null']);
    expect(kinds('Phó Hiệu trưởng kiểm tra, rút kinh nghiệm chậm nhất khi kết thúc học kỳ I của lớp hệ tập trung.')).toEqual(['before null']);
    expect(kinds('Hoàn thành trước khai giảng Lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 2026 - 2027 (ngày 14/9/2026).')).toEqual(['before 2026-09-14']);
    // Days after the plan's own signing stay a deadline of the plan; "sau mỗi cuộc kiểm tra" is no period.
    expect(kinds('Hoàn thành chậm nhất 10 ngày sau khi Kế hoạch này được ban hành.').map((k) => k.split(' ')[0])).toEqual(['before']);
    expect(kinds('Ủy ban Kiểm tra thông báo kết luận sau mỗi cuộc kiểm tra.')).toEqual([]);
  });
});

describe('a border guard command\'s officers by rank and a culture department\'s bodies (h80, h81)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads officers named by rank without "đồng chí", "lãnh đạo, chỉ đạo" as direction, border posts named by place, and "Hải đội …"', () => {
    expect(su('Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo thực hiện Kế hoạch. Đại tá Vi Văn Khánh, Chỉ huy trưởng, chỉ đạo mục 1; Thượng tá Đỗ Mạnh Hùng, Phó Chính ủy, trực tiếp chỉ đạo mục 5 và theo dõi chung.')).toEqual([
      'Ban Thường vụ Đảng ủy:direct',
      'Vi Văn Khánh:direct',
      'Đỗ Mạnh Hùng:direct',
      'Đỗ Mạnh Hùng:monitor',
    ]);
    expect(su('Chỉ huy các Đồn Biên phòng Hoành Mô, Pò Hèn duy trì nghiêm tuần tra đường biên.')).toEqual(['Chỉ huy các Đồn Biên phòng Hoành Mô, Pò Hèn:execute']);
    expect(su('Các phòng, Hải đội Biên phòng 2 và các Đồn Biên phòng xây dựng kế hoạch khắc phục.')).toEqual(['Các phòng:execute', 'Hải đội Biên phòng 2:execute', 'các Đồn Biên phòng:execute']);
  });
  it('reads a museum among partners, "thủ trưởng các đơn vị … có tồn tại", and a finding given only in a footnote of the shortcomings part', () => {
    expect(su('Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Ban Quản lý di tích tỉnh, Bảo tàng tỉnh thu hồi kinh phí.')).toEqual(['Phòng Kế hoạch - Tài chính:lead', 'Ban Quản lý di tích tỉnh:support', 'Bảo tàng tỉnh:support']);
    expect(su('Phòng Tổ chức tham mưu; thủ trưởng các đơn vị trực thuộc có tồn tại tổ chức kiểm điểm tại đơn vị.')).toEqual(['Phòng Tổ chức:advise', 'thủ trưởng các đơn vị trực thuộc có tồn tại:execute']);
    const d = run(
      [
        'II. NHỮNG TỒN TẠI, HẠN CHẾ CẦN KHẮC PHỤC',
        '',
        'Thanh tra tỉnh kết luận việc cấp phép còn những thiếu sót sau:',
        '',
        '- Giải quyết quá hạn 23/118 hồ sơ cấp giấy phép kinh doanh lữ hành.',
        '',
        'Ngoài ra, Kết luận thanh tra còn nêu tồn tại trong việc cấp, quản lý thẻ hướng dẫn viên du lịch².',
        '',
        '² Cấp 09 thẻ hướng dẫn viên du lịch quốc tế cho người chưa có chứng chỉ ngoại ngữ.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Giải quyết quá hạn 23/118 hồ sơ cấp giấy phép kinh doanh lữ hành', 'Cấp 09 thẻ hướng dẫn viên du lịch quốc tế cho người chưa có chứng chỉ ngoại ngữ']);
  });
});

describe('a women\'s union: findings numbered in one sentence, later clauses of the subject, a meeting on a date (h83)', () => {
  it('reads "1. Qua giám sát, X chỉ ra 03 hạn chế: (1) …; (2) …; (3) …" in a shortcomings part as three', () => {
    const d = run(
      [
        'II. NHỮNG HẠN CHẾ CẦN KHẮC PHỤC',
        '',
        '1. Qua giám sát, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chỉ ra 03 hạn chế: (1) việc kiểm tra các tổ tiết kiệm chưa thường xuyên; (2) nợ quá hạn tăng so với cuối năm 2024; (3) việc bàn giao hồ sơ hội viên còn chậm.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['việc kiểm tra các tổ tiết kiệm chưa thường xuyên', 'nợ quá hạn tăng so với cuối năm 2024', 'việc bàn giao hồ sơ hội viên còn chậm']);
  });
  it('gives "; theo dõi, đôn đốc …, tổng hợp …, tham mưu X …" to the subject, ends a partner at "dự giao ban", and dates a meeting', () => {
    const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
    expect(su('Văn phòng chủ trì, phối hợp với Ban Tổ chức - Kiểm tra quán triệt Kế hoạch; theo dõi, đôn đốc việc thực hiện, tổng hợp kết quả, tham mưu Ban Thường vụ sơ kết.')).toEqual([
      'Văn phòng:lead',
      'Văn phòng:monitor',
      'Văn phòng:advise',
      'Ban Tổ chức - Kiểm tra:support',
    ]);
    expect(su('Hội LHPN các xã chủ trì, phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội trên địa bàn dự giao ban tại điểm giao dịch xã.')).toEqual(['Hội LHPN các xã:lead', 'Phòng giao dịch Ngân hàng Chính sách xã hội trên địa bàn:support']);
    const kinds = (t: string) => findDeadlines(t, false).map((d) => `${d.kind} ${d.date}`);
    expect(kinds('Văn phòng quán triệt Kế hoạch tại hội nghị giao ban trực tuyến với Hội LHPN các xã ngày 08/4/2026.')).toEqual(['on 2026-04-08']);
    expect(kinds('Trưởng buôn báo cáo tại hội nghị buôn, xong trước ngày 30/4/2026.')).toEqual(['before 2026-04-30']);
  });
});

describe('a period over before the plan was signed (h79)', () => {
  it('reads "đối chiếu số liệu từ ngày 01/01/2025 đến ngày 30/6/2025" in a 2026 plan as the scope of the work, not its deadline', () => {
    const d = run(['Số: 142/KH-UBND Cô Tô, ngày 08 tháng 6 năm 2026', '', 'II. NHIỆM VỤ', '', '1. Phòng Kinh tế đối chiếu số liệu thu, chi ngân sách từ ngày 01/01/2025 đến ngày 30/6/2025 với số liệu của Kho bạc Nhà nước, xong trước ngày 31/7/2026.'].join('\n'));
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['before 2026-07-31']);
  });
});

describe('the h84–h87 round: ordinal findings, "Trợ giúp pháp lý", "cùng", "Phân công các đồng chí …", directions by item', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('reads "… còn những hạn chế sau. Một là, X. Hai là, Y." in a shortcomings part, each running to the next ordinal', () => {
    const d = run(['II. NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM CẦN KHẮC PHỤC', '', '1. Theo Thông báo giám sát', '', 'Bên cạnh những ưu điểm, Ban Thường vụ còn những hạn chế sau. Một là, lãnh đạo quản lý trật tự đô thị chưa quyết liệt. Hai là, việc cấp giấy phép xây dựng còn chậm; 17 hồ sơ quá hạn. Ba là, việc xử lý phản ánh chưa kịp thời.'].join('\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['lãnh đạo quản lý trật tự đô thị chưa quyết liệt', 'việc cấp giấy phép xây dựng còn chậm; 17 hồ sơ quá hạn', 'việc xử lý phản ánh chưa kịp thời']);
  });
  it('reads names with "Trợ giúp", "X và Y cùng <verb>", "Phân công các đồng chí … dự", a post then its holder directing "các nhiệm vụ", and a comrade described in parentheses', () => {
    expect(su('Trung tâm Trợ giúp pháp lý nhà nước tỉnh chủ trì, Đoàn Luật sư tỉnh phối hợp.')).toEqual(['Trung tâm Trợ giúp pháp lý nhà nước tỉnh:lead', 'Đoàn Luật sư tỉnh:support']);
    expect(su('Công đoàn Công ty và các xí nghiệp thủy lợi cùng tổ chức hội nghị người lao động.')).toEqual(['Công đoàn Công ty:execute', 'các xí nghiệp thủy lợi:execute']);
    expect(su('Phân công các đồng chí Đảng ủy viên dự, hướng dẫn 06 chi bộ tổ dân phố.')).toEqual(['các đồng chí Đảng ủy viên:execute']);
    expect(su('Giám đốc Sở chỉ đạo chung. Phó Giám đốc Sở Đinh Văn Tuấn chỉ đạo các nhiệm vụ từ 3 đến 8.')).toEqual(['Giám đốc Sở:direct', 'Đinh Văn Tuấn:direct']);
    expect(su('Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Văn phòng Đăng ký đất đai khu vực Kiến An tiếp nhận bổ sung sổ mục kê.')).toEqual(['Phòng Kinh tế:lead', 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Kiến An:support']);
    expect(su('Đồng chí Bí thư chỉ đạo chung; đồng chí Đinh Thị Thu Hương (Đảng ủy viên, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy) chỉ đạo mục 3.').some((u) => u.includes(')'))).toBe(false);
  });
});

describe('a company\'s financial-year events, a slot with two deadlines, and "Các tổ chức …" (h85–h87)', () => {
  const kinds = (t: string) => findDeadlines(t, false).map((d) => `${d.kind} ${d.date}`);
  it('reads "trước khi … phê duyệt báo cáo tài chính năm 2025" (an event, no date) and "khi quyết toán năm" (every year)', () => {
    expect(kinds('Phòng Tài chính - Kế toán trích lập dự phòng, hoàn thành trước khi Hội đồng thành viên phê duyệt báo cáo tài chính năm 2025.')).toEqual(['before null']);
    expect(kinds('Phòng Kế hoạch đánh giá lại khi quyết toán năm.')).toEqual(['recurring null']);
  });
  it('reads each comma part of a time slot that states its own deadline, and units opening with "Các tổ chức …"', () => {
    const d = run(['II. NHIỆM VỤ', '', '1. Ban hành quy chế kiểm tra trật tự xây dựng.', '', '+ Đơn vị thực hiện: Phòng Kinh tế.', '', '+ Thời gian: ban hành quyết định trong tháng 5/2026, giám sát trong quý III/2026.'].join('\n'));
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['by_month 2026-05-31', 'by_quarter 2026-09-30']);
    expect(sentenceUnits('Các tổ chức hành nghề công chứng cập nhật thông tin ngăn chặn.').map((u) => u.unit)).toEqual(['Các tổ chức hành nghề công chứng']);
    // "Quy chế phối hợp giữa …" names a topic, not partners.
    expect(sentenceUnits('Trình Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp giữa Sở Tư pháp và các tổ chức hành nghề công chứng (Phòng Bổ trợ tư pháp chủ trì).').map((u) => `${u.unit}:${u.role}`)).toEqual(['Phòng Bổ trợ tư pháp:lead']);
  });
});

describe('a symbol with a dotted issuer part (h91)', () => {
  it('reads "2317/TTCP-C.I" (a department of the Government Inspectorate) with its date, and stops a Party symbol at a sentence end', () => {
    expect(findReferences('Thực hiện Văn bản số 2317/TTCP-C.I ngày 15/12/2025 của Thanh tra Chính phủ.').map((r) => `${r.symbol} ${r.date}`)).toEqual(['2317/TTCP-C.I 2025-12-15']);
    expect(findReferences('Căn cứ Kết luận số 12-KL/TW. Thực hiện nhiệm vụ.').map((r) => r.symbol)).toEqual(['12-KL/TW']);
  });
});

describe('a protection-forest board and a traffic police unit (h88, h90)', () => {
  const su = (t: string) => sentenceUnits(t).map((u) => `${u.unit}:${u.role}`);
  it('keeps "bảo vệ" inside a partner\'s name, reads "Việc … giao cho X", heads of teams and stations, and "Đội Tham mưu tổng hợp"', () => {
    expect(su('Trạm Quản lý bảo vệ rừng Thượng Ninh chủ trì, phối hợp với Trạm Quản lý bảo vệ rừng Thanh Quân rà soát.')).toEqual(['Trạm Quản lý bảo vệ rừng Thượng Ninh:lead', 'Trạm Quản lý bảo vệ rừng Thanh Quân:support']);
    expect(su('Tổ chức kiểm kê tài sản. Việc ghi sổ, kiểm kê giao cho Phòng Hành chính - Tổng hợp.')).toEqual(['Phòng Hành chính - Tổng hợp:execute']);
    expect(su('Trưởng các trạm, Đội trưởng Đội Bảo vệ rừng cơ động tuần tra hằng tuần.')).toEqual(['Trưởng các trạm:execute', 'Đội trưởng Đội Bảo vệ rừng cơ động:execute']);
    expect(su('Đội Tham mưu tổng hợp chủ trì, phối hợp với Đội Chỉ huy rà soát.')).toEqual(['Đội Tham mưu tổng hợp:lead', 'Đội Chỉ huy:support']);
  });
});

describe('a numbered topic heading that fills its printed line (h90 layout)', () => {
  it('does not take the bullet below it for the heading\'s wrapped continuation', () => {
    const d = run(
      [
        'III. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC',
        '3. Về đăng ký xe: Công an các xã, phường phát hiện sai sót dữ liệu thì báo cáo ngay về',
        'Phòng để phối hợp điều chỉnh, hoàn thành trong quý II/2026 theo kế hoạch của Phòng.',
        '4. Về công tác kiểm tra, giám sát và quản lý, giáo dục cán bộ, đảng viên trong đơn vị',
        '- Ủy ban Kiểm tra Đảng ủy tham mưu bổ sung Chương trình kiểm tra, giám sát năm 2026,',
        'trình Đảng ủy trong tháng 4/2026.',
        '- Ủy ban Kiểm tra Đảng ủy tiến hành giám sát chuyên đề đối với Chi bộ Đội Tuần tra số 1,',
        'hoàn thành trong quý III/2026.',
      ].join('\n'),
    );
    const topic = d.sections[0]?.children.find((s) => s.number === '4');
    expect(topic?.heading).toBe('Về công tác kiểm tra, giám sát và quản lý, giáo dục cán bộ, đảng viên trong đơn vị');
    expect(d.tasks.filter((t) => t.sectionId === topic?.id)).toHaveLength(2);
  });
});

describe('"(1)" items under a lettered topic, then the next letter (h93)', () => {
  it('nests "(1)…(2)" under "b)" and keeps "c)" a sibling of "b)"', () => {
    const d = run(
      [
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '2. Đối với các hạn chế khác',
        'a) Về thu phí:',
        '- Ban Quản trị rà soát sổ thu phí, xong trong tháng 5/2026.',
        'b) Về kênh mương:',
        '(1) Tổ Thủy nông nạo vét kênh chính, xong trong quý II/2026.',
        '(2) Ban Quản trị lập dự toán sửa chữa cống, trình trong tháng 6/2026.',
        'c) Về công khai tài chính:',
        '- Kế toán niêm yết công khai các khoản thu, chi định kỳ 6 tháng một lần.',
      ].join('\n'),
    );
    const topic = d.sections[0]?.children[0];
    expect(topic?.children.map((s) => s.number)).toEqual(['a', 'b', 'c']);
    expect(topic?.children[1]?.children.map((s) => s.number)).toEqual(['(1)', '(2)']);
    expect(d.tasks).toHaveLength(4);
  });
});

describe('a customs branch and a college (h92, h94)', () => {
  it('reads border-gate customs units, a capitalised member post with its remit, and units ended by "sinh hoạt thường kỳ", "kết nối", "liên hệ", "không"', () => {
    expect(pairs('Tổ Giám sát chủ trì, phối hợp với Hải quan cửa khẩu Chi Ma và Hải quan ga Đồng Đăng lập danh sách phương tiện.')).toEqual([
      'Tổ Giám sát:lead',
      'Hải quan cửa khẩu Chi Ma:support',
      'Hải quan ga Đồng Đăng:support',
    ]);
    expect(pairs('Các Hải quan cửa khẩu cập nhật sổ theo dõi.')).toEqual(['Các Hải quan cửa khẩu:execute']);
    expect(pairs('Giao đồng chí Hà Văn Sơn, Đảng ủy viên phụ trách công tác kiểm tra, hướng dẫn các chi bộ lập hồ sơ.')).toEqual(['Hà Văn Sơn:execute']);
    expect(pairs('Chi bộ Đội Kiểm soát Bắc Sơn sinh hoạt thường kỳ vào ngày 05 hằng tháng.')).toEqual(['Chi bộ Đội Kiểm soát Bắc Sơn:execute']);
    expect(pairs('Phòng Hạ tầng chủ trì, phối hợp với Trung tâm Thông tin thuộc Sở kết nối dữ liệu camera.')).toEqual(['Phòng Hạ tầng:lead', 'Trung tâm Thông tin thuộc Sở:support']);
    expect(pairs('Phòng Công tác học sinh chủ trì, phối hợp với các khoa liên hệ gia đình học sinh.')).toEqual(['Phòng Công tác học sinh:lead', 'các khoa:support']);
    expect(pairs('Phòng Kế hoạch - Tài vụ không thanh toán tạm ứng mới.')).toEqual(['Phòng Kế hoạch - Tài vụ:execute']);
    expect(pairs('Các chi bộ không kết nạp được đảng viên trong năm 2025 báo cáo Đảng ủy.')).toEqual(['Các chi bộ không kết nạp được đảng viên trong năm 2025:execute']);
  });
  it('keeps "việc làm" in a name, reads advice after a long clause of the subject\'s own work, and drops an aside cut short', () => {
    expect(pairs('Giao Trung tâm Dịch vụ việc làm rà soát toàn bộ hồ sơ lao động đã đăng ký, tham mưu Giám đốc Sở ký văn bản.')).toEqual([
      'Trung tâm Dịch vụ việc làm:execute',
      'Trung tâm Dịch vụ việc làm:advise',
    ]);
    // (Gathering the results to advise the committee is advising it, as most writers read it; the earliest read execute.)
    expect(pairs('Văn phòng Đảng ủy tổng hợp kết quả khắc phục, tham mưu Ban Thường vụ báo cáo cấp trên.')).toEqual(['Văn phòng Đảng ủy:advise']);
    expect(pairs('Sở Tài chính chủ trì, phối hợp với Sở Công Thương (đối với nội dung hóa đơn, kết nối dữ liệu) thực hiện.').slice(0, 2)).toEqual(['Sở Tài chính:lead', 'Sở Công Thương:support']);
  });
  it('reads "Dừng ngay việc …" as at once (not a past correction) and a term "thời hạn nộp là 45 ngày kể từ ngày ký"', () => {
    expect(findDeadlines('Dừng ngay việc thu tiền khi chưa có quyết định.', false).map((h) => h.kind)).toEqual(['immediate']);
    expect(findDeadlines('Các sai sót đã được khắc phục ngay trong quá trình kiểm tra.', false)).toEqual([]);
    expect(findDeadlines('thời hạn nộp là 30 ngày kể từ ngày ký Kế hoạch này', false).map((h) => [h.kind, h.daysAfterPlan])).toEqual([['before', 30]]);
  });
});

describe('findings under a lettered label, counted findings over a measures label, a unit bullet over "+" items (h96, h99)', () => {
  const d = run(
    [
      'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ BIỆN PHÁP KHẮC PHỤC',
      '1. Về công tác phòng cháy',
      'a) Hạn chế, khuyết điểm',
      'Thông báo số 12-TB/UBKTĐU kết luận:',
      '“Việc kiểm tra phương tiện chữa cháy tại các kho hàng chưa thường xuyên, năm 2025 có 03 bình chữa cháy hết hạn;',
      '“Hồ sơ huấn luyện nghiệp vụ của đội phòng cháy cơ sở còn thiếu, chưa cập nhật danh sách thành viên.”',
      'b) Biện pháp khắc phục',
      '- Phòng Hành chính thay thế toàn bộ bình chữa cháy hết hạn, xong trong tháng 5/2026.',
      '- Các tổ kho hàng:',
      '+ Kiểm tra phương tiện chữa cháy hằng tuần;',
      '+ Ghi sổ theo dõi kết quả kiểm tra, xong trước ngày 30/6/2026.',
      '- Phòng Kỹ thuật thuê mặt bằng kho mới; bên cho thuê không bảo đảm an toàn thì chấm dứt hợp đồng, xong trong quý III/2026.',
      '2. Hạn chế, khuyết điểm Đảng ủy tự chỉ ra',
      'Thứ nhất, sinh hoạt của các chi bộ làm việc theo ca chưa đều, có kỳ chỉ đạt 60% đảng viên dự.',
      'Thứ hai, việc đối thoại với người lao động còn ít, kiến nghị chậm được trả lời.',
      'Biện pháp khắc phục:',
      '(1) Các chi bộ bố trí lịch sinh hoạt vào ngày nghỉ ca, thực hiện từ tháng 5/2026.',
      '(2) Giám đốc Công ty tổ chức đối thoại định kỳ 6 tháng một lần.',
    ].join('\n'),
  );
  it('reads the quoted paragraphs under "a) Hạn chế, khuyết điểm" and the "Thứ nhất/Thứ hai" paragraphs as findings, without their count', () => {
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Việc kiểm tra phương tiện chữa cháy tại các kho hàng chưa thường xuyên, năm 2025 có 03 bình chữa cháy hết hạn',
      'Hồ sơ huấn luyện nghiệp vụ của đội phòng cháy cơ sở còn thiếu, chưa cập nhật danh sách thành viên',
      'sinh hoạt của các chi bộ làm việc theo ca chưa đều, có kỳ chỉ đạt 60% đảng viên dự',
      'việc đối thoại với người lao động còn ít, kiến nghị chậm được trả lời',
    ]);
  });
  it('makes the "+" items under a unit bullet that unit\'s tasks, and a measure with a condition no finding', () => {
    expect(d.tasks.map((t) => t.text.slice(0, 30))).toEqual([
      'Phòng Hành chính thay thế toàn',
      'Kiểm tra phương tiện chữa cháy',
      'Ghi sổ theo dõi kết quả kiểm t',
      'Phòng Kỹ thuật thuê mặt bằng k',
      'Các chi bộ bố trí lịch sinh ho',
      'Giám đốc Công ty tổ chức đối t',
    ]);
    expect(d.tasks[1]?.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['Các tổ kho hàng:execute']);
    expect(d.tasks[0]?.shortcomingIds).toEqual(['shortcoming-1', 'shortcoming-2']);
  });
});

describe('a land registration office, a border commune and a veterans association (h95, h97, h98)', () => {
  it('keeps village names after "Trưởng thôn", "chương trình" and a "…, lưu trữ và Cơ sở …" name whole, and ends a unit at "mỗi chi bộ"', () => {
    expect(pairs('Phòng Nông nghiệp chủ trì, phối hợp với Trưởng thôn Nà Lình và Trưởng thôn Lý Sơn rà soát đàn trâu.')).toEqual([
      'Phòng Nông nghiệp:lead',
      'Trưởng thôn Nà Lình:support',
      'Trưởng thôn Lý Sơn:support',
    ]);
    expect(pairs('Ban Chỉ đạo các chương trình mục tiêu quốc gia xã họp giao ban hằng tháng.')).toEqual(['Ban Chỉ đạo các chương trình mục tiêu quốc gia xã:execute']);
    expect(pairs('Phòng Đo đạc, bản đồ và Dữ liệu địa chính chủ trì, phối hợp với Chi nhánh khu vực Tân Lạc, Chi nhánh khu vực Mai Châu chỉnh lý hồ sơ.')).toEqual([
      'Phòng Đo đạc, bản đồ và Dữ liệu địa chính:lead',
      'Chi nhánh khu vực Tân Lạc:support',
      'Chi nhánh khu vực Mai Châu:support',
    ]);
    expect(pairs('Chi bộ Khối Kỹ thuật và Chi bộ Khối Văn phòng mỗi chi bộ giới thiệu 02 quần chúng ưu tú.')).toEqual(['Chi bộ Khối Kỹ thuật:execute', 'Chi bộ Khối Văn phòng:execute']);
    expect(pairs('Bộ phận tham mưu, giúp việc Đảng ủy theo dõi, hướng dẫn các chi bộ.')).toEqual(['Bộ phận tham mưu, giúp việc Đảng ủy:monitor']);
  });
  it('reads a bare "Văn phòng" of a later item as the office the plan named in full first', () => {
    const d = run(
      [
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Văn phòng Hội Nông dân tỉnh chủ trì, phối hợp với Ban Kinh tế rà soát hồ sơ vay vốn, xong trong tháng 5/2026.',
        '2. Giao Văn phòng tham mưu Ban Thường vụ sửa đổi Quy chế quản lý Quỹ, xong trong quý III/2026.',
      ].join('\n'),
    );
    expect(units(d)).toContain('Văn phòng Hội Nông dân tỉnh:advise');
    expect(units(d)).not.toContain('Văn phòng:advise');
  });
});

describe('a commune police cell (h100)', () => {
  it('reads officers by rank: two sharing one verb, an inspection "do X chủ trì, Y giúp việc", a remit after a lower-case post', () => {
    expect(pairs('Thượng úy Lò Văn Sơn và Trung úy Cầm Thị Hoa, cảnh sát khu vực, trực tiếp thực hiện tại các bản.')).toEqual(['Lò Văn Sơn:execute', 'Cầm Thị Hoa:execute']);
    expect(pairs('Cuộc kiểm tra do Đại úy Lường Văn Tâm chủ trì, Thiếu úy Quàng Thị Mai giúp việc, tiến hành trong quý III/2026.')).toEqual([
      'Lường Văn Tâm:lead',
      'Quàng Thị Mai:support',
    ]);
    expect(pairs('Trung úy Lò Văn Sơn, cảnh sát khu vực phụ trách bản Nà Sản, nắm tình hình tại buổi hòa giải.')).toEqual(['Lò Văn Sơn:execute']);
  });
  it('drops the asking body of a later sentence ("…. Chi bộ đề nghị X chủ trì …")', () => {
    expect(pairs('Việc này thuộc thẩm quyền của xã. Chi bộ đề nghị Ủy ban nhân dân xã chủ trì tổ chức hòa giải trong tháng 6/2026.')).toEqual(['Ủy ban nhân dân xã:lead']);
  });
});

describe('a department for ethnic affairs and religions (h101)', () => {
  it('reads a working group named by its purpose, and a later "; chủ trì, phối hợp …" with no subject of its own as the subject\'s lead', () => {
    expect(pairs('Giao Tổ công tác rà soát đất nghĩa trang (thành lập theo Quyết định số 12/QĐ-UBND) chủ trì, phối hợp với Phòng Kinh tế lập hồ sơ.')).toEqual([
      'Tổ công tác rà soát đất nghĩa trang:lead',
      'Phòng Kinh tế:support',
    ]);
    expect(pairs('Văn phòng Sở công khai Kế hoạch trên Trang thông tin điện tử; chủ trì, phối hợp với Thanh tra Sở tham mưu Giám đốc Sở tổ chức kiểm điểm.')).toEqual([
      'Văn phòng Sở:execute',
      'Văn phòng Sở:lead',
      'Thanh tra Sở:support',
    ]);
  });
  it('reads the bullets after a long scope that ends in "…, Kết luận thanh tra chỉ ra:" as findings', () => {
    const d = run(
      [
        'II. TỒN TẠI, HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC',
        '1. Về vốn hỗ trợ sản xuất',
        'Đối với nguồn vốn hỗ trợ phát triển sản xuất thuộc Dự án 3 của Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 (phê duyệt tại Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ), Kết luận thanh tra chỉ ra:',
        '- Giải ngân vốn năm 2024 chỉ đạt 51%, phải chuyển nguồn sang năm 2025;',
        '- 06 hồ sơ thanh toán thiếu biên bản nghiệm thu.',
        'Biện pháp khắc phục:',
        '(1) Phòng Kinh tế rà soát hồ sơ thanh toán, xong trong tháng 5/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Giải ngân vốn năm 2024 chỉ đạt 51%, phải chuyển nguồn sang năm 2025', '06 hồ sơ thanh toán thiếu biên bản nghiệm thu']);
  });
});

describe('a maritime port authority (h103)', () => {
  it('reads representative offices "Đại diện … tại X", "Các chi ủy", a name "Phòng A, b c và d e", and ends a partner at "đánh giá"', () => {
    expect(pairs('Phòng Kế toán chủ trì, phối hợp với Đại diện Cảng vụ tại Cát Bà đánh giá hiện trạng tàu.')).toEqual(['Phòng Kế toán:lead', 'Đại diện Cảng vụ tại Cát Bà:support']);
    expect(pairs('Đại diện Cảng vụ tại Đình Vũ làm việc với doanh nghiệp.')).toEqual(['Đại diện Cảng vụ tại Đình Vũ:execute']);
    expect(pairs('Các Đại diện Cảng vụ số hóa biên bản kiểm tra.')).toEqual(['Các Đại diện Cảng vụ:execute']);
    expect(pairs('Các chi ủy giám sát đảng viên giữ chức vụ.')).toEqual(['Các chi ủy:execute']);
    expect(pairs('Phòng An toàn, an ninh hàng hải và bảo vệ môi trường chủ trì rà soát.')).toEqual(['Phòng An toàn, an ninh hàng hải và bảo vệ môi trường:lead']);
    expect(pairs('Phòng Kinh tế, các xã và thị trấn rà soát.')).toEqual(['Phòng Kinh tế:execute', 'các xã và thị trấn:execute']);
  });
  it('reads "Giao X theo dõi, đôn đốc, tổng hợp kết quả, tham mưu …" as monitoring and advice, without the advice as its own work', () => {
    expect(pairs('Giao Phòng Tổ chức theo dõi, đôn đốc, tổng hợp kết quả, tham mưu Đảng ủy báo cáo cấp trên.')).toEqual(['Phòng Tổ chức:monitor', 'Phòng Tổ chức:advise']);
    expect(pairs('Giao Văn phòng Ban theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo lãnh đạo Ban.')).toEqual(['Văn phòng Ban:execute']);
  });
});

describe('a People\'s Council Party delegation (h102)', () => {
  it('reads "Đề nghị X lãnh đạo, chỉ đạo các sở, ngành …" as X directing and the departments doing, and "Các Tổ đại biểu …"', () => {
    expect(pairs('Đề nghị Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo các sở, ngành trả lời dứt điểm các kiến nghị.')).toEqual([
      'Đảng ủy Ủy ban nhân dân tỉnh:direct',
      'các sở, ngành:execute',
    ]);
    expect(pairs('Các Tổ đại biểu Hội đồng nhân dân tỉnh xây dựng kế hoạch tiếp xúc cử tri.')).toEqual(['Các Tổ đại biểu Hội đồng nhân dân tỉnh:execute']);
  });
});

describe('a header whose issuing body wraps into the place and date (h93, h99)', () => {
  it('reads the place after the wrapped issuer line, joins the wrapped body, and keeps a commune called "Trường …" whole', () => {
    const d = run(
      [
        'ĐẢNG BỘ XÃ TRƯỜNG LONG ĐẢNG CỘNG SẢN VIỆT NAM',
        '**CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP**',
        '**DỊCH VỤ TÂN PHÚ** *Trường Long, ngày 09 tháng 4 năm 2026*',
        '*',
        'Số 04-KH/CB',
        '',
        '## KẾ HOẠCH',
        'khắc phục hạn chế, khuyết điểm năm 2025',
      ].join('\n'),
    );
    expect([d.document.place, d.document.date, d.document.issuer.name, d.document.issuer.parent]).toEqual([
      'Trường Long',
      '2026-04-09',
      'CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TÂN PHÚ',
      'ĐẢNG BỘ XÃ TRƯỜNG LONG',
    ]);
  });
});

describe('a department of industry and trade (h104)', () => {
  it('reads a post\'s holder named in parentheses with a post after the name, a comrade opening a parenthesis with a role, and "X và Y phối hợp;"', () => {
    expect(pairs('Phó Giám đốc Sở phụ trách lĩnh vực thương mại (đồng chí Lò Văn Tuấn, Đảng ủy viên) trực tiếp chỉ đạo việc cấp phép.')).toEqual(['Lò Văn Tuấn:direct']);
    expect(pairs('Ban hành quy chế phối hợp (đồng chí Vì Thị Hoa, Phó Bí thư Đảng ủy, chủ trì soạn thảo; hoàn thành trong tháng 5/2026).')).toEqual(['Vì Thị Hoa:lead']);
    expect(pairs('Kiểm tra hàng nhập lậu (Đội Quản lý thị trường số 2 chủ trì, Bộ đội Biên phòng tỉnh và Phòng Cảnh sát kinh tế phối hợp; thực hiện thường xuyên).')).toEqual([
      'Đội Quản lý thị trường số 2:lead',
      'Bộ đội Biên phòng tỉnh:support',
      'Phòng Cảnh sát kinh tế:support',
    ]);
  });
});

describe('a primary school cell and a city ward (h105, h107)', () => {
  it('reads school staff, a remit after a capitalised post, "…; đơn vị phối hợp: Y", a directed village head, and "tháo dỡ"', () => {
    expect(pairs('Đồng chí Kim Văn Sol, Phó Bí thư Chi bộ, Phó Hiệu trưởng phụ trách chuyên môn, chủ trì, phối hợp với các tổ trưởng chuyên môn thực hiện.')).toEqual([
      'Kim Văn Sol:lead',
      'các tổ trưởng chuyên môn:support',
    ]);
    expect(pairs('Tổng phụ trách Đội tổ chức phong trào thu gom giấy vụn.')).toEqual(['Tổng phụ trách Đội:execute']);
    expect(pairs('Nhân viên thư viện cập nhật sổ mượn sách hằng tuần.')).toEqual(['Nhân viên thư viện:execute']);
    expect(pairs('Vận động các hộ ký cam kết. Đơn vị thực hiện: chi bộ các tổ dân phố ven chợ; đơn vị phối hợp: Ban công tác Mặt trận các tổ dân phố.')).toEqual([
      'Ban công tác Mặt trận các tổ dân phố:support',
      'chi bộ các tổ dân phố ven chợ:execute',
    ]);
    expect(pairs('Các chi bộ tổ dân phố ven biển lãnh đạo, chỉ đạo tổ trưởng tổ dân phố kiểm tra hành lang bờ biển.')).toEqual([
      'Các chi bộ tổ dân phố ven biển:direct',
      'tổ trưởng tổ dân phố:execute',
    ]);
    expect(pairs('Đội Trật tự đô thị chủ trì, phối hợp với Trung tâm Bảo tồn Di tích tháo dỡ biển quảng cáo.')).toEqual(['Đội Trật tự đô thị:lead', 'Trung tâm Bảo tồn Di tích:support']);
  });
});

describe('duties around every occurrence (h102, h103)', () => {
  it('reads "trước và sau mỗi kỳ họp" and "sau mỗi lượt kiểm tra" as recurring, not "sau mỗi cuộc kiểm tra"', () => {
    expect(findDeadlines('Các Tổ đại biểu tiếp xúc cử tri trước và sau mỗi kỳ họp.', false).map((h) => h.kind)).toEqual(['recurring']);
    expect(findDeadlines('Các Đại diện số hóa biên bản, cập nhật vào phần mềm sau mỗi lượt kiểm tra.', false).map((h) => h.kind)).toEqual(['recurring']);
    expect(findDeadlines('Thông báo kết luận kịp thời sau mỗi cuộc kiểm tra, giám sát.', false)).toEqual([]);
  });
});

describe('a measure item whose words include "hạn chế" (h106)', () => {
  it('does not read "3.1. Cắm biển hạn chế tải trọng …: đã hoàn thành …" as a finding', () => {
    const d = run(
      [
        'II. CÁC TỒN TẠI, HẠN CHẾ',
        '1. Về kiểm định cầu',
        '- Còn 12 cầu đến kỳ kiểm định nhưng chưa kiểm định.',
        'III. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC',
        '1. Kiểm định cầu',
        '1.1. Cắm biển hạn chế tải trọng 10 tấn tại cầu Nà Phặc: đã hoàn thành ngày 03/4/2026 (Đội Quản lý đường bộ thực hiện).',
        '1.2. Lựa chọn đơn vị tư vấn kiểm định 12 cầu, xong trong quý II/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Còn 12 cầu đến kỳ kiểm định nhưng chưa kiểm định']);
  });
});

describe('findings led by their source (h108)', () => {
  it('reads a labelled quote after "X chỉ rõ:" whole, and bullets after "… kết luận:"', () => {
    const d = run(
      [
        'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC',
        '**1. Về tuyển dụng**',
        '*Hạn chế, khuyết điểm:* Thông báo số 12-TB/UBKTĐU chỉ rõ: “Hồ sơ tuyển dụng năm 2024 lưu giữ không đầy đủ; việc tiếp nhận 02 trường hợp chưa đúng quy trình”.',
        '*Giải pháp khắc phục:*',
        'a) Phòng Công chức rà soát hồ sơ tuyển dụng, xong trong quý II/2026.',
        '**2. Về chi trả trợ cấp**',
        'Ủy ban Kiểm tra Đảng ủy tỉnh kết luận:',
        '- Việc điều chỉnh mức trợ cấp còn chậm, 12 trường hợp mới được truy lĩnh.',
        '- Hồ sơ người có công chưa được chỉnh lý, lập danh mục.',
        '2.1. Phòng Người có công chỉnh lý hồ sơ, xong trong năm 2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Hồ sơ tuyển dụng năm 2024 lưu giữ không đầy đủ; việc tiếp nhận 02 trường hợp chưa đúng quy trình',
      'Việc điều chỉnh mức trợ cấp còn chậm, 12 trường hợp mới được truy lĩnh',
      'Hồ sơ người có công chưa được chỉnh lý, lập danh mục',
    ]);
  });
});

describe('an island commune (h109)', () => {
  it('reads "Nghiệp đoàn", "Ban nhân dân ấp X" after a comma, "cắm mốc" and "liên lạc" ending a partner', () => {
    expect(pairs('Ủy ban nhân dân xã chủ trì, phối hợp với Nghiệp đoàn nghề cá xã liên lạc với chủ tàu.')).toEqual(['Ủy ban nhân dân xã:lead', 'Nghiệp đoàn nghề cá xã:support']);
    expect(splitUnits('Công an xã, Ban nhân dân ấp Bãi Dài').map((u) => u.unit)).toEqual(['Công an xã', 'Ban nhân dân ấp Bãi Dài']);
    expect(pairs('Ủy ban nhân dân xã phối hợp với Sở Nông nghiệp và Môi trường cắm mốc hành lang bờ biển.')).toEqual([
      'Ủy ban nhân dân xã:execute',
      'Sở Nông nghiệp và Môi trường:support',
    ]);
  });
  it('gives a paragraph that only names who oversees the items to them, not a task of its own', () => {
    const d = run(
      [
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '2. Về quản lý bờ biển',
        '- Ủy ban nhân dân xã rà soát các công trình lấn chiếm, xong trong quý II/2026.',
        '- Công an xã lập biên bản các trường hợp vi phạm, thực hiện thường xuyên.',
        '',
        'Đồng chí Lâm Văn Tú, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã theo dõi, chỉ đạo.',
        '',
      ].join('\n'),
    );
    expect(d.tasks).toHaveLength(2);
    expect(d.tasks[0]?.responsible.map((r) => `${r.unit}:${r.role}`)).toContain('Lâm Văn Tú:monitor');
  });
});

describe('a lung hospital and a lottery company (h110, h111)', () => {
  it('ends a unit at "phân loại", "chấn chỉnh" and "thành lập"', () => {
    expect(pairs('Giao Phòng Kế hoạch tổng hợp chủ trì, phối hợp với các khoa lâm sàng phân loại từng khoản bị từ chối.')).toEqual([
      'Phòng Kế hoạch tổng hợp:lead',
      'các khoa lâm sàng:support',
    ]);
    expect(pairs('Khoa Xét nghiệm chấn chỉnh việc chỉ định xét nghiệm.')).toEqual(['Khoa Xét nghiệm:execute']);
    expect(pairs('Giám đốc Công ty thành lập Tổ thu hồi công nợ.')).toEqual(['Giám đốc Công ty:execute']);
  });
});

describe('figures as of a day, and a month before its verb (h110, h111)', () => {
  it('reads "…, tháng 5/2026 hoàn thành" as by the month, and not "xác nhận nợ đến ngày 31/3/2026"', () => {
    expect(findDeadlines('Dự trù thuốc theo kế hoạch thu dung, tháng 5/2026 hoàn thành.', false).map((h) => [h.kind, h.date])).toEqual([['by_month', '2026-05-31']]);
    expect(findDeadlines('Lập biên bản xác nhận nợ đến ngày 31/3/2026; tạm dừng giao vé.', false)).toEqual([]);
    expect(findDeadlines('Rà soát hồ sơ, hoàn thành đến ngày 31/3/2026.', false).map((h) => h.kind)).toEqual(['before']);
  });
});

describe('a commune health station cell (h115)', () => {
  it('reads a long remit after a lower-case post as part of the title, and a ledger ("sổ theo dõi") as no duty', () => {
    expect(pairs('Giao đồng chí Lê Thị Hoa, giáo viên phụ trách công tác bán trú của toàn trường, lập danh sách học sinh.')).toEqual(['Lê Thị Hoa:execute']);
    expect(pairs('Giao đồng chí Trần Văn Bình, thủ kho phụ trách kho vật tư, ghi sổ theo dõi nhập, xuất hằng ngày.')).toEqual(['Trần Văn Bình:execute']);
  });
  it('reads an ethnic family name that is also a word ("Cà", "Vì") as a name before a middle name ("Cà Thị Lan")', () => {
    expect(pairs('Đồng chí Cà Thị Lan, y sĩ phụ trách tiêm chủng, mở sổ tiêm chủng.')).toEqual(['Cà Thị Lan:execute']);
  });
  it('keeps "chăm sóc" (care) inside a name: "sóc" is no village there', () => {
    expect(pairs('Ban Chỉ đạo chăm sóc người cao tuổi phường tổng hợp kết quả.')).toEqual(['Ban Chỉ đạo chăm sóc người cao tuổi phường:execute']);
  });
  it('reads a partner with its own verb after a clause that leads ("X chủ trì …, Y phối hợp …")', () => {
    expect(pairs('Đoàn Thanh niên xã chủ trì tổ chức ngày hội hiến máu tại nhà văn hóa các thôn, Trạm Y tế phối hợp bố trí cán bộ.')).toEqual([
      'Đoàn Thanh niên xã:lead',
      'Trạm Y tế:support',
    ]);
  });
  it('splits a partner list before "nhân viên …" (people named by their post)', () => {
    expect(pairs('Trường Tiểu học phối hợp với Công an xã và nhân viên bảo vệ nhà trường kiểm tra cổng trường.')).toEqual([
      'Trường Tiểu học:execute',
      'Công an xã:support',
      'nhân viên bảo vệ nhà trường:support',
    ]);
  });
  it('reads "Đề nghị X kiểm tra, giám sát việc thực hiện" as monitoring', () => {
    expect(pairs('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường kiểm tra, giám sát việc thực hiện tại các khu phố.')).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường:monitor',
    ]);
  });
});

describe('a regional court and an enforcement agency (h116, h119)', () => {
  it('keeps a bare "Văn phòng" named before any full name as the plan\'s own office', () => {
    const d = run(
      [
        'CHI BỘ BỆNH VIỆN HUYỆN',
        'Mường Lát, ngày 10 tháng 4 năm 2026',
        'KẾ HOẠCH',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Rà soát hồ sơ bệnh án lưu trữ. Văn phòng tổng hợp, báo cáo Chi ủy hằng tháng.',
        '2. Số hóa hồ sơ bệnh án; Văn phòng chủ trì, đề nghị Văn phòng Sở Y tế hỗ trợ kỹ thuật.',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Văn phòng:execute', 'Văn phòng:lead', 'Văn phòng Sở Y tế:support']);
  });
  it('reads court posts and chambers as units: "Chánh án", "Chánh tòa …", "Tòa Hình sự", "Thẩm phán …", "Chấp hành viên …"', () => {
    expect(pairs('Chánh án giao lại 05 vụ án quá hạn cho thẩm phán khác.')).toEqual(['Chánh án:execute']);
    expect(pairs('Chủ trì: Văn phòng; phối hợp: Tòa Kinh tế, Tòa Hành chính.')).toEqual(['Văn phòng:lead', 'Tòa Kinh tế:support', 'Tòa Hành chính:support']);
    expect(pairs('Thẩm phán chủ tọa phiên tòa nộp lưu hồ sơ vụ án.')).toEqual(['Thẩm phán chủ tọa phiên tòa:execute']);
    expect(pairs('Chấp hành viên các phòng khu vực xác minh lại điều kiện thi hành án.')).toEqual(['Chấp hành viên các phòng khu vực:execute']);
  });
  it('ends a unit at "tiếp công dân" and reads "Từng đảng viên" as a subject', () => {
    expect(pairs('Lãnh đạo Sở tiếp công dân vào thứ Năm hằng tuần.')).toEqual(['Lãnh đạo Sở:execute']);
    expect(pairs('Từng đảng viên xây dựng kế hoạch cá nhân.')).toEqual(['Từng đảng viên:execute']);
  });
  it('keeps "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo" whole', () => {
    expect(pairs('Phòng Thanh tra, giải quyết khiếu nại, tố cáo chủ trì rà soát đơn thư.')).toEqual(['Phòng Thanh tra, giải quyết khiếu nại, tố cáo:lead']);
  });
});

describe('a commune kindergarten cell (h117)', () => {
  it('reads "(…; X chỉ đạo, các Y thực hiện)": X directs, Y carries out', () => {
    expect(pairs('Kiểm tra đồ chơi ngoài trời (hằng tháng; Ban Giám hiệu chỉ đạo, các tổ bảo vệ thực hiện).')).toEqual([
      'Ban Giám hiệu:direct',
      'các tổ bảo vệ:execute',
    ]);
  });
  it('reads "Nhà trường" as a unit and splits a list before "bộ phận …"', () => {
    expect(pairs('Nhà trường phối hợp với Công an xã diễn tập thoát nạn.')).toEqual(['Nhà trường:execute', 'Công an xã:support']);
    expect(pairs('Thực hiện: Phó Hiệu trưởng, bộ phận văn thư. Thời gian: quý II/2026.')).toEqual(['Phó Hiệu trưởng:execute', 'bộ phận văn thư:execute']);
  });
  it('keeps the relative clause of a subject in a later sentence ("Các đồng chí … được giao nhiệm vụ tại Mục III")', () => {
    expect(pairs('Chi ủy họp định kỳ. Các đồng chí chi ủy viên được giao nhiệm vụ tại Mục II báo cáo kết quả hằng quý.')).toEqual([
      'Chi ủy:execute',
      'Các đồng chí chi ủy viên được giao nhiệm vụ tại Mục II:execute',
    ]);
  });
});

describe('a provincial post office and a Red Cross society (h120, h121)', () => {
  it('ends a unit at general verbs of the genre ("thống kê", "kiểm quỹ", "đối soát", "phát động")', () => {
    expect(pairs('Phòng Dịch vụ khách hàng thống kê số đơn hàng chậm, báo cáo Giám đốc.')).toEqual(['Phòng Dịch vụ khách hàng:execute']);
    expect(pairs('Tổ Kiểm soát nội bộ kiểm quỹ đột xuất tại các điểm giao dịch, báo cáo hằng tháng.')).toEqual(['Tổ Kiểm soát nội bộ:execute']);
    expect(pairs('Ban Công tác xã hội phát động đợt vận động ủng hộ, báo cáo Thường trực.')).toEqual(['Ban Công tác xã hội:execute']);
  });
  it('keeps further places after a unit ending in one ("… Lục Nam, Lục Ngạn"), and a verb after "và" inside a name', () => {
    expect(pairs('Trạm Bơm Hà Nam, Quảng Điền kiểm tra máy bơm.')).toEqual(['Trạm Bơm Hà Nam, Quảng Điền:execute']);
    expect(pairs('Đội Quản lý và hướng dẫn nghiệp vụ thực hiện, báo cáo Đội trưởng.')).toEqual(['Đội Quản lý và hướng dẫn nghiệp vụ:execute']);
  });
  it('keeps "nêu trên" after a level word in a name', () => {
    expect(pairs('Công an các xã nêu trên phối hợp rà soát.')).toEqual(['Công an các xã nêu trên:support']);
  });
});

describe('a forest protection sub-department and a labour federation (h113, h114)', () => {
  it('reads "X chỉ đạo Y phối hợp với Z …": Y carries it out with Z', () => {
    expect(pairs('Phòng Nghiệp vụ chỉ đạo Trạm Cửa khẩu Nam Giang phối hợp với Đồn Biên phòng Nam Giang kiểm tra hàng hóa.')).toEqual([
      'Phòng Nghiệp vụ:direct',
      'Trạm Cửa khẩu Nam Giang:execute',
      'Đồn Biên phòng Nam Giang:support',
    ]);
  });
  it('reads heads by post ("Chi cục trưởng", "Hạt trưởng các …") and a task team named by its purpose', () => {
    expect(pairs('Phó Chi cục trưởng chỉ đạo chung việc thực hiện.')).toEqual(['Phó Chi cục trưởng:direct']);
    expect(pairs('Trưởng phòng Tổng hợp, Hạt trưởng các Hạt Kiểm lâm chịu trách nhiệm trước Chi cục trưởng.')).toEqual([
      'Trưởng phòng Tổng hợp:execute',
      'Hạt trưởng các Hạt Kiểm lâm:execute',
    ]);
    expect(pairs('Giao Tổ công tác đôn đốc thu hồi nợ làm việc với từng khách hàng.')).toEqual(['Tổ công tác đôn đốc thu hồi nợ:execute']);
  });
});

describe('an industrial zones board (h127)', () => {
  it('keeps "Phòng X, y và z" whole as a subject before its role, and a representative office "tại khu vực …"', () => {
    expect(pairs('Phòng Đầu tư, doanh nghiệp và lao động là đầu mối theo dõi, báo cáo Trưởng ban.')).toEqual(['Phòng Đầu tư, doanh nghiệp và lao động:monitor']);
    expect(pairs('Phòng Đầu tư, doanh nghiệp và lao động chủ trì, phối hợp với Sở Nội vụ rà soát.')).toEqual([
      'Phòng Đầu tư, doanh nghiệp và lao động:lead',
      'Sở Nội vụ:support',
    ]);
    expect(pairs('Giao Văn phòng đại diện tại khu vực Sơn Tây rà soát hồ sơ.')).toEqual(['Văn phòng đại diện tại khu vực Sơn Tây:execute']);
  });
});

describe('a provincial library cell (h126)', () => {
  it('reads a bare name with a lower-case member post in a role label as the person, and a team named by a verb before an aside', () => {
    expect(personOrUnits('Lê Thị Hoa, đảng ủy viên, Trưởng phòng Tổ chức.').map((u) => u.unit)).toEqual(['Lê Thị Hoa']);
    expect(pairs('Tổ kiểm kê (gồm viên chức hai phòng) kiểm kê tài sản.')).toEqual(['Tổ kiểm kê:execute']);
  });
});

describe('an ethnic boarding school cell (h130)', () => {
  const plan = (lines: string[]) => run(['CHI BỘ TRƯỜNG THPT', 'Mường Tè, ngày 10 tháng 4 năm 2026', 'KẾ HOẠCH', ...lines].join('\n'));
  it('reads the items after a head that only counts them, without the head ("X còn hai thiếu sót: (1) …; (2) …")', () => {
    const d = plan([
      'II. HẠN CHẾ VÀ BIỆN PHÁP',
      '**1. Về thư viện**',
      '*Hạn chế:* Thư viện trường còn hai thiếu sót: (1) sách tham khảo chưa được bổ sung từ năm 2023; (2) phòng đọc chưa mở cửa buổi chiều.',
      '*Biện pháp khắc phục:*',
      '- Bổ sung sách tham khảo, xong trong quý III/2026.',
    ]);
    expect(d.shortcomings.map((s) => s.text)).toEqual(['sách tham khảo chưa được bổ sung từ năm 2023', 'phòng đọc chưa mở cửa buổi chiều']);
  });
  it('reads a finding after a label naming its source ("Theo nhận xét của …:", "Qua kiểm điểm, Chi bộ tự nhận thấy:")', () => {
    const d = plan([
      'II. HẠN CHẾ VÀ BIỆN PHÁP',
      '**1. Về sinh hoạt chi bộ**',
      '*Theo nhận xét của Đảng ủy xã:* sinh hoạt chi bộ còn hình thức, ít thảo luận những việc khó của nhà trường.',
      '*Qua kiểm điểm, Chi bộ tự nhận thấy:* chưa giao đảng viên kèm cặp giáo viên mới trong năm học 2025 - 2026.',
      '*Biện pháp khắc phục:*',
      '- Chi ủy chuẩn bị kỹ nội dung sinh hoạt, thực hiện hằng tháng.',
    ]);
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'sinh hoạt chi bộ còn hình thức, ít thảo luận những việc khó của nhà trường',
      'chưa giao đảng viên kèm cặp giáo viên mới trong năm học 2025 - 2026',
    ]);
  });
});

describe('an agricultural extension cell, scanned (h129)', () => {
  it('keeps the next item of a list a paragraph began inline when the layout wraps it to a line start', () => {
    const d = run(
      [
        'CHI BỘ TRUNG TÂM KHUYẾN NÔNG',
        'Sơn La, ngày 22 tháng 4 năm 2026',
        'KẾ HOẠCH',
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '- Chi ủy rà soát, lập danh sách quần chúng ưu tú trong viên chức của Trung tâm,',
        'tập trung vào: (1) viên chức trẻ ở các trạm khuyến nông khu vực;',
        '(2) đoàn viên Chi đoàn Thanh niên; (3) viên chức người dân tộc thiểu số. Hoàn thành trong quý II/2026.',
        '- Chi đoàn Thanh niên giới thiệu đoàn viên ưu tú, thực hiện thường xuyên.',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Chi ủy rà soát, lập ', 'Chi đoàn Thanh niên ']);
  });
});

describe('a converted header with the year on a later line (h125, h135)', () => {
  it('reads the place and date when a converter put the year on the next header line', () => {
    const d = run(['ĐẢNG BỘ XÃ AN HÒA **ĐẢNG CỘNG SẢN VIỆT NAM**', '**CHI BỘ TRƯỜNG TIỂU HỌC** *An Hòa, ngày 05 tháng 6*', 'Số 12-KH/CB *năm 2026*', '', '## KẾ HOẠCH', 'I. MỤC ĐÍCH', '1. Rà soát hồ sơ.'].join('\n'));
    expect([d.document.place, d.document.date]).toEqual(['An Hòa', '2026-06-05']);
  });
});

describe('a psychiatric hospital committee (h134)', () => {
  it('reads "X theo dõi, tổng hợp, tham mưu Y …" as monitoring and advice', () => {
    expect(pairs('Văn phòng Sở theo dõi, tổng hợp, tham mưu Giám đốc Sở báo cáo kết quả.')).toEqual(['Văn phòng Sở:monitor', 'Văn phòng Sở:advise']);
  });
  it('reads the comrades a closing paragraph assigns to watch over "việc thực hiện Kế hoạch này"', () => {
    const d = run(
      [
        'ĐẢNG ỦY BỆNH VIỆN',
        'Hà Nội, ngày 24 tháng 4 năm 2026',
        'KẾ HOẠCH',
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Các chi bộ xây dựng kế hoạch cụ thể, gửi về Văn phòng Đảng ủy trước ngày 10/5/2026.',
        '',
        '2. Văn phòng Đảng ủy tổng hợp kết quả, báo cáo trước ngày 15/11/2026.',
        '',
        'Đảng ủy phân công đồng chí Lê Văn Bình, Phó Bí thư Đảng ủy, theo dõi, đôn đốc việc thực hiện Kế hoạch này. Quá trình thực hiện, nếu có vướng mắc, các chi bộ báo cáo Đảng ủy./.',
      ].join('\n'),
    );
    expect(units(d)).toContain('Lê Văn Bình:monitor');
  });
});

describe('a social protection centre and a ward committee (h128, h135)', () => {
  it('reads "X chỉ đạo các khoa …" and "X chỉ đạo kiện toàn …" as directing, and "Cơ sở 2" as a unit', () => {
    expect(pairs('Ban Giám hiệu chỉ đạo các tổ chuyên môn rà soát kế hoạch dạy học.')).toEqual(['Ban Giám hiệu:direct', 'các tổ chuyên môn:execute']);
    expect(pairs('Ban Thường vụ Đảng ủy xã chỉ đạo kiện toàn chi ủy các chi bộ thôn.')).toEqual(['Ban Thường vụ Đảng ủy xã:direct']);
    expect(pairs('Phòng Hành chính chủ trì, phối hợp với Cơ sở 2, Cơ sở 3 kiểm kê tài sản.')).toEqual(['Phòng Hành chính:lead', 'Cơ sở 2:support', 'Cơ sở 3:support']);
  });
});

describe('a procuracy, a tea cooperative, a justice department and a press agency (h136–h139)', () => {
  it('reads unit names with verbs or capitals inside ("Phòng Kiểm sát việc …", "Dịch vụ tổng hợp", "Biên tập - Chương trình")', () => {
    expect(pairs('Phòng Kiểm sát việc giải quyết các vụ án hành chính chủ trì, phối hợp với Văn phòng rà soát.')).toEqual([
      'Phòng Kiểm sát việc giải quyết các vụ án hành chính:lead',
      'Văn phòng:support',
    ]);
    expect(pairs('Trung tâm Dịch vụ tổng hợp phường lập danh sách.')).toEqual(['Trung tâm Dịch vụ tổng hợp phường:execute']);
    expect(pairs('Ban Thời sự - Chương trình rà soát nội dung phát sóng.')).toEqual(['Ban Thời sự - Chương trình:execute']);
  });
  it('reads more heads ("Bộ phận …", "Liên minh Hợp tác xã", "trưởng các …") and blanks an alias ("(sau đây gọi là …)")', () => {
    expect(pairs('Bộ phận văn thư lập sổ theo dõi.')).toEqual(['Bộ phận văn thư:execute']);
    expect(pairs('Ban Quản trị Hợp tác xã phối hợp với Phòng Kinh tế xã và Liên minh Hợp tác xã tỉnh tập huấn.')).toEqual([
      'Ban Quản trị Hợp tác xã:execute',
      'Phòng Kinh tế xã:support',
      'Liên minh Hợp tác xã tỉnh:support',
    ]);
    expect(pairs('Chi bộ họp định kỳ; trưởng các tổ chịu trách nhiệm quản lý đảng viên.')).toEqual(['Chi bộ:execute', 'trưởng các tổ:execute']);
    expect(pairs('Trung tâm Văn hóa thành phố (sau đây gọi là Trung tâm) thực hiện.')).toEqual(['Trung tâm Văn hóa thành phố:execute']);
  });
  it('reads a request after a comma with a role verb ("…, đề nghị X hỗ trợ …")', () => {
    expect(pairs('Văn phòng thực hiện trong tháng 6/2026, đề nghị Hội Luật gia tỉnh hỗ trợ giảng viên.')).toEqual(['Văn phòng:execute', 'Hội Luật gia tỉnh:support']);
  });
  it('reads who directs and watches "việc thực hiện Kế hoạch" in a paragraph after the last item', () => {
    const d = run(
      [
        'ĐẢNG ỦY VIỆN KIỂM SÁT',
        'Quảng Ninh, ngày 06 tháng 5 năm 2026',
        'KẾ HOẠCH',
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Các chi bộ xây dựng kế hoạch, gửi Văn phòng trước ngày 20/5/2026.',
        '',
        '2. Văn phòng tổng hợp kết quả, báo cáo trước ngày 10/12/2026.',
        '',
        'Đồng chí Trần Văn Hải, Bí thư Đảng ủy, chỉ đạo chung việc thực hiện Kế hoạch.',
      ].join('\n'),
    );
    expect(units(d)).toContain('Trần Văn Hải:direct');
  });
  it('leaves a bold run-in heading out of the item\'s text ("**6. Về công tác kiểm tra.** Ủy ban Kiểm tra …")', () => {
    const d = run(['ĐẢNG ỦY BÁO', 'Cà Mau, ngày 08 tháng 5 năm 2026', 'KẾ HOẠCH', 'III. NHIỆM VỤ', '**6. Về công tác kiểm tra.** Ủy ban Kiểm tra Đảng ủy bổ sung chương trình giám sát năm 2026.'].join('\n'));
    expect(d.tasks.map((t) => t.text)).toEqual(['Ủy ban Kiểm tra Đảng ủy bổ sung chương trình giám sát năm 2026.']);
  });
});

describe('a ward People\'s Committee in Đà Lạt (h142)', () => {
  it('reads a post followed by its holder\'s full name after a level word as the person, and "Trường hợp …," as an opening clause', () => {
    expect(pairs('Phó Chủ tịch Ủy ban nhân dân xã Trần Văn Nam trực tiếp chỉ đạo các nhiệm vụ tại khoản 1 Mục III.')).toEqual(['Trần Văn Nam:direct']);
    expect(pairs('Chủ tịch Ủy ban nhân dân xã Lê Lợi chỉ đạo chung.')).toEqual(['Chủ tịch Ủy ban nhân dân xã Lê Lợi:direct']);
    expect(pairs('Trường hợp không chấp hành, Phòng Kinh tế tham mưu Chủ tịch Ủy ban nhân dân xã ban hành quyết định.')).toEqual(['Phòng Kinh tế:advise']);
  });
});

describe('a provincial political school (h141)', () => {
  it('reads paragraphs under a measure heading as separate measures when one opens "Giao đồng chí A, …"', () => {
    const d = run(
      [
        'ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ',
        'Nghệ An, ngày 11 tháng 5 năm 2026',
        'KẾ HOẠCH',
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '**5. Kiện toàn chi bộ các khoa**',
        '',
        'Giao đồng chí Trần Văn An, Đảng ủy viên, tham mưu Đảng ủy kiện toàn chi ủy các chi bộ khoa, xong trong tháng 6/2026.',
        '',
        'Chi ủy các chi bộ khoa xây dựng chương trình sinh hoạt chuyên đề năm 2026.',
      ].join('\n'),
    );
    expect(d.tasks).toHaveLength(2);
  });
});

describe('a commune military command cell (h140)', () => {
  it('reads a remit after a capitalised post, a militia squad and "Các đảng viên trong Chi bộ"', () => {
    expect(pairs('Thiếu úy Vàng A Páo, Trợ lý tác chiến phụ trách huấn luyện, thực hiện.')).toEqual(['Vàng A Páo:execute']);
    expect(pairs('Trung đội dân quân cơ động thực hiện, báo cáo Chỉ huy trưởng.')).toEqual(['Trung đội dân quân cơ động:execute']);
    expect(pairs('Các đảng viên trong Chi bộ xây dựng kế hoạch cá nhân.')).toEqual(['Các đảng viên trong Chi bộ:execute']);
  });
});

describe('a bullet finding with inline numbered items (h141)', () => {
  it('reads the numbered findings after a bullet\'s lead that names a shortcoming', () => {
    const d = run(
      [
        'ĐẢNG ỦY TRƯỜNG',
        'Nghệ An, ngày 11 tháng 5 năm 2026',
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '**1. Qua tự kiểm tra của Đảng ủy**',
        '- Công tác quản lý học viên còn hạn chế: (1) sổ điểm danh không ghi đủ các buổi học; (2) học viên nghỉ quá số tiết vẫn được dự thi.',
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '1. Phòng Đào tạo rà soát sổ điểm danh, xong trong tháng 6/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['sổ điểm danh không ghi đủ các buổi học', 'học viên nghỉ quá số tiết vẫn được dự thi']);
  });
});

describe('a provincial construction department (h146)', () => {
  it('keeps "xây dựng" and "Quản lý" inside a department name and splits a named company after a class of bodies', () => {
    expect(pairs('Phòng Quản lý xây dựng chủ trì, phối hợp với Thanh tra Sở rà soát hồ sơ cấp phép.')).toEqual(['Phòng Quản lý xây dựng:lead', 'Thanh tra Sở:support']);
    expect(pairs('Trung tâm Dữ liệu chủ trì, phối hợp với các đơn vị trực thuộc và Điện lực Kon Tum hợp nhất dữ liệu công tơ.')).toEqual([
      'Trung tâm Dữ liệu:lead',
      'các đơn vị trực thuộc:support',
      'Điện lực Kon Tum:support',
    ]);
  });

  it('reads "đã hoàn thành cập nhật ngày …" as done that day ("cập nhật" is not "chậm nhất")', () => {
    const d = run(['SỞ Y TẾ', 'Kon Tum, ngày 02 tháng 6 năm 2026', 'KẾ HOẠCH', 'II. NHIỆM VỤ', '1. Phòng Nghiệp vụ công khai danh mục thuốc; danh mục hiện hành đã hoàn thành cập nhật ngày 20/5/2026.'].join('\n'));
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['on 2026-05-20']);
  });

  it('splits an area heading\'s inline numbered findings and drops a bold run-in area heading', () => {
    const d = run(
      [
        'SỞ Y TẾ',
        'Kon Tum, ngày 02 tháng 6 năm 2026',
        'KẾ HOẠCH',
        'I. CÁC TỒN TẠI, HẠN CHẾ',
        '**1. Về đấu thầu thuốc:** (1) 06 gói thầu chậm phê duyệt kết quả lựa chọn nhà thầu; (2) chưa công khai kế hoạch lựa chọn nhà thầu trên hệ thống mạng đấu thầu quốc gia.',
        '',
        '**2. Về quản lý trang thiết bị y tế.** Năm 2025 có 12 thiết bị chưa được kiểm định định kỳ, hai máy X-quang hết hạn giấy phép vẫn sử dụng.',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Phòng Nghiệp vụ rà soát các gói thầu, xong trong tháng 7/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      '06 gói thầu chậm phê duyệt kết quả lựa chọn nhà thầu',
      'chưa công khai kế hoạch lựa chọn nhà thầu trên hệ thống mạng đấu thầu quốc gia',
      'Năm 2025 có 12 thiết bị chưa được kiểm định định kỳ, hai máy X-quang hết hạn giấy phép vẫn sử dụng',
    ]);
  });
});

describe('a prison camp Party committee in converted form (h151)', () => {
  const head = ['ĐẢNG ỦY TRẠI TẠM GIAM', 'Hà Tĩnh, ngày 05 tháng 6 năm 2026', 'KẾ HOẠCH'];

  it('reads a part number printed alone above its heading, but not a reference wrapped onto its own line', () => {
    const d = run(
      [
        ...head,
        '**I. HẠN CHẾ, KHUYẾT ĐIỂM**',
        '1. Sổ theo dõi tiền lưu ký của can phạm nhân chưa được đối chiếu hằng tháng.',
        '',
        '## II.',
        '**NHIỆM VỤ, GIẢI PHÁP**',
        '1. Đội Hậu cần đối chiếu sổ lưu ký hằng tháng (khắc phục tồn tại tại điểm 1 Mục',
        'I).',
      ].join('\n'),
    );
    expect(d.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(['I HẠN CHẾ, KHUYẾT ĐIỂM', 'II NHIỆM VỤ, GIẢI PHÁP']);
    expect(d.tasks.map((t) => t.text)).toHaveLength(1);
    expect(d.shortcomings).toHaveLength(1);
  });

  it('ends a partner list at "chuẩn bị", reads sub-camps and a council secretary, and a parenthesised clause in a label', () => {
    expect(pairs('Đội Tham mưu chủ trì, phối hợp với Đội Quản giáo chuẩn bị hồ sơ xét giảm án.')).toEqual(['Đội Tham mưu:lead', 'Đội Quản giáo:support']);
    expect(pairs('Đội Y tế chủ trì, phối hợp với Phân trại số 1, Phân trại số 3 thực hiện.')).toEqual(['Đội Y tế:lead', 'Phân trại số 1:support', 'Phân trại số 3:support']);
    expect(pairs('Thư ký Hội đồng gửi biên bản cho Viện kiểm sát ngay sau phiên họp.')).toEqual(['Thư ký Hội đồng:execute']);
    const d = run([...head, 'II. NHIỆM VỤ', '1. Lập sổ lưu ký điện tử.', '- Đơn vị chủ trì: Đội Kỹ thuật (Đội Tham mưu tham mưu ban hành quy trình).', '- Đơn vị phối hợp: Phân trại số 2.'].join('\n'));
    expect(units(d)).toEqual(['Đội Kỹ thuật:lead', 'Đội Tham mưu:advise', 'Phân trại số 2:support']);
  });

  it('reads ordinal findings without a lead, a quoted finding after who stated it, and a heading whose footnote lists the findings', () => {
    const d = run(
      [
        ...head,
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '**1. Qua giám sát, Ủy ban Kiểm tra chỉ ra**',
        'a) *Về quản lý lưu ký:* Đoàn giám sát kết luận: “Việc nhận tiền gửi của thân nhân chưa cấp biên lai”.',
        'b) *Về hồ sơ giảm án*¹',
        '**2. Qua kiểm điểm, Đảng ủy tự nhận thấy**',
        'Thứ nhất, việc luân chuyển cán bộ quản giáo còn chậm. Thứ hai, hồ sơ sức khỏe can phạm nhân chưa đầy đủ.',
        '¹ Theo Thông báo giám sát: (1) 05 hồ sơ bị trả lại do thiếu tài liệu; (2) biên bản họp chưa ghi đủ ý kiến thành viên.',
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '1. Đội Hậu cần cấp biên lai điện tử, xong trong tháng 7/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Việc nhận tiền gửi của thân nhân chưa cấp biên lai',
      '05 hồ sơ bị trả lại do thiếu tài liệu',
      'biên bản họp chưa ghi đủ ý kiến thành viên',
      'việc luân chuyển cán bộ quản giáo còn chậm',
      'hồ sơ sức khỏe can phạm nhân chưa đầy đủ',
    ]);
  });
});

describe('a residential-group cell, a veterinary station and an urban environment company (h149, h153, h154)', () => {
  const head = ['CHI BỘ KHU PHỐ 4', 'Vinh, ngày 12 tháng 5 năm 2026', 'KẾ HOẠCH'];

  it('reads findings numbered in words beside a quoted one, and drops a bold run-in title after the ordinal', () => {
    const d = run(
      [
        ...head,
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '**1. Theo nhận xét của Đảng ủy phường**',
        '',
        '*Thứ nhất*, sinh hoạt chi bộ chưa đều: năm 2025 có 03 kỳ không họp.',
        '',
        '*Thứ hai*, Đảng ủy phường nhận xét: "Việc thu đảng phí chưa đúng kỳ".',
        '',
        '**2. Qua tự kiểm điểm**',
        '',
        '**Một là, về vệ sinh khu dân cư.** Nhiều hộ vẫn để rác ra vỉa hè ngoài giờ thu gom, tổ dân phố chưa nhắc nhở.',
        '',
        'III. NHIỆM VỤ',
        '1. Chi ủy duy trì sinh hoạt, xong trong tháng 6/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Việc thu đảng phí chưa đúng kỳ',
      'sinh hoạt chi bộ chưa đều: năm 2025 có 03 kỳ không họp',
      'Nhiều hộ vẫn để rác ra vỉa hè ngoài giờ thu gom, tổ dân phố chưa nhắc nhở',
    ]);
  });

  it('reads the plan\'s watcher after "Đề nghị", members of the cell, a station head, and a veterinarian in a partner list', () => {
    expect(pairs('Đề nghị Ban Dân vận phường theo dõi, chỉ đạo việc thực hiện Kế hoạch.')).toEqual(['Ban Dân vận phường:monitor']);
    expect(pairs('Đảng viên trong Chi bộ gương mẫu thực hiện nếp sống văn minh.')).toEqual(['Đảng viên trong Chi bộ:execute']);
    expect(pairs('Trưởng trạm chủ trì, phối hợp với Công an xã Sao Vàng xây dựng phương án trực chốt.')).toEqual(['Trưởng trạm:lead', 'Công an xã Sao Vàng:support']);
    expect(pairs('Tổ Dịch tễ chủ trì, phối hợp với Công an xã và thú y viên xã Xuân Lập lập danh sách hộ nuôi.')).toEqual(['Tổ Dịch tễ:lead', 'Công an xã:support', 'thú y viên xã Xuân Lập:support']);
  });

  it('reads recurring times of day and days of the week, and "tiến hành thường xuyên"', () => {
    const d = run(
      [
        ...head,
        'II. NHIỆM VỤ',
        '1. Chi đoàn ra quân dọn vệ sinh vào sáng Chủ nhật cuối cùng hằng tháng.',
        '2. Chi bộ sinh hoạt vào tối ngày 05 hằng tháng tại nhà văn hóa.',
        '3. Tổ bảo vệ dân phố nhắc nhở hộ kinh doanh; việc kiểm tra tiến hành thường xuyên.',
        '4. Tổ trưởng gửi danh sách vào thứ Hai hằng tuần (hoàn thành việc lập danh sách trong quý III/2026).',
      ].join('\n'),
    );
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['recurring null', 'recurring null', 'recurring null', 'by_quarter 2026-09-30', 'recurring null']);
  });
});

describe('a sports training centre and a border-gate board (h150, h152)', () => {
  it('reads a letter whose sender code is longer than five letters', () => {
    expect(findReferences('Thực hiện Công văn số 1124/SVHTTDL-VP ngày 06/5/2026 của Sở Văn hóa, Thể thao và Du lịch')[0]).toMatchObject({ symbol: '1124/SVHTTDL-VP', date: '2026-05-06' });
    expect(findReferences('Công văn số 77/BQLKKT-KHTH ngày 05/5/2026')[0]?.symbol).toBe('77/BQLKKT-KHTH');
  });

  it('reads head coaches as units', () => {
    expect(pairs('Huấn luyện viên trưởng đội tuyển Vật và Huấn luyện viên trưởng đội tuyển Bắn cung kiểm tra vận động viên.')).toEqual([
      'Huấn luyện viên trưởng đội tuyển Vật:execute',
      'Huấn luyện viên trưởng đội tuyển Bắn cung:execute',
    ]);
  });
});

describe('a treasury, a school cell, a coastal commune and a special zone (h144, h145, h147, h148)', () => {
  it('reads a later clause advising with a report, verbs that end a name, the Pioneer union and a hamlet board', () => {
    expect(pairs('Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ hằng quý; tham mưu báo cáo Ủy ban Kiểm tra kết quả khắc phục.')).toEqual([
      'Văn phòng Đảng ủy:monitor',
      'Văn phòng Đảng ủy:advise',
    ]);
    expect(pairs('Giáo viên chủ nhiệm nắm tình hình học sinh qua tiết sinh hoạt lớp.')).toEqual(['Giáo viên chủ nhiệm:execute']);
    expect(pairs('Tổ tư vấn học đường gặp riêng học sinh có biểu hiện trầm cảm.')).toEqual(['Tổ tư vấn học đường:execute']);
    expect(pairs('Ban Quản lý dự án chủ trì, phối hợp với Ban Quản lý rừng đẩy nhanh tiến độ trồng rừng.')).toEqual(['Ban Quản lý dự án:lead', 'Ban Quản lý rừng:support']);
    expect(pairs('Công đoàn trường, Liên đội phối hợp tổ chức.')).toEqual(['Công đoàn trường:support', 'Liên đội:support']);
    expect(pairs('Hội Nông dân xã, Ban ấp Kinh Tư phối hợp vận động.')).toEqual(['Hội Nông dân xã:support', 'Ban ấp Kinh Tư:support']);
  });

  it('reads a deadline before a named anniversary with a dash in its name', () => {
    expect(findDeadlines('hoàn thành trước dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7/2026.', true).map((h) => `${h.kind} ${h.date}`)).toEqual(['before 2026-07-27']);
  });
});

describe('a commune health station (h157)', () => {
  it('reads health workers named by their profession, a remit before the role verb, and the station head', () => {
    expect(pairs('Bác sĩ Lê Thị Hoa, Phó Trạm trưởng, chủ trì, phối hợp với Bảo hiểm xã hội cơ sở Can Lộc đối chiếu hồ sơ.')).toEqual([
      'Lê Thị Hoa:lead',
      'Bảo hiểm xã hội cơ sở Can Lộc:support',
    ]);
    expect(pairs('Kiểm kê thuốc (điều dưỡng Phan Thị Lan chủ trì, dược sĩ Võ Thị Thu phối hợp; xong trong Quý II/2026).')).toEqual(['Phan Thị Lan:lead', 'Võ Thị Thu:support']);
    expect(pairs('Hộ lý Trần Thị Lài thu gom chất thải lây nhiễm hằng ngày.')).toEqual(['Trần Thị Lài:execute']);
    expect(pairs('Giao y sĩ Đặng Văn Toàn phụ trách chương trình tiêm chủng mở rộng chủ trì, phối hợp với Trạm trưởng rà soát sổ tiêm chủng.')).toEqual([
      'Đặng Văn Toàn:lead',
      'Trạm trưởng:support',
    ]);
    expect(pairs('Trạm trưởng tổ chức kiểm điểm trách nhiệm.')).toEqual(['Trạm trưởng:execute']);
    const d = run(['TRẠM Y TẾ', 'Can Lộc, ngày 12 tháng 5 năm 2026', 'KẾ HOẠCH', 'II. NHIỆM VỤ', '1. Kiểm kê kho thuốc.', 'Chủ trì: bác sĩ Lê Thị Hoa.'].join('\n'));
    expect(units(d)).toEqual(['Lê Thị Hoa:lead']);
  });

  it('reads a finding after an ordinal and a lower-case area label', () => {
    const d = run(
      [
        'TRẠM Y TẾ',
        'Can Lộc, ngày 12 tháng 5 năm 2026',
        'KẾ HOẠCH',
        'I. TỒN TẠI, HẠN CHẾ',
        '**1. Theo Thông báo của Sở Y tế**',
        '',
        'Thứ nhất, về quản lý thuốc: kiểm kê phát hiện 11 khoản thuốc hết hạn dùng chưa được tách riêng.',
        '',
        'Thứ hai, về tiêm chủng: sổ tiêm chủng chưa khớp dữ liệu trên hệ thống quốc gia.',
        'II. NHIỆM VỤ',
        '1. Trạm trưởng chỉ đạo kiểm kê, xong trong tháng 6/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['kiểm kê phát hiện 11 khoản thuốc hết hạn dùng chưa được tách riêng', 'sổ tiêm chủng chưa khớp dữ liệu trên hệ thống quốc gia']);
  });
});

describe('a social insurance office and a heritage board (h156, h159)', () => {
  it('reads units after an inline list number and a class of bodies named by a capitalised name', () => {
    expect(pairs('Làm rõ trách nhiệm đối với 17 hồ sơ sai: (1) Ban Giám đốc kiểm điểm tập thể lãnh đạo phòng; (2) Chi bộ Phòng Chế độ kiểm điểm đảng viên.')).toEqual([
      'Ban Giám đốc:execute',
      'Chi bộ Phòng Chế độ:execute',
    ]);
    expect(pairs('Phòng Quản lý thu chủ trì, phối hợp với Văn phòng, các Bảo hiểm xã hội cơ sở rà soát.')).toEqual(['Phòng Quản lý thu:lead', 'Văn phòng:support', 'các Bảo hiểm xã hội cơ sở:support']);
  });

  it('reads a weekday before a date, a day count in words and a clock time every day', () => {
    const hits = (s: string, slot = false) => findDeadlines(s, slot).map((h) => `${h.kind} ${h.date ?? h.daysAfterPlan ?? null}`);
    expect(hits('hoàn thành trước thứ Sáu, ngày 26/6/2026.')).toEqual(['before 2026-06-26']);
    expect(hits('ký lại hợp đồng trong vòng mười lăm ngày kể từ ngày ban hành Kế hoạch.')).toEqual(['before 15']);
    expect(hits('Thủ quỹ nộp tiền vé vào tài khoản trước 16 giờ hằng ngày.')).toEqual(['recurring null']);
  });
});

describe('a statistics office and a port authority (h162, h163)', () => {
  it('reads a Quảng Ngãi issuer code and keeps "thông tin thống kê" inside a department name', () => {
    expect(findReferences('Căn cứ Báo cáo số 118/BC-TKQNg ngày 20/01/2026 của Thống kê tỉnh')[0]?.symbol).toBe('118/BC-TKQNg');
    expect(pairs('Phòng Thu thập thông tin thống kê chủ trì, phối hợp với Phòng Tổng hợp rà soát phiếu điều tra.')).toEqual([
      'Phòng Thu thập thông tin thống kê:lead',
      'Phòng Tổng hợp:support',
    ]);
    expect(pairs('Phòng Kế toán thống kê số liệu thu chi.')).toEqual(['Phòng Kế toán:execute']);
  });

  it('reads a part number damaged by OCR alone above its heading', () => {
    const d = run(
      [
        'ĐẢNG ỦY CẢNG VỤ',
        'Quảng Ninh, ngày 16 tháng 6 năm 2026',
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '1. Công tác thu phí hàng hải chưa chặt chẽ, nộp ngân sách chậm.',
        'Il.',
        'NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC',
        '1. Phòng Tài chính - Kế toán đôn đốc nộp phí, xong trong tháng 7/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings).toHaveLength(1);
    expect(d.tasks.map((t) => t.text)).toHaveLength(1);
  });

  it('reads a part number whose strokes OCR joined into an H ("HI.") alone above its heading', () => {
    const d = run(
      [
        'ĐẢNG ỦY CẢNG VỤ',
        'Quảng Ninh, ngày 16 tháng 6 năm 2026',
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '1. Công tác thu phí hàng hải chưa chặt chẽ, nộp ngân sách chậm.',
        'HI.',
        'NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC',
        '1. Phòng Tài chính - Kế toán đôn đốc nộp phí, xong trong tháng 7/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings).toHaveLength(1);
    expect(d.tasks).toHaveLength(1);
  });
});

describe('an emulation and commendation board (h161)', () => {
  it('reads causes between findings as no findings, and a measures heading naming where its shortcomings came from', () => {
    const d = run(
      [
        'BAN THI ĐUA - KHEN THƯỞNG',
        'Đồng Nai, ngày 08 tháng 6 năm 2026',
        'KẾ HOẠCH',
        'II. TỒN TẠI, HẠN CHẾ',
        '**2. Qua tự rà soát năm 2025**',
        '- Hạn chế: Việc gửi trả Bằng khen cho tập thể, cá nhân còn chậm, có đợt quá 02 tháng.',
        '- Nguyên nhân: khâu in, trình ký Bằng khen chưa được phân công rõ.',
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '5. Về các hạn chế qua tự rà soát năm 2025',
        '',
        'Văn phòng Ban chủ trì in, trình ký Bằng khen, xong trong tháng 7/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Việc gửi trả Bằng khen cho tập thể, cá nhân còn chậm, có đợt quá 02 tháng']);
  });

  it('reads an ethnic family name after a post', () => {
    expect(pairs('Phó Trưởng Ban Điểu Văn Nam trực tiếp chỉ đạo các nội dung tại khoản 1.')).toEqual(['Điểu Văn Nam:direct']);
  });
});

describe('a power company (h160)', () => {
  it('reads the comrades listed in bullets under an empty "Phân công theo dõi:" label', () => {
    const d = run(
      [
        'ĐẢNG ỦY CÔNG TY',
        'Nghệ An, ngày 16 tháng 6 năm 2026',
        'KẾ HOẠCH',
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Các chi bộ quán triệt Kế hoạch.',
        '',
        '2. Ủy ban Kiểm tra Đảng ủy giám sát việc thực hiện Kế hoạch.',
        '',
        '**Phân công theo dõi:**',
        '- Đồng chí Hồ Văn Nam, Bí thư Đảng ủy: theo dõi chung.',
        '- Đồng chí Lê Thị Hằng, Phó Bí thư Đảng ủy: theo dõi nội dung 3 Mục III.',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Các chi bộ:execute', 'Ủy ban Kiểm tra Đảng ủy:monitor', 'Hồ Văn Nam:monitor', 'Lê Thị Hằng:monitor']);
  });
});

describe('an employment service centre and an economic zone board (h165, h166)', () => {
  it('reads comrades assigned under a bare "Phân công:" label, and a verb after "và" inside a partner name', () => {
    const d = run(
      ['ĐẢNG ỦY BAN QUẢN LÝ', 'Thanh Hóa, ngày 22 tháng 6 năm 2026', 'KẾ HOẠCH', 'IV. TỔ CHỨC THỰC HIỆN', '1. Các chi bộ quán triệt Kế hoạch.', '**Phân công:** đồng chí Mai Văn Tùng, Bí thư Đảng ủy, chỉ đạo chung; đồng chí Lê Thị Hà, Phó Bí thư, theo dõi, chỉ đạo việc khắc phục hạn chế thứ hai.'].join('\n'),
    );
    expect(units(d)).toEqual(['Các chi bộ:execute', 'Mai Văn Tùng:direct', 'Lê Thị Hà:monitor']);
    expect(pairs('Trung tâm Hạ tầng chủ trì, phối hợp với Phòng Quản lý quy hoạch và xây dựng và Ủy ban nhân dân phường Hải Hòa đẩy nhanh thi công.')).toEqual([
      'Trung tâm Hạ tầng:lead',
      'Phòng Quản lý quy hoạch và xây dựng:support',
      'Ủy ban nhân dân phường Hải Hòa:support',
    ]);
    expect(pairs('Phòng Bảo hiểm thất nghiệp chủ trì, phối hợp với các Điểm giới thiệu việc làm rà soát hồ sơ.')).toEqual([
      'Phòng Bảo hiểm thất nghiệp:lead',
      'các Điểm giới thiệu việc làm:support',
    ]);
  });

  it('reads an item marked "(1)" that lists the later findings inline, and a bold run-in title before a number', () => {
    const d = run(
      [
        'TRUNG TÂM DỊCH VỤ VIỆC LÀM',
        'Thái Nguyên, ngày 15 tháng 6 năm 2026',
        'KẾ HOẠCH',
        'II. TỒN TẠI, HẠN CHẾ',
        '**1. Về trợ cấp thất nghiệp**',
        '',
        '(1) Ban hành quyết định hưởng trợ cấp cho 37 người đã có việc làm; (2) có 412 lượt người thông báo tìm việc chậm.',
        '',
        '**2. Về hỗ trợ học nghề.** 19 người lao động bỏ học giữa chừng nhưng cơ sở đào tạo vẫn được thanh toán đủ.',
        'III. NHIỆM VỤ',
        '1. Phòng Bảo hiểm thất nghiệp thu hồi tiền chi sai, xong trong tháng 9/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual([
      'Ban hành quyết định hưởng trợ cấp cho 37 người đã có việc làm',
      'có 412 lượt người thông báo tìm việc chậm',
      '19 người lao động bỏ học giữa chừng nhưng cơ sở đào tạo vẫn được thanh toán đủ',
    ]);
  });
});

describe('a commune economic department cell (h164)', () => {
  it('reads commune civil servants named by their field, and "tham gia" after a clause or before a duty', () => {
    expect(pairs('Đồng chí Chánh Văn phòng chủ trì; công chức tư pháp - hộ tịch phối hợp.')).toEqual(['Chánh Văn phòng:lead', 'công chức tư pháp - hộ tịch:support']);
    expect(pairs('Công chức văn hóa - xã hội thực hiện; Đoàn Thanh niên xã phối hợp.')).toEqual(['Công chức văn hóa - xã hội:execute', 'Đoàn Thanh niên xã:support']);
    expect(pairs('Công an xã chủ trì kiểm tra bến bãi; công chức tài chính - kế toán tham gia kiểm đếm, lập biên bản.')).toEqual([
      'Công an xã:lead',
      'công chức tài chính - kế toán:execute',
    ]);
    expect(pairs('Giao Văn phòng Đảng ủy thực hiện, Ban Tuyên giáo tham gia.')).toEqual(['Văn phòng Đảng ủy:execute', 'Ban Tuyên giáo:support']);
  });

  it('keeps further places after a head of villages listed by name, and a comrade in parentheses after a partner', () => {
    expect(pairs('Hội Cựu chiến binh xã chủ trì; Trưởng các thôn Phú Lộc, Lê Sơn, Mai Xá phối hợp.')).toEqual([
      'Hội Cựu chiến binh xã:lead',
      'Trưởng các thôn Phú Lộc, Lê Sơn, Mai Xá:support',
    ]);
    const d = run(
      [
        'KẾ HOẠCH',
        'II. NHIỆM VỤ',
        '1. Mở lớp tập huấn kỹ thuật trồng nấm cho hộ nghèo.',
        '- Chủ trì: Trung tâm Dịch vụ tổng hợp xã.',
        '- Phối hợp: Phòng Văn hóa - Xã hội (đồng chí Trưởng phòng trực tiếp theo dõi); Hội Phụ nữ xã.',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Trung tâm Dịch vụ tổng hợp xã:lead', 'Phòng Văn hóa - Xã hội:support', 'Trưởng phòng:monitor', 'Hội Phụ nữ xã:support']);
  });

  it('reads a weekday of every week with its part of the day before a range', () => {
    expect(findDeadlines('Trực tiếp dân tại trụ sở thôn vào chiều thứ Năm hằng tuần, từ tháng 5/2026 đến hết tháng 10/2026.', false).map((h) => h.kind)).toEqual(['recurring', 'range']);
  });
});

describe('a hydro-meteorological station, a theatre, a rubber company and a public service centre (h168–h171)', () => {
  it('reads the labels in parentheses after a task, and a class of bodies in lower case after a named one', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. NHIỆM VỤ',
        '1. Tập huấn lại kỹ thuật khai thác cho công nhân mới. (Chủ trì: Phòng Kỹ thuật; phối hợp: Công đoàn Công ty, các đội sản xuất; thời gian: quý III/2026).',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Phòng Kỹ thuật:lead', 'Công đoàn Công ty:support', 'các đội sản xuất:support']);
    expect(pairs('Tổ Tin học phối hợp với Bưu điện tỉnh và các ngân hàng thương mại triển khai thu phí qua thẻ.')).toEqual([
      'Tổ Tin học:execute',
      'Bưu điện tỉnh:support',
      'các ngân hàng thương mại:support',
    ]);
  });

  it('reads plantations and workshops as units, and two units of one head word in a list', () => {
    expect(pairs('Nông trường Đồng Nơ, Nông trường Minh Hưng lập danh sách lô cây cần tái canh.')).toEqual(['Nông trường Đồng Nơ:execute', 'Nông trường Minh Hưng:execute']);
    expect(pairs('Xưởng Mộc mỹ nghệ chủ trì, phối hợp với Đoàn Chèo, Đoàn kịch nói kiểm kê phông màn.')).toEqual([
      'Xưởng Mộc mỹ nghệ:lead',
      'Đoàn Chèo:support',
      'Đoàn kịch nói:support',
    ]);
    expect(pairs('Các đảng bộ bộ phận, chi bộ trực thuộc quán triệt Kế hoạch đến đảng viên.')).toEqual(['Các đảng bộ bộ phận, chi bộ trực thuộc:execute']);
    expect(pairs('Các trạm quan trắc trực thuộc Đài rà soát hành lang kỹ thuật.')).toEqual(['Các trạm quan trắc trực thuộc Đài:execute']);
  });

  it('keeps bare classes sharing a complement, branches listed by place, and a body that criticises itself', () => {
    expect(pairs('Các tổ, bộ phận thuộc Văn phòng xây dựng lịch công tác.')).toEqual(['Các tổ, bộ phận thuộc Văn phòng:execute']);
    expect(pairs('Trưởng các Chi nhánh Yên Phong, Quế Võ, Lương Tài niêm yết Kế hoạch tại trụ sở.')).toEqual(['Trưởng các Chi nhánh Yên Phong, Quế Võ, Lương Tài:execute']);
    expect(pairs('Ban Giám đốc tự kiểm điểm tại hội nghị viên chức.')).toEqual(['Ban Giám đốc:execute']);
  });

  it('reads a post holder who directs some work and watches another, a body sending people to support, and a focal point that advises', () => {
    expect(pairs('Phó Giám đốc Lê Văn Tâm trực tiếp chỉ đạo các nhiệm vụ tại khoản 1, khoản 3 Mục II, theo dõi Chi nhánh Quế Võ; Phó Giám đốc Hà Thị Mai trực tiếp chỉ đạo khoản 2 và theo dõi Chi nhánh Yên Phong.')).toEqual([
      'Lê Văn Tâm:direct',
      'Lê Văn Tâm:monitor',
      'Hà Thị Mai:direct',
      'Hà Thị Mai:monitor',
    ]);
    expect(pairs('Phòng Mạng lưới thực hiện; Trạm Khí tượng Tuy Hòa, Trạm Thủy văn Củng Sơn cử quan trắc viên phối hợp kiểm tra.')).toEqual([
      'Phòng Mạng lưới:execute',
      'Trạm Khí tượng Tuy Hòa:support',
      'Trạm Thủy văn Củng Sơn:support',
    ]);
    expect(pairs('Giao Văn phòng Đài làm đầu mối tổng hợp, tham mưu Đảng ủy báo cáo kết quả hằng quý.')).toEqual(['Văn phòng Đài:advise']);
  });

  it('reads a standing duty from a day on, a day of the month after, a daily duty closing a clause, and each clause of a slot', () => {
    const kinds = (s: string, slot: boolean) => findDeadlines(s, slot).map((h) => h.kind);
    expect(kinds('từ ngày 15/5/2026 và duy trì thường xuyên.', true)).toEqual(['recurring']);
    expect(kinds('Thù lao được chi trước ngày 05 của tháng liền sau tháng biểu diễn.', false)).toEqual(['recurring']);
    expect(kinds('Tổ Kho ghi sổ nhiệt độ, độ ẩm hằng ngày.', false)).toEqual(['recurring']);
    expect(kinds('sau mỗi đợt lưu diễn; báo cáo trước ngày 20 hằng tháng.', true)).toEqual(['recurring', 'recurring']);
  });
});

describe('a telecom unit, a veterans’ association, a development fund and a medical university (h172–h175)', () => {
  it('keeps a measure item closed by the next shortcoming’s label, and links the items after it to that one', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ VÀ GIẢI PHÁP',
        '**Hạn chế 1:** Nhiều trạm phát sóng mất nguồn điện khi mưa bão.',
        '1.1. Phòng Kỹ thuật rà soát nguồn điện dự phòng.',
        '1.2. Trung tâm Điều hành công khai thời gian khắc phục sự cố hằng tháng.',
        '**Hạn chế 2:** Doanh thu dịch vụ số chưa đạt kế hoạch.',
        '2.1. Trung tâm Kinh doanh chăm sóc khách hàng rời mạng.',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => `${t.number} ${t.shortcomingIds.join(',')}`)).toEqual(['1.1 shortcoming-1', '1.2 shortcoming-1', '2.1 shortcoming-2']);
  });

  it('reads a province or the rest of a dashed name after a post as the body’s, and a full name with a middle name', () => {
    expect(pairs('Giám đốc Trung tâm Kinh doanh VNPT - Hà Tĩnh chủ trì giao ban với các phòng.')).toEqual(['Giám đốc Trung tâm Kinh doanh VNPT - Hà Tĩnh:lead']);
    expect(pairs('Giám đốc Bệnh viện Đại học Y Hà Nội phân công bác sĩ kiêm nhiệm.')).toEqual(['Giám đốc Bệnh viện Đại học Y Hà Nội:execute']);
    expect(pairs('Giám đốc Sở chỉ đạo chung; phân công Phó Giám đốc Lò Văn Khánh trực tiếp chỉ đạo khoản 1, Phó Giám đốc Ma Thị Hoa trực tiếp chỉ đạo khoản 2.')).toEqual([
      'Giám đốc Sở:direct',
      'Lò Văn Khánh:direct',
      'Ma Thị Hoa:direct',
    ]);
    expect(pairs('Khoa Nội chủ trì, phối hợp với Bệnh viện Đa khoa tỉnh mở lớp tập huấn.')).toEqual(['Khoa Nội:lead', 'Bệnh viện Đa khoa tỉnh:support']);
  });

  it('reads members a body assigns, a standing office that watches, and requests to keep watching or to work with another', () => {
    expect(pairs('Ban Thường vụ phân công các đồng chí Đảng ủy viên dự sinh hoạt với các chi bộ yếu.')).toEqual(['các đồng chí Đảng ủy viên:execute']);
    expect(pairs('Văn phòng là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc các ban thực hiện.')).toEqual(['Văn phòng:monitor']);
    expect(pairs('Ban Kiểm tra tổng hợp. Giao đồng chí Trưởng Ban Tổ chức - Kiểm tra trực tiếp theo dõi tiến độ.')).toContain('Trưởng Ban Tổ chức - Kiểm tra:monitor');
    expect(pairs('Đề nghị Sở Tài chính theo dõi, giám sát việc thực hiện Kế hoạch; đề nghị Ủy ban nhân dân các xã phối hợp với Quỹ xác minh tài sản.')).toEqual([
      'Sở Tài chính:monitor',
      'Ủy ban nhân dân các xã:support',
    ]);
    expect(pairs('Đề nghị Sở Nội vụ phối hợp giải quyết hồ sơ; đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tiếp tục theo dõi, giám sát việc khắc phục.')).toEqual([
      'Sở Nội vụ:support',
      'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh:monitor',
    ]);
  });

  it('reads a weekday after the period, a school term or opening day, and a footnote that adds one more finding', () => {
    const kinds = (s: string) => findDeadlines(s, false).map((h) => h.kind);
    expect(kinds('Trung tâm giao ban với các phòng hằng tuần vào sáng thứ Hai để xử lý phản ánh.')).toEqual(['recurring']);
    expect(kinds('Khoa Dược cập nhật đề cương, hoàn thành trong học kỳ II năm học 2026 - 2027.')).toEqual(['before']);
    expect(kinds('Phòng Đào tạo ban hành quy chế trước khai giảng năm học 2026 - 2027.')).toEqual(['before']);
    expect(kinds('Hoàn thành trong học kỳ I năm học 2026 - 2027 (trước ngày 15/01/2027).')).toEqual(['before']);
    const d = run(
      [
        'KẾ HOẠCH',
        'II. NHỮNG HẠN CHẾ CẦN KHẮC PHỤC',
        'Qua kiểm điểm, Ban Thường vụ nhận thấy còn những hạn chế sau: một là, việc đổi mới chương trình còn chậm; hai là, nghiên cứu khoa học chưa tương xứng.³',
        '³ Ngoài hai hạn chế trên, Kết luận số 12-KL/UBKT chỉ ra: việc thu học phí chưa công khai kịp thời.',
        'III. NHIỆM VỤ',
        '1. Phòng Đào tạo rà soát chương trình.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['việc đổi mới chương trình còn chậm', 'nghiên cứu khoa học chưa tương xứng', 'việc thu học phí chưa công khai kịp thời']);
  });
});

describe('a science and technology union, a primary school and a petroleum company (h177–h179)', () => {
  it('drops an item’s own "Nội dung:" label from its measure, and splits treasurers, shops and teams in lower case', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'III. NỘI DUNG VÀ BIỆN PHÁP KHẮC PHỤC',
        '1. Nội dung: Hoàn trả cho cha mẹ học sinh tiền học thêm đã thu vượt quy định.',
        '- Người thực hiện: Kế toán, Thủ quỹ, giáo viên chủ nhiệm các lớp.',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.text)).toEqual(['Hoàn trả cho cha mẹ học sinh tiền học thêm đã thu vượt quy định.']);
    expect(units(d)).toEqual(['Kế toán:execute', 'Thủ quỹ:execute', 'giáo viên chủ nhiệm các lớp:execute']);
    expect(pairs('Phòng Kinh doanh chủ trì, phối hợp với Phòng Kỹ thuật, Cửa hàng xăng dầu số 7 kiểm định cột bơm.')).toEqual([
      'Phòng Kinh doanh:lead',
      'Phòng Kỹ thuật:support',
      'Cửa hàng xăng dầu số 7:support',
    ]);
    expect(splitUnits('nhân viên y tế và tổ bếp ăn').map((u) => u.unit)).toEqual(['nhân viên y tế', 'tổ bếp ăn']);
    expect(splitUnits('Đảng ủy, chi bộ các đơn vị có đảng viên vi phạm').map((u) => u.unit)).toEqual(['Đảng ủy, chi bộ các đơn vị có đảng viên vi phạm']);
    expect(pairs('Ban Tổ chức chủ trì, phối hợp với Đoàn Thanh niên, chi bộ các cửa hàng rà soát đảng viên.')).toEqual([
      'Ban Tổ chức:lead',
      'Đoàn Thanh niên:support',
      'chi bộ các cửa hàng:support',
    ]);
  });

  it('reads individuals given duties, member associations, a transfer centre and a union of associations', () => {
    expect(pairs('Các cá nhân được giao nhiệm vụ tại Mục II chủ động triển khai.')).toEqual(['Các cá nhân được giao nhiệm vụ tại Mục II:execute']);
    expect(pairs('Các hội thành viên quá nhiệm kỳ tổ chức đại hội trong năm 2026.')).toEqual(['Các hội thành viên quá nhiệm kỳ:execute']);
    expect(pairs('Trung tâm Tư vấn và Chuyển giao công nghệ chủ trì xây dựng mô hình.')).toEqual(['Trung tâm Tư vấn và Chuyển giao công nghệ:lead']);
    expect(pairs('Văn phòng chủ trì, phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tập huấn.')).toEqual([
      'Văn phòng:lead',
      'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam:support',
    ]);
  });

  it('reads a deadline before a closing of the year, and a meeting of a committee named in full in a month', () => {
    const kinds = (s: string) => findDeadlines(s, false).map((h) => `${h.kind} ${h.date}`);
    expect(kinds('Các cửa hàng thu hồi công nợ trước kỳ kiểm kê cuối năm 2026.')).toEqual(['before null']);
    expect(kinds('Báo cáo kết quả tại hội nghị Ban Chấp hành Đảng bộ tháng 10/2026.')).toEqual(['by_month 2026-10-31']);
  });
});

describe('a protective-forest board (h176)', () => {
  it('hands the items under a heading naming two units to both, and under a team named by its work printed apart from its number', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. NHIỆM VỤ',
        '1. Trạm Kiểm lâm số 4 và Trạm Kiểm lâm số 5',
        '- Ghi sổ tuần rừng hằng ngày; Phó Giám đốc Ban phụ trách bảo vệ rừng theo dõi, kiểm tra sổ hằng tháng.',
        '### 2.',
        'Tổ phòng cháy cơ động',
        '- Tuần tra ít nhất 03 lần mỗi tuần ở các tiểu khu giáp dân cư.',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Phó Giám đốc Ban phụ trách bảo vệ rừng:monitor', 'Trạm Kiểm lâm số 4:execute', 'Trạm Kiểm lâm số 5:execute', 'Tổ phòng cháy cơ động:execute']);
  });

  it('reads contract households, a team named by its work in a list, and a unit sending people along with another', () => {
    expect(pairs('Các hộ nhận khoán tuần tra trên diện tích nhận khoán.')).toEqual(['Các hộ nhận khoán:execute']);
    expect(pairs('Các trạm, Tổ tuần tra cơ động và các phòng chuyên môn xây dựng kế hoạch chi tiết.')).toEqual([
      'Các trạm:execute',
      'Tổ tuần tra cơ động:execute',
      'các phòng chuyên môn:execute',
    ]);
    expect(pairs('Đề nghị Công an xã Phú Lập cử cán bộ cùng Tổ bảo vệ rừng tuần tra các tuyến đường vào rừng.')).toEqual(['Công an xã Phú Lập:support']);
  });
});

describe('a children’s hospital (h182)', () => {
  it('reads each unit of a responsibility label in its own parentheses’ role, and no unit in a part that states when', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'III. GIẢI PHÁP',
        '1. Mở thêm quầy tiếp đón vào giờ cao điểm.',
        'Trách nhiệm: Khoa Ngoại (chủ trì), Phòng Tài chính, Phòng Hành chính (phối hợp); hoàn thành trong tháng 8/2026.',
        '2. Giải thích thủ thuật cho thân nhân người bệnh.',
        'Trách nhiệm: Điều dưỡng trưởng các khoa (chủ trì), Phòng Điều dưỡng (theo dõi); thực hiện hằng ngày.',
      ].join('\n'),
    );
    expect(units(d)).toEqual([
      'Khoa Ngoại:lead',
      'Phòng Tài chính:support',
      'Phòng Hành chính:support',
      'Điều dưỡng trưởng các khoa:lead',
      'Phòng Điều dưỡng:monitor',
    ]);
    expect(d.deadlines.map((x) => `${x.kind} ${x.date} ${x.taskId}`)).toEqual(['by_month 2026-08-31 task-1', 'recurring null task-2']);
  });

  it('reads a comrade with a degree before the name', () => {
    expect(pairs('Đồng chí BSCKII Lâm Văn Tài, Phó Bí thư Đảng ủy, Giám đốc Bệnh viện, chỉ đạo các khoa thực hiện.')).toContain('Lâm Văn Tài:direct');
  });
});

describe('a border-gate customs branch (h180)', () => {
  it('drops a bold area title after an item’s number from its finding, and ends a name at "ngay"', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '1. **Kiểm tra sau thông quan.** Có 12 tờ khai hàng thủy sản được thông quan khi chưa đủ hồ sơ kiểm dịch theo quy định.',
        'III. NHIỆM VỤ',
        '1. Đội Nghiệp vụ rà soát toàn bộ tờ khai.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Có 12 tờ khai hàng thủy sản được thông quan khi chưa đủ hồ sơ kiểm dịch theo quy định']);
    expect(pairs('Đội Kiểm soát phát hiện vụ việc thì báo cáo Lãnh đạo Chi cục ngay và chủ trì xác minh.')).not.toContain('Lãnh đạo Chi cục ngay và:lead');
  });
});

describe('a highland commune, a Youth Union ward and a women’s union (h158, h167, h181, h183)', () => {
  it('reads a partner named by name after "ông", without the post after the name', () => {
    expect(pairs('Phòng Kinh tế chủ trì, phối hợp với ông Chu Lù Xá, Trưởng thôn Phìn Hồ, khảo sát mức độ hư hỏng, lập dự toán.')).toEqual(['Phòng Kinh tế:lead', 'Chu Lù Xá:support']);
    expect(pairs('Phòng Kinh tế chủ trì, phối hợp với đồng chí Chu Lù Xá, Trưởng thôn Phìn Hồ và Công an xã khảo sát mức độ hư hỏng.')).toEqual([
      'Phòng Kinh tế:lead',
      'Chu Lù Xá:support',
      'Công an xã:support',
    ]);
  });

  it('reads a civil servant by post, a fund among units, a remit of a long post, and a comrade responsible in parentheses', () => {
    expect(pairs('Bổ sung biên bản cho 17 hồ sơ còn thiếu (công chức Văn hóa - xã hội thực hiện; xong trong tháng 6/2026).')).toEqual(['công chức Văn hóa - xã hội:execute']);
    expect(pairs('Ban Kiểm tra, Ban Tuyên truyền - Hỗ trợ phát triển hợp tác xã, Quỹ Hỗ trợ phát triển hợp tác xã xây dựng kế hoạch chi tiết.')).toContain('Quỹ Hỗ trợ phát triển hợp tác xã:execute');
    expect(pairs('Giao đồng chí Lê Ngọc Bảo Trâm, Ủy viên Ban Thường vụ phụ trách công tác tổ chức, chủ trì hướng dẫn các chi đoàn cập nhật dữ liệu.')).toEqual(['Lê Ngọc Bảo Trâm:lead']);
    expect(pairs('Sơ kết 01 năm thực hiện Kế hoạch, trước ngày 15/7/2026 (đồng chí Trần Quốc Huy chịu trách nhiệm).')).toEqual(['Trần Quốc Huy:execute']);
  });

  it('reads a standing watch closing its clause, a season with no day, and the Youth Month', () => {
    const kinds = (s: string) => findDeadlines(s, false).map((h) => `${h.kind} ${h.date}`);
    expect(kinds('Ông Lý Gió Phạ chủ trì hướng dẫn các hộ; Phòng Kinh tế theo dõi, đôn đốc thường xuyên.')).toEqual(['recurring null']);
    expect(kinds('Ban Giám đốc chưa kiểm tra, đôn đốc thường xuyên.')).toEqual([]);
    expect(kinds('Ủy ban Kiểm tra đưa nội dung này vào giám sát thường xuyên.')).toEqual([]);
    expect(kinds('Phòng Kinh tế tổ chức thi công, hoàn thành trước mùa mưa lũ.')).toEqual(['before null']);
    expect(kinds('Tổ chức thi công, hoàn thành trước mùa mưa bão, chậm nhất ngày 31/8/2026.')).toEqual(['before 2026-08-31']);
    expect(kinds('Tổ chức Ngày hội tư vấn việc làm trong Tháng Thanh niên 2027.')).toEqual(['by_month 2027-03-31']);
  });

  it('reads findings numbered in words under a shortcoming group whose measures are numbered items', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC',
        'B. CÁC HẠN CHẾ QUA KIỂM ĐIỂM TẬP THỂ NĂM 2025',
        'Thứ nhất, hoạt động của các địa chỉ tin cậy ở cộng đồng còn hình thức; 27 địa chỉ không còn người trực.',
        'Thứ hai, dữ liệu hội viên trên phần mềm chưa được cập nhật đầy đủ sau sắp xếp.',
        '(1) Rà soát 27 địa chỉ tin cậy, bố trí lại người trực.',
        '(2) Văn phòng hướng dẫn cập nhật dữ liệu hội viên.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text.split(' ').slice(0, 4).join(' '))).toEqual(['hoạt động của các', 'dữ liệu hội viên']);
  });

  it('reads a part number whose dot OCR lost, alone on its line over a heading in capitals (h184 legacy scan)', () => {
    const d = run(['KẾ HOẠCH', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', 'Chi ủy chưa chỉ đạo quyết liệt.', 'HI', 'NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC', '', '1. Rà soát toàn bộ hồ sơ tồn đọng.'].join('\n'));
    expect(d.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(['II HẠN CHẾ, KHUYẾT ĐIỂM', 'III NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC']);
  });
});

describe('an enforcement office, a journalists’ association and a lottery company (h184, h186, h187)', () => {
  it('reads findings numbered by their own label over their measures', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC',
        '**A. Các hạn chế theo kiến nghị của Kiểm toán nhà nước**',
        '',
        '**Hạn chế 1.** Quản lý công nợ tiền vé của đại lý chưa chặt chẽ, có 11 đại lý nợ quá hạn.',
        '',
        'Biện pháp:',
        '+ Đối chiếu, xác nhận công nợ với từng đại lý.',
        '',
        '**Hạn chế 2.** Việc thu hồi, tiêu hủy vé không tiêu thụ hết chưa đúng quy trình.',
        '',
        'Biện pháp:',
        '+ Kiện toàn Hội đồng tiêu hủy vé.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text.split(' ').slice(0, 4).join(' '))).toEqual(['Quản lý công nợ', 'Việc thu hồi, tiêu']);
  });

  it('reads a post’s holder in a role line, a watch closing its part, and a class told to carry the plan out', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. BIỆN PHÁP',
        '1. Đối chiếu công nợ.',
        'Trách nhiệm: Phòng Phát hành chủ trì; Phòng Tài chính - Kế toán phối hợp; đồng chí Phó Giám đốc Đặng Minh Khoa trực tiếp chỉ đạo.',
        '2. Nâng cấp camera.',
        'Trách nhiệm: Phòng Phát hành thực hiện; Ban Kiểm soát nội bộ kiểm tra, giám sát.',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Phòng Phát hành:lead', 'Phòng Tài chính - Kế toán:support', 'Đặng Minh Khoa:direct', 'Phòng Phát hành:execute', 'Ban Kiểm soát nội bộ:monitor']);
    expect(pairs('Ban Giám đốc chỉ đạo các phòng, ban thực hiện các biện pháp nêu tại Mục II.')).toEqual(['Ban Giám đốc:direct']);
    expect(pairs('Ban Giám đốc Cảng vụ chỉ đạo các phòng, các Đại diện Cảng vụ triển khai các giải pháp.')).toContain('các phòng:execute');
  });

  it('reads making room and giving opinions as support, and ends names at the genre’s verbs', () => {
    expect(pairs('Đề nghị Ban Biên tập Báo và Phát thanh, Truyền hình Ninh Bình tạo điều kiện về thời gian, địa điểm sinh hoạt.')).toEqual(['Ban Biên tập Báo và Phát thanh, Truyền hình Ninh Bình:support']);
    expect(pairs('Thể lệ được công bố trước ngày 15/7/2026; đề nghị Ban Chỉ đạo Giải Báo chí tỉnh cho ý kiến về cơ cấu giải.')).toEqual(['Ban Chỉ đạo Giải Báo chí tỉnh:support']);
    expect(pairs('Thường trực Hội giao ban với các chi hội trưởng định kỳ hằng quý.')).toEqual(['Thường trực Hội:execute']);
    expect(pairs('Các chi hội thu đủ hội phí năm 2026; Văn phòng Hội trích nộp phần hội phí còn thiếu.')).toEqual(['Các chi hội:execute', 'Văn phòng Hội:execute']);
  });

  it('keeps "người làm báo", "thường trú tại", "Các Chấp hành viên" and a name with lower-case words after "và" whole', () => {
    expect(pairs('Hội đồng Xử lý vi phạm đạo đức nghề nghiệp người làm báo tỉnh xem xét, kết luận dứt điểm.')).toEqual(['Hội đồng Xử lý vi phạm đạo đức nghề nghiệp người làm báo tỉnh:execute']);
    expect(pairs('Văn phòng Hội chủ trì, phối hợp với Chi hội Nhà báo các cơ quan báo chí Trung ương thường trú tại tỉnh tổ chức hội nghị.')).toContain('Chi hội Nhà báo các cơ quan báo chí Trung ương thường trú tại tỉnh:support');
    expect(pairs('Lập danh sách việc tồn đọng. Các Chấp hành viên thực hiện đối với hồ sơ được phân công.')).toEqual(['Các Chấp hành viên:execute']);
    expect(pairs('Tổ Hồ sơ, lưu trữ và công nghệ thông tin nộp lưu 17 hồ sơ.')).toEqual(['Tổ Hồ sơ, lưu trữ và công nghệ thông tin:execute']);
  });

  it('reads two periods of one clause as two duties, but a month within each quarter as one', () => {
    const kinds = (t: string) => findDeadlines(t, false).map((h) => h.kind);
    expect(kinds('Các trạm gửi báo cáo nhanh trước 16 giờ thứ Sáu hằng tuần và báo cáo tháng trước ngày 20 hằng tháng.')).toEqual(['recurring', 'recurring']);
    expect(kinds('Định kỳ báo cáo tiến độ việc khắc phục hàng quý trước ngày 15 hàng tháng cuối quý.')).toEqual(['recurring']);
  });
});

describe('a fire-police division, an irrigation company and a sports centre (h188, h189, h191)', () => {
  it('reads teams named by their duties, works named by their trade before their place, and "Bộ môn"', () => {
    expect(pairs('Đội Hướng dẫn, kiểm tra an toàn PCCC và CNCH chủ trì, phối hợp với Công an các xã, phường rà soát.')).toEqual([
      'Đội Hướng dẫn, kiểm tra an toàn PCCC và CNCH:lead',
      'Công an các xã, phường:support',
    ]);
    expect(pairs('Đội Tham mưu, tổng hợp tham mưu Lãnh đạo Phòng điều chỉnh kế hoạch.')).toEqual(['Đội Tham mưu, tổng hợp:advise']);
    expect(pairs('Phòng Kinh tế, phối hợp với Công an xã rà soát.')).toEqual(['Phòng Kinh tế:execute', 'Công an xã:support']);
    expect(pairs('Đội Thẩm định và kiểm tra nghiệm thu về PCCC rà soát toàn bộ hồ sơ.')).toEqual(['Đội Thẩm định và kiểm tra nghiệm thu về PCCC:execute']);
    expect(pairs('Xí nghiệp thủy lợi Lệ Thủy chủ trì, phối hợp với Tổ giám sát an toàn đập rà soát.')).toEqual(['Xí nghiệp thủy lợi Lệ Thủy:lead', 'Tổ giám sát an toàn đập:support']);
    expect(pairs('Trạm quản lý hồ Rào Đá lập lại sổ nhật ký vận hành.')).toEqual(['Trạm quản lý hồ Rào Đá:execute']);
    expect(pairs('Phòng Kế toán chủ trì, phối hợp với Bộ môn Điền kinh, Bộ môn Võ thuật rà soát.')).toEqual(['Phòng Kế toán:lead', 'Bộ môn Điền kinh:support', 'Bộ môn Võ thuật:support']);
  });

  it('reads a count after an item’s number as text, and drops an italic area title from a finding', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'I. CÁC TỒN TẠI, HẠN CHẾ',
        '1. Có 04 hồ chứa nước đến kỳ nhưng chưa thực hiện kiểm định an toàn đập.',
        '2. 05 hồ chứa nhỏ chưa có quy trình vận hành được phê duyệt.',
        'II. BIỆN PHÁP',
        '1. Kiểm định an toàn đập.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text.split(' ').slice(0, 3).join(' '))).toEqual(['Có 04 hồ', '05 hồ chứa']);
    expect(d.sections[0]?.children.map((c) => c.number)).toEqual(['1', '2']);
    const titled = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM',
        '',
        '**1. Những hạn chế do Ủy ban Kiểm tra Đảng ủy Sở chỉ ra**',
        '',
        '*Về chế độ dinh dưỡng.* Việc chi trả chế độ dinh dưỡng cho vận động viên còn chậm, có tháng chậm 45 ngày.',
        '',
        '*Về phòng, chống doping.* Năm 2025 Trung tâm chỉ tổ chức 01 buổi phổ biến, nhiều vận động viên chưa nắm được danh mục chất cấm.',
        '',
        'III. BIỆN PHÁP',
        '',
        '1. Chi trả đúng hạn chế độ dinh dưỡng.',
      ].join('\n'),
    );
    expect(titled.shortcomings.map((s) => s.text.split(' ').slice(0, 3).join(' '))).toEqual(['Việc chi trả', 'Năm 2025 Trung']);
  });

  it('reads duties named by their rounds or their occasion, and a period opening its clause', () => {
    const kinds = (t: string) => findDeadlines(t, false).map((h) => h.kind);
    expect(kinds('Định kỳ hằng tuần, Đội Thẩm định báo cáo Lãnh đạo Phòng danh sách hồ sơ.')).toEqual(['recurring']);
    expect(kinds('Tổ Y tế tập huấn cho vận động viên, mỗi quý 01 đợt, đợt đầu trong tháng 7/2026.')).toEqual(['recurring', 'by_month']);
    expect(kinds('Tổ Y tế tổ chức xét nghiệm trước mỗi giải đấu.')).toEqual(['recurring']);
    expect(kinds('Kế toán đối chiếu sổ với chứng từ vào ngày làm việc cuối cùng hằng tháng, có xác nhận của Lãnh đạo Phòng.')).toEqual(['recurring']);
  });

  it('ends partner names at the genre’s verbs but keeps "tư vấn giám sát", and reads a post in parentheses after a name', () => {
    expect(pairs('Phòng Kế toán chủ trì, phối hợp với Tổ Mua sắm, sửa chữa tài sản lập kế hoạch mua sắm năm 2026.')).toEqual(['Phòng Kế toán:lead', 'Tổ Mua sắm, sửa chữa tài sản:support']);
    expect(pairs('Phòng Huấn luyện chủ trì, phối hợp với Bộ môn Võ thuật tuyển chọn vận động viên.')).toEqual(['Phòng Huấn luyện:lead', 'Bộ môn Võ thuật:support']);
    expect(pairs('Ủy ban Kiểm tra chủ trì, phối hợp với Chi ủy Chi bộ Huấn luyện - Thi đấu giám sát chuyên đề.')).toEqual(['Ủy ban Kiểm tra:lead', 'Chi ủy Chi bộ Huấn luyện - Thi đấu:support']);
    expect(pairs('Ban Quản lý dự án chủ trì, phối hợp với nhà thầu thi công và đơn vị tư vấn giám sát đo đạc lại khối lượng.')).toEqual(['Ban Quản lý dự án:lead', 'nhà thầu thi công:support', 'đơn vị tư vấn giám sát:support']);
    expect(pairs('Tuyển chọn vận động viên. Đồng chí Lê Thị Hồng Nhung (Phó Giám đốc) chịu trách nhiệm chỉ đạo các nội dung tại mục này.')).toEqual(['Lê Thị Hồng Nhung:direct']);
    expect(personOrUnits('Phòng Kỹ thuật, Tổ giám sát an toàn đập ......').map((u) => u.unit)).toEqual(['Phòng Kỹ thuật', 'Tổ giám sát an toàn đập']);
  });
});

describe('an inspection centre, a fishing port and a literature union (h193, h194, h195)', () => {
  it('reads a role line’s inline "thời gian:" as its deadline, and numbered lines named by their work', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. BIỆN PHÁP',
        '**1. Về camera**',
        '',
        '- Lắp camera tại khu vực chờ.',
        '',
        '*Đơn vị thực hiện:* Tổ Quản trị mạng và theo dõi camera, Tổ Tiếp nhận hồ sơ, thời gian: kết nối phần mềm xong trong Quý II/2026.',
      ].join('\n'),
    );
    expect(units(d)).toEqual(['Tổ Quản trị mạng và theo dõi camera:execute', 'Tổ Tiếp nhận hồ sơ:execute']);
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['by_quarter 2026-06-30']);
    expect(pairs('Phòng Nghiệp vụ chủ trì, phối hợp với Dây chuyền kiểm định số 1 và Dây chuyền kiểm định số 2 rà soát.')).toEqual([
      'Phòng Nghiệp vụ:lead',
      'Dây chuyền kiểm định số 1:support',
      'Dây chuyền kiểm định số 2:support',
    ]);
  });

  it('reads bodies asked to go on supporting, a magazine, an office chief, and "tổ chức hội nghị" as a verb', () => {
    expect(pairs('Đề nghị Chi cục Thủy sản và Công an xã Đông Sơn tiếp tục phối hợp trong kiểm soát tàu cá.')).toEqual(['Chi cục Thủy sản:support', 'Công an xã Đông Sơn:support']);
    expect(pairs('Văn phòng Liên hiệp chủ trì, phối hợp với Tạp chí Langbiang rà soát.')).toEqual(['Văn phòng Liên hiệp:lead', 'Tạp chí Langbiang:support']);
    expect(pairs('Chánh Văn phòng Liên hiệp rà soát hồ sơ.')).toEqual(['Chánh Văn phòng Liên hiệp:execute']);
    expect(pairs('Chi hội Sân khấu, Điện ảnh và Múa tổ chức hội nghị chuyên đề.')).toEqual(['Chi hội Sân khấu, Điện ảnh và Múa:execute']);
  });

  it('reads "HH." over a heading in capitals as part II, its strokes read with their serifs (h195 hard scan)', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', 'Khắc phục dứt điểm các hạn chế.', 'HH. HẠN CHẼ, KHUYẾT ĐIỂM VÀ NỘI DỤNG KHẮC PHỤC', '1. Rà soát quy chế.'].join('\n'));
    expect(d.sections.map((s) => s.number)).toEqual(['I', 'II']);
  });

  it('starts a partner at an accountant named by post after "và" (h192)', () => {
    expect(pairs('Tổ Pháp chế chủ trì, phối hợp với Tổ Hành chính - Tổng hợp và kế toán Hạt rà soát.')).toEqual(['Tổ Pháp chế:lead', 'Tổ Hành chính - Tổng hợp:support', 'kế toán Hạt:support']);
  });
});

describe('a Ban Dân vận, an employment centre, a bus station and an association of the blind (h196–h199)', () => {
  it('reads "1.1. Hạn chế: <finding>" as a shortcoming only, and links the measures of "1.2. Biện pháp:" to it (h198)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'I. NỘI DUNG KHẮC PHỤC',
        '**1. Công tác bán vé**',
        '1.1. Hạn chế: Tổ Bán vé chưa niêm yết đầy đủ giá vé của 11/64 tuyến cố định tại quầy.',
        '1.2. Biện pháp:',
        '- Niêm yết lại giá vé của các tuyến; giao Tổ Bán vé chủ trì, hoàn thành trước ngày 10/6/2026.',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Tổ Bán vé chưa niêm yết đầy đủ giá vé của 11/64 tuyến cố định tại quầy']);
    expect(d.tasks.map((t) => `${t.text.slice(0, 20)} ${t.shortcomingIds.join()}`)).toEqual(['Niêm yết lại giá vé  shortcoming-1']);
  });

  it('reads "từ tháng 7/2026 đến hết năm 2026" as a range, a state-capital representative, and a list of bare classes (h198)', () => {
    expect(findDeadlines('phát động phong trào từ tháng 7/2026 đến hết năm 2026.', false).map((x) => `${x.kind} ${x.startDate ?? ''} ${x.date}`)).toEqual(['range 2026-07-01 2026-12-31']);
    expect(pairs('Người đại diện phần vốn nhà nước tại Công ty lập báo cáo bổ sung gửi Sở Tài chính.')).toEqual(['Người đại diện phần vốn nhà nước tại Công ty:execute']);
    expect(pairs('Các phòng, đội, tổ được giao chủ trì xây dựng lịch thực hiện chi tiết.')).toEqual(['Các phòng, đội, tổ được giao chủ trì:execute']);
    expect(pairs('Các tổ chuyên môn, giáo viên bộ môn lớp 12 rà soát.')).toEqual(['Các tổ chuyên môn:execute', 'giáo viên bộ môn lớp 12:execute']);
  });

  it('reads a unit heading over "X chủ trì, phối hợp với Y thực hiện:" and "X, Y thực hiện:" lines over bullets (h197)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'III. BIỆN PHÁP KHẮC PHỤC',
        '**1. Phòng Tư vấn - Giới thiệu việc làm**',
        'Phòng Tư vấn - Giới thiệu việc làm chủ trì, phối hợp với Phòng Bảo hiểm thất nghiệp thực hiện:',
        '- Xây dựng kế hoạch tổ chức phiên giao dịch việc làm (trước ngày 30/6/2026).',
        '**2. Các điểm giao dịch việc làm khu vực**',
        'Điểm giao dịch việc làm khu vực Pleiku, Điểm giao dịch việc làm khu vực An Nhơn thực hiện:',
        '- Bố trí thêm viên chức tiếp nhận hồ sơ (thực hiện hằng năm).',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.responsible.map((r) => `${r.unit}:${r.role}`).join(' | '))).toEqual([
      'Phòng Tư vấn - Giới thiệu việc làm:lead | Phòng Bảo hiểm thất nghiệp:support',
      'Điểm giao dịch việc làm khu vực Pleiku:execute | Điểm giao dịch việc làm khu vực An Nhơn:execute',
    ]);
  });

  it('reads "trực tiếp chỉ đạo, theo dõi" of a post holder as both roles (h197)', () => {
    expect(pairs('Phó Giám đốc Võ Thị Kim Thoa trực tiếp chỉ đạo, theo dõi các nội dung tại khoản 1 Mục III.')).toEqual(['Võ Thị Kim Thoa:direct', 'Võ Thị Kim Thoa:monitor']);
    expect(pairs('Đồng chí Nguyễn Văn An, Phó Bí thư, chỉ đạo, theo dõi việc thực hiện.')).toEqual(['Nguyễn Văn An:direct', 'Nguyễn Văn An:monitor']);
  });
});

describe('a publishing house, a vocational centre, a forestry company and a blood-donation committee (h200–h203)', () => {
  it('reads "a) <finding>: <evidence>" items over "-" measures, also "Qua kiểm điểm, Chi bộ tự nhận: …" (h200)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ BIỆN PHÁP KHẮC PHỤC',
        '**1. Trong lãnh đạo hoạt động xuất bản**',
        'a) Việc chấp hành quy định về nộp lưu chiểu chưa nghiêm: 03 xuất bản phẩm được phát hành trong tháng 01/2026 khi quyết định đã hết hiệu lực.',
        '- Rà soát toàn bộ xuất bản phẩm năm 2025 (Chủ trì: Phòng Hành chính - Tổng hợp; hoàn thành: trước ngày 31/7/2026).',
        '- Lập sổ theo dõi thời hạn hiệu lực của quyết định (hoàn thành: trong tháng 7/2026).',
        'b) Qua kiểm điểm năm 2025, Chi bộ tự nhận: xuất bản phẩm tồn kho lớn, chậm luân chuyển; việc phát hành sách điện tử chưa được quan tâm.',
        '- Kiểm kê toàn bộ kho sách (hoàn thành: trong tháng 8/2026).',
        'c) Nội dung sinh hoạt chi bộ có kỳ còn chung chung; chưa ra nghị quyết lãnh đạo khắc phục sai sót trong biên tập.',
        '- Đổi mới nội dung sinh hoạt chi bộ (thực hiện thường xuyên).',
      ].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text.slice(0, 30))).toEqual(['Việc chấp hành quy định về nộp', 'xuất bản phẩm tồn kho lớn, chậ', 'Nội dung sinh hoạt chi bộ có k']);
    expect(d.tasks.map((t) => `${t.text.slice(0, 12)} ${t.shortcomingIds.join()}`)).toEqual([
      'Rà soát toàn shortcoming-1',
      'Lập sổ theo  shortcoming-1',
      'Kiểm kê toàn shortcoming-2',
      'Đổi mới nội  shortcoming-3',
    ]);
  });

  it('reads continuing-education bodies, a post holder named after a comma, and a school year to work within (h201)', () => {
    expect(pairs('Tổ Giáo dục thường xuyên, Tổ Giáo dục nghề nghiệp - Hướng nghiệp thực hiện các giải pháp được giao.')).toEqual([
      'Tổ Giáo dục thường xuyên:execute',
      'Tổ Giáo dục nghề nghiệp - Hướng nghiệp:execute',
    ]);
    expect(pairs('Liên hệ học viên để hoàn trả. Kế toán Trung tâm, bà Hà Thị Mai, chịu trách nhiệm thực hiện.')).toEqual(['Hà Thị Mai:execute']);
    expect(findDeadlines('cử giáo viên đi học trong năm học 2026-2027.', false).map((x) => `${x.kind} ${x.date}`)).toEqual(['before null']);
    expect(findDeadlines('rà soát các khoản đã thu của từng lớp trong năm học 2025 - 2026; khoản nào thu sai thì trả lại.', false)).toEqual([]);
  });

  it('reads a steering committee’s bodies: a joint line parted by ";", a hospital department, members by remit, the head’s post (h203)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Sở Y tế:',
        '- Chỉ đạo các trạm y tế xã, phường bố trí cán bộ khám sàng lọc (thường xuyên).',
        '- Chủ trì, phối hợp với Khoa Huyết học - Truyền máu, Bệnh viện Đa khoa tỉnh xây dựng lịch hiến máu năm 2026 (trước ngày 31/01/2026).',
        '2. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Tuyên Quang:',
        '- Xây dựng chuyên mục tuyên truyền trong quý II/2026.',
        '- Biên soạn tài liệu tuyên truyền trong quý III/2026.',
        'III. TỔ CHỨC THỰC HIỆN',
        'Các thành viên Ban Chỉ đạo tỉnh được phân công phụ trách địa bàn làm việc với các xã, hoàn thành trước ngày 30/6/2026.',
        'TM. BAN CHỈ ĐẠO',
        'TRƯỞNG BAN',
        'PHÓ CHỦ TỊCH UBND TỈNH',
        '',
        'Nông Thị Bích Thủy',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.responsible.map((r) => `${r.unit}:${r.role}`).join(' | '))).toEqual([
      'Sở Y tế:direct',
      'Sở Y tế:lead | Khoa Huyết học - Truyền máu, Bệnh viện Đa khoa tỉnh:support',
      'Sở Văn hóa, Thể thao và Du lịch:execute | Báo và Phát thanh, Truyền hình Tuyên Quang:execute',
      'Sở Văn hóa, Thể thao và Du lịch:execute | Báo và Phát thanh, Truyền hình Tuyên Quang:execute',
      'Các thành viên Ban Chỉ đạo tỉnh được phân công phụ trách địa bàn:execute',
    ]);
    expect(d.document.signature.position).toBe('TRƯỞNG BAN');
  });

  it('reads a later unit’s "…, Y phối hợp bố trí kinh phí" and the doer after a condition ("… thì X lập biên bản") (h202)', () => {
    expect(pairs('Phòng Kỹ thuật - Quản lý bảo vệ rừng cắm bổ sung mốc ranh giới, Phòng Tài chính - Kế toán phối hợp bố trí kinh phí.')).toEqual([
      'Phòng Kỹ thuật - Quản lý bảo vệ rừng:execute',
      'Phòng Tài chính - Kế toán:support',
    ]);
    expect(pairs('Hộ nhận khoán tự ý trồng xen thì Đội trưởng Đội sản xuất lập biên bản, báo cáo Công ty.')).toEqual(['Đội trưởng Đội sản xuất:execute']);
    expect(pairs('Nếu chưa xong thì báo cáo Ban Giám đốc.')).toEqual([]);
  });

  it('reads "Biện pháp: (1) …; (2) …" items with times of their own as measures, and who closes them (h206)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ BIỆN PHÁP KHẮC PHỤC',
        '**1. Công tác thu, nộp hội phí**',
        '*Hạn chế:* Thu, nộp hội phí chưa đều, chưa đúng quy định.',
        '*Biện pháp:* (1) thu hội phí tại buổi sinh hoạt chi hội, nộp về Hội xã trước ngày 20 hằng tháng; (2) in mẫu sổ thu hội phí cho 31 chi hội, xong trong tháng 6/2026. Đồng chí Trần Thị Thu Hà, Phó Chủ tịch Hội, phụ trách; chi hội trưởng các xóm thực hiện.',
        '**2. Sinh hoạt chi hội**',
        'Qua giám sát, Ủy ban Kiểm tra Đảng ủy xã chỉ ra: 03/09 chi hội ở xóm mới sáp nhập chưa bầu chi hội trưởng, tỷ lệ dự sinh hoạt chỉ đạt 45%.',
        'Chi hội trưởng 09 chi hội ở các xóm mới sáp nhập chủ trì, phối hợp với trưởng xóm bố trí lịch sinh hoạt chi hội cố định.',
        'Đồng chí Nguyễn Thị Lan, Ủy viên Ban Thường vụ, biên soạn tài liệu sinh hoạt chuyên đề, gửi các chi hội trước ngày 10/7/2026.',
      ].join('\n\n'),
    );
    expect(d.shortcomings.map((x) => x.text.slice(0, 24))).toEqual(['Thu, nộp hội phí chưa đề', '03/09 chi hội ở xóm mới ']);
    expect(d.tasks.map((t) => `${t.number ?? '-'} ${t.text.slice(0, 14)} => ${t.responsible.map((r) => `${r.unit}:${r.role}`).join(' | ')}`)).toEqual([
      '(1) thu hội phí tạ => Trần Thị Thu Hà:direct | chi hội trưởng các xóm:execute',
      '(2) in mẫu sổ thu  => Trần Thị Thu Hà:direct | chi hội trưởng các xóm:execute',
      '- Chi hội trưởng => Chi hội trưởng 09 chi hội ở các xóm mới sáp nhập:lead | trưởng xóm:support',
      '- Đồng chí Nguyễ => Nguyễn Thị Lan:execute',
    ]);
  });
});

describe('a Children’s House, a rehabilitation facility, a women’s union and a coffee company (h204–h207)', () => {
  it('reads "Khắc phục hạn chế tại điểm 1.3: <measure>" and a heading over paragraphs of separate work (h204)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '**3. Kiện toàn hợp đồng với giáo viên, hướng dẫn viên**',
        'Khắc phục hạn chế tại điểm 1.3: Phòng Hành chính - Tổng hợp rà soát hồ sơ của 41 giáo viên, ký hợp đồng bằng văn bản, xong trước ngày 30/6/2026.',
        'Phòng Thể thao cử 03 huấn luyện viên bơi tham gia lớp tập huấn cứu hộ, hoàn thành trong Quý III/2026.',
        'Từ nay, hợp đồng với giáo viên, hướng dẫn viên được rà soát hằng quý.',
      ].join('\n\n'),
    );
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Phòng Hành chính - T', 'Phòng Thể thao cử 03', 'Từ nay, hợp đồng với']);
  });

  it('reads numbered production teams, a contracting council, and "trồng" as a verb (h207)', () => {
    expect(pairs('Đội sản xuất 1, Đội sản xuất 3 và Đội sản xuất 6 trồng dặm toàn bộ cây chết.')).toEqual([
      'Đội sản xuất 1:execute',
      'Đội sản xuất 3:execute',
      'Đội sản xuất 6:execute',
    ]);
    expect(pairs('Hội đồng giao khoán Công ty xây dựng lại quy chế giao khoán.')).toEqual(['Hội đồng giao khoán Công ty:execute']);
    expect(pairs('Tổ chức 03 lớp tập huấn cho viên chức.')).toEqual([]);
  });

  it('reads bodies named by their duties ("Hội đồng bồi thường, hỗ trợ và tái định cư xã", "Ban Chỉ đạo thực hiện dân chủ …") and a finding opening "Theo dõi, …" (h196)', () => {
    expect(personOrUnits('Hội đồng bồi thường, hỗ trợ và tái định cư xã').map((u) => u.unit)).toEqual(['Hội đồng bồi thường, hỗ trợ và tái định cư xã']);
    expect(pairs('Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã theo dõi, đôn đốc.')).toEqual(['Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã:monitor']);
    expect(pairs('Ban Chỉ đạo thực hiện các nhiệm vụ được giao.')).toEqual(['Ban Chỉ đạo:execute']);
    const d = run(['KẾ HOẠCH', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', '1. Theo dõi, đôn đốc việc giải quyết kiến nghị của Nhân dân chưa sát. Còn 09 kiến nghị chưa được giải quyết.', 'III. NHIỆM VỤ', '1. Rà soát quy chế.'].join('\n'));
    expect(d.shortcomings.map((x) => x.text.slice(0, 20))).toEqual(['Theo dõi, đôn đốc vi']);
  });

  it('reads a director directing a facility in lower case, a watch kept "thường xuyên", and a protection fund (h199)', () => {
    expect(pairs('Giám đốc Trung tâm chỉ đạo cơ sở xoa bóp bấm huyệt sử dụng hóa đơn điện tử.')).toEqual(['Giám đốc Trung tâm:direct']);
    expect(pairs('Ban Kiểm tra Hội thường xuyên giám sát việc thực hiện Kế hoạch ở Trung tâm Dạy nghề.')).toEqual(['Ban Kiểm tra Hội:monitor']);
    expect(pairs('Quỹ Bảo trợ người mù rà soát toàn bộ thu, chi năm 2025.')).toEqual(['Quỹ Bảo trợ người mù:execute']);
  });

  it('reads "Các Đội thuộc Cơ sở căn cứ … xây dựng" and a subject after "Ngoài …," (h205, h190)', () => {
    expect(pairs('Các Đội thuộc Cơ sở căn cứ nội dung được giao xây dựng kế hoạch chi tiết.')).toEqual(['Các Đội thuộc Cơ sở:execute']);
    expect(pairs('Ngoài các nội dung tại bảng trên, Hội Khuyến học các xã, phường căn cứ kết luận kiểm tra xây dựng kế hoạch khắc phục.')).toEqual(['Hội Khuyến học các xã, phường:execute']);
  });
});

describe('a religious-affairs department, a forensic centre, an Agent Orange association and a parks company (h208–h211)', () => {
  it('reads "**Phân công theo dõi, chỉ đạo:**" bullets as roles only, "chỉ đạo cụ thể hóa", and a duty every week of a season (h211)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'IV. NHIỆM VỤ, GIẢI PHÁP',
        '**4.6. Về công tác phát triển đảng viên**',
        '- Các chi bộ trực thuộc rà soát danh sách quần chúng ưu tú (trong Quý III/2026).',
        '- Các Xí nghiệp Cây xanh kiểm tra tình trạng cây có nguy cơ gãy đổ hằng tuần trong mùa mưa bão.',
        '**Phân công theo dõi, chỉ đạo:**',
        '- Đồng chí Lương Văn Hiếu, Phó Bí thư Đảng ủy, Giám đốc Công ty: theo dõi, chỉ đạo các nội dung 4.1 và 4.2.',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.text.slice(0, 22))).toEqual(['Các chi bộ trực thuộc ', 'Các Xí nghiệp Cây xanh']);
    expect(d.deadlines.map((x) => x.kind)).toEqual(['by_quarter', 'recurring']);
    expect(pairs('Giám đốc Công ty chỉ đạo cụ thể hóa các nội dung thuộc lĩnh vực điều hành.')).toEqual(['Giám đốc Công ty:direct']);
  });

  it('reads a "Trách nhiệm thực hiện: X (chủ trì); Y, Z (phối hợp)." line under a numbered measure (h208)', () => {
    const d = run(['KẾ HOẠCH', 'II. NHIỆM VỤ', '1.1. Thu hồi 41.300.000 đồng đã chi sai.', 'Trách nhiệm thực hiện: Phòng Chính sách dân tộc (chủ trì); Phòng Kế hoạch - Tài chính, Văn phòng Sở (phối hợp).', 'Thời gian: trước ngày 31/7/2026.'].join('\n'));
    expect(units(d)).toEqual(['Phòng Chính sách dân tộc:lead', 'Phòng Kế hoạch - Tài chính:support', 'Văn phòng Sở:support']);
  });

  it('reads two comrades in one "Phân công theo dõi:" line, "lãnh đạo chung", and a topic before quoted numbered findings (h209)', () => {
    expect(personOrUnits('đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Chi bộ, Phó Giám đốc Trung tâm và đồng chí Phan Đình Khải, Chi ủy viên, Trưởng phòng Kế hoạch - Tổng hợp.').map((u) => u.unit)).toEqual(['Nguyễn Thị Thu Hà', 'Phan Đình Khải']);
    expect(pairs('Chi ủy lãnh đạo chung việc thực hiện Kế hoạch.')).toEqual(['Chi ủy:direct']);
    const d = run(['KẾ HOẠCH', 'II. NHIỆM VỤ', '1.2. Đối với hạn chế: “Về quản lý mẫu vật: (1) sổ giao nhận mẫu vật ghi chép không đầy đủ; (2) kho lưu mẫu chưa có nhiệt kế.”', '- Lập lại sổ giao nhận mẫu vật (trước ngày 30/6/2026).'].join('\n'));
    expect(d.shortcomings.map((x) => x.text)).toEqual(['sổ giao nhận mẫu vật ghi chép không đầy đủ', 'kho lưu mẫu chưa có nhiệt kế']);
  });

  it('reads the subject after an opening clause with commas of its own ("Để …, phường mới, các Hội cơ sở chủ trì") (h210)', () => {
    expect(pairs('Để danh sách nạn nhân được quản lý theo địa bàn xã, phường mới, các Hội cơ sở chủ trì, phối hợp với Ủy ban nhân dân xã, phường rà soát.')).toEqual([
      'các Hội cơ sở:lead',
      'Ủy ban nhân dân xã, phường:support',
    ]);
    expect(pairs('Để việc thăm hỏi, tặng quà đúng đối tượng, đồng chí Hoàng Thị Kim Oanh, Phó Chủ tịch Hội, chủ trì lập danh sách chung.')).toEqual(['Hoàng Thị Kim Oanh:lead']);
    expect(pairs('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các ban, đơn vị kịp thời phản ánh về Đảng đoàn.')).toEqual([]);
  });

  it('reads "ll." alone over a heading in capitals as the next part, its strokes read as small L\'s (h210 legacy layer)', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. NHỮNG HẠN CHẾ', 'Quỹ chưa hợp nhất sổ kế toán.', 'll.', 'NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC', '1. Văn phòng Hội chủ trì kiểm kê tiền mặt.', 'IV. TỔ CHỨC THỰC HIỆN', '1. Văn phòng Hội theo dõi.'].join('\n'));
    expect(d.sections.map((x) => x.number)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('reads "c) <measure>" closing one finding’s measures before "**Hạn chế 2:**" and its "Biện pháp khắc phục:" (h213)', () => {
    const d = run(
      [
        'KẾ HOẠCH',
        'II. HẠN CHẾ VÀ BIỆN PHÁP',
        '**Hạn chế 1:** Công tác đào tạo nghề chưa gắn với nhu cầu: năm 2025 mở 07 lớp.',
        'Biện pháp khắc phục:',
        'a) Trung tâm rà soát chương trình đào tạo (trước ngày 30/6/2026).',
        'b) Ký thỏa thuận tiếp nhận học viên với 05 doanh nghiệp trong Quý III/2026.',
        '**Hạn chế 2:** Quản lý ký túc xá còn lỏng lẻo.',
        'Biện pháp khắc phục:',
        'a) Tổ Quản lý ký túc xá lập lại sổ theo dõi (thường xuyên).',
      ].join('\n\n'),
    );
    expect(d.tasks.map((t) => `${t.text.slice(0, 12)} ${t.shortcomingIds.join()}`)).toEqual(['Trung tâm rà shortcoming-1', 'Ký thỏa thuậ shortcoming-1', 'Tổ Quản lý k shortcoming-2']);
  });
});

describe('recurring duties stated in the middle of a clause (h215 and earlier plans)', () => {
  const kinds = (s: string) => findDeadlines(s, false).map((h) => `${h.kind} ${h.date}`);
  it('reads a daily or weekly duty after its verb, a window of every period and a period before a note in parentheses', () => {
    expect(kinds('Tổ điều phối ghi nhật ký cuộc gọi hằng ngày theo mẫu thống nhất.')).toEqual(['recurring null']);
    expect(kinds('Văn phòng thông báo kết quả hằng tuần, gửi các tổ.')).toEqual(['recurring null']);
    expect(kinds('Các chi bộ báo cáo kết quả trong 15 ngày đầu của quý sau.')).toEqual(['recurring null']);
    expect(kinds('Hội phí được nộp về Hội tỉnh hằng quý (Văn phòng Hội thực hiện).')).toEqual(['recurring null']);
  });
  it('leaves daily work, one month’s window and a yearly thing before a parenthesis alone', () => {
    expect(kinds('Phối hợp giải quyết công việc hằng ngày theo quy chế.')).toEqual([]);
    expect(kinds('Nộp bản kê khai bổ sung lý lịch hằng năm (bắt buộc) cho Ban Tổ chức.')).toEqual([]);
    expect(findDeadlines('Báo cáo trong 10 ngày đầu tháng 7/2026.', false).some((h) => h.kind === 'recurring')).toBe(false);
  });
});

describe('where a unit name ends before a verb of its own (h96, h143, h31, h11)', () => {
  it('ends a name before "phấn đấu", "họp", "hạch toán" and after a region numbered in roman figures', () => {
    expect(pairs('Chi bộ Khoa Xét nghiệm phấn đấu kết nạp ít nhất 01 đảng viên trong năm 2026.')).toEqual(['Chi bộ Khoa Xét nghiệm:execute']);
    expect(pairs('Ban Quản lý Quỹ Tương trợ nhà giáo họp xét duyệt hồ sơ vay vốn.')).toEqual(['Ban Quản lý Quỹ Tương trợ nhà giáo:execute']);
    expect(pairs('Bộ phận Kế toán - Chi trả hạch toán đầy đủ các khoản thu.')).toEqual(['Bộ phận Kế toán - Chi trả:execute']);
    expect(pairs('Kho bạc Nhà nước khu vực V kiểm soát các khoản thu hồi theo quy định.')).toEqual(['Kho bạc Nhà nước khu vực V:execute']);
  });
});

describe('role labels in parentheses and "chịu trách nhiệm" labels', () => {
  it('reads "(Trách nhiệm: X; thời gian: …)" and "(Đơn vị thực hiện: X)" inside a measure, up to the closing parenthesis', () => {
    expect(pairs('Ghi âm toàn bộ cuộc gọi đến tổng đài (Trách nhiệm: Tổ Điều phối; thời gian: hằng ngày).')).toEqual(['Tổ Điều phối:execute']);
    expect(pairs('Ghi âm toàn bộ cuộc gọi (Đơn vị thực hiện: Tổ Điều phối).')).toEqual(['Tổ Điều phối:execute']);
    expect(pairs('Ghi âm cuộc gọi (Trách nhiệm: Tổ Điều phối (chủ trì), Phòng Kế hoạch (phối hợp)).')).toEqual(['Tổ Điều phối:lead', 'Phòng Kế hoạch:support']);
  });
  it('reads "Cá nhân chịu trách nhiệm:" as a label of who does the work', () => {
    const d = run(['KẾ HOẠCH', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Tổ chức đối thoại với người lao động.', 'Cá nhân chịu trách nhiệm: Chủ tịch Công đoàn cơ sở.', 'Thời gian thực hiện: Quý III/2026.'].join('\n'));
    expect(units(d)).toEqual(['Chủ tịch Công đoàn cơ sở:execute']);
    expect(d.tasks.map((t) => t.text)).toEqual(['Tổ chức đối thoại với người lao động.']);
  });
});

describe('a comrade named by post opening a later clause', () => {
  it('reads "…; đồng chí <post> <verb>" as that clause’s subject, and "dự, chỉ đạo" as directing', () => {
    expect(pairs('Chi ủy xây dựng kế hoạch; đồng chí Phó Bí thư Chi bộ chuẩn bị nội dung.')).toEqual(['Chi ủy:execute', 'Phó Bí thư Chi bộ:execute']);
    expect(pairs('Chi bộ ấp kiểm điểm, xong trong tháng 6/2026; đồng chí Đảng ủy viên phụ trách địa bàn dự, chỉ đạo sinh hoạt của hai chi bộ.')).toEqual([
      'Chi bộ ấp:execute',
      'Đảng ủy viên phụ trách địa bàn:direct',
    ]);
  });
  it('leaves several posts that set an example alone', () => {
    expect(pairs('Tăng cường tự phê bình; đồng chí Bí thư, Phó Bí thư và đảng viên giữ chức vụ lãnh đạo gương mẫu tự phê bình trước.')).toEqual([]);
  });
});

describe('deadlines counted in months from the plan’s own date', () => {
  it('dates "trong thời gian 03 tháng kể từ ngày ban hành Kế hoạch" from the plan’s date, on the last day of a shorter month', () => {
    const d = run(
      ['ĐẢNG ỦY PHƯỜNG BA ĐÌNH', 'Số 12-KH/ĐU', 'Hà Nội, ngày 31 tháng 8 năm 2026', 'KẾ HOẠCH', 'II. NHIỆM VỤ', '1. Văn phòng rà soát hồ sơ, hoàn thành trong thời gian 03 tháng kể từ ngày ban hành Kế hoạch.', '2. Văn phòng lập sổ, hoàn thành trong thời gian 15 ngày kể từ ngày ký.'].join('\n'),
    );
    expect(d.deadlines.map((x) => `${x.kind} ${x.date}`)).toEqual(['before 2026-11-30', 'before 2026-09-15']);
  });
});

describe('findings numbered in words under a numbered heading that leads them (h210)', () => {
  it('reads "Thứ nhất, …" / "Thứ hai, …" under "1. Qua giám sát, X chỉ ra:" as shortcomings', () => {
    const d = run(
      ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', '- Khắc phục kịp thời.', 'II. NHỮNG HẠN CHẾ, THIẾU SÓT CẦN KHẮC PHỤC', 'Sau hợp nhất, Hội có 64 Hội cơ sở.', '**1. Qua giám sát, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chỉ ra:**', 'Thứ nhất, sổ kế toán của Quỹ chưa được hợp nhất.', 'Thứ hai, danh sách nạn nhân chưa được rà soát.', 'III. NHIỆM VỤ', '1. Văn phòng rà soát.'].join('\n\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['sổ kế toán của Quỹ chưa được hợp nhất', 'danh sách nạn nhân chưa được rà soát']);
  });
});

describe('a class of teams and a comrade who watches, gathers and advises (h213)', () => {
  it('reads "Các đội công trình" as a class of bodies and the advice after "theo dõi, tổng hợp …,"', () => {
    expect(pairs('Các đội công trình ghi nhật ký thi công hằng ngày.')).toEqual(['Các đội công trình:execute']);
    expect(pairs('Đồng chí Đỗ Thị Kim Liên, Chi ủy viên, Trưởng phòng Tổ chức - Hành chính, theo dõi, tổng hợp tiến độ, tham mưu Chi ủy sơ kết việc thực hiện Kế hoạch.')).toEqual([
      'Đỗ Thị Kim Liên:monitor',
      'Đỗ Thị Kim Liên:advise',
    ]);
  });
});

describe('a paragraph that names some shortcomings and lists them in its footnote (h121)', () => {
  it('reads the numbered items of the note, not the paragraph', () => {
    const d = run(
      ['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', '1. Qua kiểm điểm năm 2025', 'Tập thể Ban Thường vụ tự nhận thấy còn một số hạn chế trong thực hiện các chỉ tiêu của Hội²; nguyên nhân chủ yếu là bộ máy giảm.', 'III. NHIỆM VỤ', '1. Văn phòng rà soát.', '² (1) Chỉ tiêu hiến máu chỉ đạt 84,6%; (2) Cuộc vận động còn hình thức.'].join('\n\n'),
    );
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Chỉ tiêu hiến máu chỉ đạt 84,6%', 'Cuộc vận động còn hình thức']);
  });
});

describe('area leads in OCR text without blank lines (h148 scans)', () => {
  it('opens a paragraph at each "Về X: …" line under a one-line numbered heading', () => {
    const d = run(
      ['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', '2. Hạn chế, khuyết điểm qua kiểm điểm năm 2025 của Ban Thường vụ', 'Về quản lý tàu cá, hỗ trợ ngư dân: còn 14 tàu cá của ngư dân đặc khu chưa', 'được gia hạn giấy phép khai thác thủy sản; việc chi trả kinh phí còn chậm.', 'Về sinh hoạt chi bộ khu dân cư: Chi bộ Khu dân cư số 2 và Chi bộ Khu dân', 'cư số 6 có 02 tháng không sinh hoạt định kỳ.', 'III. NHIỆM VỤ', '1. Văn phòng rà soát.'].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text.slice(0, 20))).toEqual(['còn 14 tàu cá của ng', 'Chi bộ Khu dân cư số']);
  });
});

describe('a body asked to help the issuer (h128, h150, h96)', () => {
  it('reads "Đề nghị X hướng dẫn / bố trí / cử …" as support, and a request to lead as lead', () => {
    expect(pairs('Đề nghị Sở Tài chính hướng dẫn Ban hạch toán tài sản.')).toEqual(['Sở Tài chính:support']);
    expect(pairs('Khoa A rà soát sổ kho; đề nghị Trung tâm Y tế khu vực Đức Hòa cử cán bộ cùng đối chiếu.')).toEqual(['Khoa A:execute', 'Trung tâm Y tế khu vực Đức Hòa:support']);
    expect(pairs('Đề nghị Ủy ban nhân dân xã chủ trì, phối hợp với Hội Nông dân xã rà soát.')).toEqual(['Ủy ban nhân dân xã:lead', 'Hội Nông dân xã:support']);
  });
});

describe('findings counted in words after a lead that first praises (h212), and a finding after "tự nhận khuyết điểm là" (h216)', () => {
  const part = (lead: string) =>
    run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', lead, '*Một là,* thời gian xuất xe còn chậm.', '*Hai là,* phiếu cấp cứu ghi chép chưa đầy đủ.', 'III. NHIỆM VỤ', '1. Tổ Điều phối rà soát.'].join('\n\n'));
  it('reads the counted paragraphs after "… hoàn thành tốt nhiệm vụ, đồng thời chỉ ra các hạn chế sau:" and with no lead at all', () => {
    for (const lead of ['Thông báo ghi nhận Chi bộ hoàn thành tốt nhiệm vụ chuyên môn, đồng thời chỉ ra các hạn chế, khuyết điểm sau:', 'Năm 2025, Trạm thực hiện 3.870 chuyến cấp cứu.']) {
      expect(part(lead).shortcomings.map((s) => s.text)).toEqual(['thời gian xuất xe còn chậm', 'phiếu cấp cứu ghi chép chưa đầy đủ']);
    }
  });
  it('keeps the finding, not the words that introduce it', () => {
    const d = run(['KẾ HOẠCH', 'I. NHIỆM VỤ, GIẢI PHÁP', '**1. Trong kiểm tra, giám sát chi bộ thôn**', 'Qua kiểm điểm, Ban Thường vụ tự nhận khuyết điểm là chưa thực hiện đủ chương trình kiểm tra, giám sát năm 2025.', 'Ủy ban Kiểm tra tham mưu Ban Thường vụ điều chỉnh Chương trình kiểm tra.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['chưa thực hiện đủ chương trình kiểm tra, giám sát năm 2025']);
  });
});

describe('a shift station and a company controller (h212, h214)', () => {
  it('reads shift teams and their head, a controller asked to supervise, and a lead that is also the point of contact', () => {
    expect(pairs('Các kíp trực bảo đảm xe xuất phát không quá 02 phút.')).toEqual(['Các kíp trực:execute']);
    expect(pairs('Trưởng kíp trực ký sổ bàn giao thuốc mỗi khi nhận ca.')).toEqual(['Trưởng kíp trực:execute']);
    expect(pairs('Đề nghị Kiểm soát viên Công ty giám sát, có ý kiến với Chủ tịch Công ty về kết quả khắc phục.')).toEqual(['Kiểm soát viên Công ty:monitor']);
    expect(pairs('Giao Phòng Kỹ thuật - Quản lý nước chủ trì nội dung tại điểm 4; là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch.')).toEqual(['Phòng Kỹ thuật - Quản lý nước:lead', 'Phòng Kỹ thuật - Quản lý nước:monitor']);
  });
  it('reads "mỗi khi nhận ca" and "sau mỗi vụ sản xuất" as recurring, not "mới khi"', () => {
    const kinds = (s: string) => findDeadlines(s, false).map((h) => h.kind);
    expect(kinds('Trưởng kíp trực ký sổ bàn giao thuốc mỗi khi nhận ca.')).toEqual(['recurring']);
    expect(kinds('Diện tích tưới được nghiệm thu sau mỗi vụ sản xuất, có xác nhận của xã.')).toEqual(['recurring']);
    expect(kinds('Chỉ ký hợp đồng mới khi chưa rõ nguồn vốn.')).toEqual([]);
  });
});

describe('findings under run-in titles, measures under run-in titles (h217, h218, h219)', () => {
  it('reads "**1. Hạn chế thứ nhất.** <finding>" (and unbold "Hạn chế thứ nhất. …", "Khuyết điểm tự nhận … . …") as findings, their measures as tasks', () => {
    for (const [first, fourth] of [['**1. Hạn chế thứ nhất.** Việc thẩm định cho vay vốn Quỹ chưa chặt chẽ, còn 14 dự án quá hạn.', '**2. Khuyết điểm tự nhận qua kiểm điểm năm 2025.** Ban Thường vụ chậm chỉ đạo hợp nhất dữ liệu hội viên sau sắp xếp.'], ['1. Hạn chế thứ nhất. Việc thẩm định cho vay vốn Quỹ chưa chặt chẽ, còn 14 dự án quá hạn.', '2. Khuyết điểm tự nhận qua kiểm điểm năm 2025. Ban Thường vụ chậm chỉ đạo hợp nhất dữ liệu hội viên sau sắp xếp.']]) {
      const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ BIỆN PHÁP KHẮC PHỤC', first!, 'Biện pháp khắc phục:', 'a) Ban Điều hành Quỹ thu hồi nợ quá hạn trước ngày 30/9/2026.', fourth!, 'Giao Văn phòng cập nhật dữ liệu hội viên trước ngày 31/8/2026.'].join('\n\n'));
      expect(d.shortcomings.map((s) => s.text.slice(0, 30))).toEqual(['Việc thẩm định cho vay vốn Quỹ', 'Ban Thường vụ chậm chỉ đạo hợp']);
      expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Ban Điều hành Quỹ th', 'Giao Văn phòng cập n']);
    }
  });
  it('keeps a run-in title that names the measure as the task text, drops one that names an area', () => {
    const d = run(['KẾ HOẠCH', 'I. NHIỆM VỤ, GIẢI PHÁP', '**1. Lập lại trật tự vỉa hè, lòng đường.** Tổ chức đợt cao điểm ra quân, xong trước ngày 31/8/2026.', '**2. Về công tác kiểm tra.** Ủy ban Kiểm tra giám sát việc thực hiện.'].join('\n\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 25))).toEqual(['Lập lại trật tự vỉa hè, l', 'Ủy ban Kiểm tra giám sát ']);
  });
  it('reads a finding added after a numbered one ("Ngoài ra, qua tự kiểm tra (…), …")', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. TỒN TẠI, HẠN CHẾ', '1. Tiền bồi thường của 46 hộ chưa chuyển vào tài khoản tạm giữ.', '2. Việc thu tiền trúng đấu giá chưa chặt chẽ.', 'Ngoài ra, qua tự kiểm tra (Báo cáo số 52/BC-TTPTQĐ ngày 29/5/2026), hồ sơ bồi thường chưa được chỉnh lý.', 'III. NHIỆM VỤ', '1. Phòng Kế hoạch - Tài chính chuyển tiền.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Tiền bồi thường của 46 hộ chưa chuyển vào tài khoản tạm giữ', 'Việc thu tiền trúng đấu giá chưa chặt chẽ', 'hồ sơ bồi thường chưa được chỉnh lý']);
  });
  it('reads names with "bồi thường, hỗ trợ và tái định cư", a numbered village cell, verbs that end names, and a later sentence that advises', () => {
    expect(pairs('Phòng Kế hoạch - Tài chính chuyển số tiền còn lại vào tài khoản tạm giữ. Hằng tháng, Phòng Bồi thường, hỗ trợ và tái định cư thông báo, mời các hộ đến nhận.')).toEqual(['Phòng Kế hoạch - Tài chính:execute', 'Phòng Bồi thường, hỗ trợ và tái định cư:execute']);
    expect(pairs('Các chi bộ duy trì sinh hoạt; chi bộ tổ dân phố số 9 tổ chức sinh hoạt mẫu.')).toEqual(['Các chi bộ:execute', 'chi bộ tổ dân phố số 9:execute']);
    expect(pairs('Ban Chỉ đạo chuyển đổi số của Sở chủ trì; Trung tâm Khai thác và Vận chuyển phối hợp.')).toEqual(['Ban Chỉ đạo chuyển đổi số của Sở:lead', 'Trung tâm Khai thác và Vận chuyển:support']);
    expect(pairs('Ủy ban Kiểm tra giám sát việc thực hiện Kế hoạch. Văn phòng Đảng ủy theo dõi, tổng hợp, tham mưu Ban Thường vụ báo cáo kết quả.')).toEqual(['Ủy ban Kiểm tra:monitor', 'Văn phòng Đảng ủy:monitor', 'Văn phòng Đảng ủy:advise']);
    expect(pairs('Phòng Kinh tế đôn đốc các hộ còn nợ đọng thuế.')).toEqual(['Phòng Kinh tế:execute']);
    expect(pairs('Việc nhận xét phải cụ thể (các chi bộ tổ dân phố thực hiện; Ban Xây dựng Đảng hướng dẫn, kiểm tra).')).toEqual(['các chi bộ tổ dân phố:execute', 'Ban Xây dựng Đảng:monitor']);
  });
});

describe('measures numbered in words, labels closing a paragraph, yearly days (h220, h222)', () => {
  it('reads "**Nhiệm vụ 1:** …" paragraphs as numbered items, each with its own labels', () => {
    const d = run(['KẾ HOẠCH', 'I. NHIỆM VỤ, GIẢI PHÁP', '**Nhiệm vụ 1:** Kiểm kê số dư Quỹ Khuyến học.', '*Trách nhiệm:* Văn phòng Hội chủ trì, phối hợp với Ban Khuyến học; Kế toán Hội trực tiếp thực hiện.', '**Nhiệm vụ 2:** Ban hành Quy định về chế độ báo cáo.', '*Trách nhiệm:* Văn phòng Hội tham mưu.'].join('\n\n'));
    expect(d.tasks.map((t) => `${t.text.slice(0, 12)} | ${t.responsible.map((r) => `${r.unit}:${r.role}`).join('; ')}`)).toEqual([
      'Kiểm kê số d | Văn phòng Hội:lead; Ban Khuyến học:support; Kế toán Hội:execute',
      'Ban hành Quy | Văn phòng Hội:advise',
    ]);
  });
  it('reads a role label that closes a measure\'s paragraph ("…. Phân công: X thực hiện, Y phối hợp; …", "Trách nhiệm: X (chủ trì), Y (phối hợp).")', () => {
    expect(pairs('Kiểm tra tàu du lịch. Phân công: Phòng Quản lý du lịch thực hiện, Đội Kiểm tra, giám sát trên vịnh phối hợp; thời hạn trước ngày 31/7/2026.')).toEqual(['Phòng Quản lý du lịch:execute', 'Đội Kiểm tra, giám sát trên vịnh:support']);
    expect(pairs('Đổi mới sinh hoạt. Phân công: Chi ủy thực hiện, đồng chí Phó Bí thư Chi bộ theo dõi.')).toEqual(['Chi ủy:execute', 'Phó Bí thư Chi bộ:monitor']);
    expect(pairs('Báo cáo Sở Y tế. Trách nhiệm: Phòng Tổ chức - Hành chính (chủ trì), Phòng Tài chính - Kế toán (phối hợp). Thời hạn: ngày 30/4/2026.')).toEqual(['Phòng Tổ chức - Hành chính:lead', 'Phòng Tài chính - Kế toán:support']);
    expect(pairs('Văn phòng Ban giúp Chi ủy tổng hợp tiến độ thực hiện.')).toEqual(['Văn phòng Ban:advise']);
  });
  it('reads one more finding after the listed ones ("Qua kiểm điểm, Chi bộ nhận thêm khuyết điểm: …")', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', 'Thông báo chỉ ra:', 'a) Việc kiểm tra tàu chưa chặt chẽ.', 'b) Sinh hoạt chi bộ chưa được đổi mới.', 'Qua kiểm điểm năm 2025, Chi bộ nhận thêm khuyết điểm: việc phân công nhiệm vụ cho đảng viên chưa cụ thể.', 'III. BIỆN PHÁP', '1. Chi ủy phân công lại.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Việc kiểm tra tàu chưa chặt chẽ', 'Sinh hoạt chi bộ chưa được đổi mới', 'việc phân công nhiệm vụ cho đảng viên chưa cụ thể']);
  });
  it('reads "chậm nhất ngày 10/6 và ngày 10/12 hằng năm" and "trước mỗi đợt cấp phát" as recurring', () => {
    expect(findDeadlines('gửi báo cáo về Hội tỉnh chậm nhất ngày 10/6 và ngày 10/12 hằng năm.', false).map((h) => h.kind)).toEqual(['recurring']);
    expect(findDeadlines('niêm yết danh sách hộ được hỗ trợ trước mỗi đợt cấp phát giống.', false).map((h) => h.kind)).toEqual(['recurring']);
  });
});

describe('area headings without numbers, findings counted in a labelled paragraph, a focal unit (h223, h224)', () => {
  it('reads "**Về X**" over "-" measures as a heading, and "Tồn tại, hạn chế: Một là, …; Bốn là (tự nhận …), …" as four findings', () => {
    const d = run(['KẾ HOẠCH', 'I. HẠN CHẾ, KHUYẾT ĐIỂM', '**Tồn tại, hạn chế:** Một là, việc nghiệm thu khoán còn hình thức. Hai là, Công ty bán gỗ không qua đấu giá. Ba là, quản lý đảng viên còn buông lỏng. Bốn là (tự nhận qua kiểm điểm), Ủy ban Kiểm tra mới giám sát 2/5 chi bộ.', 'II. NHIỆM VỤ, GIẢI PHÁP', '**Về hợp đồng khoán bảo vệ rừng**', '- Rà soát ranh giới 38 hợp đồng khoán.', '**Về bán gỗ rừng trồng**', '- Sửa đổi Quy chế bán gỗ.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text.slice(0, 20))).toEqual(['việc nghiệm thu khoá', 'Công ty bán gỗ không', 'quản lý đảng viên cò', 'Ủy ban Kiểm tra mới ']);
    expect(d.tasks.map((t) => t.text)).toEqual(['Rà soát ranh giới 38 hợp đồng khoán.', 'Sửa đổi Quy chế bán gỗ.']);
  });
  it('reads findings after "X xác định:", a focal unit as the lead, a head nurse, and a subject after "Kể từ …,"', () => {
    const d = run(['KẾ HOẠCH', 'I. TỒN TẠI VÀ BIỆN PHÁP', '1. Trong thanh toán bảo hiểm y tế', 'Qua giám định, Bảo hiểm xã hội tỉnh xác định:', '- Khoa Châm cứu chỉ định thủ thuật trùng thời gian ở 212 lượt.', '- Bệnh viện đề nghị thanh toán ngày giường cho người bệnh vắng mặt.', '1.1. Rà soát hồ sơ bệnh án.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text.slice(0, 20))).toEqual(['Khoa Châm cứu chỉ đị', 'Bệnh viện đề nghị th']);
    expect(pairs('Phòng Kế hoạch tổng hợp là đơn vị đầu mối, Khoa Phục hồi chức năng phối hợp.')).toEqual(['Phòng Kế hoạch tổng hợp:lead', 'Khoa Phục hồi chức năng:support']);
    expect(pairs('Điều dưỡng trưởng các khoa lâm sàng kiểm tra người bệnh. Kể từ quý III năm 2026, Tổ Giám định bảo hiểm y tế kiểm tra 100% hồ sơ.')).toEqual(['Điều dưỡng trưởng các khoa lâm sàng:execute', 'Tổ Giám định bảo hiểm y tế:execute']);
  });
});

describe('units with their deadline in one parenthesis, joint bodies, quoted findings, wrapped part numbers (h225, h226)', () => {
  it('reads "(Phòng X; tháng 7/2026)" and "(Chi ủy; hằng quý)" as the units that carry the measure out', () => {
    expect(pairs('Lập kế hoạch số hóa, trình Ban Giám đốc phê duyệt (Phòng Bảo quản - Số hóa; tháng 7/2026).')).toEqual(['Phòng Bảo quản - Số hóa:execute']);
    expect(pairs('Đổi mới nội dung sinh hoạt chi bộ (Chi ủy; hằng quý).')).toEqual(['Chi ủy:execute']);
  });
  it('reads "X cùng Ban giám sát đầu tư của cộng đồng xã …" as two bodies, and a commune official named by two capitalised words', () => {
    expect(pairs('Phòng Kinh tế cùng Ban giám sát đầu tư của cộng đồng xã kiểm tra lại khối lượng.')).toEqual(['Phòng Kinh tế:execute', 'Ban giám sát đầu tư của cộng đồng xã:execute']);
    expect(pairs('Công chức Tài chính - Kế toán thực hiện thu hồi số tiền.')).toEqual(['Công chức Tài chính - Kế toán:execute']);
  });
  it('reads a second quoted finding ("… còn nêu: “…”") that names no failing word', () => {
    const d = run(['KẾ HOẠCH', 'I. NỘI DUNG VÀ BIỆN PHÁP KHẮC PHỤC', '**1. Về các hợp đồng nạo vét kênh**', 'Kết luận thanh tra nêu: “Năm 2024, xã ký 05 hợp đồng nạo vét nhưng chưa lập dự toán.”', 'Kết luận thanh tra còn nêu: “Khối lượng đất nạo vét được nghiệm thu vượt khối lượng thực tế 2.140 m3.”', 'Biện pháp khắc phục:', 'a) Công chức Tài chính - Kế toán thu hồi số tiền.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text.slice(0, 20))).toEqual(['Năm 2024, xã ký 05 h', 'Khối lượng đất nạo v']);
  });
  it('keeps a sentence wrapped before its part number ("… tại Mục" / "II. Phòng Kinh tế …") and ends a paragraph at a closed quotation', () => {
    const d = run(['KẾ HOẠCH', 'I. NỘI DUNG', '1. Về công khai hồ sơ', 'Kết luận thanh tra nêu: “Việc công khai dự toán chưa đầy đủ; hồ sơ của xã cũ chưa', 'được lưu trữ tập trung.”', 'Giao Văn phòng tiếp nhận, chỉnh lý hồ sơ, hoàn thành trong tháng 8/2026.', 'II. TỔ CHỨC THỰC HIỆN', '1. Đồng chí Lê Văn Thắng, Phó Chủ tịch, trực tiếp chỉ đạo các nội dung tại Mục', 'II. Phòng Kinh tế tổng hợp kết quả trước ngày 30/9/2026.'].join('\n'));
    expect(d.tasks.map((t) => t.text.slice(0, 22))).toEqual(['Giao Văn phòng tiếp nh', 'Đồng chí Lê Văn Thắng,']);
  });
});

describe('measures grouped under the body that carries them out, a finding admitted after its lead (h230)', () => {
  it('gives the body over "-" measures each measure that opens with its verb, whatever bodies it names later', () => {
    const d = run(['KẾ HOẠCH', 'I. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN', '**1. Ủy ban nhân dân đặc khu:**', '- Thành lập Tổ kiểm tra liên ngành trong tháng 7/2026. Tổ kiểm tra liên ngành kiểm tra định kỳ hằng tháng các dự án.', '- Rà soát 146 trường hợp xây dựng trái phép.'].join('\n\n'));
    expect(d.tasks.map((t) => t.responsible.map((r) => `${r.unit}:${r.role}`).join('; '))).toEqual(['Tổ kiểm tra liên ngành:execute; Ủy ban nhân dân đặc khu:execute', 'Ủy ban nhân dân đặc khu:execute']);
  });
  it('reads "Ban Thường vụ tự nhận khuyết điểm: X. Nguyên nhân …; …" as one finding, without its causes', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', 'Thông báo số 152-TB/TU chỉ ra hạn chế: việc quản lý đất đai còn buông lỏng; việc giải quyết hồ sơ còn chậm.', 'Qua kiểm điểm năm 2025, Ban Thường vụ tự nhận khuyết điểm: việc kiểm điểm trách nhiệm chưa kịp thời, còn nể nang. Nguyên nhân chủ yếu là cấp ủy chưa sâu sát; lực lượng quản lý mỏng.', 'III. NHIỆM VỤ', '1. Văn phòng rà soát.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['việc quản lý đất đai còn buông lỏng', 'việc giải quyết hồ sơ còn chậm', 'việc kiểm điểm trách nhiệm chưa kịp thời, còn nể nang']);
  });
});

describe('measures numbered "Nội dung khắc phục N:", an inline units label with role verbs, the start of a school year (h229)', () => {
  it('reads each numbered measure with its own "Đơn vị thực hiện: X chủ trì, Y phối hợp; Thời hạn: …"', () => {
    const d = run(['KẾ HOẠCH', 'I. NỘI DUNG VÀ BIỆN PHÁP KHẮC PHỤC', '**Nội dung khắc phục 1:** Xây dựng Quy chế tuyển sinh. Đơn vị thực hiện: Phòng Đào tạo chủ trì, phối hợp với Trung tâm Tuyển sinh; Thời hạn: trước khi bắt đầu năm học 2026 - 2027.', '**Nội dung khắc phục 2:** Chấm dứt thu học phí bằng tiền mặt. Đơn vị thực hiện: Phòng Kế hoạch - Tài chính chủ trì, Phòng Đào tạo phối hợp; Thời hạn: trước ngày 31/7/2026.'].join('\n\n'));
    expect(d.tasks.map((t) => `${t.text.slice(0, 12)} | ${t.responsible.map((r) => `${r.unit}:${r.role}`).join('; ')} | ${t.deadline?.kind}`)).toEqual([
      'Xây dựng Quy | Phòng Đào tạo:lead; Trung tâm Tuyển sinh:support | before',
      'Chấm dứt thu | Phòng Kế hoạch - Tài chính:lead; Phòng Đào tạo:support | before',
    ]);
  });
});

describe('an auditor\'s recommendations as the findings, a deadline after an event (h231, h192)', () => {
  it('reads the items of "NỘI DUNG KIẾN NGHỊ …" after "… nêu các tồn tại sau:" as findings, without "Kiểm toán nhà nước kiến nghị:"', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. NỘI DUNG KIẾN NGHỊ CỦA KIỂM TOÁN NHÀ NƯỚC', 'Báo cáo kiểm toán nêu các tồn tại sau:', '**1.** Kiểm toán nhà nước kiến nghị: chấn chỉnh việc cho thuê sân quần vợt khi chưa có đề án.', '**2.** Kiểm toán nhà nước kiến nghị: thu hồi các khoản tạm ứng quá hạn.', 'III. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC', '1. Trung tâm chấm dứt các hợp đồng cho thuê.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['chấn chỉnh việc cho thuê sân quần vợt khi chưa có đề án', 'thu hồi các khoản tạm ứng quá hạn']);
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Trung tâm chấm dứt c']);
  });
  it('reads "chậm nhất 15 ngày sau khi có thông báo …" as before an event of no given day', () => {
    expect(findDeadlines('nộp trả ngân sách, chậm nhất 15 ngày sau khi có thông báo giảm trừ quyết toán.', false).map((h) => `${h.kind} ${h.date}`)).toEqual(['before null']);
  });
});

describe('deadlines "đến hết quý III/2026" and a year-end review that is no deadline (h233)', () => {
  it('reads "hoàn thành đến hết quý III/2026" by the quarter, and not "căn cứ kiểm điểm cuối năm 2026"', () => {
    expect(findDeadlines('đưa 04 máy thở vào sử dụng, hoàn thành đến hết quý III/2026.', false).map((h) => `${h.kind} ${h.date}`)).toEqual(['by_quarter 2026-09-30']);
    expect(findDeadlines('kết quả giám sát là căn cứ kiểm điểm cuối năm 2026.', false)).toEqual([]);
  });
});

describe('dates in words without a year, the first or last quarter of a year', () => {
  it('reads "trước ngày 15 tháng 7" by the plan\'s year, not within a yearly duty, and "trong quý đầu năm 2027"', () => {
    const show = (s: string) => findDeadlines(s, false).map((h) => `${h.kind} ${h.date}`);
    expect(show('xong trước ngày 15 tháng 7.')).toEqual(['before null']);
    expect(show('hằng năm, trước ngày 31 tháng 3, công khai danh sách doanh nghiệp chậm nộp.')).toEqual(['recurring null']);
    expect(show('xong trong quý đầu năm 2027.')).toEqual(['by_quarter 2027-03-31']);
  });
});

describe('counted findings with a note on their source, shares and weekly duties (h234, h236)', () => {
  it('reads "*Bốn là* (Đảng ủy tự nhận), …" and "**Thứ tư** (… nhận xét), …" as counted findings', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', '*Một là*, nợ xấu tăng nhanh.', '*Hai là* (Đảng ủy tự nhận), việc quản lý đảng viên chưa chặt chẽ.', 'III. NHIỆM VỤ', '1. Văn phòng rà soát.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['nợ xấu tăng nhanh', 'việc quản lý đảng viên chưa chặt chẽ']);
  });
  it('reads "không quá 1/3" as a share, and "hằng tuần, chậm nhất vào thứ Sáu …" as recurring', () => {
    expect(findDeadlines('số tiết dạy thêm không quá 1/3 thời lượng.', false)).toEqual([]);
    expect(findDeadlines('ký duyệt kế hoạch bài dạy hằng tuần, chậm nhất vào thứ Sáu của tuần trước tuần dạy.', false).map((h) => h.kind)).toEqual(['recurring']);
  });
});

describe('a lead that counts its findings and ends with "Cụ thể:" (h237)', () => {
  it('reads the counted paragraphs after it, not the sentences of the lead', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', 'Đoàn giám sát ghi nhận Ban Thường vụ lãnh đạo kịp thời; đồng thời chỉ ra hai khuyết điểm. Qua kiểm điểm năm 2025, Ban Chấp hành tự nhận thêm một hạn chế. Cụ thể:', '*Một là,* việc chi kinh phí hỗ trợ chưa đúng đối tượng.', '*Hai là,* quản lý tàu cá chưa chặt chẽ.', '*Ba là* (tự nhận qua kiểm điểm), phương án sơ tán chưa được cập nhật.', 'III. NHIỆM VỤ', '1. Văn phòng rà soát.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['việc chi kinh phí hỗ trợ chưa đúng đối tượng', 'quản lý tàu cá chưa chặt chẽ', 'phương án sơ tán chưa được cập nhật']);
  });
});

describe('findings after italic area labels, under a finding\'s label list, after a time clause (h239, h242, h243)', () => {
  it('reads paragraphs opening with "*Về …:*" after a lead that counts them', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', '1. Thông báo giám sát chỉ ra hai hạn chế, khuyết điểm:', '*Về xây dựng tổ chức đảng:* việc kiện toàn cấp ủy các chi bộ còn chậm.', '*Về quản lý tài chính:* việc chi trả nhuận bút chưa thống nhất giữa các phòng.', 'III. NHIỆM VỤ', '1. Văn phòng rà soát.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['việc kiện toàn cấp ủy các chi bộ còn chậm', 'việc chi trả nhuận bút chưa thống nhất giữa các phòng']);
  });
  it('keeps the last lettered finding whose measures are numbered below it, after "Biện pháp khắc phục:"', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ VÀ BIỆN PHÁP', '1. Về công tác xây dựng Đảng', 'Hạn chế, khuyết điểm:', 'a) Việc kiện toàn cấp ủy các chi bộ còn chậm.', 'b) Công tác phát triển đảng viên chưa đạt chỉ tiêu: năm 2025 kết nạp 03/08 quần chúng.', 'Biện pháp khắc phục:', '(1) Văn phòng rà soát hồ sơ cấp ủy viên.', '(2) Các chi bộ tạo nguồn kết nạp đảng viên.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text.slice(0, 30))).toEqual(['Việc kiện toàn cấp ủy các chi ', 'Công tác phát triển đảng viên ']);
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Văn phòng rà soát hồ', 'Các chi bộ tạo nguồn']);
  });
  it('reads a finding opened by a time clause, and one after "Qua kiểm tra …, Đoàn thanh tra xác định"', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. TỒN TẠI, HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC', '1. Lưu trữ hồ sơ', 'Sau sắp xếp đơn vị hành chính, hồ sơ quyết toán các dự án chưa được bàn giao đầy đủ về xã.', 'Khắc phục: Văn phòng chủ trì, phối hợp với Phòng Kinh tế tiếp nhận hồ sơ, xong trước ngày 30/9/2026.', '2. Hỗ trợ sản xuất', 'Qua kiểm tra thực tế tại xóm Tày Măng, Đoàn thanh tra xác định dự án hỗ trợ chăn nuôi không có biên bản giao nhận.', '- Giao Phòng Kinh tế kiểm đếm số bò hiện có.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text.slice(0, 30))).toEqual(['Sau sắp xếp đơn vị hành chính,', 'dự án hỗ trợ chăn nuôi không c']);
    expect(d.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Văn phòng chủ trì, p', 'Giao Phòng Kinh tế k']);
  });
  it('drops the criterion a finding is measured against ("Tiêu chuẩn 3, tiêu chí 3.2:") printed plain', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. TỒN TẠI CẦN KHẮC PHỤC', '1. Tiêu chuẩn 3, tiêu chí 3.2: Ma trận đóng góp của các học phần vào chuẩn đầu ra chưa được rà soát.', '2. Tiêu chuẩn 6, tiêu chí 6.2: Tỷ lệ giảng viên có trình độ tiến sĩ còn thấp so với yêu cầu.', 'III. BIỆN PHÁP', '1. Khoa Nông học rà soát ma trận.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text.slice(0, 20))).toEqual(['Ma trận đóng góp của', 'Tỷ lệ giảng viên có ']);
  });
});

describe('deadlines of every school term and a period under review (h239, h244)', () => {
  it('reads "sau mỗi học kỳ" and "trong tuần đầu tiên của mỗi học kỳ" as recurring, not "đã chi từ ngày 01/7/2025 đến khi …"', () => {
    const show = (s: string) => findDeadlines(s, false).map((h) => `${h.kind} ${h.date}`);
    expect(show('lấy ý kiến người học sau mỗi học kỳ.')).toEqual(['recurring null']);
    expect(show('đề cương được công bố cho người học trong tuần học đầu tiên của mỗi học kỳ.')).toEqual(['recurring null']);
    expect(show('rà soát các khoản đã chi từ ngày 01/7/2025 đến khi Quy định mới có hiệu lực.')).toEqual([]);
    expect(show('đã phát hành thông báo đến 05 chủ đầu tư ngày 08/01/2026.')).toEqual(['on 2026-01-08']);
  });
});

describe('a day of every month after "đúng" (h245)', () => {
  it('reads "trả lương đúng ngày 05 hằng tháng" as recurring', () => {
    expect(findDeadlines('trả lương cho người lao động đúng ngày 05 hằng tháng.', false).map((h) => h.kind)).toEqual(['recurring']);
  });
});

describe('findings after a bold topic title in a part holding findings and measures (h249)', () => {
  it('reads "**1. Về …** <finding>" over "Biện pháp khắc phục:" as the finding, without the title', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ BIỆN PHÁP KHẮC PHỤC', '**1. Về lãnh đạo thực hiện quy chế chuyên môn.** Một số khoa lâm sàng thực hiện quy chế hồ sơ bệnh án chưa nghiêm.', '*Biện pháp khắc phục:*', 'a) Phòng Công tác xã hội khảo sát sự hài lòng của người bệnh định kỳ hằng quý.', 'b) Phòng Kế hoạch tổng hợp kiểm tra hồ sơ bệnh án.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['Một số khoa lâm sàng thực hiện quy chế hồ sơ bệnh án chưa nghiêm']);
    expect(units(d)).toEqual(['Phòng Công tác xã hội:execute', 'Phòng Kế hoạch tổng hợp:execute']);
  });
});

describe('a range "đến hết ngày", a check kept up after a campaign, weekly exchanges (h248, h250)', () => {
  it('reads them as a range and as recurring duties', () => {
    const show = (s: string) => findDeadlines(s, false).map((h) => `${h.kind} ${h.date}`);
    expect(show('ra quân lập lại trật tự hè phố từ ngày 01/7/2026 đến hết ngày 30/9/2026; sau đó duy trì kiểm tra thường xuyên, xử lý nghiêm trường hợp tái lấn chiếm.')).toEqual(['range 2026-09-30', 'recurring null']);
    expect(show('phối hợp tuần tra chung và trao đổi thông tin hằng tuần về tàu cá có nguy cơ vi phạm.')).toEqual(['recurring null']);
  });
});

describe('one more finding after its own lead inside an inline list, a range from now to a day, a yearly duty after a date (h251, h252)', () => {
  it('reads "…; Z. Qua kiểm điểm, Chi bộ tự nhận thêm: W." as one more finding', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', 'Đảng ủy nhận xét Chi bộ còn những hạn chế, khuyết điểm sau: sinh hoạt chuyên đề chưa đều trong năm; bản tin cảnh báo lũ có 02 lần ban hành chậm; Chi ủy chưa thực hiện giám sát chuyên đề. Qua kiểm điểm, Chi bộ tự nhận thêm: hồ sơ của 02 đảng viên chưa được bổ sung đầy đủ.', 'III. BIỆN PHÁP', '1. Chi ủy rà soát.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['sinh hoạt chuyên đề chưa đều trong năm', 'bản tin cảnh báo lũ có 02 lần ban hành chậm', 'Chi ủy chưa thực hiện giám sát chuyên đề', 'hồ sơ của 02 đảng viên chưa được bổ sung đầy đủ']);
  });
  it('reads "từ nay đến hết ngày 31/10/2026" as a range and "…, sau đó định kỳ mỗi năm một lần" as recurring', () => {
    const show = (s: string) => findDeadlines(s, false).map((h) => `${h.kind} ${h.date}`);
    expect(show('kiểm tra hồ sơ, thực hiện từ nay đến hết ngày 31/10/2026.')).toEqual(['range 2026-10-31']);
    expect(show('tổ chức thực tập phương án trong tháng 10/2026, sau đó định kỳ mỗi năm một lần.')).toEqual(['by_month 2026-10-31', 'recurring null']);
  });
});

describe('scan lines: an assignment wrapped after a post, a label under a full-width heading (h252, h253 scans)', () => {
  it('keeps "2. Phân công đồng chí A, …, Chủ nhiệm Ủy ban" / "Kiểm tra Đảng ủy, theo dõi …" one paragraph', () => {
    const d = run(
      ['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. TỔ CHỨC THỰC HIỆN', '1. Các chi bộ trực thuộc quán triệt Kế hoạch này đến toàn thể đảng viên tại kỳ', 'sinh hoạt chi bộ tháng 6/2026; xây dựng kế hoạch khắc phục của chi bộ, gửi về Đảng', 'ủy trong 15 ngày kể từ ngày ban hành Kế hoạch này.', '2. Phân công đồng chí Lường Văn Dũng, Đảng ủy viên, Chủ nhiệm Ủy ban', 'Kiểm tra Đảng ủy, theo dõi, đôn đốc việc thực hiện Kế hoạch; Ủy ban Kiểm tra Đảng', 'ủy tổng hợp kết quả, tham mưu Đảng ủy báo cáo cấp trên trước ngày 15/12/2026.'].join('\n'),
    );
    expect(d.tasks.map((t) => t.text.slice(0, 24))).toEqual(['Các chi bộ trực thuộc qu', 'Phân công đồng chí Lường']);
    expect(units(d)).toContain('Lường Văn Dũng:monitor');
  });
  it('opens a paragraph at "Hạn chế, thiếu sót: …" under a numbered heading that fills its line', () => {
    const d = run(
      ['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC', '1. Cho thuê Hội trường, Rạp chiếu phim và quản lý nguồn thu dịch vụ', 'Hạn chế, thiếu sót: Năm 2025, Trung tâm cho thuê Hội trường 800 chỗ và', 'Rạp chiếu phim khi chưa có Đề án sử dụng tài sản công được phê duyệt.', 'Biện pháp khắc phục: Phòng Hành chính xây dựng Đề án, trình Sở trong quý III/2026.'].join('\n'),
    );
    expect(d.shortcomings.map((s) => s.text.slice(0, 24))).toEqual(['Năm 2025, Trung tâm cho ']);
  });
});

describe('inline findings whose sources are noted after them, a "Phân công:" label over sentences (h254, h256)', () => {
  it('reads "(1) …; (2) …. Hạn chế (1), (2) do X chỉ ra …" as two findings, not the note', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', 'Qua kiểm điểm và kiểm tra, Chi bộ còn những hạn chế, khuyết điểm sau: (1) thu, nộp đảng phí chưa đúng quy định; (2) Chi ủy chưa ban hành chương trình giám sát năm 2025. Hạn chế (1) do Ủy ban Kiểm tra chỉ ra; hạn chế (2) do Chi bộ tự nhận.', 'III. BIỆN PHÁP', '1. Chi ủy rà soát.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text)).toEqual(['thu, nộp đảng phí chưa đúng quy định', 'Chi ủy chưa ban hành chương trình giám sát năm 2025']);
  });
  it('reads each sentence of a "Phân công:" value on its own, and "X giám sát việc thực hiện" as monitoring', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. GIẢI PHÁP', '1. Về đất đai', '- Rà soát các trường hợp lấn chiếm.', '- Phân công: Ủy ban nhân dân phường chủ trì; Công an phường phối hợp. Đồng chí Lê Đình Phúc, Phó Bí thư Đảng ủy, trực tiếp chỉ đạo.', '2. Về môi trường', '- Thu gom rác thải.', '- Phân công: Phòng Kinh tế chủ trì; Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện.'].join('\n\n'));
    expect(units(d).sort()).toEqual(['Công an phường:support', 'Lê Đình Phúc:direct', 'Phòng Kinh tế:lead', 'Ủy ban MTTQ Việt Nam phường:monitor', 'Ủy ban nhân dân phường:lead'].sort());
  });
  it('reads "thực hiện hằng tháng, …" as recurring', () => {
    expect(findDeadlines('việc thu đảng phí thực hiện hằng tháng, có chữ ký của người nộp.', false).map((h) => h.kind)).toEqual(['recurring']);
  });
});

describe('findings after a lead that follows a rating, each run in after a bold "Về …:" label (h261)', () => {
  it('reads the paragraphs after "… hoàn thành tốt nhiệm vụ, song còn những hạn chế, khuyết điểm sau:"', () => {
    const d = run(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Khắc phục.', 'II. HẠN CHẾ, KHUYẾT ĐIỂM', 'Năm 2025, Chi bộ được xếp loại hoàn thành tốt nhiệm vụ, song còn những hạn chế, khuyết điểm sau:', '**Về sinh hoạt chi bộ:** nội dung sinh hoạt thường kỳ chủ yếu thông báo công việc chuyên môn.', '**Về tiêm chủng mở rộng:** tỷ lệ trẻ được tiêm chủng đầy đủ chỉ đạt 86,4%, chưa đạt chỉ tiêu.', 'III. BIỆN PHÁP', '1. Chi ủy rà soát.'].join('\n\n'));
    expect(d.shortcomings.map((s) => s.text.slice(0, 24))).toEqual(['nội dung sinh hoạt thườn', 'tỷ lệ trẻ được tiêm chủn']);
  });
});
