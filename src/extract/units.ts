import { MIDDLE_NAME_SYLLABLES } from '../vietnamese/index.ts';
import { semicolonParts } from './clauses.ts';
import { fold } from './fold.ts';
import { levenshtein } from './fuzzy.ts';
import { NAME_WORD, PROVINCES, RANK, startsWithSurname, stripRank } from './names.ts';
import { THEO_DOI, THUC_HIEN } from './ocr-words.ts';
import { parseLabel, type Role } from './labels.ts';

/** A responsible unit found in text, with its offsets in that text. */
export interface UnitHit {
  unit: string;
  role: Role;
  from: number;
  to: number;
}

/**
 * Words that start an organisation or person reference. Vietnamese capitalises the first syllable of each
 * word of a proper name ("Ban Tổ chức Tỉnh ủy"), so a unit runs until a lowercase verb or punctuation. Also a works or
 * station named by its trade before its place ("Xí nghiệp thủy lợi Lệ Thủy", "Trạm quản lý hồ Rào Đá").
 */
const GENERIC = String.raw`(?:Ban|Phòng|Nông trường|Lâm trường|Xưởng|Bệnh viện|Khoa|Sở|Bộ|Cục|Chi cục|Kho bạc|Ngân hàng|Viện|Trường|Hội|Đoàn|Đội|Tổ|Trưởng|Thủ trưởng|Phó|Lãnh đạo|Tập thể|Xí nghiệp|Nhà máy|Công ty|Tổng công ty|Chi nhánh|Bộ phận|Trung tâm|Tiểu đoàn|Trung đoàn|Lữ đoàn|Sư đoàn|Đại đội|Chi hội|Đồn|Trạm|Hạt|Đài|Báo|Vườn quốc gia|Hợp tác xã|Hải đội|Hải đoàn|Tòa|Toà|Bộ môn|Dây chuyền|Tạp chí|Chánh Văn phòng)(?=\s+(?:\p{Lu}|\d{1,2}(?![\d/.,])|các\s|ban\s|phòng\s|khu vực\s\p{Lu}))|(?:Xí nghiệp|Trạm|Nhà máy)(?=\s+\p{Ll}+(?:\s\p{Ll}+){0,2}\s\p{Lu})|(?:Dây chuyền|Tổ(?! chức)|Đội)(?=\s+\p{Ll}+(?:\s\p{Ll}+){0,2}?\s(?:số\s)?\d{1,2}(?![\d/.]|,\d))`;
// Village bodies named in lower case: "Tổ hòa giải bản", "Tổ quản lý bảo vệ rừng" (not the verb "Tổ chức"), "Trưởng bản".
// Also the village's Front committee and community boards, whose names are lower case ("Ban công tác Mặt trận thôn",
// "Ban giám sát đầu tư của cộng đồng"), and the head of any kind of village ("Trưởng buôn", "Trưởng sóc"); a school's
// parents' board and youth union ("Ban đại diện cha mẹ học sinh", "Đoàn trường"); the head of a station, ward or shift
// ("Trưởng trạm", "Trưởng khoa", "Trưởng kíp trực"); a numbered village cell in lower case ("chi bộ tổ dân phố số 9").
const VILLAGE = String.raw`Tổ(?=\s+(?!chức(?![\p{L}]))\p{Ll})|[Tt]rưởng\s(?:bản|buôn|thôn|ấp|xóm|sóc|làng|khóm|khu phố|tổ dân phố)(?![\p{L}])|[Tt]ổ trưởng(?= tổ| các tổ)|[Bb]an công tác Mặt trận|Ban nhân dân(?= (?:ấp|thôn|bản|buôn|sóc|xóm|khóm|khu phố|tổ dân phố))|Ban giám sát đầu tư(?: của cộng đồng)?|Ban (?:điều hành|phát triển|quản lý)(?=\s+(?:các\s+)?(?:thôn|bản|buôn|ấp|xóm|sóc|làng|khu phố|tổ dân phố|khu dân cư))|Ban (?:ấp|thôn|bản|khóm)(?= \p{Lu})|Ban đại diện cha mẹ học sinh|Đoàn trường(?![\p{L}])|[Tt]rưởng\s(?:trạm|khoa|đồn|trại|kíp(?= trực))(?![\p{L}])|chi bộ(?= (?:thôn|bản|ấp|xóm|tổ dân phố|khu phố|khu dân cư)(?: số)? \d{1,2}(?![\d/]))`;
// The state inspectorate ("Thanh tra Sở", "Thanh tra tỉnh"), not the verb "thanh tra" opening a sentence.
const INSPECTORATE = String.raw`Thanh tra(?=\s+(?:\p{Lu}|(?:tỉnh|huyện|thành phố)(?![\p{L}])))`;
// The tax office since 2025 ("Thuế tỉnh Ninh Bình", "Thuế cơ sở 3"), not the noun "thuế" in a sentence.
const TAX = String.raw`Thuế(?=\s+(?:\p{Lu}|(?:tỉnh|thành phố|cơ sở)(?![\p{L}])))`;
const HEAD = String.raw`(?:[Cc]ác (?:${GENERIC}|${TAX})|[Cc]ác (?:Đội|Phòng|Tổ|Ban|Khoa)(?= (?:thuộc|trực thuộc)\s\p{Lu})|[Cc]ác (?:Chi nhánh|Phòng|Khoa|Trung tâm|Xí nghiệp|Trạm|Hạt|Chi cục|Đội|Tổ)(?=\s+(?!khu vực)\p{Ll}|\s*[,.;)]|\s*$)|Cơ sở(?=\s+(?:\d{1,2}(?![\d/.,])|\p{Lu}\p{Ll}+\s\p{Lu}))|[Cc]ác (?:[Cc]hấp hành viên|thành viên(?= (?:Ban|Tổ|Hội đồng|Đoàn)(?![\p{L}]))|đồng chí|đảng viên|cá nhân(?= được (?:giao|phân công))|hộ(?= nhận khoán| gia đình)|[Hh]ội(?= thành viên| cơ sở| chuyên ngành)|trường(?! hợp)|cơ quan|đảng ủy|đảng bộ|trạm|đội(?! viên| tuyển)|đảng uỷ|cấp ủy|cấp uỷ|chi bộ|chi đoàn|cơ sở|tổ chức|phòng|khoa|kíp(?= trực)|ban|sở|ngành|đơn vị|đoàn thể|địa phương|huyện ủy|thành ủy|tổ dân phố|tổ|khu dân cư|thôn|xã|phường|thị trấn|chủ đầu tư|xí nghiệp|chi hội|hạt|[Vv]iện kiểm sát|[Tt]òa án|[Pp]hòng giao dịch|[Hh]ải quan(?= cửa khẩu)|Đại diện|chi ủy(?! viên)|[Tt]ổ đại biểu|chi ủy viên|đảng ủy viên|ủy viên)|[Tt]ừng (?:đồng chí|đảng viên)|Đồng chí|${GENERIC}|${VILLAGE}|${INSPECTORATE}|${TAX}|Ủy ban|Uỷ ban|UBND|HĐND|MTTQ|Văn phòng|Cơ quan|Thường trực|Thường vụ(?=\s+(?:Đảng|Tỉnh|Thành|Huyện|Quận|Thị|Chi|Ủy)\s?\p{Ll})|Mặt trận|Công an|Trung tâm|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Chi ủy|Chi uỷ|Chi đoàn|Công đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|Hội đồng|Cấp ủy|Cấp uỷ|Người đứng đầu|Người đại diện(?: theo ủy quyền)?(?= phần vốn)|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Bưu điện|Quỹ(?= (?:\p{Lu}|[Hh]ỗ trợ|[Pp]hát triển|[Bb]ảo lãnh|[Bb]ảo trợ|[Đđ]ầu tư)(?![\p{L}]))|Phân trại|Điểm(?= (?:giới thiệu việc làm|giao dịch)(?![\p{L}]))|Liên đội(?![\p{L}])|Huấn luyện viên(?: trưởng)?(?= \p{Ll}| \p{Lu})|Đảng viên(?= (?:trong|của) (?:[Cc]hi bộ|[Đđ]ảng bộ))|Thư ký(?= (?:Hội đồng|Tòa|Ban|Đoàn)(?![\p{L}]))|Viễn thông(?= \p{Lu})|Điện lực(?= \p{Lu})|Báo và Phát thanh|Bí thư|Chủ tịch|Hiệu trưởng|Kế toán|Văn thư|Kiểm lâm|Chính trị viên|Chỉ huy(?=\s+(?:các|trưởng|phó)\s|\s+\p{Lu})|Giáo viên|Giám đốc|Tổng [Gg]iám đốc|Thủ quỹ|Liên hiệp(?= các Hội| Hội| \p{Lu})|Cửa hàng(?= (?:xăng dầu|\p{Lu}))|Bảo hiểm xã hội|Liên đoàn|Chính phủ|Quận ủy|Quận uỷ|Viện kiểm sát|Tòa án|Toà án|Thi hành án(?= dân sự)|Phòng giao dịch|[Tt]hủ trưởng(?= các\s)|trưởng(?= các\s)|(?:Bảo tàng|Thư viện|Nhà hát)(?=\s+(?:\p{Lu}|tỉnh|thành phố)(?![\p{L}]))|Kiểm soát viên|Bộ đội Biên phòng|Nghiệp đoàn|Tổng phụ trách(?= Đội)|Nhân viên(?= \p{Ll})|Bộ phận(?= \p{Ll})|Liên minh Hợp tác xã|(?:Trưởng |Phó )?Đại diện(?= Cảng vụ| Văn phòng| Ban| Sở| \p{Lu}\p{Ll}+ tại)|Hải quan(?= (?:cửa khẩu|ga|khu vực|\p{Lu}))|(?:Đội|Trạm|Tổ|Hạt) trưởng(?= \p{Lu}| các\s)|[Cc]hi hội trưởng(?= \p{Lu}| các\s| \d{1,2}\s)|(?:Đội|Trạm|Hạt) trưởng(?![\p{L}])|Điều dưỡng trưởng(?= \p{Lu}| các\s| khoa\s)|(?:Phó )?Chi cục trưởng|Cán bộ(?= \p{Ll})(?! (?:diện|thuộc|được|có|là)(?![\p{L}]))|[Cc]ông chức(?= \p{L}\p{Ll}*(?: \p{L}\p{Ll}*)? - \p{L})|Giao dịch viên|Nhà trường(?![\p{L}])|(?:Tiểu đội|Trung đội)(?= \p{L})|Cơ sở(?= \d{1,2}(?![\d/]))|Chánh án|Chánh tòa|Chánh toà|Chấp hành viên|Thẩm phán(?= \p{Ll}))`;

/**
 * A clause that says which members of a collective body are meant, in its own words: "Các chi bộ có đảng viên bị kỷ
 * luật trong năm 2025", "Các chi bộ không kết nạp được đảng viên …", "Cấp ủy 11 chi bộ sinh hoạt chưa đều". Its "được",
 * "trong năm …" and negated verb do not end the unit.
 */
const COLLECTIVE = String.raw`(?<![\p{L}])(?:[Cc]ác|[Nn]hững|\d+)\s[^.;:()]{0,60}`;
const CLAUSE_OPEN = String.raw`(?<![\p{L}])(?:có|không|chưa|bị)\s[^.;:()]{0,50}`;
const CLAUSE_YEAR = String.raw`(?<=${CLAUSE_OPEN}) năm \d{4}`;
/**
 * Inside such a clause opened by "có" / "còn" ("Ủy ban nhân dân các xã, phường có tuyến đường tỉnh đi qua", "Ban Chỉ
 * huy Quân sự các xã có tỷ lệ dân quân được huấn luyện chưa đạt yêu cầu"), a level word or "được" does not end the unit.
 */
const IN_CLAUSE = String.raw`${COLLECTIVE}(?<![\p{L}])(?:có|còn)\s[^.;:()]{0,50}`;
// The year closes the clause ("Các tổ có hộ vi phạm trong năm 2025 ký cam kết"): the predicate follows.
const CLAUSE_YEAR_END = String.raw`(?<=${CLAUSE_OPEN}\snăm \d{4})\s+(?=\p{Ll})`;

/**
 * Verbs after which no unit name goes on, shared by STOP (exact text) and LIST_STOP (folded, where a "phối hợp với"
 * list ends): one list, so both readers stop at the same words. ("hỗ trợ" ends a subject only: a partner may be a
 * "Trung tâm Dịch vụ hỗ trợ nông dân".)
 */
const ACTION_VERBS = ['duy trì', 'có mặt', 'giải tỏa', 'cắm', 'lắp đặt', 'thay thế', 'phát dọn', 'quan tâm', 'điều chỉnh', 'xác minh', 'làm rõ', 'tạm dừng', 'hoàn tất', 'ghi', 'chi trả', 'mở', 'đóng', 'niêm yết', 'cung cấp', 'bổ sung', 'lập', 'tháo gỡ', 'quyết định', 'tạo điều kiện', 'đã', 'cập nhật', 'phê duyệt', 'điều chuyển', 'kiện toàn', 'thu hồi', 'phân tích', 'dừng', 'làm việc', 'kiểm kê', 'nắm chắc', 'nắm bắt', 'nắm tình hình', 'hoàn thiện', 'mời', 'dự thảo', 'tham gia', 'nhắn tin', 'gọi điện', 'tự kiểm điểm', 'tự đánh giá', 'tự rà soát', 'tự kiểm tra', 'gia cố', 'đo đạc', 'thống nhất', 'chấm dứt', 'thẩm định', 'biệt phái', 'thanh tra', 'kiểm định', 'khóa', 'lưu(?! (?:động|trú|vực|thông|hành|ý)(?=[\\s,.;:)]|$))', 'sửa chữa', 'bố trí', 'ký duyệt', 'ký hợp đồng', '(?<!(?:Đoàn|Tổ|Ban|Nhóm) )khảo sát', 'cụ thể hóa', 'phát hiện', 'dự giao ban', 'dự họp', 'dự sinh hoạt', 'quán triệt', 'tiếp nhận', 'tính lại', 'ký lại', 'ký kết', 'khôi phục', 'trích lập', 'tuần tra', 'kết nối', 'liên hệ', 'chỉnh lý', 'đánh giá', 'trả lời', 'tháo dỡ', 'cắm mốc', 'liên lạc', 'phân loại', 'chấn chỉnh', 'thành lập', 'tiếp công dân',
  // General verbs of the genre that no unit name holds in lower case ("Phòng Kinh doanh thống kê …").
  'đối soát', 'kiểm quỹ', 'thống kê', 'phát động', 'tập huấn', 'diễn tập', 'truy thu', 'soát xét', 'sắp xếp', 'thay thế', 'mua sắm', 'trang bị', 'kiểm đếm', 'niêm phong', 'công bố', 'tuyên dương', 'xếp loại', 'bảo dưỡng', 'gia cố', 'thu gom', 'cấp phát', 'tạm ứng', 'hoàn trả', 'quyết toán', 'nhắc nhở', 'xác nhận', 'tiếp xúc', 'đối thoại', 'động viên', 'soạn thảo', 'biên soạn', 'lắp đặt', 'di dời', 'truy xuất', 'luân chuyển', 'điều động', 'bổ nhiệm', 'lấy mẫu', 'ngăn chặn', 'truy quét', 'trao đổi', 'đăng tải', 'phân bổ', 'tính toán', 'rút kinh nghiệm', 'bàn giao', 'hợp nhất', 'nắm', 'gặp', 'đẩy nhanh', 'chuẩn bị', 'nghiên cứu', 'ban hành', 'gửi', 'nộp', 'đề xuất', 'sửa đổi', 'áp dụng', 'số hóa', 'xác định', 'công khai', 'giải trình', 'thu đủ', 'thu nộp', 'trích nộp', 'trích lập', 'tuyển chọn', 'dành', 'phấn đấu', 'hạch toán'];
