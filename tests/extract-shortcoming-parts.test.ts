import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/extract/index.ts';
import type { PlanDocument } from '../src/model/plan-document.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';

// Made-up plans (written for these tests) in the ways real plans lay out their shortcomings and measures.
const run = (lines: string[]): PlanDocument =>
  validatePlanDocument(extractPlan({ pages: [{ number: 1, text: lines.join('\n\n'), source: 'pdf-text', confidence: 1 }] }));
const scText = (d: PlanDocument) => d.shortcomings.map((s) => s.text);
const taskText = (d: PlanDocument) => d.tasks.map((t) => t.text.slice(0, 40));

const AIMS = ['I. MỤC ĐÍCH, YÊU CẦU', '- Khắc phục kịp thời các tồn tại đã được chỉ ra.'];

describe('a part listing shortcomings by area ("1. Về …:")', () => {
  const d = run([
    ...AIMS,
    'II. NHỮNG TỒN TẠI, HẠN CHẾ QUA KIỂM TRA CỦA SỞ TÀI CHÍNH',
    'Đoàn kiểm tra đánh giá đơn vị đã chấp hành cơ bản các quy định; tuy nhiên còn một số tồn tại sau:',
    '1. Về quản lý tài sản công:',
    'a) Sổ theo dõi tài sản cố định chưa cập nhật các tài sản mua sắm năm 2025.',
    'b) Hai xe ô tô chuyên dùng chưa được kiểm kê, đánh giá lại giá trị.',
    '2. Về thu chi ngân sách: chứng từ chi hội nghị thiếu danh sách đại biểu ký nhận; một số khoản tạm ứng quá hạn chưa thu hồi.',
    'III. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC',
    '1. Đối với tồn tại trong quản lý tài sản công',
    'a) Cập nhật đầy đủ sổ theo dõi tài sản cố định (hoàn thành trước ngày 30/6/2026).',
    'b) Kiểm kê, đánh giá lại hai xe ô tô chuyên dùng trong quý III/2026.',
    '2. Đối với tồn tại trong thu chi ngân sách',
    '- Bổ sung danh sách đại biểu vào chứng từ chi hội nghị.',
    '- Thu hồi dứt điểm các khoản tạm ứng quá hạn trước ngày 31/7/2026.',
  ]);

  it('reads each lettered item and the text after an inline area label as a shortcoming', () => {
    expect(scText(d)).toEqual([
      'Sổ theo dõi tài sản cố định chưa cập nhật các tài sản mua sắm năm 2025',
      'Hai xe ô tô chuyên dùng chưa được kiểm kê, đánh giá lại giá trị',
      'chứng từ chi hội nghị thiếu danh sách đại biểu ký nhận; một số khoản tạm ứng quá hạn chưa thu hồi',
    ]);
  });

  it('takes neither the area lines nor the items of the shortcoming part for tasks', () => {
    expect(taskText(d)).toEqual([
      'Cập nhật đầy đủ sổ theo dõi tài sản cố đ',
      'Kiểm kê, đánh giá lại hai xe ô tô chuyên',
      'Bổ sung danh sách đại biểu vào chứng từ ',
      'Thu hồi dứt điểm các khoản tạm ứng quá h',
    ]);
  });

  it('links the measures under "Đối với tồn tại trong …" to the shortcomings of that area', () => {
    expect(d.tasks.map((t) => t.shortcomingIds)).toEqual([['shortcoming-1', 'shortcoming-2'], ['shortcoming-1', 'shortcoming-2'], ['shortcoming-3'], ['shortcoming-3']]);
  });
});

describe('a part of shortcomings and their causes', () => {
  it('reads the shortcomings and leaves the causes out, as neither shortcomings nor tasks', () => {
    const d = run([
      ...AIMS,
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      '1. Tồn tại, hạn chế:',
      '- Tiến độ giải ngân vốn sự nghiệp môi trường đạt thấp.',
      '- Việc thu gom rác thải ở khu dân cư mới chưa thường xuyên.',
      '2. Nguyên nhân:',
      '- Nguồn nhân lực chuyên trách còn thiếu.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Đẩy nhanh giải ngân vốn sự nghiệp môi trường trong quý III/2026.',
    ]);
    expect(scText(d)).toEqual(['Tiến độ giải ngân vốn sự nghiệp môi trường đạt thấp', 'Việc thu gom rác thải ở khu dân cư mới chưa thường xuyên']);
    expect(taskText(d)).toEqual(['Đẩy nhanh giải ngân vốn sự nghiệp môi tr']);
  });
});

