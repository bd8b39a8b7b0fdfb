import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/extract/index.ts';
import { parseClosing, parseRecipient, splitColumns } from '../src/extract/closing.ts';
import { parseLabel } from '../src/extract/labels.ts';
import { stripRank } from '../src/extract/names.ts';
import { personOrUnits, sentenceUnits, splitUnits, trimToKnownUnits, unitLine } from '../src/extract/units.ts';
import { toSourceLines } from '../src/extract/source-lines.ts';

// Sentences made up for these tests, in the ways real plans name units, roles and signers.
const pairs = (text: string, inherited: string | null = null) => sentenceUnits(text, inherited).map((h) => `${h.unit}:${h.role}`);
const run = (text: string) => extractPlan({ pages: [{ number: 1, text, source: 'pdf-text', confidence: 1 }] });

describe('unit names holding "và" or a comma', () => {
  it('keeps a joint office of elected bodies as one unit', () => {
    expect(splitUnits('Văn phòng HĐND và UBND huyện, Phòng Tài chính - Kế hoạch').map((u) => u.unit)).toEqual(['Văn phòng HĐND và UBND huyện', 'Phòng Tài chính - Kế hoạch']);
    expect(splitUnits('Văn phòng Đoàn ĐBQH và HĐND tỉnh và Sở Tư pháp').map((u) => u.unit)).toEqual(['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Sở Tư pháp']);
    expect(pairs('Phòng Nội vụ chủ trì, phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường rà soát quy chế.')).toEqual([
      'Phòng Nội vụ:lead',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường:support',
    ]);
  });
  it('still splits two bodies that each carry their level', () => {
    expect(splitUnits('Văn phòng Huyện ủy và Ủy ban nhân dân huyện').map((u) => u.unit)).toEqual(['Văn phòng Huyện ủy', 'Ủy ban nhân dân huyện']);
  });
  it('reads "phòng, chống" inside a name', () => {
    expect(pairs('(Phòng Cảnh sát kinh tế, Phòng Tham mưu và phòng, chống ma túy chủ trì; Công an các huyện phối hợp).')).toEqual([
      'Phòng Cảnh sát kinh tế:lead',
      'Phòng Tham mưu và phòng, chống ma túy:lead',
      'Công an các huyện:support',
    ]);
  });
});

describe('role verbs after a unit', () => {
  it('reads "X tham mưu" / "X thực hiện" opening a later clause or sentence', () => {
    expect(pairs('Sửa đổi quy chế làm việc của cơ quan (Văn phòng Đảng ủy tham mưu; trước ngày 30/9/2026).')).toEqual(['Văn phòng Đảng ủy:advise']);
    expect(pairs('Rà soát hồ sơ đảng viên. Ban Tổ chức Đảng ủy thực hiện, báo cáo Thường trực trong tháng 8/2026.')).toEqual(['Ban Tổ chức Đảng ủy:execute']);
    expect(pairs('Lập danh mục tài sản công. Phòng Tài chính tham mưu, hoàn thành trong quý III.')).toEqual(['Phòng Tài chính:advise']);
  });
  it('does not make a unit responsible for following another one ("phối hợp với X thực hiện")', () => {
    expect(pairs('Ban Dân vận chủ trì, phối hợp với Hội Cựu chiến binh huyện thực hiện.')).toEqual(['Ban Dân vận:lead', 'Hội Cựu chiến binh huyện:support']);
  });
  it('reads "Thực hiện: <unit>" inside a sentence and a lowercase "cấp ủy" unit', () => {
    expect(pairs('Tổ chức sinh hoạt chuyên đề mỗi quý. Thực hiện: cấp ủy các chi bộ thôn.')).toEqual(['cấp ủy các chi bộ thôn:execute']);
    expect(pairs('Tổ chức sinh hoạt chuyên đề. Thực hiện: trong quý IV/2026.')).toEqual([]);
    expect(pairs('Cấp ủy các đảng bộ bộ phận quán triệt nghị quyết đến đảng viên.')).toEqual(['Cấp ủy các đảng bộ bộ phận:execute']);
  });
  it('reads "Đề nghị X phối hợp <verb>" as support and "X phối hợp với Y <verb>" as X executing', () => {
    expect(pairs('Đề nghị Hội Liên hiệp Phụ nữ huyện phối hợp tuyên truyền đến hội viên.')).toEqual(['Hội Liên hiệp Phụ nữ huyện:support']);
    expect(pairs('Trung tâm Y tế huyện phối hợp với Phòng Giáo dục tổ chức khám sức khỏe.')).toEqual(['Trung tâm Y tế huyện:execute', 'Phòng Giáo dục:support']);
  });
  it('gives a bullet opening with its verb the unit of its line', () => {
    expect(pairs('Chủ trì, phối hợp với Phòng Nội vụ rà soát.', 'Phòng Tư pháp')).toEqual(['Phòng Tư pháp:lead', 'Phòng Nội vụ:support']);
    expect(pairs('Tham mưu Chủ tịch Ủy ban nhân dân phường ban hành quy chế.', 'Phòng Tư pháp')).toEqual(['Phòng Tư pháp:advise']);
    expect(pairs('Cập nhật dữ liệu lên cổng thông tin.', 'Phòng Tư pháp')).toEqual([]);
  });
});

