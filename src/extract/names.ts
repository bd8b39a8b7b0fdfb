import { ETHNIC_FAMILY_NAMES, FAMILY_NAME_KEYS, MIDDLE_NAME_SYLLABLES } from '../vietnamese/index.ts';
import { fold } from './fold.ts';

/**
 * Whether a name starts with a family name ("Lê Văn An" does; "Phó Bí thư" names a post, not a person): a
 * signer's name interleaved into a recipient line, or a person named in a role line without "Đồng chí", starts
 * with one of the shared list (or "Quang", which this reader has always taken as one). An ethnic family name that
 * is also a common word ("Cà", "Vì") counts only before a middle name ("Cà Văn Dũng", "Vì Thị Hoa").
 */
export function startsWithSurname(name: string): boolean {
  const [head = '', next = ''] = name.split(' ');
  const first = fold(head);
  // (Ê Đê, Gia Rai and Cơ Ho names open with a marker joined by an apostrophe: "H'Liên Byă", "K'Brồ".)
  return FAMILY_NAME_KEYS.has(first) || first === 'quang' || /^[HKY]['’]\p{Lu}\p{Ll}/u.test(head) || (ETHNIC_FAMILY.has(head) && MIDDLE_NAME_SYLLABLES.has(next.toLowerCase()) && /^\p{Lu}/u.test(next));
}
const ETHNIC_FAMILY: ReadonlySet<string> = new Set(ETHNIC_FAMILY_NAMES);

/** Academic and professional degrees before a name ("PGS.TS.", "ThS.", "BSCKII", "DSCKI"), with or without their dots. */
export const DEGREE = String.raw`(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|DS|DSCKI{1,2}|CKI{1,2}|NGƯT|NGND)(?:\.\s?|\s(?=\p{Lu}\p{Ll})))+`;
/**
 * Military and police ranks ("Đại tá", "Thiếu tướng", "Trung úy"), printed before a person's name in police
 * and army documents ("Đại tá Nguyễn Hữu Thành", "đồng chí Thượng tá Lê Văn An"), and academic titles
 * ("PGS.TS. Hoàng Thanh Bình"): a title, not part of the name.
 */
export const RANK = String.raw`(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|${DEGREE})`;
const RANK_PREFIX = new RegExp(String.raw`^\s*${RANK}\s*(?=\p{Lu})`, 'u');

/** A person's name without a leading rank. */
export function stripRank(name: string): string {
  return name.replace(RANK_PREFIX, '');
}

/** One word of a personal name: capitalised, also an Ê Đê / Gia Rai name with an apostrophe ("H'Loan", "H’Hen"). */
export const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}*`;

/**
 * The 63 provinces and centrally governed cities before the 2025 merger (the 34 after it are among them). Many open with
 * a family name ("Lâm Đồng", "Hà Tĩnh", "Cao Bằng"), so after a post they name the body's province, not its holder.
 */
export const PROVINCES = new Set([
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định', 'Bình Phước',
  'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang',
  'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Huế',
]);

