import { describe, expect, it } from 'vitest';
import { fold } from '../src/extract/fold.ts';
import { parseNumberLine } from '../src/extract/header.ts';
import { findReferences } from '../src/extract/references.ts';
import { readSymbol, SYMBOL, typeByCode } from '../src/extract/symbol-grammar.ts';

// The one grammar of document symbols behind the header's number line and the citations. Symbols written
// for these tests in the formats of Hướng dẫn 36-HD/VPTW (Party) and Nghị định 30/2020/NĐ-CP (state).

const read = (s: string, blankNumber = false) => readSymbol(s, 0, { blankNumber });

describe('symbol grammar: the four formats', () => {
  it('reads Party symbols number-TYPE/ISSUER', () => {
    expect(read('31-KH/ĐU')).toEqual({ format: 'party', number: '31', year: null, typeCode: 'KH', issuer: 'ĐU', symbol: '31-KH/ĐU', from: 0, to: 8, fuzzy: false });
    expect(read('15-KH/BTCTU')).toMatchObject({ symbol: '15-KH/BTCTU', issuer: 'BTCTU', fuzzy: false });
    expect(read('09-TB/UBKTĐU')).toMatchObject({ symbol: '09-TB/UBKTĐU', typeCode: 'TB', fuzzy: false });
    expect(read('05-TTr/ĐU')).toMatchObject({ symbol: '05-TTr/ĐU', typeCode: 'TTr', fuzzy: false });
  });
  it('reads state symbols with the year', () => {
    expect(read('43/2023/NĐ-CP')).toMatchObject({ format: 'state', number: '43', year: '2023', typeCode: 'NĐ', issuer: 'CP', symbol: '43/2023/NĐ-CP', fuzzy: false });
    expect(read('25/2024/QĐ-TTg')).toMatchObject({ symbol: '25/2024/QĐ-TTg', fuzzy: false });
  });
  it('reads state symbols without the year, a letter without a type code, and a sub-unit', () => {
    expect(read('245/KH-SNV')).toMatchObject({ format: 'admin', number: '245', typeCode: 'KH', issuer: 'SNV', fuzzy: false });
    expect(read('1234/QĐ-UBND')?.symbol).toBe('1234/QĐ-UBND');
    expect(read('56/STNMT-TTr')).toMatchObject({ typeCode: 'STNMT', issuer: 'TTr', fuzzy: false });
    expect(read('412/UBND-NC')).toMatchObject({ typeCode: 'UBND', issuer: 'NC', symbol: '412/UBND-NC' });
    expect(read('07/BC-STC-QLNS')?.symbol).toBe('07/BC-STC-QLNS');
  });
  it('reads acts of the legislature, which carry no type code, and cites a law by its name', () => {
    expect(read('80/2015/QH13')).toMatchObject({ format: 'law', number: '80', year: '2015', typeCode: '', issuer: 'QH13', symbol: '80/2015/QH13', fuzzy: false });
    expect(read('04/2023/UBTVQH15')?.symbol).toBe('04/2023/UBTVQH15');
    expect(read('80/2015/QH')).toBeNull();
    const refs = findReferences('Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015; Luật Đất đai năm 2024.');
    expect(refs.map((r) => `${r.type} ${r.symbol} ${r.date} ${r.issuer}`)).toEqual(['Luật 80/2015/QH13 2015-06-22 null']);
    const issuers = findReferences('theo Công văn số 31/SNNMT-KL ngày 02/3/2026 của Sở Nông nghiệp và Môi trường và Quyết định số 9/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh tại cuộc họp');
    expect(issuers.map((r) => r.issuer)).toEqual(['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh']);
    // A bare "số" before a law's number names no type: no citation.
    expect(findReferences('theo danh sách số 80/2015/QH13')).toEqual([]);
  });
  it('reads a symbol inside a text from the given offset, and stops at its end', () => {
    const text = 'Số: 245/KH-SNV Nghệ An';
    expect(readSymbol(text, 4)).toMatchObject({ symbol: '245/KH-SNV', from: 4, to: 14 });
    expect(readSymbol(text, 0)).toBeNull();
  });
  it('admits a blank number only when asked (a header printed before numbering)', () => {
    expect(read('-KH/ĐU', true)).toMatchObject({ number: null, symbol: '-KH/ĐU' });
    expect(read('-KH/ĐU')).toBeNull();
  });
});