describe('a person assigned by name', () => {
  it('makes the person monitor (or direct) and leaves the assigning body out; a rank is not part of the name', () => {
    expect(pairs('Thường trực Đảng ủy phân công đồng chí Võ Thị Lan, Phó Bí thư Đảng ủy, theo dõi, đôn đốc việc thực hiện.')).toEqual(['Võ Thị Lan:monitor']);
    expect(pairs('Ban Chỉ huy phân công đồng chí Thượng tá Hồ Minh Quân, Chính trị viên, chỉ đạo, kiểm tra việc thực hiện.')).toEqual(['Hồ Minh Quân:direct']);
    expect(pairs('Giao Phòng Hậu cần chủ trì; Đảng ủy phân công đồng chí Trung úy Lý Văn Bình theo dõi.')).toEqual(['Phòng Hậu cần:lead', 'Lý Văn Bình:monitor']);
    // A comrade assigned by post is the post's holder (as the writers of h44 and h48 read it), not the assigning body.
    expect(pairs('Đảng ủy phân công đồng chí Phó Bí thư Thường trực theo dõi.')).toEqual(['Phó Bí thư Thường trực:monitor']);
  });
  it('reads a ":" that OCR printed for ";" between units of a role value, not after a role label', () => {
    expect(personOrUnits('Ủy ban nhân dân xã: các chi hội trực thuộc').map((u) => u.unit)).toEqual(['Ủy ban nhân dân xã', 'các chi hội trực thuộc']);
    expect(personOrUnits('Cơ quan chủ trì: Ban Dân vận').map((u) => u.unit)).toEqual(['Cơ quan chủ trì: Ban Dân vận']);
  });
  it('drops the rank in a role line and in the signer', () => {
    expect(personOrUnits('Đồng chí Thiếu tướng Đặng Văn Hòa, Giám đốc Công an tỉnh').map((u) => u.unit)).toEqual(['Đặng Văn Hòa']);
    expect(stripRank('Đại úy Nguyễn Thị Hằng')).toBe('Nguyễn Thị Hằng');
    expect(stripRank('Trung Văn Bảo')).toBe('Trung Văn Bảo');
  });
});

describe('unit lines and names run on into a verb', () => {
  it('knows a line that only names a unit', () => {
    expect(unitLine('Phòng Tài chính - Kế hoạch:')).toBe('Phòng Tài chính - Kế hoạch');
    expect(unitLine('Văn phòng HĐND và UBND huyện:')).toBe('Văn phòng HĐND và UBND huyện');
    expect(unitLine('Phòng Nội vụ chủ trì:')).toBeNull();
    expect(unitLine('Về công tác cán bộ:')).toBeNull();
  });
  it('cuts a unit to a name the plan gives elsewhere when lowercase words follow it', () => {
    const hits = [
      { unit: 'Phòng Quản lý đô thị', from: 0, to: 20 },
      { unit: 'Phòng Quản lý đô thị kiểm đếm số hộ dân bị ảnh hưởng', from: 40, to: 92 },
      { unit: 'Phòng Quản lý đô thị xã', from: 100, to: 123 },
    ];
    trimToKnownUnits(hits);
    expect(hits.map((h) => h.unit)).toEqual(['Phòng Quản lý đô thị', 'Phòng Quản lý đô thị', 'Phòng Quản lý đô thị xã']);
  });
  it('gives "-" items under "N. <Unit>:" that unit, with the role of their verb', () => {
    const doc = run(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Tài chính - Kế hoạch:',
        '- Chủ trì, phối hợp với Kho bạc Nhà nước huyện rà soát các khoản chi.',
        '- Tham mưu Ủy ban nhân dân huyện điều chỉnh dự toán năm 2026.',
        '- Tổng hợp kết quả, báo cáo định kỳ hằng quý.',
        '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện phối hợp giám sát việc thực hiện.',
      ].join('\n'),
    );
    expect(doc.tasks.map((t) => t.responsible.map((r) => `${r.unit}:${r.role}`))).toEqual([
      ['Phòng Tài chính - Kế hoạch:lead', 'Kho bạc Nhà nước huyện:support'],
      ['Phòng Tài chính - Kế hoạch:advise'],
      ['Phòng Tài chính - Kế hoạch:execute'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện:support'],
    ]);
  });
});

