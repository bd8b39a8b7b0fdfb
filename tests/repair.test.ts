import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageModel, type LanguageModel } from '../src/lm/index.ts';
import { readFileSync } from 'node:fs';
import { createRepairer, tokenize, type Repairer } from '../src/repair/index.ts';
import { nfc, stripMarks } from '../src/vietnamese/index.ts';

let model: LanguageModel;
let repairer: Repairer;
beforeAll(async () => {
  model = await loadLanguageModel();
  repairer = createRepairer({ model });
});

describe('tokeniser', () => {
  it('keeps offsets and passes numbers, codes, dates and punctuation through', () => {
    const text = 'Kết luận số 12-KL/TW, ngày 19/3/2026 (vi¢c).';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:Kết', 'word:luận', 'word:số', 'code:12-KL/TW', 'punct:,', 'word:ngày', 'number:19/3/2026', 'punct:(', 'word:vi¢c', 'punct:).',
    ]);
  });
  it('splits at punctuation without a following space', () => {
    expect(tokenize('hạn chế,khuyết điểm').map((t) => t.text)).toEqual(['hạn', 'chế', ',', 'khuyết', 'điểm']);
  });
  it('reads letters with punctuation around (the fast path) as the general walk does', () => {
    const text = '“Đảng”, (II) -KH/TW …tổ. x-y ¢a chi?c';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'punct:“', 'word:Đảng', 'punct:”,', 'punct:(', 'number:II', 'punct:)', 'code:-KH/TW', 'punct:…', 'word:tổ', 'punct:.',
      'word:x', 'punct:-', 'word:y', 'word:¢a', 'word:chi?c',
    ]);
  });
});

describe('repair', () => {
  it('restores marks on stripped text, keeping case and line structure', () => {
    const r = repairer.repair('Ke hoach khac phuc han che, khuyet diem\nMUC DICH, YEU CAU\n\nTang cuong cong tac kiem tra, giam sat.');
    expect(r.text).toBe('Kế hoạch khắc phục hạn chế, khuyết điểm\nMỤC ĐÍCH, YÊU CẦU\n\nTăng cường công tác kiểm tra, giám sát.');
  });
  it('leaves good text alone', () => {
    const clean = 'Các cấp ủy, tổ chức đảng tổ chức quán triệt và triển khai thực hiện nghiêm túc Kết luận số 12-KL/TW của Bộ Chính trị.';
    expect(repairer.repair(clean).text).toBe(clean);
  });
  it('fixes English-model OCR confusions', () => {
    const r = repairer.repair('Ban Thuong vu Pang uy xay dung ké hoach khac phuc han ché, khuyét diém ctia tap thé');
    expect(r.text).toBe('Ban Thường vụ Đảng ủy xây dựng kế hoạch khắc phục hạn chế, khuyết điểm của tập thể');
  });
  it('reads digits glued into English-model OCR words as the marks they stood for', () => {
    const r = repairer.repair('Ban Thuong vu Pang uy chi dao cac Té6 chitc dang thu6éc Pang b6 khac phuc han ché, khuyét diém');
    expect(r.text).toBe('Ban Thường vụ Đảng ủy chỉ đạo các Tổ chức đảng thuộc Đảng bộ khắc phục hạn chế, khuyết điểm');
  });
  it('reads scan confusions of the English model: é for a marked o-vowel, d for a toned a', () => {
    expect(repairer.repair('Ban Thường vụ đánh gid cán bé và tổ chức kiém điểm').text).toBe('Ban Thường vụ đánh giá cán bộ và tổ chức kiểm điểm');
  });
  it('reads capitalisation by word pair: "Thi uy" after a word is Thị ủy, "thi" alone stays lower case', () => {
    expect(repairer.repair('Cac co quan tham muu giup viec Thi uy thuc hien ke hoach').text).toBe('Các cơ quan tham mưu giúp việc Thị ủy thực hiện kế hoạch');
  });
  it('reads personal names after "đồng chí" and on a signature line as names, titles as titles', () => {
    expect(repairer.repair('Phan cong dong chi Dang Van Long, Pho Bi thu, chi dao kiem tra.').text).toBe('Phân công đồng chí Đặng Văn Long, Phó Bí thư, chỉ đạo kiểm tra.');
    expect(repairer.repair('Phan cong dong chi Ho Minh Tuan, Truong Ban Dan van, chu tri thuc hien.').text).toBe('Phân công đồng chí Hồ Minh Tuấn, Trưởng Ban Dân vận, chủ trì thực hiện.');
    expect(repairer.repair('Dong chi Le Quang Dung, Pho Chanh Van phong, bao cao.').text).toBe('Đồng chí Lê Quang Dũng, Phó Chánh Văn phòng, báo cáo.');
  });
  it('reads a signer printed beside the recipients (two columns read line by line) as a name that starts with a family name', () => {
    const closing = ['- Thuong truc Tinh uy (de bao cao);', '- Chu tich, cac PCT UBND xa; Le Thi Mai Huong', '- Kho bac Nha nuoc khu vuc V; Truong Quoc Thinh', '- Luu: VT, KT.'].join('\n');
    const lines = repairer.repair(closing).text.split('\n');
    expect(lines[1]).toBe('- Chủ tịch, các PCT UBND xã; Lê Thị Mai Hương');
    expect(lines[2]?.startsWith('- Kho bạc Nhà nước khu vực V; Trương Quốc')).toBe(true);
  });
  it('repairs a damaged document code and passes good ones through', () => {
    expect(repairer.repair('S6 31 -KH/PU').text).toBe('Số 31-KH/ĐU');
    expect(repairer.repair('theo Kết luận số 21-KL/TW và Kế hoạch 15-KH/BTCTU').text).toBe('theo Kết luận số 21-KL/TW và Kế hoạch 15-KH/BTCTU');
  });
  it('gives every token a confidence in [0,1], alternatives and exact offsets', () => {
    const input = 'thuc hien ke hoach 2026';
    const r = repairer.repair(input);
    expect(r.tokens.map((t) => t.text)).toEqual(['thực', 'hiện', 'kế', 'hoạch', '2026']);
    for (const t of r.tokens) {
      expect(t.confidence).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(input.slice(t.start, t.end)).toBe(t.original);
    }
    expect(r.tokens[0]?.alternatives.length).toBeGreaterThan(0);
  });
  it('writes the configured tone style', () => {
    expect(createRepairer({ model, toneStyle: 'new' }).repair('Dang uy va Uy ban hoa binh').text).toBe('Đảng uỷ và Uỷ ban hoà bình');
    expect(repairer.repair('Đảng uỷ hoà bình').text).toBe('Đảng ủy hòa bình');
  });
  it('learns from a deployment lexicon (reviewer-confirmed phrases and confusions)', () => {
    const before = repairer.repair('xa Tan Dinh').text;
    const lex = createRepairer({ model, lexicon: { phrases: ['xã Tân Định'], confusions: [{ from: 'Pinh', to: 'Định', count: 3 }] } });
    expect(lex.repair('xa Tan Dinh').text).toBe('xã Tân Định');
    expect(lex.repair('xa Tan Pinh').text).toBe('xã Tân Định');
    expect(before).not.toBe('xã Tân Định');
  });
});

