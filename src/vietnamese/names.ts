import { stripMarks } from './marks.ts';

/**
 * Syllables of Vietnamese personal names: common family names, middle names and given names (general
 * knowledge of Vietnamese naming, not taken from any document). The legal corpus behind the language
 * model has almost no personal names, so it cannot tell "Phạm" from "phẩm" in a signature; this list can.
 */
const FAMILY = `Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Trương Lâm Mai
Trịnh Đoàn Lương Hà Tô Tạ Cao Châu Quách Thái Lưu Chu Kiều Phùng Triệu Từ Hứa Thân Khúc Nông Lò Lục Âu Giang
Tăng Vương Doãn Kim Tôn Mạc Nghiêm Ông Thạch La Diệp Hầu Tống Bạch Viên Lại Vi Mẫn Cù Đàm Lã Văn
Ma Bế Sầm Lường Quàng Đèo Giàng Thào Sùng`;

/**
 * Family names of ethnic minorities missing above (Thái: Cầm, Tòng, Vì, Điêu; H'Mông: Mùa, Vàng, Hờ, Lầu; Dao:
 * Chảo, Tẩn, Bàn, Phàn; Tày–Nùng: Lăng, Nịnh, Mông; Khmer: Danh; Chăm: Đàng). Several are common words ("Vì",
 * "Bàn", "Xa"), so they count only as readings inside a name found by other cues, never as a cue themselves.
 */
const ETHNIC_FAMILY = `Cầm Tòng Vì Điêu Lự Mè Khằm Cà Lừ Xa Mùa Vàng Hờ Lầu Tráng Hạng Chảo Tẩn Bàn Phàn Lăng Nịnh Mông Danh Đàng Điểu`;

const MIDDLE = `Văn Thị Hữu Đức Ngọc Minh Quang Xuân Thanh Công Đình Duy Hoàng Mạnh Trọng Quốc Anh Kim Thu Hồng Bá Tiến
Thế Như Khánh Phương Bảo Gia Hải Việt Tuấn Trung Nhật Đăng Thái Chí Viết Đắc Khắc Huy Diệu Mỹ Bích Thúy`;

const GIVEN = `An Anh Bảo Bình Cường Chi Chiến Cúc Dũng Dung Duy Dương Đạt Đông Đức Giang Hà Hải Hạnh Hằng Hiền Hiếu
Hiệp Hoa Hòa Hoài Hoàn Hoàng Học Hồng Huệ Hùng Hưng Hương Hường Huy Huyền Khang Khánh Khoa Kiên Lan Lâm Liên
Linh Loan Long Lộc Lợi Luân Lực Mai Mạnh Minh My Nam Nga Ngân Nghĩa Ngọc Nguyên Nhân Nhung Oanh Phát Phong
Phú Phúc Phương Phượng Quân Quang Quế Quý Quyên Quyết Sáng Sang Sơn Tài Tâm Tân Thái Thắng Thanh Thành Thảo
Thịnh Thu Thúy Thủy Thư Thương Tiến Tín Toàn Trang Trí Trinh Trung Tú Tuấn Tùng Tuyết Uyên Vân Việt Vinh
Yến Thiện Thiên Toản Hậu Hiển Khải Kỳ Lương Nhàn Hân Hào Hậu Khôi Lai Liễu Lụa Nhi Ninh Phụng Sinh Tạo
Thạch Thăng Thoa Thông Thuận Thục Thùy Tiên Tình Trâm Triều Trọng Trường Tuệ Tư Tường Vĩnh Xuyến Yên Hiệu
Hòe Điệp Định Đoan Giáp Kiều Lộc Mỹ Nhạn Quyền Sĩ Tịnh Vượng Ánh Chung Cương Diệu Đạo Hưởng Lễ Lệ
Diễm Khuê Nhựt Thỏa Duyên Nguyệt Ngà Lành Thơm Thắm Tươi Luyến Sen Thơ Thuần Huân Khiêm Lĩnh Nghị Phi Tấn
Hoan Cẩm Trà Vy Ly Mến Hợp Biên Túc Vũ Tuyền Tuyến Tuyên Thiết Bằng Cảnh Chính Dân Doanh Đại Điền Hạ Hảo
Hiên Huấn Kha Khương Lập Lịch Mừng Nhã Phước Quảng Quỳnh Sỹ Thạnh Thìn Thọ Thuyết Tiệp Trác Trúc Tuyển Uy
Đăng Đào Đường Hạnh Hiếu Khuyên Lam Lệ Liêm Long Lưu Nguyện Phấn Phúc Sương Tâm Thiệu Thoại Thuyên Tính Trị
Tú Tuất Vịnh Xuân Yên Bắc Chiểu Chương Dần Đông Hiền`;

/** Common family names, capitalised as written ("Nguyễn", "Lã"). */
export const FAMILY_NAMES: readonly string[] = FAMILY.split(/\s+/).filter(Boolean);

/** The family names without marks, in lower case ("nguyen", "la"): matched against text whose marks may be lost. */
export const FAMILY_NAME_KEYS: ReadonlySet<string> = new Set(FAMILY_NAMES.map((n) => stripMarks(n.toLowerCase())));

/** Further family names of ethnic minorities that are also common words: readings of a name's first word only. */
export const ETHNIC_FAMILY_NAMES: readonly string[] = ETHNIC_FAMILY.split(/\s+/).filter(Boolean);

/** Lower-case syllables common as middle names ("Văn", "Thị", "Đình"), old tone style. */
export const MIDDLE_NAME_SYLLABLES: ReadonlySet<string> = new Set(MIDDLE.split(/\s+/).filter(Boolean).map((w) => w.normalize('NFC').toLowerCase()));

/** Lower-case syllables common as given names, the last of a name ("Vân", "Định"), old tone style. */
export const GIVEN_NAME_SYLLABLES: ReadonlySet<string> = new Set(GIVEN.split(/\s+/).filter(Boolean).map((w) => w.normalize('NFC').toLowerCase()));

/** Lower-case name syllables in the old tone style (hòa, thủy). */
export const PERSON_NAME_SYLLABLES: ReadonlySet<string> = new Set(
  `${FAMILY} ${ETHNIC_FAMILY} ${MIDDLE} ${GIVEN}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.normalize('NFC').toLowerCase()),
);