describe('signer with a rank', () => {
  it('reads the name after the rank as the signer', () => {
    const c = parseClosing(toSourceLines([{ number: 1, text: 'T/M ĐẢNG ỦY\nBÍ THƯ\n\nThượng tá Phan Văn Lộc', source: 'pdf-text', confidence: 1 }]));
    expect(c.signer?.value).toBe('Phan Văn Lộc');
  });
  it('reads the name after a degree or a title shaped like a rank that OCR changed', () => {
    const signer = (name: string) => parseClosing(toSourceLines([{ number: 1, text: `T/M BAN CHẤP HÀNH\nCHỦ TỊCH\n\n${name}`, source: 'pdf-text', confidence: 1 }])).signer?.value;
    expect(signer('TS. Hoàng Minh Tuấn')).toBe('Hoàng Minh Tuấn');
    expect(signer('Đạt tả Vũ Văn Khoa')).toBe('Vũ Văn Khoa');
    expect(signer('Vũ Văn Khoa')).toBe('Vũ Văn Khoa');
  });
  it('drops a final ":" that OCR read for ";" from a recipient', () => {
    expect(parseRecipient('Sở Tư pháp (để báo cáo):')).toEqual({ name: 'Sở Tư pháp', purpose: 'báo cáo' });
    expect(parseRecipient('Sở Tư pháp (để báo cáo}')).toEqual({ name: 'Sở Tư pháp', purpose: 'báo cáo' });
  });
  it('splits a ranked signer off the wrapped recipient it shares a printed row with', () => {
    expect(splitColumns('thực hiện), Trung tá Đỗ Minh Khang', true)).toMatchObject({ left: 'thực hiện),', right: 'Trung tá Đỗ Minh Khang' });
  });
  it('splits a signer off a wrapped recipient that starts in capitals, and a name run into a recipient once the position is printed', () => {
    expect(splitColumns('Quân sự xã (để phối hợp), Hoàng Văn Thịnh', true)).toMatchObject({ left: 'Quân sự xã (để phối hợp),', right: 'Hoàng Văn Thịnh' });
    expect(splitColumns('Quân sự xã (để phối hợp),', true)).toMatchObject({ left: '', right: 'Quân sự xã (để phối hợp),' });
    expect(splitColumns('- Ủy ban nhân dân xã, Ủy ban Mặt trận Tổ quốc Huỳnh Thanh Tâm', true, true)).toMatchObject({ right: 'Huỳnh Thanh Tâm' });
    expect(splitColumns('- Các ban, Ủy ban Kiểm tra Đảng Cà Văn Thiết', true, true)).toMatchObject({ left: '- Các ban, Ủy ban Kiểm tra Đảng', right: 'Cà Văn Thiết' });
    // Before the position, or after "đồng chí", a name is a recipient's.
    expect(splitColumns('- Trường THPT Lê Quý Đôn', true, false)).toMatchObject({ right: '' });
    expect(splitColumns('- Đồng chí Nguyễn Văn An', true, true)).toMatchObject({ right: '' });
    expect(splitColumns('PGS.TS. Lê Đình Thuận', true)).toMatchObject({ left: '', right: 'PGS.TS. Lê Đình Thuận' });
    expect(splitColumns('- Ban Thường trực Ủy ban MTTQ Việt Nam CHỦ TỊCH', true)).toMatchObject({ left: '- Ban Thường trực Ủy ban MTTQ Việt Nam', right: 'CHỦ TỊCH' });
    expect(splitColumns('- Ban Thường vụ Đảng ủy Chi cục HQKV VIII BÍ THƯ', true)).toMatchObject({ left: '- Ban Thường vụ Đảng ủy Chi cục HQKV VIII', right: 'BÍ THƯ' });
    expect(splitColumns('- Ban Thường vụ Tỉnh ủy (để báo Bí THƯ', true)).toMatchObject({ right: 'Bí THƯ' });
    expect(splitColumns('- Ban Thường vụ Tỉnh ủy (để báo cáo), Bí THƯ', true)).toMatchObject({ right: 'Bí THƯ' });
    const closing = parseClosing(toSourceLines([{ number: 1, text: 'Nơi nhận: T/M CHI BỘ\n- Ban Thường vụ Đảng ủy xã (để báo cáo), BÍ THƯ\n- Ủy ban MTTQ Việt Nam xã, Ban Chỉ huy\nQuân sự xã (để phối hợp), Hoàng Văn Thịnh\n- Lưu Chi bộ.', source: 'pdf-text', confidence: 1 }]));
    expect(closing.signer?.value).toBe('Hoàng Văn Thịnh');
    expect(closing.recipients.map((r) => r.value.name)).toEqual(['Ban Thường vụ Đảng ủy xã', 'Ủy ban MTTQ Việt Nam xã, Ban Chỉ huy Quân sự xã', 'Chi bộ']);
  });
});