const FOLDED_VERBS = new Map(ACTION_VERBS.map((v) => [fold(v), v]));
/** Names of the building trade that end in "xây dựng" ("Phòng Quản lý chất lượng công trình xây dựng", "Phòng Quản lý xây dựng"). */
const BUILDING_NAME = String.raw`(?:công trình|hoạt động|chất lượng|[Qq]uy hoạch|vật liệu|Quản lý) `;
/**
 * Lowercase words after which a unit name has ended (verbs and connectives of the genre). "trong" before the body a
 * unit belongs to ("các đoàn thể trong nhà trường") and "tổ chức" as a noun ("tổ chức phi chính phủ") do not end it.
 */
const STOP = String.raw`(?:chủ trì|phối hợp|tham mưu(?!,? giúp việc)|(?<!Ban Chỉ đạo )thực hiện|thực hiện(?! (?:dân chủ|[Qq]uy chế|[Cc]hương trình|[Cc]uộc vận động|[Đđ]ề án)(?![\p{L}]))|(?<!(?<![Tt]rưởng )[Bb]an |đầu tư |\p{Ll} - |${BUILDING_NAME})xây dựng|theo dõi|căn cứ|(?<![Cc]ác )tổ chức(?! đảng| chính trị| cơ sở| bộ máy| hội(?! nghị| thảo| thi| diễn)| phi chính phủ| xã hội)|tiếp tục|rà soát|triển khai|hướng dẫn|(?<!Kế hoạch |Ngoại |Nội |Tham mưu |Dịch vụ )tổng hợp|báo cáo|chỉ đạo|(?<!đồng chí )lãnh đạo|(?<![Ủủ]y ban |(?:Tổ|Đoàn) )kiểm tra|(?!(?<=Ban )giám sát đầu tư)giám sát|phân công|kiểm điểm|sinh hoạt(?= (?:thường kỳ|định kỳ|chuyên đề|đầy đủ|đúng)(?![\p{L}]))|đôn đốc|giới thiệu|ra (?:nghị quyết|quyết định|thông báo|văn bản)|(?<!Hậu )cần|phải|(?<![Pp]hòng |[Cc]ác(?:\s\p{Ll}+){1,3}\s)không(?= \p{Ll})|trước hết|có trách nhiệm|chịu trách nhiệm|nhận xét|xem xét|thông báo|bố trí|để|nhằm|về việc|khi|đảm bảo|bảo đảm|kịp thời|(?<![Gg]iáo dục )thường xuyên|định kỳ|(?:hằng|hàng|mỗi)(?= (?:ngày|tuần|tháng|quý|năm)(?![\p{L}]))|mỗi(?= (?:chi bộ|đơn vị|cơ quan|phòng|khoa|tổ|xã|phường|thôn|người|đồng chí|đảng viên)(?![\p{L}]))|(?<![Vv]iệc |người )làm|(?<!(?<![\p{L}])không(?:\s\p{Ll}+){1,2}\s)(?:(?<!${IN_CLAUSE})được|được(?= giao| phân công))|sớm|(?<![Cc]ông |[Cc]hương )trình|theo|tập trung|chủ động|khẩn trương|(?<!Trợ )giúp|(?<!(?:[Tt]rưởng ban|[Bb]í thư|[Ủủ]y viên|[Gg]iám đốc|[Cc]hủ tịch|[Tt]rưởng phòng|[Hh]iệu trưởng) |[Ủủ]y viên(?:\s\p{L}+){1,6} |[Gg]iám đốc(?:\s\p{Lu}\p{Ll}*){1,2} |Tổng )phụ trách(?! (?:lĩnh vực|khối|địa bàn|công tác|mảng)(?![\p{L}]))|tuyên truyền|vận động|phổ biến|đẩy mạnh|tăng cường|nâng cao|đổi mới|kiện toàn|củng cố|giải quyết|tiến hành|hoàn thiện|hoàn thành|cử|trực tiếp|đối chiếu|bồi dưỡng|đưa|làm việc|dự(?! án| toán| thảo| báo| bị| phòng| trữ)|thu hồi|lập|(?<!lựa )chọn|cập nhật|với|là|cùng(?= \p{Ll})(?! với)|(?<![Bb]ồi thường, )hỗ trợ|(?<!Chuyển |Hội đồng )giao(?! thông| dịch| nhận)|(?<!cây )trồng(?= \p{Ll})|đề nghị(?=\s+\p{Lu})|(?<!Ấn )chỉ(?! huy)|${ACTION_VERBS.join('|')}|họp(?! (?:chưa|không)(?![\p{L}]))|(?<![Vv]ận )chuyển(?! (?:đổi|công tác|sinh hoạt|giao|tiếp)(?![\p{L}]))|(?<![Tt]hư )ký(?= (?:sổ|biên bản|cam kết|hợp đồng|xác nhận|duyệt|ban hành|văn bản|quyết định)(?![\p{L}]))|trong(?! (?:nhà trường|Trường|cơ quan|đơn vị|hệ thống chính trị|khối|toàn|[Cc]hi bộ|đồng bào)(?![\p{L}]))(?!${CLAUSE_YEAR})|(?<!tồn |thường trú |[Đđ]ại diện(?: \S+){0,4} )tại|từ|đến|sau|trước|ngay(?= và| sau| khi|\s*[,;.]))`;

// "phòng, chống" (prevention and combat: "Phòng An ninh mạng và phòng, chống tội phạm …") is one word of a name.
// So is "bồi thường, hỗ trợ(,| và) tái định cư" (compensation, support and resettlement: "Phòng Bồi thường, hỗ trợ và tái
// định cư").
const PHONG_CHONG = String.raw`(?<=[Pp]hòng),(?=\schống\s)|(?<=[Bb]ồi thường),(?=\shỗ trợ(?:,| và) tái định cư)|(?<=[Bb]ồi thường, hỗ trợ),(?=\stái định cư)`;
/**
 * A relative clause that names which members of a collective body are meant: "Thủ trưởng các phòng, đơn vị được giao
 * chủ trì tại Mục II", "Các chi bộ được kiểm tra", "Chi ủy các chi bộ để xảy ra vi phạm" (only after "các", "những", a
 * number, "đảng viên" or "Trưởng": a single body's "Văn phòng được giao chủ trì …" is its role).
 */
const RELATIVE = String.raw`(?:\s+(?<=(?:(?<![\p{L}])(?:[Cc]ác|[Nn]hững|\d+)\s|[Đđ]ảng viên|[Đđ]ảng ủy viên|[Cc]hi ủy viên|[Cc]ấp ủy viên|[Tt]rưởng)[^.;:()]{0,80})(?:được (?:giao(?: nhiệm vụ| chủ trì)?(?: tại (?:[Mm]ục|khoản|điểm|phần) [IVX\d.]+)?|phân công(?: phụ trách)?(?: tại (?:[Mm]ục|khoản|điểm|phần) [IVX\d.]+)?|kiểm tra|giám sát)|để xảy ra (?:vi phạm|sai sót|sai phạm|tồn tại|hạn chế))(?![\p{L}]))`;
const RELATIVE_AT = new RegExp(RELATIVE, 'uy');
/** Where a relative clause starting at `at` (after the words before it) ends, or -1. */
function relativeEnd(text: string, at: number): number {
  RELATIVE_AT.lastIndex = text.slice(0, at).trimEnd().length;
  return RELATIVE_AT.exec(text) ? RELATIVE_AT.lastIndex : -1;
}
const UNIT_RE = new RegExp(String.raw`(?<![\p{L}])${HEAD}(?:(?:,\s(?=giúp việc)|${PHONG_CHONG})?[\s-]+(?!${STOP}(?![\p{L}]))[\p{L}\d/-]+(?:\.[\p{L}\d/-]+)*)*${RELATIVE}?`, 'gu');
// The negation must be followed by its own verb: "Các chi bộ chưa thực hiện …" is the sentence's verb, negated. A place
// says which members too ("Chi ủy các chi bộ ở đơn vị sản xuất").
const NEGATED_CLAUSE = String.raw`(?<=${COLLECTIVE})(?:(?:\p{Ll}+\s(?:\p{Ll}+\s)?)?(?:không|chưa)\s(?!${STOP}(?![\p{L}]))|ở\s|còn\s(?!${STOP}(?![\p{L}])))`;
/**
 * A unit name ends with its level ("… Huyện ủy", "… huyện", "… các xã, thị trấn", "… Sở"): a lowercase word after
 * that, other than a connector or another level word, is the verb ("… Huyện ủy mở lớp", "… thị trấn tuyên
 * truyền", "… tỉnh Đồng Nai tính"), even one no verb list names.
 */
const UNIT_END = new RegExp(
  String.raw`(?<!${IN_CLAUSE})(?<=(?<![\p{L}])(?:ủy|uỷ|huyện|xã|tỉnh|phường|trấn|phố|quận|Trung ương|tổ dân phố|thôn|ấp|bản|buôn|(?<!chăm )sóc|xóm|khóm|đặc khu|[Cc]hi bộ|[Đđ]ảng bộ|Sở|Bộ|Bệnh viện|chủ đầu tư|nhà trường|(?:Phòng|Đội|Tổ|Cục|Vụ|khu vực)\s(?:\d{1,2}|[IVX]{1,4}(?![\p{L}]))|(?:tỉnh|thành phố|xã|phường|thị trấn|quận|huyện|ấp|thôn|bản|chùa)(?:\s\p{Lu}\p{Ll}*){1,3}))\s+(?=(?!${NEGATED_CLAUSE})(?!(?:trên địa bàn|sở tại|nêu trên|mới (?:sáp nhập|thành lập|hình thành)|thường trú|môn|xí nghiệp|nhà máy|phụ trách (?:lĩnh vực|khối|địa bàn|mảng|cơ sở|chi bộ)|và|cùng|các|có|nơi|liên|trực(?= thuộc)|cấp|thuộc|của|viên|huyện|xã|tỉnh|phường|thị|thành|quận|thôn|tổ|ấp|bản|khu|trường|bộ|phận|nhân|ban|ngành|đoàn|cơ|đơn|chi|đảng|hội|khoa|biên(?= giới| phòng)|vùng|miền|ven|giáp|gần|binh|đội|số(?=\s\d)|đặc(?= khu))(?![\p{L}]))\p{Ll})`,
  'u',
);
const VERB_IN_VALUE = new RegExp(String.raw`\s(?=${STOP}(?![\p{L}]))|${UNIT_END.source}`, 'u');
const STOP_START = new RegExp(String.raw`^${STOP}(?![\p{L}])`, 'u');
/** Whether a sentence opens with a verb of the genre ("Giải quyết dứt điểm …", "Rà soát …"): a measure, not a finding. */
export function opensWithVerb(sentence: string): boolean {
  const t = sentence.trimStart();
  return STOP_START.test(t.charAt(0).toLowerCase() + t.slice(1));
}
const STOP_RE = new RegExp(String.raw`(?<![\p{L}])${STOP}(?![\p{L}])|[:;.()]|${UNIT_END.source}|${CLAUSE_YEAR_END}`, 'u');

/**
 * Names whose words read as verbs, masked (same length) before looking for where a unit ends: "tham mưu, giúp việc",
 * a remit "phụ trách kiểm tra, giám sát", and a numbered department whose name runs on after a comma ("Phòng Thanh
 * tra, kiểm tra số 1", "Phòng Quản lý, hỗ trợ doanh nghiệp số 2", the tax offices' departments since 2025), and one whose
 * lower-case words after a comma end in "và" and a capital ("Phòng Thông tin, lưu trữ và Cơ sở dữ liệu đất đai").
 */
const NUMBERED_PART = /(?<=(?:Phòng|Ban|Đội|Tổ)\s[^,.;:()]{2,40}),\s\p{Ll}[\p{Ll}\s]{1,40}?\ssố\s\d+(?![\p{L}\d])/gu;
const VERB_AFTER_AND = new RegExp(
  String.raw`(?<=(?:Phòng|Ban|Bộ phận|Tổ|Trung tâm|Đội)\s\p{Lu}[^,.;:()]{1,40}\svà\s)(?:${STOP})(?=(?:\s\p{L}+){1,5}?(?:\s+(?:chủ trì|phối hợp|thực hiện|tham mưu|rà soát|báo cáo|bổ sung)(?![\p{L}])|\s*[.,;)])|\s+và\s+\p{Lu})`,
  'gu',
);
/**
 * "Tổ công tác theo dõi đất cơ sở tôn giáo (thành lập …) chủ trì", "Tổ số hóa (gồm …)": a working group named by its
 * purpose, up to an aside or its role (a "Tổ công tác" by a longer one, a bare "Tổ" by up to three words).
 */