describe('symbol grammar: OCR damage, flagged fuzzy', () => {
  it('takes spaces around "-" and "/" without a flag', () => {
    expect(read('31 -KH/ĐU')).toMatchObject({ symbol: '31-KH/ĐU', fuzzy: false });
    expect(read('35- NQ/TW')).toMatchObject({ symbol: '35-NQ/TW', fuzzy: false });
    expect(read('245 / KH - SNV')).toMatchObject({ symbol: '245/KH-SNV', fuzzy: false });
    expect(read('43/ 2023 /NĐ-CP')).toMatchObject({ symbol: '43/2023/NĐ-CP', fuzzy: false });
    expect(read('43/2023/NĐ–CP')).toMatchObject({ symbol: '43/2023/NĐ-CP', fuzzy: false });
  });
  it('takes a dash printed as "~" in every format, flagged', () => {
    expect(read('38/KL~TTr')).toMatchObject({ symbol: '38/KL-TTr', fuzzy: true });
    expect(read('12~KL/TW')).toMatchObject({ symbol: '12-KL/TW', fuzzy: true });
    expect(read('43/2023/NĐ ~ CP')).toMatchObject({ symbol: '43/2023/NĐ-CP', fuzzy: true });
  });
  it('repairs letters read for digits and a slash read as I, 1, l, 7, | or \\', () => {
    expect(read('2l-KL/TW')).toMatchObject({ number: '21', symbol: '21-KL/TW', fuzzy: true });
    expect(read('O5/KH-SNV')).toMatchObject({ number: '05', fuzzy: true });
    expect(read('31-KHIĐU')).toMatchObject({ symbol: '31-KH/ĐU', fuzzy: true });
    expect(read('45-CV1TU')).toMatchObject({ symbol: '45-CV/TU', fuzzy: true });
    expect(read('04-HD7TU')).toMatchObject({ symbol: '04-HD/TU', fuzzy: true });
    expect(read('09-NQ|TU')).toMatchObject({ symbol: '09-NQ/TU', fuzzy: true });
  });
  it('reads P, B or D for the Đ of "ĐU"', () => {
    for (const d of ['P', 'B', 'D']) expect(read(`31-KH/${d}U`)).toMatchObject({ symbol: '31-KH/ĐU', fuzzy: true });
    expect(read('31-KH/HU')).toMatchObject({ symbol: '31-KH/HU', fuzzy: false });
  });
  it('collapses a doubled letter of a type code, joins a split Party issuer and snaps a near one', () => {
    expect(read('88-QĐÐ/HU')).toMatchObject({ symbol: '88-QĐ/HU', typeCode: 'QĐ', fuzzy: true });
    expect(read('35-NQ/T WwW về')).toMatchObject({ symbol: '35-NQ/TW', to: 11, fuzzy: true });
    expect(read('42-HD/BTCTVW')).toMatchObject({ symbol: '42-HD/BTCTW', fuzzy: true });
  });
  it('snaps a damaged mixed-case state code to the one it is an OCR slip from', () => {
    expect(read('38/KL-TTIr')).toMatchObject({ symbol: '38/KL-TTr', issuer: 'TTr', to: 10, fuzzy: true });
    expect(read('38/KL-TTt')).toMatchObject({ symbol: '38/KL-TTr', fuzzy: true });
    expect(read('38/KL-TTlr')).toMatchObject({ symbol: '38/KL-TTr', fuzzy: true });
    expect(read('12/2024/QĐ-TTq')).toMatchObject({ symbol: '12/2024/QĐ-TTg', fuzzy: true });
    expect(read('38/KL-TTr')).toMatchObject({ symbol: '38/KL-TTr', fuzzy: false });
    // An upper-case code is a code as printed, never snapped.
    expect(read('25/KL-TTT')).toMatchObject({ symbol: '25/KL-TTT', fuzzy: false });
  });
  it('cuts a word glued onto the last code', () => {
    expect(read('12-KL/TWcủa Bộ')).toMatchObject({ symbol: '12-KL/TW', to: 8 });
    expect(read('35-NQ/TWwW')).toMatchObject({ symbol: '35-NQ/TW', to: 8 });
    expect(read('412/UBND-NCvà')).toMatchObject({ symbol: '412/UBND-NC', to: 11 });
  });
});