describe('where a unit name ends', () => {
  it('keeps "trong <body>" and the noun "tổ chức" inside a name, and the inspectorate of a department', () => {
    expect(pairs('Các tổ công đoàn trong cơ quan căn cứ hướng dẫn này đăng ký thi đua.')).toEqual(['Các tổ công đoàn trong cơ quan:execute']);
    expect(pairs('Phòng Pháp chế chủ trì, phối hợp với Phòng Tổ chức, nhân sự và tổ chức phi chính phủ rà soát điều lệ hội.')).toEqual([
      'Phòng Pháp chế:lead',
      'Phòng Tổ chức, nhân sự và tổ chức phi chính phủ:support',
    ]);
    expect(pairs('Thanh tra Bộ là đầu mối tổng hợp kiến nghị.')).toEqual(['Thanh tra Bộ:execute']);
    expect(pairs('Đảng ủy Cục Hậu cần chủ trì, phối hợp với Phòng Hậu cần rà soát kho.')).toEqual(['Đảng ủy Cục Hậu cần:lead', 'Phòng Hậu cần:support']);
  });
  it('takes a partner named by post after "phối hợp với", not a verb after ";"', () => {
    expect(pairs('Tổ Ngữ văn chủ trì, phối hợp với cán bộ thư viện nhà trường tổ chức ngày hội đọc sách.')).toEqual(['Tổ Ngữ văn:lead', 'cán bộ thư viện nhà trường:support']);
    expect(pairs('(Ban Quản lý dự án chủ trì, phối hợp với Kho bạc Nhà nước huyện; hoàn thành trong quý II)')).toEqual(['Ban Quản lý dự án:lead', 'Kho bạc Nhà nước huyện:support']);
  });
  it('does not read the wrapped rest of an inline "Chủ trì: X; phối hợp: Y" as a label', () => {
    expect(parseLabel('Tổ văn phòng; phối hợp: Ban Thanh tra nhân dân.')).toBeNull();
    expect(parseLabel('Đơn vị phối hợp: Ban Thanh tra nhân dân.')?.role).toBe('support');
  });
});

describe('a recipient list of names cut at a comma (h224 scans)', () => {
  it('joins "Kon Plông (phối hợp)," to the recipient above it, not to the signature column', () => {
    const closing = parseClosing(toSourceLines([{ number: 1, text: 'Nơi nhận: T/M ĐẢNG ỦY\n- Ủy ban Kiểm tra Tỉnh ủy (b/c), PHÓ BÍ THƯ\n- Ủy ban nhân dân các xã Măng Đen, Măng Bút,\nKon Plông (phối hợp),\n- Các chi bộ trực thuộc (t/h), Lê Văn Thạnh\n- Lưu Văn phòng Đảng ủy.', source: 'pdf-text', confidence: 1 }]));
    expect(closing.recipients.map((r) => r.value.name)).toEqual(['Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban nhân dân các xã Măng Đen, Măng Bút, Kon Plông', 'Các chi bộ trực thuộc', 'Văn phòng Đảng ủy']);
    expect(closing.signer?.value).toBe('Lê Văn Thạnh');
  });
});