const TEAM_END = String.raw`(?=\s*\(|\s+(?:chủ trì|phối hợp|làm việc|thực hiện)(?![\p{L}])|\s+và\s|\s*:?$|\s*\.{2,})`;
const TEAM_PURPOSE = new RegExp(String.raw`(?<=Tổ công tác\s)\p{Ll}[\p{Ll}\s,]{3,60}?${TEAM_END}|(?<=(?<![\p{L}])Tổ\s)(?!chức(?![\p{L}]))\p{Ll}+(?:\s\p{Ll}+){0,4}${TEAM_END}`, 'gu');
const TEAM_DUTIES = new RegExp(
  String.raw`(?<![\p{L}])(?:Phòng|Ban|Bộ phận|Tổ|Đội)\s(\p{Lu}\p{Ll}*(?:\s\p{Ll}+)?),\s((?!(?:chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|chỉ đạo|hoàn thành|báo cáo|đồng thời|các|những|xong|trước|trong|từ|đến|sau)(?![\p{L}]))\p{Ll}+(?:\s(?!(?:với|của|cho|các|những)(?![\p{L}]))[\p{Ll}\p{Lu}]+){0,6}?)(?=\s+(?:${STOP})(?![\p{L}])|\s*[.)]?\s*$|\s*\))`,
  'gu',
);
/** A masked match: every letter replaced, same length, so offsets hold. */
const blank = (m: string) => m.replace(/\S/gu, 'x');
function maskNames(s: string): string {
  return s
    .replace(/tham mưu, giúp việc/g, 'thamxmưu, giúpxviệc')
    // "Phòng Tổ chức - Hành chính, bộ phận giúp việc Đảng ủy, tham mưu …": an apposition saying what the unit is.
    .replace(/(?<=(?:bộ phận|cơ quan|đơn vị) )giúp việc(?= \p{Lu})/gu, blank)
    // "Phòng Quản lý thu và Phát triển người tham gia": the insured ("người tham gia"), a noun, not "take part".
    .replace(/(?<=[Nn]gười )tham gia/gu, blank)
    .replace(/(?<=phụ trách (?:công tác )?)kiểm tra, giám sát/gu, blank)
    // "Phòng Kiểm tra, giám sát nội bộ" (a bank's department): its name runs on after the comma.
    .replace(/(?<=(?:[Pp]hòng|Ban|Bộ phận|Tổ) Kiểm tra, )giám sát(?: nội bộ)?/gu, blank)
    .replace(NUMBERED_PART, blank)
    // The same departments where the office has one of each ("Phòng Quản lý, hỗ trợ doanh nghiệp", "Phòng Nghiệp vụ, dự
    // toán, pháp chế").
    .replace(/(?<=Phòng (?:Quản lý|Thanh tra|Nghiệp vụ)),\s(?:hỗ trợ doanh nghiệp|kiểm tra|dự toán, pháp chế)(?![\p{L}])/gu, blank)
    // "Phòng Kiểm sát việc giải quyết các vụ án dân sự, hành chính …" (a procuracy's departments, named by what they check).
    .replace(/(?<=Phòng (?:Kiểm sát việc|Thực hành quyền công tố,)\s)[^;:.()]{3,100}?(?=\s+(?:chủ trì|phối hợp|thực hiện|tham mưu)(?![\p{L}])|\s*[;:.(]|$)/gu, blank)
    // "Tổ Phòng ngừa và hướng dẫn nghiệp vụ thực hiện": a verb after "và" inside a name, up to the name's role or end.
    .replace(VERB_AFTER_AND, blank)
    // "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo" (the enforcement and inspection agencies' complaints department).
    .replace(/(?<=(?:Phòng|Ban|Bộ phận|Tổ|Đội)\s\p{Lu}[^,.;:()]{1,40},\s)giải quyết khiếu nại, tố cáo/gu, blank)
    .replace(TEAM_PURPOSE, blank)
    // "Dây chuyền kiểm định số 1", "Tổ kiểm tra số 2": a numbered line or team named by what it does.
    .replace(/(?<=(?:Dây chuyền|Tổ(?! chức)|Đội)\s)\p{Ll}+(?:\s\p{Ll}+){0,2}?(?=\s(?:số\s)?\d{1,2}(?![\d/.]|,\d))/gu, blank)
    // "Điểm giới thiệu việc làm Bắc Kạn": a job centre's office, named by what it does.
    .replace(/(?<=Điểm\s)giới thiệu việc làm/gu, blank)
    // "Phòng Thu thập thông tin thống kê": the statistics office's department, not the verb "thống kê".
    .replace(/(?<=(?:Phòng|Ban|Tổ|Đội|Trung tâm|Chi cục|Cục)\s\p{Lu}[^,.;:()]{0,40}?\sthông tin\s)thống kê/gu, blank)
    // "Đội Hướng dẫn, kiểm tra an toàn PCCC và CNCH chủ trì", "(qua Đội Tham mưu, tổng hợp)": a team named by its
    // duties, up to its role verb or the end.
    // (Only when the name opens with a duty too: "Phòng Kinh tế, kiểm tra lại hồ sơ" ends at the comma.)
    .replace(TEAM_DUTIES, (m: string, first: string, duties: string) => (STOP_START.test(first.toLowerCase()) ? m.slice(0, -duties.length) + blank(duties) : m))
    // "Phòng Thông tin, lưu trữ và Cơ sở dữ liệu đất đai": lower-case words between a comma and "và" + a capital.
    .replace(/(?<=(?:Phòng|Ban|Bộ phận|Tổ|Trung tâm|Đội)\s\p{Lu}[^,.;:()]{1,40}),\s(?!(?:các|những|cơ quan|đơn vị)\s)\p{Ll}[\p{Ll}\s]{1,30}?\svà(?=\s\p{Lu}|\s\p{Ll}+(?:\s\p{Ll}+){1,3}\s*(?:[.;,)]|$)|\s\p{Ll}+(?:\s\p{Ll}+){1,3}\s(?:chủ trì|phối hợp|thực hiện|tham mưu|là|nộp|cập nhật|rà soát|báo cáo)(?![\p{L}]))/gu, blank);
}

// Where a "phối hợp (với) X, Y" list ends: a lowercase verb, matched on folded text with vowel-tolerant words.
const LIST_STOP = new RegExp(
  String.raw`\s(?:tham m[a-z]{1,2}u(?!,? giup viec)|${THUC_HIEN}|trong(?! (?:nha truong|co quan|don vi|he thong chinh tri|khoi|toan|dong bao)(?![a-z]))|de|ra so[a-z]t|${THEO_DOI}|to ch[a-z]c(?! phi chinh phu| xa hoi)|(?<!uy ban )ki[a-z]m tra|(?<!ban |dau tu |${fold(BUILDING_NAME)})x[a-z]y d[a-z]ng|tri[a-z]n khai|tuy[a-z]n truy[a-z]n|v[a-z]n d[a-z]ng(?! uy| bo)|ph[a-z] bi[a-z]n|d[a-z]y m[a-z]nh|t[a-z]ng c[a-z][a-z]ng|b[a-z]o c[a-z]o|ch[a-z] d[a-z]o|l[a-z]nh d[a-z]o|gi[a-z]i quy[a-z]t|ti[a-z]n h[a-z]nh|nham|(?<!bao )ve|den|doi chieu|gi[a-z]i thi[a-z]u|b[a-z]i d[a-z][a-z]ng|(?<!ke hoach |ngoai |noi |tham muu |dich vu )t[a-z]ng h[a-z]p|d[a-z]n d[a-z]c|h[a-z]{1,2}ng d[a-z]n|(?<!tu van |(?:^|\s)(?:ban|to|doi) )gi[a-z]m s[a-z]t|${ACTION_VERBS.map(fold).join('|')})(?=[\s,.;:])|[.:(]`,
  'gu',
);

/** Cleans a unit phrase: trims punctuation, drops "Đồng chí" and trailing ", Chức vụ…" of a person. */
export function cleanUnit(u: string): string {
  let s = u.replace(/\s+/g, ' ').replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '');
  // A closing aside, also one cut short by a verb inside it ("X (đối với nội dung số hóa, kết nối …)").
  s = s.replace(/\s*\([^)]*\)?\s*$/, '');
  s = s.replace(/^(?:[Gg]iao(?! dịch)|[Đđ]ề nghị)\s+/u, '');
  // "Đồng chí Phó Trưởng ban Thường trực": the post names the person.
  s = s.replace(/^[Đđ]ồng chí\s+(?=\p{Lu})/u, '');
  return postHolder(s.trim());
}

const LISTED_PLACE = /(?:(?:^|\s)(?:thôn|bản|buôn|ấp|xóm|sóc|làng|khóm|phố|xã|phường)(?:\s\p{Lu}\p{Ll}*)+|\s\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*),(?:\s\p{Lu}\p{Ll}*)*,?$/u;
const NAME_WORD_ONLY = new RegExp(String.raw`^${NAME_WORD}$`, 'u');
/** "Phó Giám đốc Sở Lê Hoàng Nam" → "Lê Hoàng Nam": a post followed by its holder's name names the person. */
function postHolder(s: string): string {
  if (!TITLE.test(s)) return s;
  const words = s.split(' ');
  for (let k = Math.min(4, words.length - 2); k >= 2; k--) {
    const name = words.slice(-k);
    if (!name.every((w) => NAME_WORD_ONLY.test(w))) continue;
    // After a level word the capitals name a place ("Trưởng thôn Sủng Chớ", "Chủ tịch Ủy ban nhân dân xã Lê Lợi"), no
    // shorter name inside it either; unless they read as a full name with its middle name ("Phó Chủ tịch Ủy ban nhân dân
    // phường Nguyễn Đình Khôi").
    const head = words.slice(0, -k).join(' ');
    // ("Trưởng các thôn Thạch Bàn, Châu Sơn", "Trưởng các Chi nhánh Kinh Bắc, Từ Sơn, Lục Ngạn": after a comma in a list of
    // places the capitals name one more place.)
    // (Nor the rest of a name after a dash, "Giám đốc Trung tâm Kinh doanh VNPT - Lâm Đồng", nor a province: "Giám đốc
    // Bệnh viện Đại học Y Thái Bình".)
    const place = /(?:^|\s)(?:thôn|bản|buôn|ấp|xóm|sóc|làng|khóm|phố|xã|phường|tỉnh|huyện|quận|khu vực|đặc khu|-)$/u.test(head) || LISTED_PLACE.test(head);
    if (PROVINCES.has(name.slice(-2).join(' '))) return s;
    // (A family name the list lacks still opens a full name with a middle name: "Phó Giám đốc Lộc Văn Khang".)
    const middle = k >= 3 && MIDDLE_NAME_SYLLABLES.has(name[1]!.toLowerCase());
    const fullName = (startsWithSurname(name.join(' ')) || middle) && (!place || middle);
    if (fullName) return name.join(' ');
    if (place) return s;
  }
  return s;
}

/** Words that name a post, not a person ("Đảng ủy viên, Phó Chủ tịch …", "Ủy viên Ban Thường vụ …"). */
export function namesPost(s: string): boolean {
  return TITLE.test(s) || /^Đảng ủy viên(?![\p{L}])/u.test(s);
}

/** People named by their post in lower case, each starting a new unit in a list ("…, giáo viên bộ môn", "… và cán bộ …"). */
const PEOPLE_BY_POST = String.raw`(?:giáo viên|thú y viên|tổ(?= (?!chức|dân)\p{Ll})|đảng viên|cán bộ|nhân viên|tổ trưởng|hiệu trưởng|giám đốc|lực lượng|dược sĩ|bác sĩ|trưởng các (?:khoa|phòng|ban|bộ phận|tổ)|nhà thầu|đơn vị tư vấn|kế toán)`;
const PEOPLE_START = new RegExp(String.raw`^${PEOPLE_BY_POST}\s`, 'u');

/** A unit part ending in a list of capitalised place names: "… các xã Hương Lâm", "… các phường A, B". */
const PLACE_LIST = /(?<![\p{L}])(?:các|hai|ba|bốn|năm|\d+)\s+(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|thôn|bản|ấp|tổ dân phố|khu dân cư|Đồn Biên phòng|đồn biên phòng)(?:,\s*(?:xã|phường|thị trấn|thị xã))*\s+\p{Lu}[^;]*$/u;

// Elected bodies named without their level, which they share with the next one: "Văn phòng Hội đồng nhân dân và
// Ủy ban nhân dân xã", "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh" are one joint office.
const ELECTED = String.raw`(?:Hội đồng nhân dân|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Đoàn (?:ĐBQH|đại biểu Quốc hội))`;
const JOINT_OFFICE = new RegExp(String.raw`(?:^|\s)Văn phòng\s+${ELECTED}(?:\s*(?:,|và)\s*${ELECTED})*\s*$`, 'u');
const JOINT_NEXT = new RegExp(String.raw`^\s*${ELECTED}(?![\p{L}])`, 'u');

/** Where a list of units splits: ";" always; "," / "và" only when the next part starts a new unit. */
export function splitUnits(value: string): { unit: string; from: number; to: number }[] {
  const out: { unit: string; from: number; to: number }[] = [];
  // A new part also starts at a comrade named by post ("Ban Thường vụ Đảng ủy xã, đồng chí Đảng ủy viên …").
  // So does a category of people ("các tổ chuyên môn, giáo viên bộ môn lớp 12").
  const nextIsUnit = new RegExp(String.raw`^\s*(?:${HEAD}(?![\p{L}])|đồng chí\s+\p{Lu}|cấp ủy\s|(?:đảng ủy|chi ủy|chi bộ)\s+các\s|bộ phận\s|${PEOPLE_BY_POST}\s)`, 'u');
  let start = 0;
  const re = /;|,|\s(?:và|cùng)\s/g;
  let m: RegExpExecArray | null;
  const cut = (end: number) => {
    const raw = value.slice(start, end);
    const u = cleanUnit(raw);
    if (u) out.push({ unit: u, from: start + raw.indexOf(u.slice(0, 3)), to: end });
  };
  while ((m = re.exec(value))) {
    const after = value.slice(m.index + m[0].length);
    // "Công ty X, hoàn thành trước ngày …": a clause of its own after the units ends the list.
    const before = value.slice(start, m.index);
    // "Hội đồng bồi thường, hỗ trợ và tái định cư xã": a body named in lower case by its duties, listed.
    if (m[0] === ',' && /^\s*(?:Hội đồng|Ban|Tổ|Phòng|Đội)\s\p{Ll}+(?:\s\p{Ll}+){0,3}$/u.test(before) && /^\s*\p{Ll}+(?:\s\p{Ll}+){0,2}\s+và\s+\p{Ll}/u.test(after)) continue;
    if (m[0] === ',' && STOP_START.test(maskNames(value).slice(m.index + 1).trimStart()) && /^\s*\p{Ll}/u.test(after) && !/^\s*giúp việc/u.test(after) && !/(?:chủ trì|phối hợp|tham mưu|thực hiện)\s*$/u.test(before)) {
      cut(m.index);
      return out.filter((u) => /\p{L}{2}/u.test(u.unit));
    }
    // "Phòng Tổ chức - Hành chính, bộ phận giúp việc Đảng ủy, …": an apposition saying what the unit is names no other.
    const apposition = m[0] === ',' ? /^\s*(?:là\s+)?(?:bộ phận|cơ quan|đơn vị)\s+(?:giúp việc|thường trực|tham mưu|đầu mối)(?![\p{L}])[^,;]*/u.exec(after) : null;
    if (apposition && /^\s*\p{Lu}/u.test(before)) {
      cut(m.index);
      start = m.index + m[0].length + apposition[0].length;
      re.lastIndex = start;
      continue;
    }
    // "Đảng ủy các xã Hương Lâm, Phúc Trạch": names of places after "các xã" belong to that one unit.
    // So do further places after a unit ending in one ("Xí nghiệp … Lục Nam, Lục Ngạn", "Bưu điện khu vực Lệ Thủy, Quảng
    // Ninh"), which may look like an OCR-damaged head.
    const placeList = PLACE_LIST.test(before) || (/\s\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*\s*$/u.test(before) && /^\s*\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*(?:\s+\p{Ll}|\s*,|\s*$)/u.test(after));
    if (m[0] !== ';' && JOINT_OFFICE.test(before) && JOINT_NEXT.test(after)) continue;
    // "Khoa Huyết học - Truyền máu, Bệnh viện Đa khoa tỉnh": a hospital's department, named with its hospital.
    if (m[0] === ',' && /^\s*Khoa\s+\p{Lu}[^,;]*$/u.test(before) && /^\s*Bệnh viện\s/u.test(after)) continue;
    // "các phòng chuyên môn và Viễn thông Gia Lai": a capitalised name after a class of bodies in lower case is another body.
    // So is a class of bodies named by a capitalised name after the comma ("Văn phòng, các Bảo hiểm xã hội cơ sở").
    // And a class of bodies in lower case after a named one ("Công đoàn Công ty, các nông trường", "Bưu điện tỉnh và các ngân hàng").
    const afterClass = (/^\s*các(?:\s+\p{Ll}+)+\s*$/u.test(before) && /^\s*\p{Lu}/u.test(after)) || /^\s*các\s+\p{Lu}/u.test(after) || (/^\s*\p{Lu}/u.test(before) && /^\s*các\s+\p{Ll}/u.test(after));
    // "Các phòng, bộ phận thuộc Trung tâm": bare classes in lower case share what follows the last one.
    // So do "Đảng ủy, chi bộ các đơn vị …": a bare committee before a class of them.
    // And a list of bare classes: "các phòng, đội, tổ được giao chủ trì".
    const bareClasses = /^\s*[Cc]ác\s+\p{Ll}+(?:,\s*\p{Ll}+)*\s*$/u.test(before) && /^\s*\p{Ll}+(?=\s*,|\s+(?:được|thuộc|trực thuộc|của|có liên quan)\s)/u.test(after);
    const sharedClass = m[0] === ',' && ((/^\s*[Cc]ác\s+\p{Ll}+\s*$/u.test(before) && /^\s*\p{Ll}+(?:\s\p{Ll}+)?\s+(?:thuộc|trực thuộc|của)\s/u.test(after)) || bareClasses || /^\s*(?:[Đđ]ảng ủy|[Cc]hi ủy|[Cc]ấp ủy)\s*$/u.test(before));
    // "Đoàn Nhã nhạc, Đoàn ca múa": the head word of the part again starts another unit of its kind.
    const head = HEAD_START.exec(before)?.[0].trim();
    const sameHead = head !== undefined && /^\p{Lu}/u.test(head) && after.trimStart().startsWith(`${head} `);
    if (m[0] === ';' || (!sharedClass && nextIsUnit.test(after)) || afterClass || sameHead || (!placeList && damagedHead(after))) {
      cut(m.index);
      start = m.index + m[0].length;
    }
  }
  cut(value.length);
  return out.filter((u) => /\p{L}{2}/u.test(u.unit));
}