describe('labelled ordinal shortcomings and lettered items under a lead line, grouped by source', () => {
  const d = run([
    ...AIMS,
    'II. NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM CẦN KHẮC PHỤC',
    '**1. Theo Kết luận kiểm tra số 15-KL/UBKTHU của Ủy ban Kiểm tra Huyện ủy**',
    '**Hạn chế thứ nhất:** Việc quản lý hồ sơ đảng viên ở một số chi bộ còn thiếu sót, chưa bổ sung lý lịch hằng năm.',
    '**Hạn chế thứ hai:** Thu, nộp đảng phí của chi bộ trường học chưa đúng quy định.',
    '**2. Qua tự kiểm điểm của Ban Chấp hành**',
    'Ban Chấp hành tự nhận thấy còn những khuyết điểm sau:',
    'a) Nghị quyết chuyên đề về chuyển đổi số ban hành chậm so với kế hoạch.',
    'b) Chưa sơ kết việc thực hiện quy chế dân chủ ở cơ sở.',
    'III. GIẢI PHÁP KHẮC PHỤC',
    '**1. Đối với hạn chế thứ nhất**',
    '- Rà soát, bổ sung lý lịch đảng viên của các chi bộ (xong trong tháng 8/2026).',
    '**2. Đối với hạn chế thứ hai**',
    '- Văn phòng Đảng ủy hướng dẫn chi bộ trường học thu, nộp đảng phí đúng quy định.',
    '**3. Đối với các khuyết điểm nêu tại điểm 2, Mục II**',
    '- Hoàn thành sơ kết quy chế dân chủ ở cơ sở trong quý IV/2026.',
  ]);

  it('reads the labelled paragraphs and the lettered items, not the group headings', () => {
    expect(scText(d)).toEqual([
      'Việc quản lý hồ sơ đảng viên ở một số chi bộ còn thiếu sót, chưa bổ sung lý lịch hằng năm',
      'Thu, nộp đảng phí của chi bộ trường học chưa đúng quy định',
      'Nghị quyết chuyên đề về chuyển đổi số ban hành chậm so với kế hoạch',
      'Chưa sơ kết việc thực hiện quy chế dân chủ ở cơ sở',
    ]);
  });

  it('never takes a measures heading "Đối với hạn chế …" for a shortcoming', () => {
    expect(d.shortcomings.some((s) => s.text.startsWith('Đối với'))).toBe(false);
    expect(taskText(d)).toHaveLength(3);
  });

  it('links each measure to the shortcoming its heading names by ordinal or by item', () => {
    expect(d.tasks.map((t) => t.shortcomingIds)).toEqual([['shortcoming-1'], ['shortcoming-2'], ['shortcoming-3', 'shortcoming-4']]);
  });

  it('reads the paragraph under a bare "Đối với hạn chế thứ N" heading as the measure', () => {
    const e = run([
      ...AIMS,
      'II. NHỮNG HẠN CHẾ CẦN KHẮC PHỤC',
      '**Hạn chế thứ nhất:** Công tác tuyên truyền trên mạng xã hội còn bị động.',
      'III. GIẢI PHÁP KHẮC PHỤC',
      '**1. Đối với hạn chế thứ nhất**',
      'Thành lập nhóm cộng tác viên dư luận xã hội, hoàn thành trước ngày 30/5/2026.',
    ]);
    expect(scText(e)).toEqual(['Công tác tuyên truyền trên mạng xã hội còn bị động']);
    expect(taskText(e)).toEqual(['Thành lập nhóm cộng tác viên dư luận xã ']);
  });
});