describe('the insured in a department name, a "theo dõi:" label in a parenthesis (h238)', () => {
  it('keeps "người tham gia" (the insured, a noun) inside the name', () => {
    expect(pairs('Phòng Quản lý thu và Phát triển người tham gia chủ trì, phối hợp với các Bảo hiểm xã hội cơ sở rà soát hồ sơ.')).toEqual([
      'Phòng Quản lý thu và Phát triển người tham gia:lead',
      'các Bảo hiểm xã hội cơ sở:support',
    ]);
  });
  it('reads "theo dõi: X" beside "phối hợp: Y" as monitor', () => {
    expect(pairs('Phòng Chế độ giải quyết hồ sơ tồn (phối hợp: Bưu điện tỉnh; theo dõi: Văn phòng).')).toEqual([
      'Phòng Chế độ:execute',
      'Bưu điện tỉnh:support',
      'Văn phòng:monitor',
    ]);
  });
});

describe('assignments in a closing part (h239–h243)', () => {
  it('reads "Phân công thực hiện: X, bộ phận giúp việc …, tham mưu … và theo dõi, đôn đốc …; Y chủ trì …, phối hợp với Z; W chủ trì …"', () => {
    expect(pairs('Phân công thực hiện: Phòng Tổ chức - Hành chính, bộ phận giúp việc Đảng ủy, tham mưu thực hiện điểm 1 và theo dõi, đôn đốc các chi bộ thực hiện điểm 2; Phòng Thư ký tòa soạn chủ trì thực hiện điểm 3, phối hợp với Phòng Nội dung số; Phòng Kế hoạch - Tài chính chủ trì thực hiện điểm 5.')).toEqual([
      'Phòng Tổ chức - Hành chính:advise',
      'Phòng Tổ chức - Hành chính:monitor',
      'Phòng Thư ký tòa soạn:lead',
      'Phòng Kế hoạch - Tài chính:lead',
      'Phòng Nội dung số:support',
    ]);
  });
  it('names a person by an Ê Đê name, and people by post in lower case', () => {
    expect(pairs('Phó Giám đốc H\'Liên Byă trực tiếp chỉ đạo nhiệm vụ tại điểm 4 Mục III.')).toEqual(["H'Liên Byă:direct"]);
    expect(pairs('Giao đồng chí chi ủy viên phụ trách công tác kiểm tra, giám sát tham mưu Chi ủy bổ sung Chương trình kiểm tra.')).toEqual(['chi ủy viên phụ trách công tác kiểm tra, giám sát:advise']);
    expect(pairs('Phó Hiệu trưởng phụ trách bán trú trực tiếp thực hiện, nhân viên y tế trường học phối hợp.')).toEqual(['Phó Hiệu trưởng phụ trách bán trú:execute', 'nhân viên y tế trường học:support']);
  });
  it('keeps a tax office\'s departments whole, ends partners at a verb, and reads a later "giám sát việc …" as monitor', () => {
    expect(pairs('Phòng Quản lý, hỗ trợ doanh nghiệp chủ trì, phối hợp với các xí nghiệp thủy lợi ký hợp đồng dịch vụ.')).toEqual(['Phòng Quản lý, hỗ trợ doanh nghiệp:lead', 'các xí nghiệp thủy lợi:support']);
    expect(pairs('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp kiện toàn Ban giám sát; giám sát việc thu hồi các khoản chi sai.')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã:support', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã:monitor']);
  });
});

describe('bodies named in the plural, assignments to cells, comrades who gather results (h245–h247)', () => {
  it('reads "Giao các Chi nhánh thực hiện" and "Đảng ủy giao các chi bộ thôn, làng …" (the assigning body is no unit)', () => {
    expect(pairs('Lập biên bản hiện trạng. Giao các Chi nhánh thực hiện trên địa bàn được phân công quản lý.')).toEqual(['các Chi nhánh:execute']);
    expect(pairs('Đảng ủy giao các chi bộ thôn, làng phân công đảng viên giúp đỡ hộ nghèo, phối hợp với người có uy tín trong đồng bào dân tộc thiểu số vận động hộ nghèo.')).toEqual([
      'các chi bộ thôn, làng:execute',
      'người có uy tín trong đồng bào dân tộc thiểu số:support',
    ]);
  });
  it('reads a comrade who "giúp Chi ủy tổng hợp" as advising, one who "giúp việc" as support', () => {
    expect(pairs('Đồng chí Đặng Thị Mai, Chi ủy viên, giúp Chi ủy tổng hợp kết quả khắc phục, báo cáo Ban Thường vụ.')).toEqual(['Đặng Thị Mai:advise']);
    expect(pairs('Cuộc kiểm tra do Đại úy Lường Văn Tâm chủ trì, Thiếu úy Quàng Thị Mai giúp việc.')).toEqual(['Lường Văn Tâm:lead', 'Quàng Thị Mai:support']);
  });
});