// First words of the unit heads, folded: an OCR-damaged one ("Sà Ngoại vụ" for "Sở Ngoại vụ") still starts a unit.
// (Capitalised ones only: the lower-case words after a head, "Trưởng làng", are no heads.)
// ("Nhân" of "Nhân viên" is one letter from the place syllable "Nhơn": left out.)
const HEAD_WORDS = [...new Set([...HEAD.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)].map((m) => fold(m[0])).filter((w) => w.length >= 2 && w !== 'nhan'))];

/**
 * A list part that starts with a capitalised word one letter away from a unit head word (same first letter),
 * followed by another capitalised word: a unit whose first word OCR damaged.
 */
function damagedHead(after: string): boolean {
  const m = /^\s*(\p{Lu}\p{Ll}{1,7})\s+\p{Lu}/u.exec(after);
  if (!m) return false;
  const w = fold(m[1]!);
  return HEAD_WORDS.some((h) => h[0] === w[0] && h !== w && levenshtein(h, w, 1) <= 1);
}

/** Titles that follow a person's name ("Lê Văn An, Phó Bí thư Thường trực …"). */
const TITLE = /^(?:Phó|Bí thư|Chủ tịch|Trưởng|Ủy viên|Uỷ viên|Chánh|Giám đốc|Thường trực|Thường vụ|Tỉnh ủy viên|Huyện ủy viên)(?![\p{L}])/u;

/**
 * A person in one part of a role line: "Đồng chí Tôn Thiện Đồng, Ủy viên …" (also OCR's "Đồng chỉ", "Dong chi",
 * "Đ/c") or a bare "Lê Văn An, Phó Bí thư …" (a family name, then a title) → the name; the title is not a unit.
 */
// Health workers are named by their profession as comrades are ("bác sĩ Trần Thị Mai", "điều dưỡng Lê Thị Hân").
const HEALTH_WORKERS = ['bác sĩ', 'y sĩ', 'hộ lý', 'điều dưỡng', 'dược sĩ', 'hộ sinh', 'kỹ thuật viên'];
const HEALTH_OR_COMRADE = new RegExp(String.raw`^\s*(?:dong\s*ch[a-z]{1,2}|d\s*\/\s*c|${HEALTH_WORKERS.map(fold).join('|')})\s+`);
function personIn(part: string): { name: string; from: number } | null {
  const dc = HEALTH_OR_COMRADE.exec(fold(part));
  if (dc) {
    // "Đồng chí Đại tá Nguyễn Văn A", "đồng chí PGS.TS. Hoàng Thanh Bình": the rank is a title, not part of the name.
    const name = (/^[^,;.(–]+?(?=\s+[-–]\s|[,;.(–]|$)/u.exec(stripRank(part.slice(dc[0].length)))?.[0] ?? '').trim();
    // A capitalised name or title ("đồng chủ trì" is a role, not "đồng chí"); a post ends before its verb
    // ("đồng chí Bí thư Chi bộ trực tiếp chuẩn bị …").
    const verb = POST_START.test(name) ? VERB_AFTER.exec(name) : null;
    let own = verb ? name.slice(0, verb.index) : name;
    // One comrade in two posts: "đồng chí Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố".
    const second = own === name && POST_START.test(own) ? SECOND_POST.exec(part.slice(part.indexOf(own, dc[0].length) + own.length)) : null;
    if (second) own += second[0];
    // "đồng chí Phó Giám đốc Đặng Minh Khoa": a post followed by its holder's name names the person.
    const holder = postHolder(own);
    if (/^\p{Lu}/u.test(holder)) return { name: holder, from: part.indexOf(holder, dc[0].length) };
    return null;
  }
  const bare = /^\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*){1,4})\s*(?:,|\s[-–])\s*(.*)$/su.exec(part);
  if (bare && startsWithSurname(bare[1]!) && (TITLE.test(bare[2]!) || MEMBER_POST_START.test(bare[2]!))) return { name: bare[1]!, from: part.indexOf(bare[1]!) };
  return null;
}

const HEAD_START = new RegExp(String.raw`^\s*${HEAD}`, 'u');

/**
 * OCR reads ";" as ":" ("Ủy ban nhân dân phường: các chi bộ trực thuộc"): a ":" after a unit name that is not a
 * role label ("Cơ quan phối hợp:") separates units as ";" does. Same length, so offsets hold.
 */
function colonsAsSemicolons(value: string): string {
  let out = '';
  let seg = '';
  for (const ch of value) {
    if (ch === ';' || (ch === ':' && HEAD_START.test(seg) && parseLabel(`${seg}:`)?.kind !== 'role')) {
      out += `${seg};`;
      seg = '';
    } else seg += ch;
  }
  return out + seg;
}

/** Units or persons of a role line's value, part by part (";" separates them). */
export function personOrUnits(value: string): { unit: string; from: number; to: number }[] {
  const out: { unit: string; from: number; to: number }[] = [];
  // "đồng chí A, Phó Bí thư … và đồng chí B, Chi ủy viên, …": two comrades, each with his posts.
  const parts = semicolonParts(colonsAsSemicolons(value)).flatMap(({ text, at }) => {
    const joint = /,?\s+và\s+(?=(?:đồng chí|[Đđ]\/c)\s+\p{Lu})/u.exec(text);
    return joint && personIn(text.slice(0, joint.index)) ? [{ text: text.slice(0, joint.index), at }, { text: text.slice(joint.index + joint[0].length), at: at + joint.index + joint[0].length }] : [{ text, at }];
  });
  for (const { text: part, at } of parts) {
    const p = personIn(part);
    if (p) out.push({ unit: p.name, from: at + p.from, to: at + p.from + p.name.length });
    else {
      for (const u of splitUnits(part.replace(/\.\s*$/, ''))) {
        // "đề nghị Ủy ban Kiểm tra Tỉnh ủy cử báo cáo viên": a unit asked for help ends at its verb.
        const verb = /[Đđ]ề nghị\s+$/u.test(part.slice(0, u.from)) && HEAD_START.test(u.unit) ? VERB_IN_VALUE.exec(maskNames(u.unit)) : null;
        const unit = verb && verb.index > 0 ? u.unit.slice(0, verb.index).trimEnd() : u.unit;
        out.push({ unit, from: at + u.from, to: at + u.from + unit.length });
      }
    }
  }
  return out;
}

/**
 * The role a verb after a unit gives it: "X chủ trì" lead, "X tham mưu" advise, "X thực hiện" execute, "X phối hợp
 * giám sát" support ("X phối hợp với Y làm …" executes with Y), "X (hướng dẫn,) theo dõi, đôn đốc" monitor, "X chỉ
 * đạo chung" / "X trực tiếp chỉ đạo" direct. Null for other verbs.
 */
function verbRole(after: string): Role | null {
  // "Đề nghị Công an xã cử cán bộ cùng Tổ tuần tra …": sending people along with another's work is support.
  if (/^\s*cử\s+[^,.;()]{2,30}?\s+cùng\s+\p{Lu}/u.test(after)) return 'support';
  // "Văn phòng giúp Chi ủy tổng hợp tiến độ": gathering results for a body is advising it.
  if (/^\s*giúp\s+\p{Lu}[^,.;:]{0,40}?\s+tổng hợp(?![\p{L}])/u.test(after)) return 'advise';
  // "X giúp Ban Thường vụ theo dõi, đôn đốc": helping a body to monitor is monitoring.
  const m = /^\s*[:,]?\s*(?:thường xuyên,?\s+)?(?:theo (?:lĩnh vực|địa bàn)(?: được phân công)?(?: phụ trách)?,?\s+)?(?:(?:có|chịu) trách nhiệm\s+|tổng hợp(?:\s+(?:kết quả|tiến độ|số liệu|tình hình)(?:\s[^.;()]{0,60}?)?)?,\s*(?=tham mưu\s+\p{Lu})|giúp\s+\p{Lu}[^,.;:]{0,40}?\s+(?=theo dõi|đôn đốc)|làm đầu mối\s+(?:tổng hợp\s*(?:,|và)\s+)?(?=tham mưu|theo dõi|đôn đốc)|cử\s+[^,.;()]{2,30}?\s+(?=phối hợp(?! với)|tham gia)|là\s+(?:đầu mối|(?:đơn vị|cơ quan|bộ phận)(?:\s+(?:đầu mối|thường trực))?)\s*,?\s+(?:(?:có|chịu) trách nhiệm\s+)?(?:tổng hợp\s*(?:,|và)\s+)?(?=chủ trì|tham mưu|phối hợp|theo dõi|đôn đốc)|tiếp tục\s+(?=theo dõi|giám sát|chủ trì|phối hợp|chỉ đạo)|là\s+(?:đơn vị|cơ quan|bộ phận)\s[^,.;:]{2,30},\s*giúp\s+\p{Lu}[^,.;:]{0,40}?\s+(?=theo dõi|đôn đốc))?([Cc]hủ trì|[Ll]àm đầu mối|là (?:đơn vị|cơ quan|bộ phận) đầu mối(?=\s*[,.;)]|\s*$)|[Tt]ham mưu(?!,? giúp việc)|[Tt]hực hiện|[Pp]hối hợp|[Hh]ỗ trợ|[Tt]ạo điều kiện|[Cc]ho ý kiến|[Tt]ham gia(?=\s*[.;)]|\s*$)|[Tt]heo dõi|[Đđ]ôn đốc|[Gg]iám sát(?= việc| các| thực hiện|\s*[.;)]|\s*$|,\s*(?:có ý kiến|kiến nghị|đánh giá|phản biện)(?![\p{L}]))|[Cc]hỉ đạo chung|[Ll]ãnh đạo chung|[Dd]ự(?:,\s*|\s+và\s+)chỉ đạo|chỉ đạo(?=\s+\p{Lu}|\s+ban công tác|\s+các\s+(?:khoa|phòng|chi bộ|đơn vị|tổ|trạm|xã|phường|cơ sở)(?![\p{L}])|\s+(?:cơ sở|bộ phận)\s+\p{Ll}|\s+(?:hoàn thành|lập|xây dựng|rà soát|triển khai|tổ chức|kiểm tra|xử lý|giải quyết|khắc phục|củng cố|kiện toàn|cụ thể hóa|quán triệt)(?![\p{L}]))|(?:[Tt]rực tiếp |[Qq]uan tâm )chỉ đạo|chỉ đạo(?=,\s*(?:các\s|\p{Lu})| việc| thực hiện| các nội dung| nội dung| (?:các )?(?:nhiệm vụ|mục|điểm|khoản|phần)(?![\p{L}])| theo (?:lĩnh vực|địa bàn)|\s*[;.):]|\s*$|,\s*(?:điều hành|đôn đốc|kiểm tra))|lãnh đạo(?=\s*[;.)]|\s*$)|lãnh đạo(?:,\s*chỉ đạo)?(?=\s+\p{Lu})|lãnh đạo,\s*chỉ đạo(?![\p{L}])|(?:[Tt]rực tiếp )?phụ trách(?= (?:khoản|điểm|nội dung|các nội dung|lĩnh vực|việc)(?![\p{L}])))(?![\p{L}])/u.exec(after);
  // "X hướng dẫn, theo dõi việc thực hiện": a guiding verb before the monitoring pair keeps X a monitor (and "(…; X hướng
  // dẫn, kiểm tra)" closing a clause); so does "X kiểm
  // tra, giám sát việc thực hiện" (or "X kiểm tra, giám sát." closing its clause).
  // "X đưa việc thực hiện Kế hoạch này vào chương trình giám sát": X watches over the plan (not "đưa nội dung <topic> vào
  // chương trình kiểm tra, giám sát", a measure of its own).
  if (!m) return /^\s*(?:(?:hướng dẫn|kiểm tra),\s*(?:theo dõi|đôn đốc)|hướng dẫn,\s*kiểm tra(?=\s*[.;)]|\s*$)|kiểm tra,\s*giám sát(?:\s+việc thực hiện|(?=\s*[.;)]|\s*$))|đưa\s+(?:việc thực hiện\s+)?(?:[Kk]ế hoạch|nội dung|việc khắc phục)(?:\s+này)?\s+vào\s+(?:chương trình\s+)?(?:kiểm tra,?\s*)?giám sát)(?![\p{L}])/u.test(after) ? 'monitor' : null;
  const w = m[1]!.toLowerCase();
  // "X theo dõi chặt khách hàng có nợ nhóm 2": watching over its own field is its work, not monitoring the plan.
  if (w === 'theo dõi' && WATCHES_WORK.test(after.slice(m.index + m[0].length))) return 'execute';
  // "X đôn đốc các hộ còn nợ thuế", "… 09 doanh nghiệp nộp đủ": urging debtors or contractors is the work itself.
  if (w === 'đôn đốc' && /^\s+(?:\d+\s+|các\s+|những\s+)?(?:hộ|doanh nghiệp|người nộp|nhà thầu|khách hàng|đối tượng)(?![\p{L}])/u.test(after.slice(m.index + m[0].length))) return 'execute';
  if (w === 'theo dõi' || w === 'đôn đốc' || w === 'giám sát') return 'monitor';
  // ("X thực hiện, Y tham gia.": taking part in another's work, as a partner; "Đề nghị X tạo điều kiện …", "… cho ý
  // kiến …": making room for it, advising on it.)
  if (['hỗ trợ', 'tham gia', 'tạo điều kiện', 'cho ý kiến'].includes(w)) return 'support';
  if (/chỉ đạo|lãnh đạo|phụ trách/.test(w)) return 'direct';
  // ("X là đơn vị đầu mối, Y phối hợp": the focal point leads.)
  if (w === 'chủ trì' || w.endsWith('đầu mối')) return 'lead';
  if (w === 'tham mưu') return 'advise';
  if (w === 'thực hiện') return 'execute';
  return WITH_PARTNER.test(after.slice(m.index + m[0].length)) ? 'execute' : 'support';
}
/**
 * What a body asked by the plan ("Đề nghị X …") does when it helps the issuer's own work rather than carrying a measure
 * out: working with it, guiding it, providing staff, funds, places or data, considering its request (support).
 */