describe('robustness', () => {
  it('handles empty input and whitespace', () => {
    expect(repairer.repair('')).toEqual({ text: '', tokens: [] });
    expect(repairer.repair(' \n\t ').text).toBe(' \n\t ');
  });
  it('survives binary junk', () => {
    const junk = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_000)).join('');
    const r = repairer.repair(junk);
    expect(typeof r.text).toBe('string');
  });
  it('keeps English words, names and codes mixed in', () => {
    const r = repairer.repair('Dang uy gui email qua Internet cho John Smith ve COVID-19');
    expect(r.text).toContain('Internet');
    expect(r.text).toContain('COVID-19');
    expect(r.text.startsWith('Đảng ủy')).toBe(true);
  });
  it('restores all-caps headings as capitals', () => {
    expect(repairer.repair('DANG CONG SAN VIET NAM').text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
  it('runs in time linear in the input (10 MB)', () => {
    const unit = 'Thuc hien ke hoach khac phuc han che, khuyet diem cua tap the, ca nhan nam 2026.\n';
    const small = unit.repeat(2000);
    const t0 = performance.now();
    repairer.repair(small);
    const tSmall = performance.now() - t0;
    const big = unit.repeat(Math.ceil(10e6 / unit.length));
    const t1 = performance.now();
    const r = repairer.repair(big);
    const tBig = performance.now() - t1;
    expect(r.text.length).toBe(big.length);
    // 10 MB is ~65× the small input; allow generous slack for GC and a shared CI machine.
    expect(tBig / tSmall).toBeLessThan((big.length / small.length) * 3);
  }, 180_000);
});

describe('document cache', () => {
  // h01 stripped: some of its unsure words are read confidently elsewhere, so the second pass runs on a few
  // sentences and keeps the first pass's reading of the rest.
  const input = nfc(stripMarks(readFileSync('fixtures/heldout/h01_huong_khe.txt', 'utf8')));
  it('re-decodes some sentences; the tokens still cover the input and spell the text', () => {
    const once = createRepairer({ model, documentCache: false }).repair(input);
    const r = repairer.repair(input);
    expect(r.tokens.map((t) => t.start)).toEqual(once.tokens.map((t) => t.start));
    expect(r.tokens.some((t, i) => t.confidence !== once.tokens[i]?.confidence)).toBe(true);
    let rebuilt = '';
    let at = 0;
    // (A repeated punctuation mark is reported before its sentence's words: order by offset.)
    for (const t of [...r.tokens].sort((a, b) => a.start - b.start)) {
      expect(t.start).toBeGreaterThanOrEqual(at);
      expect(input.slice(t.start, t.end)).toBe(t.original);
      rebuilt += input.slice(at, t.start) + t.text;
      at = t.end;
    }
    expect(rebuilt + input.slice(at)).toBe(r.text);
  });
});