describe('a mobile team, a branch by number, a unit named for its seal-keeping, a unit told to advise (h252, h253)', () => {
  it('keeps "lưu động" and "Ấn chỉ" inside names and reads "Cơ sở 2" as a unit', () => {
    expect(pairs('Phòng Hành chính chủ trì thực hiện điểm 1 và điểm 4 Mục II, Cơ sở 2 và Đội Chiếu phim lưu động phối hợp; Kế toán lưu hồ sơ.')).toEqual([
      'Phòng Hành chính:lead',
      'Cơ sở 2:support',
      'Đội Chiếu phim lưu động:support',
      'Kế toán:execute',
    ]);
  });
  it('reads "X chỉ đạo Y tham mưu …" as Y advising', () => {
    expect(pairs('Giao đồng chí Nguyễn Thị Hạnh, Phó Bí thư Đảng ủy, chỉ đạo Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ tham mưu xây dựng kế hoạch.')).toEqual([
      'Nguyễn Thị Hạnh:direct',
      'Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ:advise',
    ]);
    expect(pairs('Ban Giám đốc chỉ đạo Phòng Tổ chức tham mưu xây dựng kế hoạch.')).toEqual(['Ban Giám đốc:direct', 'Phòng Tổ chức:advise']);
  });
});

describe('a site named "Cơ sở <place>" (h255)', () => {
  it('reads it as a unit after another unit\'s role', () => {
    expect(pairs('Chuyển toàn bộ việc thu học phí sang hình thức chuyển khoản (Kế toán trưởng thực hiện, Cơ sở Phan Rang phối hợp).')).toEqual(['Kế toán trưởng:execute', 'Cơ sở Phan Rang:support']);
  });
});

describe('a comrade after an inline role label, groups named "các Tổ …" (h259)', () => {
  it('reads "Chủ trì: đồng chí A, Phó Chủ tịch Hội; phối hợp: X" as A leading, and "các Tổ tiết kiệm và vay vốn" as a unit', () => {
    expect(pairs('Rà soát 05 tổ hội nghề nghiệp. Chủ trì: đồng chí Trần Đình Quý, Phó Chủ tịch Hội; phối hợp: Ủy ban nhân dân xã.')).toEqual(['Trần Đình Quý:lead', 'Ủy ban nhân dân xã:support']);
    expect(pairs('Thường trực Hội kiện toàn Ban quản lý, xong trong quý II/2026; các Tổ tiết kiệm và vay vốn duy trì họp định kỳ hằng tháng.')).toEqual(['Thường trực Hội:execute', 'các Tổ tiết kiệm và vay vốn:execute']);
  });
});

describe('a unit alone in the parenthesis closing a measure (h258)', () => {
  it('carries the measure out', () => {
    expect(pairs('Rà soát hồ sơ đảng viên, xong trước ngày 30/6/2026 (Ủy ban Kiểm tra Đảng ủy).')).toEqual(['Ủy ban Kiểm tra Đảng ủy:execute']);
  });
});

describe('health workers and offices by post (h261, h262)', () => {
  it('reads a remit after a member post, an assigning comrade, "; kế toán Trạm phối hợp", and "Việc làm" inside a name', () => {
    expect(pairs('Chi ủy làm việc với đảng viên vắng sinh hoạt; đồng chí Giàng Seo Chư, Chi ủy viên, y sĩ phụ trách điểm trạm Sán Chải, có trách nhiệm nhắc nhở đảng viên.')).toEqual(['Chi ủy:execute', 'Giàng Seo Chư:execute']);
    expect(pairs('Giao đồng chí Giàng Seo Chư phân công đảng viên theo dõi, giúp đỡ 02 quần chúng ưu tú.')).toEqual(['Giàng Seo Chư:execute']);
    expect(pairs('Rà soát sổ khám bệnh. Điều dưỡng Phạm Thị Hằng thực hiện; kế toán Trạm phối hợp.')).toEqual(['Phạm Thị Hằng:execute', 'kế toán Trạm:support']);
    expect(pairs('Giao Trung tâm Tư vấn tuyển sinh và Việc làm chủ trì làm thủ tục thanh lý hợp đồng.')).toEqual(['Trung tâm Tư vấn tuyển sinh và Việc làm:lead']);
  });
});