const ASKED_TO_HELP = /^\s*(?:(?:quan tâm|tiếp tục),?\s+)?(?:phối hợp|hướng dẫn|bố trí|cử|cung cấp|phân công|xem xét|lồng ghép|giúp)(?![\p{L}])/u;
/**
 * The units a role label's value names with their roles: each in its own parentheses' role ("X (chủ trì), Y (phối
 * hợp)"), else by the verbs after them ("X chủ trì, Y phối hợp", "X thực hiện, đồng chí … theo dõi").
 */
function labelValueUnits(value: string): UnitHit[] {
  return /\((?:chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|chỉ đạo)\)/u.test(value) ? unitsWithOwnRoles(value) : sentenceUnits(value);
}
const POST_HOLDER_ACTS = /^\s*(?:Phó\s)?(?:Giám đốc|Bí thư|Chủ tịch|Trưởng phòng|Hiệu trưởng)\s(?:\p{Lu}\p{Ll}*\s){2,4}(?:trực tiếp\s)?(?:chỉ đạo|theo dõi|phụ trách|chủ trì)(?![\p{L}])/u;
/** What "theo dõi" watches when it is the work itself: an object other than the plan, its progress or its results. */
const WATCHES_WORK = /^\s+(?:(?:sát|chặt|chặt chẽ)\s+)?(?!(?:việc|tiến độ|kết quả|chung|[Kk]ế hoạch|các nội dung|nội dung|quá trình|tình hình thực hiện|thực hiện|đôn đốc|giám sát|và|các|những|tổng hợp|chỉ đạo|đánh giá|hằng|hàng|định kỳ|thường xuyên|sát sao)(?![\p{L}]))\p{Ll}/u;
/** A role word's role ("chủ trì" → lead). */
export const ROLE_OF_WORD: Record<string, Role> = { 'chủ trì': 'lead', 'phối hợp': 'support', 'thực hiện': 'execute', 'tham mưu': 'advise', 'theo dõi': 'monitor', 'chỉ đạo': 'direct' };
const WITH_PARTNER = new RegExp(String.raw`^(?: chặt chẽ)?\s+(?:với\s|${HEAD})`, 'u');

/** Words before a person's name: "đồng chí" (Party), "ông"/"bà" (state documents). */
const COMRADE = String.raw`[Đđ]ồng chí|[Đđ]\/c|[Ôô]ng|[Bb]à|${HEALTH_WORKERS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}`;
/** A post named instead of a person: "Đồng chí Bí thư Đảng ủy trực tiếp chỉ đạo" → "Bí thư Đảng ủy". */
// The post's body runs on through its lower-case syllables ("Ủy ban Kiểm tra", "Thường trực") up to a verb.
// A remit may follow ("Phó Hiệu trưởng phụ trách khoa học và công nghệ").
const POST = String.raw`(?:Phó\s)?(?:Bí thư|Chủ tịch|Giám đốc|Tổng giám đốc|Chủ nhiệm|Trưởng [Bb]an|Ủy viên Ban Thường vụ|Hiệu trưởng|Trưởng phòng|Trưởng khoa|Chánh Văn phòng)(?:(?:\s-)?\s(?:\p{Lu}\p{Ll}*|(?!(?:${STOP}|phụ(?= trách)|và|cùng|của|các|những)(?![\p{L}]))\p{Ll}+)(?![\p{L}])){0,12}(?:\s+phụ trách(?:\s+(?!(?:${STOP})(?![\p{L}]))\p{Ll}+(?![\p{L}])){1,6})?`;
/**
 * A clause of its own that advises a body, after the subject's work: "…; tham mưu Ban Thường vụ …", also after a clause
 * of scope ("…; đối với 03 quyết định chưa chấp hành, tham mưu Trưởng Công an xã …"), after a long clause of the
 * subject's own work ("rà soát toàn bộ các lớp liên kết đang đào tạo, tham mưu Hiệu trưởng …") or after its monitoring
 * ("theo dõi, đôn đốc, tổng hợp kết quả, tham mưu Đảng ủy …"). "X tổng hợp (kết quả …), tham mưu Y …" is one run of the
 * subject's work, read by verbRole: X advises, as most writers read it (the earliest read it as carrying the work out).
 */
const LATER_ADVICE = /;\s*(?:\p{Ll}[^;,.]{0,80}(?:,|\sthì)\s*){0,4}(?:đồng thời\s+)?(?:tổng hợp,?\s+)?(?:tham mưu(?!,? giúp việc)|đề xuất)\s+(?:\p{Lu}|(?:báo cáo|ban hành|xây dựng|dự thảo|trình)\s)|^\s*(?!tổng hợp)(?:\p{Ll}+\s){2}(?:[^\s,;.()]+\s){3,}[^\s,;.()]+,\s*tham mưu(?!,? giúp việc)\s+\p{Lu}|^\s*(?:\([^)]*\)\s*)?(?:theo dõi)?,\s*(?:đôn đốc,\s*)?tổng hợp[^;.,]*,\s*tham mưu\s+\p{Lu}/u;
/** An opening clause of ground, time or scope before a sentence's subject ("Ngay sau khi …, ", "Đối với …, "). */
// (Commas may part the clause itself: "Để danh sách … theo địa bàn xã, phường mới, các Hội cơ sở chủ trì …"; it ends where
// its subject starts, in capitals or with a class or a comrade.)
const OPENING_CLAUSE = String.raw`(?:Căn cứ|Trên cơ sở|Sau khi|Ngay sau khi|Để|Trong|Đối với|Định kỳ|Hằng|Khi|Trước|Kể từ|Từ|Trường hợp|Nếu|Ngoài)(?![\p{L}])(?:(?![^;.]{0,200}?(?:nếu có|vướng mắc))(?:[^,;]{0,120},\s*){1,4}?(?=\p{Lu}|(?:đồng chí|các|những)\s)|[^,;]{0,200},\s*)`;
// "Riêng X …" (X in particular) opens with its subject too.
// ("Giao dịch viên …" is a teller, not an assignment.)
// (An assignment label opening the paragraph, "Phân công thực hiện: X tham mưu …; Y chủ trì …", leads its first subject.)
const SUBJECT_LEAD = new RegExp(String.raw`^\s*(?:${OPENING_CLAUSE})?(?:[Pp]hân công(?:\s+(?:thực hiện|nhiệm vụ|cụ thể))?\s*:\s*|(?:[Gg]iao(?! dịch)(?: cho)?|[Đđ]ề nghị|[Pp]hân công|Riêng)\s+)?`, 'u');
/**
 * A person assigned by name: "X phân công (giao) đồng chí [Đại tá] Nguyễn Văn A, <chức vụ>, theo dõi, chỉ đạo …", or
 * a sentence opening with the comrade ("Đồng chí Bí thư Đảng ủy trực tiếp chỉ đạo …; đồng chí B, …, theo dõi").
 */