describe('a measures heading with no sub-items over one paragraph', () => {
  it('makes the paragraph the task and the heading neither a shortcoming nor part of the task', () => {
    const d = run([
      ...AIMS,
      'II. NỘI DUNG KHẮC PHỤC',
      '**1. Về quản lý hồ sơ một cửa**',
      'a) Số hóa toàn bộ hồ sơ tiếp nhận từ năm 2025 (trong quý II/2026).',
      '**2. Đối với tồn tại trong công tác văn thư, lưu trữ**',
      'Văn phòng lập danh mục hồ sơ năm 2026, chỉnh lý tài liệu tồn đọng và nộp lưu vào lưu trữ cơ quan trước ngày 15/9/2026.',
    ]);
    expect(d.shortcomings).toEqual([]);
    const t = d.tasks.find((x) => x.text.startsWith('Văn phòng lập danh mục'));
    expect(t).toBeDefined();
    expect(t!.number).toBe('2');
    expect(d.tasks.some((x) => x.text.includes('Đối với tồn tại'))).toBe(false);
    expect(d.deadlines.some((x) => x.date === '2026-09-15')).toBe(true);
  });

  // Written so after one plan; three later held-out plans (h19, h22, h23), by other writers, all name such a task
  // by its paragraph, and no seed or earlier plan by its heading: the paragraph's opening words name the task.
  it('reads an action heading over one paragraph as one task named by the paragraph', () => {
    const d = run([
      ...AIMS,
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Tăng cường kiểm tra việc chấp hành giờ giấc làm việc',
      'Mỗi tháng kiểm tra đột xuất ít nhất một lần tại các phòng chuyên môn.',
    ]);
    expect(taskText(d)).toEqual(['Mỗi tháng kiểm tra đột xuất ít nhất một ']);
    expect(d.tasks[0]?.number).toBe('1');
  });
});

describe('tasks under per-unit lines of "Tổ chức thực hiện"', () => {
  const d = run([
    ...AIMS,
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tài chính - Kế hoạch:',
    '- Chủ trì, phối hợp với Phòng Nội vụ rà soát định mức chi thường xuyên của các đơn vị.',
    '- Tham mưu Chủ tịch Ủy ban nhân dân ban hành quy chế chi tiêu nội bộ mới.',
    '- Tổng hợp kết quả, báo cáo định kỳ hằng quý.',
    '2. Trung tâm Y tế huyện: chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể (thường xuyên).',
  ]);

  it('makes each bullet a task, the unit line not one, and the inline unit item one', () => {
    expect(taskText(d)).toEqual([
      'Chủ trì, phối hợp với Phòng Nội vụ rà so',
      'Tham mưu Chủ tịch Ủy ban nhân dân ban hà',
      'Tổng hợp kết quả, báo cáo định kỳ hằng q',
      'Trung tâm Y tế huyện: chủ trì kiểm tra a',
    ]);
  });

  it('hands the unit of the line to its bullets', () => {
    const roles = d.tasks.slice(0, 3).map((t) => t.responsible.filter((r) => r.unit === 'Phòng Tài chính - Kế hoạch').map((r) => r.role));
    expect(roles).toEqual([['lead'], ['advise'], ['execute']]);
    expect(d.tasks[0]!.responsible.map((r) => `${r.unit}:${r.role}`)).toContain('Phòng Nội vụ:support');
  });

  it('reads "Trách nhiệm của X" and "X có trách nhiệm:" headings as unit lines too', () => {
    const e = run([
      ...AIMS,
      'II. TỔ CHỨC THỰC HIỆN',
      '**1. Trách nhiệm của Phòng Tư pháp**',
      '- Thẩm định dự thảo quy chế trước khi trình ký.',
      '2. Các phòng, ban chuyên môn có trách nhiệm:',
      '- Lồng ghép nội dung phổ biến pháp luật vào hoạt động ngoại khóa.',
    ]);
    expect(e.tasks.map((t) => t.responsible.map((r) => `${r.unit}:${r.role}`))).toEqual([['Phòng Tư pháp:execute'], ['Các phòng, ban chuyên môn:execute']]);
  });

  it('does not take a topic line ending in a colon for a unit', () => {
    const e = run([...AIMS, 'II. NHIỆM VỤ', '1. Về cải cách hành chính:', '- Công khai thủ tục hành chính tại bộ phận một cửa.']);
    expect(e.tasks[0]!.responsible).toEqual([]);
  });
});
