import { fold } from './fold.ts';

/**
 * Common Vietnamese family names (folded): a signer's name interleaved into a recipient line, or a person
 * named in a role line without "Đồng chí", starts with one.
 */
export const SURNAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Trương Lâm Mai Trịnh Đoàn Lương Hà Tô Tạ Cao Châu Quách Thái Văn Lưu Chu Kiều Phùng Triệu Từ Hứa Thân Khúc Nông Lò Lục Âu Giang Tăng Quang Vương Doãn Kim Tôn Mạc Nghiêm Ông Thạch La Diệp Hầu Tống Bạch Viên Lại Vi Mẫn Cù Đàm Lã'
    .split(' ')
    .map((n) => fold(n)),
);