describe('symbol grammar: what is not a symbol', () => {
  it('rejects ordinary words, dates, fractions, ranges and page numbers', () => {
    for (const s of ['Sở Nội vụ', 'hoạch', '25/10/2021', '25/10', '1/2', '3/4 số', 'Trang 2/5', '2/5', '2025-2030', '12 - 15', 'Điều 5-6', '8h30', '30/4/2026)']) {
      expect(read(s), s).toBeNull();
    }
  });
  it('rejects a word where a code stands, and a mixed-case code that is no OCR slip of a known one', () => {
    for (const s of ['38/KL-Thanh', '38/KL-Tiền', '38/KL-TTx', '38/KL-Tt', '12/Sở-UBND', '12/Ab-UBND', '12-Ab/TU', '12-KH/Tỉnh']) {
      expect(read(s), s).toBeNull();
    }
  });
  it('finds candidates with the same grammar (pattern on folded text)', () => {
    const re = new RegExp(`^${SYMBOL}$`);
    for (const s of ['31-KH/ĐU', '43/2023/NĐ-CP', '38/KL-TTr', '31-KHIĐU']) expect(re.test(fold(s)), s).toBe(true);
    for (const s of ['25/10/2021', '2025-2030', '1/2']) expect(re.test(fold(s)), s).toBe(false);
  });
});

describe('symbol grammar: type codes', () => {
  it('names the type of a known code in any case or marks', () => {
    expect(typeByCode('KH')).toEqual({ name: 'Kế hoạch', code: 'KH' });
    expect(typeByCode('QD')).toEqual({ name: 'Quyết định', code: 'QĐ' });
    expect(typeByCode('CTR')).toEqual({ name: 'Chương trình', code: 'CTr' });
    expect(typeByCode('UBND')).toBeNull();
  });
});

describe('the header and the citations read symbols alike', () => {
  it('reads the damaged mixed-case code in a number line and in a citation', () => {
    expect(parseNumberLine('Số: 38/KL-TTIr')).toMatchObject({ symbol: '38/KL-TTr', typeCode: 'KL', fuzzy: true });
    const [r] = findReferences('Căn cứ Kết luận thanh tra số 38/KL-TTt ngày 12/3/2026 của Thanh tra tỉnh;');
    expect(r).toMatchObject({ type: 'Kết luận', symbol: '38/KL-TTr', date: '2026-03-12', issuer: 'Thanh tra tỉnh', fuzzy: true });
  });
  it('flags a misread "số" in both', () => {
    expect(parseNumberLine('S6 31-KH/ĐU')).toMatchObject({ symbol: '31-KH/ĐU', fuzzy: true });
    expect(parseNumberLine('Số 31-KH/ĐU')).toMatchObject({ fuzzy: false });
    expect(findReferences('theo Kế hoạch sé 31-KH/ĐU')[0]).toMatchObject({ symbol: '31-KH/ĐU', fuzzy: true });
  });
  it('takes no word for a symbol in either', () => {
    expect(parseNumberLine('Số: 38/KL-Thanh')).toBeNull();
    expect(findReferences('Kết luận số 38/KL-Thanh tra tỉnh')).toEqual([]);
    expect(findReferences('Kế hoạch số 25/10/2021 về việc')).toEqual([]);
  });
});