const PERSON_ASSIGN = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:[Pp]hân công|[Gg]iao)(?: cho)?\s*:?\s+|(?<![\p{L}])do\s+(?=(?:${COMRADE}|${RANK})\s)|^\s*(?:${OPENING_CLAUSE})?|(?<=[;:(]\s*)|(?<=\.\s+)(?=Đ|${RANK})|(?<=(?:^|[.;:(]\s*)\p{Lu}[^,;.:()]{2,60},\s*)(?=[ôÔbB]))(${COMRADE}|${RANK})\s*(?:${RANK}\s*)?(${POST}|${NAME_WORD}(?:\s${NAME_WORD}){1,4})(?![\p{L}])`,
  'u',
);
const POST_ONLY = new RegExp(String.raw`^${POST}$`, 'u');
/** A post, in one or two hats ("Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã"). */
const POST_HATS = new RegExp(String.raw`^${POST}(?:,\s*${POST})?`, 'u');
const POST_START = new RegExp(String.raw`^${POST}`, 'u');
const POSTED_VERB = new RegExp(String.raw`^(,\s*${POST})?\s*,?\s*(?:chịu trách nhiệm\s+)?(?:trực tiếp\s+)?(theo dõi|đôn đốc|giám sát|chỉ đạo|phụ trách|chủ trì)(?![\p{L}])`, 'u');
const SECOND_POST = new RegExp(String.raw`^,\s*${POST}(?=\s*[.;]|\s*$)`, 'u');
const VERB_AFTER = new RegExp(String.raw`\s+(?=${STOP}(?![\p{L}]))`, 'u');
/** Whether words after "đồng chí"/"ông"/"bà" name a person (or, opening the sentence, a post that acts). */
function isPerson(intro: string, name: string, opensSentence: boolean): boolean {
  if (POST_ONLY.test(name)) return opensSentence;
  // A family name the list lacks ("Vàng A Sử") is still a name, unless the words are a title ("Phó Bí thư …").
  return startsWithSurname(name) || /^(?:[ôÔ]ng|[bB]à)$/u.test(intro) || !TITLE.test(name);
}
/** "… giao X …", "… đề nghị các chi bộ …": the subject assigns or asks; the body named next is the one responsible. */
const ASSIGNS_NEXT = /^\s*(?:giao(?: cho)?|đề nghị|phân công)\s+(?:\p{Lu}|các (?:đồng chí|chi bộ|đảng bộ|chi ủy|đảng ủy|cấp ủy|tổ chức đảng)\s)/u;
const JOINT_PERSON = new RegExp(String.raw`^\s*và\s+(${COMRADE}|${RANK})\s*(?:${RANK}\s*)?(${NAME_WORD}(?:\s${NAME_WORD}){1,4})(?![\p{L}])`, 'u');
const NEXT_PERSON = new RegExp(String.raw`(?:[;,]\s*(?:và\s+)?|(?:^|\s)và\s+)(${COMRADE}|${RANK})\s*(?:${RANK}\s*)?(${NAME_WORD}(?:\s${NAME_WORD}){1,4})(?![\p{L}])`, 'gu');
// The person's task verb, after the titles that follow the name ("…, Phó Bí thư Đảng ủy, theo dõi, đôn đốc").
// ("sổ theo dõi", "phiếu theo dõi": a ledger, not a duty.) "(đồng chí A chịu trách nhiệm)": the work is A's. The post
// may stand in parentheses after the name ("Đồng chí A (Phó Giám đốc) chịu trách nhiệm chỉ đạo …").
const PERSON_ROLE = /^(?:\s*\([^()]{2,60}\))?[^.;()]{0,200}?(?:,\s*|\s+)((?<!(?:sổ|phiếu|bảng) )theo dõi|đôn đốc|giám sát|chỉ đạo|(?<!(?:[Tt]rưởng|Giám đốc|Bí thư|Chủ tịch) )phụ trách|chủ trì|thực hiện|tham mưu|giúp việc|giúp\s+\p{Lu}[^,.;()]{0,40}?\s+tổng hợp|phối hợp(?! với)|chịu trách nhiệm(?=\s*\)))(?![\p{L}])/u;
/** The person's role verb after the name, and the length of the text up to it. */
function personRole(after: string): { length: number; verb: string } | null {
  const remit = REMIT.exec(after)?.[0].length ?? 0;
  // (Masked names: "Trưởng phòng Kiểm tra, giám sát nội bộ, tham mưu …" holds no "giám sát" duty.)
  const m = PERSON_ROLE.exec(maskNames(after).slice(remit));
  // "…, tiến hành giám sát việc thu, nộp đảng phí": the supervision is the work itself; so is a role verb after the
  // person's own verb ("Giao đồng chí A phân công đảng viên theo dõi …": A assigns, the members watch).
  const titled = TITLES.exec(after.slice(remit));
  const own = titled ? after.slice(remit + titled[0].length) : '';
  const otherVerb = m !== null && titled !== null && remit + m[0].length - m[1]!.length > remit + titled[0].length + 1 && /^(?:phân công|tổ chức|hướng dẫn|vận động)\s/u.test(own);
  const work = m && (/tiến hành\s+$/u.test(m[0].slice(0, -m[1]!.length)) || otherVerb);
  // ("…, giúp Chi ủy tổng hợp kết quả": gathering the results for the committee advises it.)
  return m ? { length: remit + m[0].length, verb: work ? 'thực hiện' : /^giúp\s+\p{Lu}/u.test(m[1]!) ? 'tham mưu' : m[1]! } : null;
}
/** "…, chỉ đạo mục 3, mục 4 Phần II và theo dõi chung việc thực hiện": a second duty in the person's own clause. */
function alsoWatches(rest: string, name: string, at: number): UnitHit[] {
  // (Also at once: "trực tiếp chỉ đạo, theo dõi các nội dung …".)
  return /^[^;.]*?\svà\s+(?:theo dõi|đôn đốc)(?![\p{L}])|^\s*,\s*(?:theo dõi|đôn đốc)(?![\p{L}])/u.test(rest) ? [{ unit: name, role: 'monitor', from: at, to: at + name.length }] : [];
}
/** "… trực tiếp chỉ đạo các nhiệm vụ tại khoản 1, theo dõi Chi nhánh X": directing some work, then watching another. */
const DIRECTS_THEN_WATCHES = /^\s*(?:trực tiếp\s+)?chỉ đạo(?:\s+[^;.]+?)?(?:,|\svà)\s+theo dõi\s/u;
/** A committee member's post, in lower case ("chi ủy viên", "đảng ủy viên"). */
const MEMBER_POST = String.raw`(?:[Cc]hi ủy viên|[Đđ]ảng ủy viên|[Ủủ]y viên|[Cc]ấp ủy viên)`;
/**
 * "…, chi ủy viên, Thư ký Hội đồng trường, thiết lập …": the titles after the name (capitalised posts, or a member's
 * lower-case one) up to the verb; the work is carried out. A second comrade ("… và đồng chí B, …") is no title.
 */
const TITLES = new RegExp(String.raw`^(?:,\s*(?:${MEMBER_POST}(?=\s*,)|\p{Lu}(?:(?!\svà\s+(?:${COMRADE})\s)[^,.;()]){1,60}))*,?\s+(?=\p{Ll})`, 'u');
function assignedWork(after: string): { length: number; verb: string } | null {
  const remit = REMIT.exec(after)?.[0].length ?? 0;
  const m = TITLES.exec(after.slice(remit));
  return m ? { length: remit + m[0].length, verb: 'thực hiện' } : null;
}
/**
 * A remit after a post ("chi ủy viên phụ trách kiểm tra, giám sát, giúp Chi ủy giám sát …", "Trợ lý quân sự phụ trách
 * kho", "cảnh sát khu vực phụ trách thôn Tuy Lộc, nắm tình hình …"): part of the title; the role is the verb after it.
 */
// Also right after the name, before the role verb: "y sĩ Hoàng Văn Đức phụ trách chương trình tiêm chủng chủ trì, …".
// (After a member's post: "…, Chi ủy viên, y sĩ phụ trách điểm trạm Sán Chải, có trách nhiệm …".)
const REMIT = new RegExp(String.raw`^(?:,\s*${MEMBER_POST}(?=\s*,))?,\s*(?:${MEMBER_POST}|(?!đồng chí\s)\p{L}+(?:\s(?!đồng chí\s)\p{L}+){0,5})\s+phụ trách\s+(?:công tác\s+)?(?:kiểm tra,\s*giám sát|\p{Ll}+(?:\s\p{Ll}+){0,6}(?:\s\p{Lu}\p{Ll}*){0,3})(?=,)|^\s+phụ trách\s+\p{Ll}+(?:\s\p{Ll}+){0,6}(?=\s+(?:chủ trì|thực hiện|tham mưu)(?![\p{L}]))`, 'u');
const MEMBER_POST_START = new RegExp(String.raw`^${MEMBER_POST}(?![\p{L}])`, 'u');
const PERSON_ROLES: Record<string, Role> = { 'theo dõi': 'monitor', 'đôn đốc': 'monitor', 'giám sát': 'monitor', 'chỉ đạo': 'direct', 'phụ trách': 'direct', 'chủ trì': 'lead', 'thực hiện': 'execute', 'tham mưu': 'advise', 'giúp việc': 'support', 'phối hợp': 'support', 'chịu trách nhiệm': 'execute' };

const HEAD_AT = new RegExp(HEAD, 'uy');

// Units a label inside a sentence names: a unit head, also lowercased ("Thực hiện: cấp ủy các chi bộ …").
const UNIT_START = new RegExp(String.raw`^(?:${HEAD}|(?:các|cấp)\s)`, 'iu');

/** The units of the clauses before an assignment at `at` (its own subject, the assigning body, is dropped). */
function clauseBefore(text: string, at: number, inherited: string | null): UnitHit[] {
  const clause = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at), text.lastIndexOf('.', at), text.lastIndexOf('(', at)) + 1;
  return clause > 0 ? sentenceUnits(text.slice(0, clause), inherited) : [];
}

/** The units of the text from `at` on, with offsets into the whole text. */
function unitsFrom(text: string, at: number, inherited: string | null = null): UnitHit[] {
  return sentenceUnits(text.slice(at), inherited).map((h) => ({ ...h, from: h.from + at, to: h.to + at }));
}

/**
 * Units named in a sentence: "X chủ trì, phối hợp với Y" → X lead, Y support; "Giao X …" (also "Z giao X …",
 * "Đề nghị X …") → X execute (lead with chủ trì); "phối hợp (với) Y" → Y support; a unit opening the sentence
 * before a verb → execute; a clause after "(", ";" or a sentence end that opens with units and a role verb →
 * that role ("(X, Y chủ trì; Z phối hợp)", "X tham mưu, hoàn thành …"); "phân công đồng chí A, …, theo dõi" →
 * A monitor (the assigning body is not responsible). `inherited`: the unit of a "Phòng X:" line the text is
 * a bullet under, for a text opening with its verb ("Chủ trì, …", "Tham mưu …").
 */
export function sentenceUnits(raw: string, inherited: string | null = null): UnitHit[] {
  // "X (sau đây gọi là Trung tâm) thực hiện": the alias is no unit of its own (blanked, so offsets hold).
  // "…; đồng chí Phó Bí thư Chi bộ chuẩn bị …": a comrade opening a later clause is its subject, as at a sentence's start
  // (capitalised, same length).
  const text = raw.replace(/\(\s*sau đây gọi (?:tắt )?là[^)]*\)/gu, (m) => ' '.repeat(m.length)).replace(/(?<=;\s*)đồng chí\s+(?=\p{Lu})/gu, (m, at: number, all: string) => {
    // (Not several posts at once, "đồng chí Bí thư, Phó Bí thư và đảng viên … gương mẫu": a behaviour, not an assignment.)
    const post = POST_START.exec(all.slice(at + m.length))?.[0] ?? '';
    return /^\s*(?:,|và\s)/u.test(all.slice(at + m.length + post.length)) ? m : `Đ${m.slice(1)}`;
  });
  const pa = PERSON_ASSIGN.exec(text);
  const paName = pa?.[2] ?? '';
  const nameAt = pa ? pa.index + pa[0].length - paName.length : 0;
  // A person, not a post ("phân công đồng chí Phó Bí thư …" names a post): see isPerson.
  const isAssigned = pa !== null && isPerson(pa[1]!, paName, pa.index === 0 && !/^\s*(?:[Pp]hân công|[Gg]iao)/u.test(pa[0]));
  // "Giao đồng chí A, Thư ký …, thiết lập …": assigned work with no role verb is carried out.
  const afterName = text.slice(nameAt + paName.length);
  // So is the work of a comrade named by name who opens the sentence or is assigned ("phân công đồng chí A, …, giúp đỡ …").
  const work = isAssigned && (/^\s*[Gg]iao/u.test(pa[0]) || (startsWithSurname(paName) && !TITLE.test(paName))) ? assignedWork(afterName) : null;
  // A comrade opening a parenthesis is responsible only by a role verb inside it ("(đồng chí A, Phó Bí thư, chủ trì soạn
  // thảo; …)"); "(đồng chí A, Đảng ủy viên) trực tiếp chỉ đạo" names the holder of the post before it (read below).
  const inParens = pa !== null && /\(\s*$/u.test(text.slice(0, pa.index));
  const paRole = isAssigned ? (personRole(afterName) ?? (inParens ? null : work)) : null;
  // "Ban Thường vụ giao đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã trực tiếp chỉ đạo": the post, in its
  // one or two hats, when its verb follows at once.
  const posted = pa && POST_ONLY.test(paName) ? POSTED_VERB.exec(afterName) : null;
  if (pa && posted) {
    // "đồng chí Phó Bí thư Đảng ủy Phạm Hồng Quân": a post followed by its holder's name names the person.
    const unit = postHolder(paName + (posted[1] ?? ''));
    const role = PERSON_ROLES[posted[2]!]!;
    const restAt = nameAt + paName.length + posted[0].length;
    const rest = unitsFrom(text, restAt);
    return [...clauseBefore(text, pa.index, inherited), { unit, role, from: nameAt, to: nameAt + unit.length }, ...rest.filter((h) => h.unit !== unit || h.role !== role)];
  }
  if (pa && paRole) {
    const restAt = nameAt + paName.length + paRole.length;
    // The body a comrade advises ("tham mưu Chi ủy tổ chức …") is no doer.
    const after = text.slice(restAt);
    const advised = paRole.verb === 'tham mưu' ? restAt + after.length - after.trimStart().length : -1;
    const rest = unitsFrom(text, restAt).filter((h) => h.from !== advised);
    // ("Chủ trì: đồng chí A, Phó Chủ tịch Hội; phối hợp: …": an inline role label before the comrade gives the role.)
    // (The role word is the whole label: not "Phân công chỉ đạo, theo dõi: đ/c A … chỉ đạo chung".)
    const labelled = /(?:^|[.;(]\s*)(?:(?:đơn vị|cơ quan|người)\s+)?(chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|chỉ đạo)\s*:\s*$/iu.exec(text.slice(0, pa.index))?.[1]?.toLowerCase();
    const person: UnitHit = { unit: paName, role: labelled ? ROLE_OF_WORD[labelled]! : PERSON_ROLES[paRole.verb]!, from: nameAt, to: nameAt + paName.length };
    // "Trung úy A và Trung úy B, cảnh sát khu vực, trực tiếp thực hiện": the second comrade shares the verb.
    const joint = JOINT_PERSON.exec(afterName);
    const partner: UnitHit[] = joint ? [{ ...person, unit: joint[2]!, from: nameAt + paName.length + joint.index + joint[0].length - joint[2]!.length, to: nameAt + paName.length + joint.index + joint[0].length }] : [];
    // "…, chỉ đạo chung; đồng chí B, …, theo dõi, đôn đốc": each further comrade named with a task verb.
    const more: UnitHit[] = [];
    for (const m of text.slice(restAt).matchAll(NEXT_PERSON)) {
      const name = m[2]!;
      const at = restAt + (m.index ?? 0) + m[0].length - name.length;
      const r = isPerson(m[1]!, name, false) ? (personRole(text.slice(at + name.length)) ?? (paRole === work ? assignedWork(text.slice(at + name.length)) : null)) : null;
      if (r) more.push({ unit: name, role: PERSON_ROLES[r.verb]!, from: at, to: at + name.length }, ...alsoWatches(text.slice(at + name.length + r.length), name, at));
    }
    // "…, giúp Chi ủy giám sát …; tham mưu Chi ủy …": the later advice is the comrade's too.
    const advice: UnitHit[] = person.role !== 'advise' && LATER_ADVICE.test(text.slice(restAt).split(/\.\s/u)[0]!) ? [{ ...person, role: 'advise' }] : [];
    const watches = person.role !== 'monitor' ? alsoWatches(after, paName, nameAt) : [];
    return [...clauseBefore(text, pa.index, inherited), person, ...partner, ...advice, ...watches, ...more, ...rest.filter((h) => !more.some((p) => p.unit === h.unit))];
  }
  const hits: UnitHit[] = [];
  const units = [...text.matchAll(UNIT_RE)].map((m) => ({ raw: m[0], from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
  const seen = new Set<string>();
  const push = (unit: string, role: Role, from: number, to: number) => {
    const u = cleanUnit(unit);
    const k = `${u.toLowerCase()}|${role}`;
    if (!u || seen.has(k) || u.split(/\s+/).length < 2) return;
    seen.add(k);
    hits.push({ unit: u, role, from, to });
  };
  const stopIn = (rest: string) => STOP_RE.exec(maskNames(rest));
  // A subject with its relative clause ("Các chi bộ được kiểm tra …") ends where that clause does.
  const subjectStop = (rest: string): { index: number; 0: string } | null => {
    const early = stopIn(rest);
    const clauseEnd = early ? relativeEnd(rest, early.index) : -1;
    const later = clauseEnd > 0 ? stopIn(rest.slice(clauseEnd)) : null;
    return later ? { index: later.index + clauseEnd, 0: later[0] } : early;
  };
  // Subject at the start ("Giao X …", "X: Chủ trì …", "X, Y và Z có trách nhiệm …"); an opening clause of ground,
  // time or scope ("Căn cứ …, ", "Ngay sau khi …, ", "Trong thời gian …, ", "Đối với …, ") is skipped.
  const lead = SUBJECT_LEAD.exec(text);
  const startAt = lead ? lead[0].length : 0;
  // "Đối với …, đồng chí Phó Bí thư … trực tiếp chỉ đạo": the comrade after the opening clause is the subject, as
  // at a sentence's start (same length, so offsets hold).
  if (startAt > 0 && /^đồng chí\s+\p{Lu}/u.test(text.slice(startAt))) return sentenceUnits(`${text.slice(0, startAt)}Đ${text.slice(startAt + 1)}`, inherited);
  const giao = /(?:[Gg]iao(?: cho)?|[Đđ]ề nghị|[Pp]hân công)\s+$/u.test(lead?.[0] ?? '');
  const first = units.find((u) => u.from === startAt);
  if (first) {
    const rest = text.slice(startAt);
    const stop = subjectStop(rest);
    // "Ban Thường vụ giao X chủ trì …": the assigning body is not responsible; X is, as after an opening "Giao".
    if (stop && !giao && ASSIGNS_NEXT.test(rest.slice(stop.index))) {
      const at = startAt + stop.index;
      return unitsFrom(text, at, inherited);
    }
    const subject = rest.slice(0, stop ? stop.index : Math.min(rest.length, 200));
    // "X (bộ phận thường trực của …) là đầu mối theo dõi": the verb comes after a parenthesis describing X.
    const close = stop?.[0] === '(' ? rest.indexOf(')', stop.index) : -1;
    const described = close > 0 && close - stop!.index <= 200 ? stopIn(rest.slice(close + 1)) : null;
    const verbStop = described && !/^[.(]/.test(described[0]) ? { at: close + 1 + described.index, word: described[0] } : stop ? { at: stop.index, word: stop[0] } : null;
    const after = rest.slice(verbStop ? verbStop.at : subject.length, (verbStop ? verbStop.at : subject.length) + 80);
    // "X tham mưu Ban Thường vụ …": X advises; "Đề nghị X phối hợp giám sát …": X supports.
    const role = verbRole(after);
    const verbFollows = verbStop !== null && !/^[.(]/.test(verbStop.word);
    if (subject.length <= 250 && (giao || verbFollows)) {
      // "Giao X theo dõi, tổng hợp …" assigns X the work (execute); "X theo dõi, đôn đốc" alone monitors, and so does
      // "Giao X theo dõi, đôn đốc, tổng hợp kết quả; tham mưu …", whose gathering serves the advice.
      // "Đề nghị X giám sát việc …" asks X to watch, not to do the work; "Đề nghị X (quan tâm,) phối hợp với …" to support it.
      // The rest of the subject's sentence, read here and for its later roles below.
      const sentenceRest = rest.slice(subject.length).split(/\.\s/u)[0]!;
      const gathersToAdvise = !/^[^;.]*?tổng hợp/u.test(after) || /tham mưu(?!,? giúp việc)/u.test(sentenceRest);
      // So does "X theo dõi(, chỉ đạo) việc thực hiện Kế hoạch": the plan as a whole, not a task.
      // "Đề nghị X theo dõi, giám sát việc thực hiện Kế hoạch" asks X to watch ("Giao X …" the same is X's work).
      const asksToWatch = /^\s*theo dõi,\s*giám sát\s+việc thực hiện\s+(?:[Kk]ế hoạch|[Nn]ghị quyết)/u.test(after) && /[Đđ]ề nghị\s+$/u.test(lead?.[0] ?? '');
      const watches = role === 'monitor' && (/^\s*(?:giám sát|làm đầu mối|kiểm tra,\s*giám sát|theo dõi(?:,\s*(?:chỉ đạo|đôn đốc))?\s+việc thực hiện\s+(?:[Kk]ế hoạch|[Nn]ghị quyết))/u.test(after) || (/^\s*theo dõi,\s*đôn đốc/u.test(after) && gathersToAdvise) || asksToWatch);
      // "Đề nghị X chỉ đạo Y …" asks X to direct ("Giao X lãnh đạo Y …" stays X's work, as the older writers read it).
      const asksToDirect = role === 'direct' && /^\s*(?:(?:trực tiếp|quan tâm)\s+|lãnh đạo,\s*)?chỉ đạo/u.test(after);
      const asked = giao && ASKED_TO_HELP.test(after) && /^\s*[Đđ]ề nghị/u.test(lead?.[0].replace(/^[^,]*,\s*/u, '') ?? '');
      const own = asked ? 'support' : role === 'lead' || role === 'advise' || role === 'support' || asksToDirect || watches || (!giao && role !== null) ? role : 'execute';
      const subjectUnits = splitUnits(subject);
      const giveSubject = (role: Role) => {
        for (const u of subjectUnits) push(u.unit, role, startAt + u.from, startAt + u.to);
      };
      giveSubject(own);
      if (own === 'direct' && verbStop && DIRECTS_THEN_WATCHES.test(rest.slice(verbStop.at))) giveSubject('monitor');
      // "X lãnh đạo (, chỉ đạo) Y phê duyệt …": Y carries the work out (its own role verb, "Y chủ trì", is read below).
      const directs = own === 'direct' ? /^\s*(?:lãnh đạo,?\s*)?(?:chỉ đạo|lãnh đạo)\s+(?=\p{Lu}|các\s|tổ trưởng\s|trưởng (?:thôn|bản|ấp|khu phố|tổ dân phố)\s)/u.exec(after) : null;
      if (directs) {
        const at = startAt + (verbStop ? verbStop.at : subject.length) + directs[0].length;
        const led = units.find((u) => u.from === at);
        const ledStop = led ? stopIn(text.slice(at)) : null;
        const ledRole = led && ledStop ? verbRole(text.slice(at + ledStop.index, at + ledStop.index + 80)) : undefined;
        // ("Y phối hợp với Z rà soát …": Y carries it out with Z.)
        // ("X chỉ đạo các khoa, phòng thực hiện …": a class of bodies told to carry the plan out is directed, not named to
        // a work of its own.)
        const classToCarryOut = /^các\s/u.test(text.slice(at)) && ledStop !== null && /^\s*thực hiện(?![\p{L}])/u.test(text.slice(at + ledStop.index));
        // ("X chỉ đạo Y tham mưu …": Y advises.)
        if (led && ledStop && (ledRole === null || ledRole === 'execute' || ledRole === 'advise') && !classToCarryOut) {
          for (const u of splitUnits(text.slice(at, at + ledStop.index))) push(u.unit, ledRole === 'advise' ? 'advise' : 'execute', at + u.from, at + u.to);
        }
      }
      // "X đã hoàn thành …; (tiếp tục) chủ trì, phối hợp với …": a later clause with no subject of its own that leads is X's.
      if (own !== 'lead' && /;\s*(?:(?:tiếp tục|đồng thời)\s+chủ trì(?![\p{L}])|chủ trì,\s*phối hợp)/u.test(sentenceRest)) giveSubject('lead');
      // "X chủ trì …; (là đầu mối) theo dõi, đôn đốc việc thực hiện …" ("…; giám sát việc …"): so is a later clause that monitors.
      // (Also joined by "và": "X tham mưu thực hiện điểm 1 và theo dõi, đôn đốc các chi bộ …".)
      if (own !== 'monitor' && (/;\s*(?:đồng thời\s+)?(?:là (?:đầu mối|cơ quan thường trực)\s+)?(?:theo dõi,\s*đôn đốc|giám sát việc)(?![\p{L}])/u.test(sentenceRest) || /^[^;]*\svà\s+theo dõi,\s*đôn đốc(?![\p{L}])/u.test(sentenceRest))) giveSubject('monitor');
      // "X chủ trì …; tham mưu Ban Thường vụ …": a later clause with no subject of its own that advises is X's too.
      if (own !== 'advise' && LATER_ADVICE.test(rest.slice(subject.length))) giveSubject('advise');
    }
  } else if (inherited) {
    // A bullet under "Phòng X:" opening with its verb: "Chủ trì, phối hợp với Y …", "Tham mưu …".
    const role = verbRole(text);
    if (role === 'lead' || role === 'advise' || role === 'support') push(inherited, role, 0, 0);
  }
  // Later clauses that open with units and a role verb: "(X, Y chủ trì; Z phối hợp)", "…. X tham mưu, hoàn thành …".
  // (Also after a condition: "Hộ nhận khoán … thì Đội trưởng Đội sản xuất lập biên bản".)
  for (const m of text.matchAll(/[(;:,]|[.!?](?=\s)|(?<=\s)thì(?=\s+\p{Lu})/gu)) {
    const before = /[^.;(:]*$/.exec(text.slice(0, m.index))?.[0] ?? '';
    // After ":" only when a clause of its own precedes it ("Khắc phục tình trạng X: các đồng chí … xây dựng …"),
    // not a label ("Chủ trì: Chi ủy", "Thời gian: …"), which the label readers take.
    if (m[0] === ':' && before.trim().split(/\s+/).length < 5) {
      // A role label closing a measure's paragraph ("…. Phân công: X thực hiện, Y phối hợp; thời hạn …"): its sentence
      // names the units, each with its verb (a label at the paragraph's start is the label readers').
      const lab = /[.!?]\s*$/.test(text.slice(0, (m.index ?? 0) - before.length)) ? parseLabel(`${before.trim()}: …`) : null;
      if (lab?.kind === 'role') {
        const from = (m.index ?? 0) + 1;
        const first = semicolonParts(text.slice(from).split(/\.\s/u)[0]!)[0];
        const said = first ? labelValueUnits(first.text) : [];
        const units = said.length > 0 ? said : first && (HEAD_START.test(first.text) || /^\s*[Đđ]ồng chí\s/u.test(first.text)) ? personOrUnits(first.text).map((u) => ({ ...u, role: lab.role ?? 'execute' })) : [];
        for (const h of units) push(h.unit, h.role, from + first!.at + h.from, from + first!.at + h.to);
      }
      continue;
    }
    // After "," only when the clause before closes with a role ("X là cơ quan chủ trì, các Y … triển khai", "do X chủ
    // trì, Y phối hợp thực hiện"), not inside a list of partners.
    // Also "X chủ trì <việc>, Y phối hợp <việc>": a partner with its own verb after a clause that leads.
    const partnerAfterLead = m[0] === ',' && /(?<![\p{L}])chủ trì(?![\p{L}])/u.test(before);
    const closesWithRole = /(?:chủ trì|tham mưu|thực hiện|phối hợp|chỉ đạo)\s*$/u.test(before);
    // And a request of its own with a role verb ("…, đề nghị Hội Nhà báo tỉnh hỗ trợ báo cáo viên").
    const requestAfterComma = m[0] === ',' && !partnerAfterLead && !closesWithRole && /^\s*đề nghị\s+\p{Lu}/u.test(text.slice((m.index ?? 0) + 1));
    // And a further post holder named with his verb ("…; phân công Phó Giám đốc A trực tiếp chỉ đạo …, Phó Giám đốc B trực
    // tiếp chỉ đạo …").
    const holderAfterComma = m[0] === ',' && POST_HOLDER_ACTS.test(text.slice((m.index ?? 0) + 1));
    if (m[0] === ',' && !partnerAfterLead && !closesWithRole && !requestAfterComma && !holderAfterComma) continue;
    // "…; chỉ đạo X chủ trì …": the subject's direction names X, in its own role.
    // After a sentence's end, also an opening clause of time or scope ("…. Từ quý III/2026, Ban Tài chính kiểm tra …").
    // (An inline list's number before the clause: "…: (1) Ban Giám đốc kiểm điểm …; (2) Chi bộ X …".)
    // ("…, đồng chí Phó Bí thư Chi bộ theo dõi": a comrade named by post, after a clause that closes with its role.)
    // ("…; định kỳ hằng quý, Ban Biên tập kiểm điểm …": a clause may open with how often.)
    const open = (m[0] === ';' ? /^\s*(?:\(?\d{1,2}\)\s+)?(?:(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm),\s*)?(?:(?:[Gg]iao(?: cho)?|[Đđ]ề nghị|chỉ đạo|phân công(?=\s+(?:Phó\s)?(?:Giám đốc|Trưởng|Chủ tịch|Bí thư)\s))\s+)?/u : m[0] === '.' ? SUBJECT_LEAD : /^\s*(?:\(?\d{1,2}\)\s+)?(?:(?:[Gg]iao(?: cho)?|[Đđ]ề nghị|Riêng|đồng chí(?=\s+(?:Phó\s)?(?:Bí thư|Chủ tịch|Giám đốc|Trưởng|Chủ nhiệm|Hiệu trưởng)\s))\s+)?/u).exec(text.slice((m.index ?? 0) + m[0].length))!;
    const at = (m.index ?? 0) + m[0].length + open[0].length;
    HEAD_AT.lastIndex = at;
    if (at === startAt || !HEAD_AT.test(text)) continue;
    const rest = text.slice(at);
    const stop = subjectStop(rest);
    // "… . Chi bộ đề nghị Ban X mở lớp …": the asking body is not responsible; X is.
    if (stop && ASSIGNS_NEXT.test(rest.slice(stop.index))) {
      const from = at + stop.index;
      for (const h of sentenceUnits(text.slice(from))) push(h.unit, h.role, from + h.from, from + h.to);
      continue;
    }
    // After "(" only a role verb names a role, or units alone before ";" ("(Phòng Kinh tế; thời gian: quý III/2026)");
    // a clause of its own ("…; Đoàn Thanh niên giới thiệu …") executes.
    // (Or its deadline straight after: "(Phòng Bảo quản - Số hóa; tháng 7/2026)", "(Chi ủy; hằng quý)".)
    const alone = m[0] === '(' && stop !== null && stop[0] === ';' && /^\s*(?:thời (?:gian|hạn)|trước|chậm nhất|trong|từ|hằng|định kỳ|thường xuyên|quý|tháng|năm|xong|hoàn thành)(?![\p{L}])[^()]*\)/iu.test(rest.slice(stop.index + 1));
    // (Or units alone closing the measure: "… thành viên đoàn kiểm tra (Ủy ban Kiểm tra Đảng ủy).")
    const bare = m[0] === '(' && stop !== null && stop[0] === ')' && /^\)\s*(?:[.;]|$)/u.test(rest.slice(stop.index)) && splitUnits(rest.slice(0, stop.index)).every((u) => HEAD_START.test(u.unit));
    const verbal = stop ? (verbRole(rest.slice(stop.index)) ?? (alone || bare ? 'execute' : m[0] === '(' || /^[.:(]/.test(stop[0]) ? null : 'execute')) : null;
    // "…; đề nghị X phối hợp với …": asked to work with another, X supports (as at a sentence's start).
    const role = verbal === 'execute' && /đề nghị\s+$/iu.test(open[0]) && ASKED_TO_HELP.test(rest.slice(stop!.index)) ? 'support' : verbal;
    if (!stop || !role || stop.index > 250 || (requestAfterComma && verbRole(rest.slice(stop.index)) === null)) continue;
    if (partnerAfterLead && !closesWithRole && !/^phối hợp(?! với)/u.test(rest.slice(stop.index))) continue;
    // (A later sentence's subject may advise too: "…. Văn phòng theo dõi, tổng hợp, tham mưu Ban Thường vụ …".)
    const advises = role !== 'advise' && m[0] === '.' && LATER_ADVICE.test(rest.slice(stop.index).split(/\.\s/u)[0]!);
    for (const u of splitUnits(rest.slice(0, stop.index))) {
      push(u.unit, role, at + u.from, at + u.to);
      if (role === 'direct' && DIRECTS_THEN_WATCHES.test(rest.slice(stop.index))) push(u.unit, 'monitor', at + u.from, at + u.to);
      if (advises) push(u.unit, 'advise', at + u.from, at + u.to);
    }
    // "Đề nghị X chỉ đạo Y vận động …": Y carries the work out, or takes its own role.
    const directed = role === 'direct' ? /^\s*(?:chỉ đạo|lãnh đạo)\s+/u.exec(rest.slice(stop.index)) : null;
    if (directed) {
      const yAt = at + stop.index + directed[0].length;
      HEAD_AT.lastIndex = yAt;
      const yStop = HEAD_AT.test(text) ? stopIn(text.slice(yAt)) : null;
      if (yStop && yStop.index <= 120) for (const u of splitUnits(text.slice(yAt, yAt + yStop.index))) push(u.unit, verbRole(text.slice(yAt + yStop.index)) ?? 'execute', yAt + u.from, yAt + u.to);
    }
  }
  // "Phó Chủ tịch … phụ trách khối kinh tế (đồng chí Lê Hoàng Phúc) trực tiếp chỉ đạo …": the comrade named after
  // the post is the one responsible, in the role of the verb after the parenthesis.
  for (const m of text.matchAll(HOLDER_IN_PARENS)) {
    const role = verbRole(text.slice((m.index ?? 0) + m[0].length));
    const at = (m.index ?? 0) + m[0].indexOf(m[1]!);
    if (role) push(m[1]!, role, at, at + m[1]!.length);
  }
  // The agent of a passive: "việc kiểm tra do Ủy ban Kiểm tra tiến hành", "do Khoa X chủ trì" (not "do" = because).
  // Also a comrade named by post: "… do đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã trực tiếp chỉ đạo".
  for (const m of text.matchAll(/(?<![\p{L}])do\s+(?:đồng chí\s+(?=\p{Lu}))?/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    const post = /đồng chí\s+$/u.test(m[0]) ? POST_HATS.exec(text.slice(at)) : null;
    const postRole = post ? verbRole(text.slice(at + post[0].length)) : null;
    if (post && postRole) {
      push(post[0], postRole, at, at + post[0].length);
      continue;
    }
    HEAD_AT.lastIndex = at;
    if (!HEAD_AT.test(text)) continue;
    const rest = text.slice(at);
    const stop = stopIn(rest);
    if (!stop || stop.index > 150) continue;
    const role = verbRole(rest.slice(stop.index)) ?? (/^\s*(?:tiến hành|thực hiện)(?![\p{L}])/u.test(rest.slice(stop.index)) ? 'execute' : null);
    if (role) for (const u of splitUnits(rest.slice(0, stop.index))) push(u.unit, role, at + u.from, at + u.to);
  }
  // The work named first, then who does it: "Nhiệm vụ này giao cho Trạm X.", "Việc ghi sổ, kiểm kê giao cho Phòng Y; …".
  for (const m of text.matchAll(/(?:[Nn]hiệm vụ(?: này| trên)?|[Vv]iệc\s[^.;()]{2,60}?)\s+giao cho\s+/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    HEAD_AT.lastIndex = at;
    if (!HEAD_AT.test(text)) continue;
    const stop = stopIn(text.slice(at));
    const end = stop ? stop.index : text.length - at;
    if (end <= 150) for (const u of splitUnits(text.slice(at, at + end))) push(u.unit, stop ? (verbRole(text.slice(at + end)) ?? 'execute') : 'execute', at + u.from, at + u.to);
  }
  // Inline labels inside a task's sentence: "… Chủ trì: X; phối hợp: Y, Z. Thời gian: …", "Thực hiện: X.".
  // (Also "…; đơn vị phối hợp: Y".)
  // (Also in parentheses after the task: "… . (Chủ trì: X; phối hợp: Y; thời gian: …)", "(phối hợp: Y; theo dõi: Z)".)
  for (const m of text.matchAll(/(?:^|[.;(]\s*)(?:(?:[Đđ]ơn vị|[Cc]ơ quan|[Bb]ộ phận)\s+(?=chủ trì|phối hợp|tham mưu))?([Cc]hủ trì|[Pp]hối hợp|[Tt]hực hiện|[Tt]ham mưu|[Tt]heo dõi)\s*:\s*([^.;:]+)/gu)) {
    const at = (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
    const word = (m[1] ?? '').toLowerCase();
    const role: Role = ROLE_OF_WORD[word] ?? 'execute';
    // The last label of a parenthesis ends where it closes: "(phối hợp: Y; theo dõi: Z)".
    const value = untilClosed(m[2] ?? '');
    for (const u of splitUnits(value)) {
      if (role === 'lead' || role === 'support' || UNIT_START.test(u.unit)) push(u.unit, role, at + u.from, at + u.to);
    }
  }
  // "… . Trách nhiệm: X (chủ trì), Y (phối hợp). Thời hạn: …" (also "Đơn vị thực hiện: …"): each unit with its role
  // in parentheses; a ";" part closed by one ("X, Y (phối hợp)") gives it to all its units.
  // (The value ends before a further label: "Đơn vị thực hiện: X; đơn vị phối hợp: Y".)
  // (Or with role verbs: "Đơn vị thực hiện: X chủ trì, Y phối hợp; Thời hạn: …".)
  for (const m of text.matchAll(/(?:^|[.;(]\s*)(?:[Tt]rách nhiệm|(?:Đơn vị|Cơ quan|Bộ phận) thực hiện)\s*:\s*((?:(?!;\s*\p{L}[^.;:]{0,30}:)[^.:])+)/gu)) {
    const at = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    // "(Trách nhiệm: X (chủ trì), Y (phối hợp))": inside parentheses the value ends where they close.
    const value = m[0].trimStart().startsWith('(') ? untilClosed(m[1] ?? '') : (m[1] ?? '');
    for (const { text: part, at: partAt } of semicolonParts(value)) {
      const said = labelValueUnits(part);
      for (const u of said.length > 0 ? said : unitsWithOwnRoles(part)) push(u.unit, u.role, at + partAt + u.from, at + partAt + u.to);
    }
  }
  // "X chủ trì" anywhere; "phối hợp (với) Y, Z".
  for (const u of units) {
    const after = text.slice(u.to, u.to + 30);
    // "X thực hiện, Y phối hợp.": a unit closing its clause with "phối hợp" supports; "X và Y phối hợp;": each of them.
    // (Also a later unit's "…, Y phối hợp bố trí kinh phí": Y's share of the work, not a partner of its own.)
    const role = u.from !== startAt && /^\s*[:,]?\s*chủ trì/.test(after) ? 'lead' : /^\s*phối hợp\s*(?:[.;)]|$)/u.test(after) || (u.from !== startAt && /,\s*$/u.test(text.slice(0, u.from)) && /^\s*phối hợp\s+(?!với|cùng|chặt)\p{Ll}/u.test(after)) ? 'support' : null;
    const parts = role ? splitUnits(u.raw) : [];
    if (role && parts.every((p) => HEAD_START.test(p.unit))) for (const p of parts) push(p.unit, role, u.from + p.from, u.from + p.to);
    else if (role) push(u.raw, role, u.from, u.to);
  }
  // "X chủ trì cùng Y thực hiện": Y works with X, as a partner after "phối hợp với".
  for (const m of text.matchAll(/[Pp]hối hợp(?: chặt chẽ)?(?: với| của)?\s+|(?<=chủ trì,?\s)cùng(?: với)?\s+/g)) {
    // "công tác phối hợp với …", "quy chế phối hợp": a topic, not an assignment ("với sự phối hợp của Y" is one).
    if (/(?:[Cc]ông tác|[Qq]uy chế|[Cc]ơ chế|[Vv]iệc)\s+$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    const at = (m.index ?? 0) + m[0].length;
    const rest = text.slice(at);
    // Matched on folded text (same offsets) with vowel-tolerant verbs, so OCR-damaged marks still stop the list.
    // Proper names are capitalised ("Ban Xây dựng Đảng"): only a lowercase verb ends the list.
    // A shared action verb stops the list only as written: folded, "đóng" is also the "đồng" of "Hội đồng".
    const stop = [...fold(maskNames(rest)).matchAll(LIST_STOP)].find((x) => {
      const at = x.index ?? 0;
      const verb = FOLDED_VERBS.get(x[0].trim());
      return /^[\s.:(]?[\p{Ll}.:(]/u.test(rest.slice(at, at + 2)) && (verb === undefined || rest.slice(at).trimStart().startsWith(verb));
    });
    const end = UNIT_END.exec(rest);
    const cutAt = Math.min(stop ? (stop.index ?? rest.length) : rest.length, end ? end.index : rest.length);
    // "phối hợp với X và Y; Z chủ trì thực hiện …": a ";" before a clause with its own verb ends the partners.
    const clause = [...rest.slice(0, cutAt).matchAll(/;\s*(?=\p{Lu})/gu)].find((c) => {
      const part = rest.slice((c.index ?? 0) + c[0].length).split(/[;.]/u)[0]!;
      return VERB_IN_VALUE.test(maskNames(part));
    });
    let seg = rest.slice(0, clause ? clause.index : cutAt);
    let segAt = at;
    // "phối hợp với ông Chu Lù Xá, Trưởng thôn Phìn Hồ, khảo sát …": a person, whose titles after the name are no
    // partners; the list goes on only after "và" or ";".
    const person = PARTNER_PERSON.exec(seg);
    if (person && isPerson(person[1]!, person[2]!, false)) {
      const from = at + person[0].length - person[2]!.length;
      push(person[2]!, 'support', from, from + person[2]!.length);
      const titles = PARTNER_TITLES.exec(seg.slice(person[0].length))![0];
      const next = /^\s*(?:;|,?\s+và)\s+/u.exec(seg.slice(person[0].length + titles.length));
      segAt = at + person[0].length + titles.length + (next?.[0].length ?? 0);
      seg = next ? rest.slice(segAt - at, cutAt) : '';
    }
    const heads = new Set<string>();
    for (const u of splitUnits(seg)) {
      // ("Đoàn Nhã nhạc, Đoàn ca múa": a partner with the head word of one before it.)
      const word = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(u.unit)?.[0] ?? '';
      if (HEAD_START.test(u.unit)) heads.add(word);
      // After "phối hợp với" a partner may be people named by their post ("giáo viên chủ nhiệm lớp 9", "… và cán bộ Ngân
      // hàng … phụ trách địa bàn").
      const partner = (u.from === 0 || PEOPLE_START.test(u.unit)) && /với\s+$/u.test(m[0]) && /^\p{Ll}/u.test(u.unit) && u.unit.split(/\s+/).length <= 12 && !STOP_START.test(u.unit);
      if (HEAD_START.test(u.unit) || heads.has(word) || /^(?:các|(?:đảng ủy|chi ủy|chi bộ) các) /u.test(u.unit) || damagedHead(u.unit) || partner) push(u.unit, 'support', segAt + u.from, segAt + u.to);
    }
  }
  // People named by their post in lower case, assigned ("Giao (đồng chí) chi ủy viên phụ trách … tham mưu …") or
  // opening a clause after one that closes with its role ("… trực tiếp thực hiện, nhân viên y tế trường học phối hợp").
  const masked = maskNames(text);
  for (const m of masked.matchAll(LOWER_POST_SUBJECT)) {
    const at = (m.index ?? 0) + m[0].length - m[1]!.length - m[2]!.length - (m[3]?.length ?? 0);
    // (A post before a name, "dược sĩ Võ Thị Thu", names the person, read as such.)
    if (hits.some((h) => h.from <= at && at < h.to) || STOP_RE.exec(m[1]!) || POST_BEFORE_NAME.test(m[1]!)) continue;
    push(text.slice(at, at + m[1]!.length), ROLE_OF_WORD[m[3] ?? ''] ?? 'execute', at, at + m[1]!.length);
  }
  // "…. Từ tháng 5/2026, Trung tâm công khai …": a bare head names the unit the text named in full before it.
  for (const h of hits) {
    const full = BARE_HEAD.test(h.unit) ? hits.find((o) => o.from < h.from && o.unit.startsWith(`${h.unit} `)) : undefined;
    if (full) h.unit = full.unit;
  }
  const kept = hits.filter((h, i) => hits.findIndex((o) => o.unit === h.unit && o.role === h.role) === i);
  // A post whose holder is named after it ("Phó Chủ tịch … (đồng chí X)") is that person, read above.
  return kept.filter((h) => !NAMED_HOLDER.test(text.slice(h.to, h.to + 120)));
}

const LOWER_POST = String.raw`(?:chi ủy viên|đảng ủy viên|ủy viên|giáo viên|nhân viên|cán bộ|kế toán|tổ trưởng|bác sĩ|dược sĩ)`;
const POST_BEFORE_NAME = new RegExp(String.raw`^${LOWER_POST}\s+\p{Lu}\p{Ll}*\s+\p{Lu}`, 'u');
const LOWER_POST_SUBJECT = new RegExp(
  String.raw`(?:(?:^|[.;]\s*)[Gg]iao(?:\s+cho)?\s+(?:đồng chí\s+)?|(?<=(?:chủ trì|thực hiện|tham mưu|phối hợp|chỉ đạo))[,;]\s*|^[,;]\s*)(${LOWER_POST}\s[^.;:()]{2,80}?)(\s+(?:trực tiếp\s+)?)(chủ trì|phối hợp|tham mưu|thực hiện|theo dõi)(?![\p{L}])`,
  'gu',
);
const PARTNER_PERSON = new RegExp(String.raw`^\s*(${COMRADE}|${RANK})\s*(?:${RANK}\s*)?(${NAME_WORD}(?:\s${NAME_WORD}){1,4})(?![\p{L}])`, 'u');
const PARTNER_TITLES = /^(?:,\s*\p{Lu}(?:(?!\svà\s)[^,.;()]){1,60})*/u;
const BARE_HEAD = /^(?:Trung tâm|Văn phòng|Phòng|Ban|Sở|Hội|Đoàn|Công ty|Tổng công ty|Chi nhánh|Trường|Viện|Bệnh viện|Ủy ban)$/u;
// (Its post may follow the name: "(đồng chí Hà Văn Sinh, Đảng ủy viên)".)
const NAME_IN_PARENS = String.raw`\(\s*(?:${COMRADE})\s+(${NAME_WORD}(?:\s${NAME_WORD}){1,4})\s*(?:,[^(),;]{2,60})?\)`;
const HOLDER_IN_PARENS = new RegExp(NAME_IN_PARENS, 'gu');
const NAMED_HOLDER = new RegExp(String.raw`^[^.;()]{0,60}${NAME_IN_PARENS}`, 'u');

const UNIT_LINE = new RegExp(String.raw`^(?:(?:Trách nhiệm của|Đối với)\s+)?(${HEAD}(?![\p{L}])[^:;.()“"]{0,150}?)(?:\s+(?:có|chịu) trách nhiệm)?\s*:?$`, 'u');

/**
 * The unit a heading hands its items to: "Giao X:", "Đề nghị X:", or a heading that only names one unit
 * ("1. Phòng Kinh tế:", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã:", "Trách nhiệm của Công an xã",
 * "Phòng Y tế có trách nhiệm:", a bold "**Phòng Y tế**"): the items under it are that unit's, each opening with
 * its verb. Null when the line names a verb or several units.
 */
/** Whether a part in lower case still names units: a class ("các …", "cấp ủy …", "chi bộ các …") or people by post. */
export function namesUnitsInLowerCase(part: string): boolean {
  return !/^\s*\p{Ll}/u.test(part) || /^\s*(?:các|cấp|(?:đảng ủy|chi ủy|chi bộ|cấp ủy)\s+các)\s/u.test(part) || PEOPLE_START.test(part.trimStart());
}

/**
 * The units of one ";" part of a responsibility list, each in the role its own parentheses give ("X (chủ trì), Y, Z
 * (phối hợp)"); a part closed by one gives it to the units without their own. A part that is no unit ("…; hoàn thành
 * trước ngày …") gives none.
 */
export function unitsWithOwnRoles(part: string): UnitHit[] {
  if (!namesUnitsInLowerCase(part)) return [];
  const last = /\((chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|chỉ đạo)\)\s*$/u.exec(part)?.[1];
  return splitUnits(part).map((u) => {
    const own = /\((chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|chỉ đạo)\)/u.exec(part.slice(u.from, u.to))?.[1] ?? last;
    return { unit: u.unit, role: own ? ROLE_OF_WORD[own]! : 'execute', from: u.from, to: u.to };
  });
}

/** A heading naming a few units alone ("2. Trạm Quản lý bảo vệ rừng số 2 và Trạm Quản lý bảo vệ rừng số 3"), or null. */
export function jointUnitLine(text: string): string[] | null {
  // ("Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh:": units parted by ";" too.)
  const line = text.replace(/[*_]+/g, '').trim();
  const m = UNIT_LINE.exec(line.replace(/;(?=\s)/g, ','));
  if (!m || STOP_RE.exec(m[1]!)) return null;
  const parts = splitUnits(line.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length));
  // (Each named in full: a head alone ends a line that runs on, "…, Ủy ban" / "Kiểm tra Đảng ủy phường …".)
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => HEAD_START.test(p.unit) && !BARE_HEAD.test(p.unit)) ? parts.map((p) => p.unit) : null;
}

export function unitLine(text: string): string | null {
  const t = text.replace(/[*_]+/g, '').trim();
  const giao = /^(?:Giao(?: cho)?|Đề nghị)\s+(.+?)\s*:$/u.exec(t);
  if (giao) return giao[1]!;
  // A heading "Đề nghị X" without a colon hands its items to X when it names X alone.
  const m = UNIT_LINE.exec(t.replace(/^(?:Giao(?: cho)?|Đề nghị)\s+(?=\p{Lu})/u, ''));
  if (!m) return null;
  const name = m[1]!;
  // ("Tổ tuần tra cơ động": a team named by its work.)
  if (STOP_RE.exec(name.replace(TEAM_PURPOSE, blank)) || /\s(?:giao|phân công)\s/u.test(name) || splitUnits(name).length !== 1) return null;
  return cleanUnit(name);
}

/**
 * A unit whose name ran on into a verb no list names ("phối hợp với Phòng Tổ chức cán bộ khảo sát tình hình …"):
 * plans name their units again, and where the same plan names a unit that this one starts with, followed by
 * three or more lowercase words that do not continue a name (a level, "và", "các" …), it is cut to that unit.
 */
export function trimToKnownUnits(hits: { unit: string; from: number; to: number }[]): void {
  const names = [...new Set(hits.map((h) => h.unit))];
  for (const h of hits) {
    // A bare head in a later sentence ("Giao Văn phòng tham mưu …") names the unit the plan named in full before it (a
    // bare head named first is the plan's own: "Văn phòng tổng hợp …; … đề nghị Văn phòng Tòa án tỉnh hỗ trợ").
    if (BARE_HEAD.test(h.unit)) {
      const first = hits.findIndex((n) => n.unit === h.unit);
      const full = hits.slice(0, first).find((n) => n.unit.startsWith(`${h.unit} `) && /^\p{Lu}/u.test(n.unit.slice(h.unit.length + 1)))?.unit;
      if (full) h.unit = full;
      continue;
    }
    let best = '';
    for (const n of names) {
      if (n.length <= best.length || !h.unit.startsWith(`${n} `)) continue;
      const tail = h.unit.slice(n.length + 1);
      if (/^\p{Ll}/u.test(tail) && tail.split(/\s+/).length >= 3 && !NAME_GOES_ON.test(tail)) best = n;
    }
    if (best) {
      h.unit = best;
      h.to = h.from + best.length;
    }
  }
}
// ("Chi ủy viên phụ trách …": a member of the committee, a person, not the committee "Chi ủy".)
const NAME_GOES_ON = /^(?:và|cùng|các|có|liên|trực|cấp|thuộc|của|huyện|xã|tỉnh|phường|thị|thành|quận|thôn|tổ|ấp|bản|khu|viên)(?![\p{L}])/u;

/** `text` up to the ")" that closes a parenthesis opened just before it. */
function untilClosed(text: string): string {
  let depth = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(0, i);
  }
  return text;
}
