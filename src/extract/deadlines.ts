import { iso, lastDay, quarter } from './dates.ts';
import { digitFold, fold } from './fold.ts';
import { THANG, THUC_HIEN, THUONG_XUYEN } from './ocr-words.ts';

export type DeadlineKind = 'on' | 'before' | 'by_month' | 'by_quarter' | 'by_year' | 'range' | 'recurring' | 'immediate';

export interface DeadlineHit {
  kind: DeadlineKind;
  date: string | null;
  startDate?: string;
  /** Offsets in the text given to the parser. */
  from: number;
  to: number;
  /** "đã hoàn thành" → the task is done. */
  done: boolean;
  /** Read through an OCR-damaged word ("trang 7/2026", "thu hien thùng xuyeén"). */
  fuzzy?: boolean;
  /** "trong 30 ngày kể từ ngày ký": days after the plan's own date, which the caller knows (date stays null here). */
  daysAfterPlan?: number;
  /** "trong 03 tháng kể từ ngày ban hành Kế hoạch": whole months after the plan's own date (date stays null here). */
  monthsAfterPlan?: number;
  /** "10 ngày làm việc": daysAfterPlan counts working days (Monday to Friday). */
  workingDays?: boolean;
  /** "trước ngày 30/4": a day and month without a year, which the plan's own date settles (date stays null here). */
  yearless?: { month: number; day: number };
}

const EXACT_WORDS: [RegExp, RegExp][] = [
  // (Whole words: "trong", "trường", "thường" are words of their own, not a damaged "tháng".)
  [new RegExp(String.raw`(?<![a-z])(?!(?:tr(?:u?o)ng|thuong)(?![a-z]))${THANG}(?![a-z])`), /thang/],
  [new RegExp(THUONG_XUYEN), /thuong xuyen/],
  [new RegExp(THUC_HIEN), /thuc hien/],
];

const D = String.raw`(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})`;
const DLONG = String.raw`(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam\s*|[/])(\d{4})`;
const MONTH = String.raw`${THANG}\s*(\d{1,2})\s*(?:[/.\-]|\s*nam\s*)\s*(\d{4})`;
// "Quý HI/2026": OCR joins two strokes of "III" into an H.
// OCR reads the I of a roman quarter as 1, l, T or J ("Quý TV", "Quý JI") and III as "HI".
const QUARTER = String.raw`quy\s*([iv1ltj]{1,3}|h[i1l]?|[1-4])\s*(?:[/.\-]{1,2}|\s*nam\s*)\s*(\d{4})`;

/** The period of a recurring duty: "hằng tháng", "hằng quý", "6 tháng", "03 tháng một lần", "6 tháng, năm". */
const PERIOD_ONE = String.raw`(?:(?:hang|moi)\s*(?:thang|quy|nam|tuan|hoc ky)|\d{1,2}\s*thang|sau\s*thang|ba\s*thang|quy|nam)`;
// "định kỳ 6 tháng, hằng năm", "định kỳ hằng quý và cuối năm".
const PERIOD = String.raw`${PERIOD_ONE}(?:\s*(?:,|va)\s*(?:cuoi\s*)?${PERIOD_ONE})*`;

/** A meeting of a given month or quarter: "tại Hội nghị Đảng ủy tháng 7/2026", "kỳ sinh hoạt quý III/2026". */
const EVENT = String.raw`(?:hoi nghi|ky sinh hoat|phien hop)(?:\s+[a-z]+){0,5}\s*`;
const EVERY = String.raw`(?:hang|moi)\s*(?:thang|quy|nam|tuan)`;
/** Months in words (folded): "tháng Giêng", "tháng Tư", "tháng Mười Hai" or "tháng Chạp". */
const MONTH_BY_WORD = new Map([['gieng', 1], ['hai', 2], ['ba', 3], ['tu', 4], ['nam', 5], ['sau', 6], ['bay', 7], ['tam', 8], ['chin', 9], ['muoi', 10], ['muoi mot', 11], ['muoi hai', 12], ['chap', 12]]);
/** Their alternation for a regex, longest first ("muoi mot" before "muoi"); without "nam" (May), also the word "year". */
const monthWords = (withNam: boolean): string => [...MONTH_BY_WORD.keys()].filter((w) => withNam || w !== 'nam').sort((a, b) => b.length - a.length).join('|');
const MONTH_WORD = monthWords(true);
const MONTH_IN_WORDS = new RegExp(String.raw`(?:trong|truoc|den|cuoi|vao|hoan thanh)\s*thang\s*(${MONTH_WORD})\s*nam\s*(\d{4})`, 'g');
const MONTH_IN_WORDS_NO_YEAR = new RegExp(String.raw`(?:trong|truoc|den(?:\s*het)?|cuoi|vao|hoan thanh)\s*thang\s*(${monthWords(false)})(?![a-z])(?!\s*(?:nam\s*)?\d)`, 'g');
const PERIODIC_VERB = String.raw`(?:bao cao|trao doi thong tin|thong bao|ghi (?:chep|nhat ky|so)|kiem tra|doi chieu|danh gia|so ket|tong hop|to chuc|doi thoai|giao ban|ra soat|cap nhat|nghe|xu ly|hop (?:to|chi bo|thon|ap|ban|giao ban))`;
// "tiếp xúc cử tri trước và sau mỗi kỳ họp", "cập nhật … sau mỗi lượt kiểm tra": around every occurrence (not "sau
// mỗi cuộc kiểm tra", which writers read as the way the work is done).
// Also "nghiệm thu sau mỗi vụ sản xuất" (every crop season), "niêm yết trước mỗi đợt cấp phát" and "ký sổ bàn giao mỗi khi nhận ca" (every time it happens;
// not "mỗi khi có vướng mắc", a condition).
// And every school term: "lấy ý kiến sau mỗi học kỳ", "công bố trong tuần học đầu tiên của mỗi học kỳ".
const AFTER_EVERY = String.raw`(?:(?:truoc\s*va\s*sau|sau|truoc)\s*moi\s*(?:ky|dot|luot|lan|buoi|phien|chuyen|vu|hoc\s*ky|nam\s*hoc)|(?:dau tien|dau|cuoi)\s*cua\s*moi\s*(?:hoc\s*ky|nam\s*hoc)|(?<![a-z])moi\s*khi(?!\s*co\s))(?![a-z])(?:\s+[a-z]+){0,2}`;
/** Day counts written in words ("trong vòng mười lăm ngày kể từ …"), folded. */
const DAY_COUNT_WORDS: Record<string, number> = { 'muoi lam': 15, 'hai muoi': 20, 'ba muoi': 30, muoi: 10, bay: 7, nam: 5 };
/** A recurring duty inside an ordinary sentence (outside a deadline slot, where a noun's "hằng năm" is no deadline). */
const RECURRING_IN_SENTENCE = [
  String.raw`${PERIODIC_VERB}[^.;]{0,60}?dinh ky\s*${PERIOD}`, // "báo cáo … định kỳ hằng quý"
  String.raw`${PERIODIC_VERB}[^.;]{0,60}?moi\s*(?:thang|quy|nam|tuan)(?!\s*\d)`, // "kiểm tra … 30 hồ sơ mỗi tháng"
  String.raw`${PERIODIC_VERB}[^.;,]{0,30}?(?<!nghi quyet\s|chat luong\s|cong viec\s)hang\s*(?:ngay|thang|quy|tuan)(?!\s*\d)`, // "kiểm tra cư trú hằng tháng đối với …"
  // "Mỗi quý tổ chức …", "hằng tháng báo cáo …", "mỗi học kỳ ít nhất 01 buổi": the period opening the duty; also
  // "mỗi quý sinh hoạt chuyên đề ít nhất 01 lần": the period, then how often at least.
  String.raw`(?:hang|moi)\s*(?:thang|quy|nam|tuan|hoc ky)\s*,?\s*(?:${PERIODIC_VERB}|(?:it nhat|toi thieu)\s*(?:\d+|mot|hai)|(?:[a-z]+\s+){1,4}?(?:it nhat|toi thieu)\s*(?:\d+|mot|hai)\s*(?:lan|buoi|ky)(?![a-z]))`,
  String.raw`dinh ky\s*${PERIOD}[,\s]*(?:mot lan\s*|1 lan\s*)?${PERIODIC_VERB}[^.;,]{0,30}`, // "định kỳ 6 tháng tổ chức đối thoại"
  String.raw`(?:${THUC_HIEN}|tien hanh)\s*${THUONG_XUYEN}`,
  // "việc thu đảng phí thực hiện hằng tháng, …": the work done every period.
  String.raw`${THUC_HIEN}\s*(?:hang|moi)\s*(?:ngay|tuan|thang|quy|nam)(?!\s*\d)`,
  // "sau đó duy trì kiểm tra thường xuyên, xử lý …": a standing check kept up after a campaign.
  // "…, sau đó định kỳ mỗi năm một lần": how often, after a first date.
  String.raw`dinh ky\s*(?:moi|hang)\s*(?:nam|quy|thang|tuan)\s*(?:mot|1|01|hai|2|02)\s*lan`,
  String.raw`duy tri\s*(?:viec\s*)?(?:theo doi|don doc|kiem tra|giam sat|tuan tra|cap nhat|ra soat)\s*${THUONG_XUYEN}`,
  // "Phòng Kinh tế theo dõi, đôn đốc thường xuyên.", "sau đó cập nhật thường xuyên": a standing duty closing its
  // clause (not a failing, "chưa kiểm tra, đôn đốc thường xuyên", nor a kind of supervision: "đưa … vào giám sát thường
  // xuyên").
  String.raw`(?<!(?:chua|khong)[^.;]{0,40})(?<!(?:vao|qua|noi dung|trong|cong tac)\s+)(?<![a-z])(?:theo doi|don doc|kiem tra|giam sat|tuan tra|cap nhat|ra soat)(?:\s*,\s*(?:theo doi|don doc|kiem tra|giam sat))?\s*${THUONG_XUYEN}(?=\s*(?:[.;)]|$))`,
  // "vào ngày 15 hằng tháng", "trước ngày 10 của tháng cuối mỗi quý", "vào tối ngày 10 hằng tháng", "vào sáng Chủ nhật
  // cuối cùng hằng tháng".
  // (Also "trả lương đúng ngày 05 hằng tháng".)
  String.raw`(?:truoc|vao|dung)\s*(?:(?:sang|chieu|toi)\s*)?(?:ngay\s*(?:mung\s*)?\d{1,2}\s*(?!\s*[/.-]\s*\d)|chu nhat\s*(?:(?:cuoi cung|dau tien)\s*)?|thu\s*(?:hai|ba|tu|nam|sau|bay)\s*(?:(?:cuoi cung|dau tien)\s*)?)(?:cua\s*)?(?:thang\s*(?:dau|cuoi)\s*)?${EVERY}[^.;,(]*`,
  String.raw`duoc\s+(?:[a-z]+\s+){1,2}${EVERY}`, // "được đánh giá hằng năm"
  String.raw`(?:vao|truoc)\s*(?:luc\s*)?\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}\s*(?:phut)?)?\s*hang\s*ngay`, // "nộp trước 16 giờ hằng ngày"
  String.raw`(?:vao|trong)\s*thang\s*\d{1,2}(?:\s*(?:va|,)\s*(?:thang\s*)?\d{1,2})*\s*${EVERY}`, // "vào tháng 6 và tháng 12 hằng năm"
  // An adverbial period closing the clause ("đối chiếu số liệu … hằng quý."), not the annual quality rating's name
  // (nor before a comma: "ra nghị quyết hằng tháng, …" names the monthly resolution).
  String.raw`(?<!chat luong\s)(?:${EVERY}|hang\s*ngay)(?=\s*(?:[.;)]|$))`,
  // "… nộp về Hội tỉnh hằng quý (Văn phòng Hội thực hiện)": before the clause's parenthesised note (not "hằng năm", which
  // names a yearly thing there: "bản kê khai … hằng năm (bắt buộc)").
  String.raw`(?:hang|moi)\s*(?:ngay|tuan|thang|quy)(?=\s*\()`,
  // "sau mỗi học kỳ", "tại phiên họp thường kỳ hằng quý", "vào đầu mỗi học kỳ".
  String.raw`(?:sau\s*moi\s*(?:hoc ky|hoc phan|khoa hoc|thang|quy|nam|dot)|thuong ky\s*${EVERY}|(?:dau|cuoi|giua)\s*(?:moi|hang)\s*(?:hoc ky|nam hoc))`,
  // "mỗi tổ ít nhất 01 chuyên đề mỗi tháng": a least number per period.
  String.raw`(?:it nhat|toi thieu)\s*(?:\d+|mot|hai)[^.;,]{0,30}?moi\s*(?:thang|quy|nam|tuan|hoc ky)(?![a-z])`,
  // "vào một ngày cố định hằng tháng": a fixed day of every period.
  String.raw`ngay\s*co dinh\s*(?:trong\s*)?${EVERY}`,
  // "vào tuần cuối mỗi tháng", "trước mỗi chuyến ra khơi": a part of every period, before every occurrence.
  String.raw`(?:tuan|ngay)\s*(?:dau|cuoi)(?:\s*(?:cung|tien))?\s*(?:cua\s*)?(?:thang\s*(?:dau|cuoi)\s*)?${EVERY}`,
  // "báo cáo …, chậm nhất ngày 05 của tháng liền kề": a day of every following month.
  String.raw`(?:cham nhat|truoc)\s*(?:vao\s*)?ngay\s*\d{1,2}\s*(?:cua\s*)?thang\s*(?:lien ke|lien sau|sau|tiep theo|ke tiep|dau quy(?:\s*sau)?|cuoi quy)`,
  // "thu đảng phí tại kỳ sinh hoạt hằng tháng, …": at every monthly meeting; "Trước mỗi lễ lớn, …": before every one.
  String.raw`(?:tai|vao)\s*(?:cac\s*)?ky\s*sinh hoat(?:\s*chi bo)?\s*${EVERY}`,
  String.raw`(?:^|(?<=[.;]\s*))truoc\s*moi\s*(?:le|dip|tet|ky|dot|mua|chuyen|phien)(?![a-z])`,
  String.raw`(?:${THUC_HIEN}|${PERIODIC_VERB}|xet nghiem)[^.;,]{0,60}?truoc\s*moi\s*(?:chuyen|dot|ky|lan|phien|buoi|cuoc|mua|ca|giai|tran)(?![a-z])[^.;]{0,30}`,
  // "Định kỳ hằng tuần, Đội X báo cáo …": the period opening the clause before its subject.
  String.raw`(?:^[-+•\s]*|(?<=[.;:]\s*))dinh ky\s*${PERIOD}\s*,`,
  // "kiểm tra cây có nguy cơ gãy đổ hằng tuần trong mùa mưa bão": every so often through a season.
  String.raw`(?:hang|moi)\s*(?:ngay|tuan|thang)\s*trong\s*(?:mua|dip|thoi gian|suot)(?![a-z])`,
  // "tập huấn …, mỗi quý 01 đợt": so many rounds a period.
  String.raw`(?:moi|hang)\s*(?:thang|quy|nam|tuan)\s*(?:\d{1,2}|mot|hai)\s*(?:dot|lan|buoi|ky|cuoc)(?![a-z])`,
  // "vào ngày làm việc cuối cùng hằng tháng", "… cuối cùng của tháng".
  String.raw`(?:truoc|vao)\s*ngay\s*lam viec\s*(?:cuoi cung|dau tien)\s*(?:cua\s*)?(?:(?:hang|moi)\s*)?(?:thang|quy|tuan)(?![a-z])`,
  AFTER_EVERY,
  // "báo cáo trong 15 ngày đầu của quý sau", "trong 05 ngày cuối mỗi tháng": a window of every period (not "trong 10
  // ngày đầu tháng 7/2026", one month's window).
  String.raw`trong\s*(?:\d{1,2}|muoi|muoi lam)\s*ngay\s*(?:lam viec\s*)?(?:dau|cuoi)(?:\s*cung)?\s*(?:cua\s*)?(?:moi\s*|hang\s*)?(?:thang|quy|nam)(?:\s*(?:sau|tiep theo|ke tiep|lien ke))?(?![a-z])(?!\s*\d)`,
  // "vào tối thứ Sáu và sáng Chủ nhật hằng tuần", "vào kỳ sinh hoạt tháng cuối mỗi quý".
  String.raw`(?:thu\s*(?:hai|ba|tu|nam|sau|bay)|chu nhat)[^.;]{0,30}?(?:(?:hang|moi)\s*tuan|tuan\s*(?:dau|cuoi)(?:\s*(?:tien|cung))?\s*(?:trong|cua)\s*(?:moi\s*)?thang)`,
  // "Hằng tháng có văn bản đôn đốc …", "- Mỗi tuần đăng ít nhất 02 tin": a period opening a clause.
  String.raw`(?:^[-+•\s]*|(?<=[.;:]\s*))(?:hang|moi)\s*(?:thang|quy|nam|tuan|hoc ky)\s*,?\s*[a-z]`,
  // "kiểm tra, đối chiếu hằng ngày hồ sơ …": a daily duty right after its verb (not "công việc hằng ngày").
  String.raw`${PERIODIC_VERB}\s*(?:,\s*[a-z]+(?:\s[a-z]+)?\s*)?hang\s*ngay(?![a-z])`,
  // "định kỳ vào tuần đầu của tháng": a part of the period named after "định kỳ".
  String.raw`dinh ky\s*(?:vao\s*)?(?:tuan|ngay|thang)\s*(?:dau|cuoi)(?:\s*(?:cung|tien))?\s*(?:cua\s*)?(?:moi\s*|hang\s*)?(?:thang|quy|nam)`,
  // "trả lời trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận": a turnaround for every case (not from the plan).
  String.raw`trong\s*(?:thoi han\s*)?\d{1,3}\s*ngay\s*(?:lam viec\s*)?(?:ke\s*)?tu\s*(?:ngay|khi)\s*(?:tiep nhan|nhan(?:\s*duoc)?|phat hien|co)(?![^.;]{0,25}(?:ke hoach|van ban nay))`,
  // "Chi bộ … hằng tháng đưa nội dung …": a period before the duty's verb. (Not "thường xuyên theo dõi": the seeds'
  // writers read that adverb as a manner of work, not a deadline.)
  String.raw`${EVERY}\s+(?:dua|gui|nop|hop|sinh hoat|thong bao|${PERIODIC_VERB})(?![a-z])`,
  // "thu đảng phí hằng tháng tại kỳ sinh hoạt chi bộ": the period, then the meeting it falls at.
  String.raw`${EVERY}\s*(?:tai|vao)\s*(?:cac\s*)?(?:ky\s*sinh hoat|hoi nghi|phien hop|buoi)`,
  // "định kỳ mỗi quý 01 chuyên đề": a period after "định kỳ" wherever it stands.
  String.raw`dinh ky\s*(?:hang|moi)\s*(?:thang|quy|nam)`,
  String.raw`thang\s*(?:dau|cuoi)\s*(?:cua\s*)?(?:hang|moi)\s*(?:quy|nam)`,
  // "hằng tuần, chậm nhất vào thứ Sáu của tuần trước …": the period, then the weekday of each.
  String.raw`${EVERY}\s*,\s*(?:cham nhat\s*)?(?:vao|truoc)\s*(?:thu\s*(?:hai|ba|tu|nam|sau|bay)|chu nhat)(?![a-z])`,
  // "vào thứ Hai hằng tuần": a weekday of every week.
  String.raw`vao\s*thu\s*(?:hai|ba|tu|nam|sau|bay)\s*${EVERY}`,
  // "giao ban … hằng tuần vào chiều thứ Năm": the period, then its weekday.
  String.raw`${EVERY}\s*vao\s*(?:(?:sang|chieu|toi)\s*)?(?:thu\s*(?:hai|ba|tu|nam|sau|bay)|chu nhat)(?![a-z])`,
  // "nghiệm thu chậm nhất 30 ngày sau khi kết thúc mỗi đợt", "quyết toán chậm nhất 30 ngày sau ngày bế giảng": a time
  // after every such event (not after the plan's own signing, read as days after the plan).
  String.raw`(?:cham nhat|trong(?:\s*vong)?)\s*\d{1,3}\s*ngay\s*(?:lam viec\s*)?(?:sau|ke tu)\s*(?:khi|ngay)\s*(?:ket thuc|be giang|hoan thanh moi|ket thuc moi)`,
  // "đánh giá lại khi quyết toán năm": at every year's closing of accounts.
  String.raw`khi\s*quyet toan\s*(?:hang\s*)?nam(?!\s*\d)`,
  // "gửi tài liệu chậm nhất 03 ngày làm việc trước phiên họp": a lead time before every meeting.
  String.raw`(?:cham nhat|it nhat|truoc)\s*\d{1,2}\s*ngay\s*(?:lam viec\s*)?truoc\s*(?:(?:moi|cac|khi)\s*)?(?:phien hop|ky hop|hoi nghi|ky sinh hoat|cuoc hop|buoi hop)`,
  // "ít nhất 01 lần/quý", "2 lần/năm": so many times a period.
  String.raw`(?:\d{1,2}|mot|hai)\s*lan\s*(?:/|(?:trong\s*)?moi|trong)\s*(?:thang|quy|nam(?:\s*hoc)?|tuan|hoc ky)`,
  // "… báo cáo Đảng đoàn 6 tháng một lần": a period with "một lần" is a frequency wherever it stands.
  String.raw`(?:(?:\d{1,2}|hai|ba|sau)\s*(?:thang|tuan|nam)|mot\s*(?:thang|quy|nam|tuan)|moi\s*(?:thang|quy|nam|tuan|hoc ky))\s*(?:it nhat\s*)?(?:0?1|mot)\s*lan`,
].join('|');

/**
 * Scans `text` for deadline expressions. `context` = true when the whole text is a deadline slot (a
 * "Thời gian …:" value, a deadline line, a parenthesised phrase); then bare dates and "thường xuyên" count.
 * Otherwise only dates introduced by a deadline word (trước, chậm nhất, trong, từ … đến, hoàn thành) count,
 * so the dates of cited documents ("Kết luận số 12-KL/TW, ngày 19/3/2026") are never taken for deadlines.
 */
export function findDeadlines(text: string, context: boolean): DeadlineHit[] {
  const plain = fold(text);
  const f = digitFold(plain);
  const hits: DeadlineHit[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const add = (h: DeadlineHit) => {
    if (!free(h.from, h.to)) return;
    taken.push([h.from, h.to]);
    hits.push(h);
  };
  // "đã hoàn thành trong tháng 3/2026": the phrase may start before the match or inside it.
  const doneBefore = (at: number) => /da\s+(hoan thanh|thuc hien xong|xong|to chuc|tien hanh)/.test(f.slice(Math.max(0, at - 45), at + 20).split(/[.;]/).slice(-1)[0] ?? '');
  // "trước thứ Sáu, ngày 26/6/2026": the weekday before the date.
  // "trước dịp Quốc khánh 02/9/2026", "trước dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7/2026": before an occasion on
  // that day; "(phải đạt …) đến ngày 31/01/2027": by that day.
  const TRIG_BEFORE = String.raw`(?:truoc(?:\s*(?:thu\s*(?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?|\s*(?:dip|le)(?:\s+[a-z]+|\s*-\s*[a-z]+){1,8}|\s*\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}\s*(?:phut)?)?)?|(?:cham|muon) nhat(?:\s*(?:la|den|vao))?|khong qua|khong muon hon|den(?:\s*het)?(?=\s*ngay)|han (?:cuoi|chot|hoan thanh)(?:\s*la)?\s*:?)\s*(?:ngay\s*)?`;
  // "(đã tổ chức ngày 27/3/2026)": done on that day.
  const TRIG_ON = String.raw`(?:hoan thanh|xong|vao|da\s*(?:to chuc|tien hanh|thuc hien)(?:\s*xong)?)\s*(?:trong\s*)?(?:ngay\s*)?`;
  // "từ ngày 01/4/2026 và duy trì thường xuyên": a standing duty from that day on, not a deadline on it.
  for (const m of f.matchAll(new RegExp(String.raw`tu\s*(?:ngay\s*)?${D}\s*(?:,|va)?\s*(?:(?:duy tri|tiep tuc)\s*)?(?:${THUC_HIEN}\s*)?${THUONG_XUYEN}`, 'g'))) {
    add({ kind: 'recurring', date: null, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // Ranges first: "từ tháng 5/2026 đến tháng 11/2026", "từ ngày 1/5/2026 đến ngày 30/5/2026".
  // Also without "từ": "Thời gian cao điểm: 20/4/2026 – 19/5/2026".
  // (Also "đến hết ngày 30/9/2026".)
  for (const m of f.matchAll(new RegExp(String.raw`(?:tu\s*)?(?:ngay\s*)?${D}\s*(?:den|toi|[-–—])\s*(?:het\s*)?(?:ngay\s*)?${D}`, 'g'))) {
    const a = iso(+m[3]!, +m[2]!, +m[1]!);
    const b = iso(+m[6]!, +m[5]!, +m[4]!);
    // "(26/3/1931 - 26/3/2026)": an anniversary's span, not a period of work.
    if (a && b && +m[6]! - +m[3]! <= 2) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "từ ngày 01/4 đến ngày 30/6/2026": the year once, on the last day.
  // Also without "từ" ("Thời gian: 01/4 - 15/9/2026").
  for (const m of f.matchAll(new RegExp(String.raw`(?:tu\s*)?(?:ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})\s*(?:den|toi|-)\s*(?:ngay\s*)?${D}`, 'g'))) {
    const a = iso(+m[5]!, +m[2]!, +m[1]!);
    const b = iso(+m[5]!, +m[4]!, +m[3]!);
    if (a && b && a < b) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  for (const m of f.matchAll(new RegExp(String.raw`tu\s*${MONTH}\s*(?:den|toi|-)\s*(?:het\s*)?${MONTH}`, 'g'))) {
    const a = iso(+m[2]!, +m[1]!, 1);
    const b = iso(+m[4]!, +m[3]!, lastDay(+m[4]!, +m[3]!));
    if (a && b) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "(từ) tháng 5 đến tháng 8/2026", "tháng 5 - 6/2026", "trong tháng 5 và tháng 6/2026": the year written once, at the end.
  const yearOnce = [
    String.raw`(?:tu\s*)?${THANG}\s*(\d{1,2})\s*(?:den|toi|-|va)\s*(?:het\s*)?${MONTH}`,
    String.raw`${THANG}\s*(\d{1,2})\s*-\s*(\d{1,2})\s*[/.]\s*(\d{4})`,
  ];
  for (const source of yearOnce) {
    for (const m of f.matchAll(new RegExp(source, 'g'))) {
      const y = +m[3]!;
      const a = iso(y, +m[1]!, 1);
      const b = iso(y, +m[2]!, lastDay(y, +m[2]!));
      if (a && b && a < b) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
    }
  }
  // "từ tháng 7/2026 đến hết năm 2026", "từ ngày 01/6/2026 đến cuối năm 2026": a month or a day to the end of a year.
  for (const m of f.matchAll(new RegExp(String.raw`tu\s*(?:${MONTH}|(?:ngay\s*)?${D})\s*(?:den|toi)\s*(?:het\s*|cuoi\s*)?nam\s*(\d{4})`, 'g'))) {
    const y = +m[6]!;
    const a = m[1] ? iso(+m[2]!, +m[1]!, 1) : iso(+m[5]!, +m[4]!, +m[3]!);
    const b = iso(y, 12, 31);
    if (a && b && a < b) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "từ tháng 5/2026 đến hết quý III/2026": a month to the end of a quarter.
  for (const m of f.matchAll(new RegExp(String.raw`tu\s*${MONTH}\s*(?:den|toi)\s*(?:het\s*)?${QUARTER}`, 'g'))) {
    const q = quarter(m[3]!);
    const y = +m[4]!;
    const a = iso(+m[2]!, +m[1]!, 1);
    const b = q ? iso(y, q * 3, lastDay(y, q * 3)) : null;
    if (a && b && a < b) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "từ quý II đến quý IV năm 2026", "từ Quý I/2026 đến Quý II/2027", "trong quý II và quý III/2026".
  for (const m of f.matchAll(new RegExp(String.raw`(?:tu\s*|trong\s*)?quy\s*([iv1-4]{1,3})(?:\s*(?:[/.\-]|nam)\s*(\d{4}))?\s*(den|toi|-|va)\s*${QUARTER}`, 'g'))) {
    // "quý IV/2025 và quý I/2026", each with its year: quarters listed, not a period.
    if (m[3] === 'va' && m[2]) continue;
    const qa = quarter(m[1]!);
    const qb = quarter(m[4]!);
    const yb = +m[5]!;
    const ya = m[2] ? +m[2] : yb;
    if (!qa || !qb) continue;
    const a = iso(ya, qa * 3 - 2, 1);
    const b = iso(yb, qb * 3, lastDay(yb, qb * 3));
    if (a && b && a < b) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "trong 30 ngày kể từ ngày ký / ban hành Kế hoạch", "chậm nhất 10 ngày sau khi Kế hoạch này được ban hành":
  // relative to the plan's own date.
  for (const m of f.matchAll(/(?:trong(?:\s*vong)?|truoc|cham nhat(?:\s*(?:la|sau))?|khong qua|thoi han(?:\s+(?:nop|hoan thanh|thuc hien|xu ly|bao cao))?\s*(?:la|:)?|^\s*)\s*(?:thoi (?:han|gian)\s*)?(\d{1,3}|muoi lam|(?:hai|ba) muoi|muoi|bay|nam)\s*ngay\s*(lam viec\s*)?(?:(?:(?:ke|tinh)\s*)?tu\s*(?:ngay\s*)?(?:ky|ban hanh|(?:ke hoach|van ban)[^.;]{0,20}?(?:ky|ban hanh))|sau\s*(?:khi|ngay)\s*(?:ky|ban hanh|ke hoach[^.;]{0,20}?(?:ky|ban hanh)))/g)) {
    add({ kind: 'before', date: null, daysAfterPlan: DAY_COUNT_WORDS[m[1]!] ?? +m[1]!, ...(m[2] ? { workingDays: true } : {}), from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // "trong thời gian 03 tháng kể từ ngày ban hành Kế hoạch", "chậm nhất 06 tháng sau khi Kế hoạch được ký": months after it.
  for (const m of f.matchAll(/(?:trong(?:\s*(?:vong|thoi gian))?|cham nhat(?:\s*la)?|khong qua)\s*(\d{1,2}|mot|hai|ba|sau)\s*thang\s*(?:(?:(?:ke|tinh)\s*)?tu\s*(?:ngay\s*)?(?:ky|ban hanh|(?:ke hoach|van ban)[^.;]{0,20}?(?:ky|ban hanh))|sau\s*(?:khi|ngay)\s*(?:ky|ban hanh|ke hoach[^.;]{0,20}?(?:ky|ban hanh)))/g)) {
    const n = ({ mot: 1, hai: 2, ba: 3, sau: 6 } as Record<string, number>)[m[1]!] ?? +m[1]!;
    add({ kind: 'before', date: null, monthsAfterPlan: n, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // "vào mùa mưa năm 2026 (từ tháng 6 đến tháng 9)": a season's months in parentheses after its year.
  for (const m of f.matchAll(/nam\s*(\d{4})\s*\(\s*(?:tu\s*)?thang\s*(\d{1,2})\s*(?:den|toi|-)\s*(?:het\s*)?(?:thang\s*)?(\d{1,2})\s*\)/g)) {
    const y = +m[1]!;
    const a = iso(y, +m[2]!, 1);
    const b = iso(y, +m[3]!, lastDay(y, +m[3]!));
    if (a && b && a < b) add({ kind: 'range', date: b, startDate: a, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "Ngày 24/4/2026 đã thu hồi …", "Ngày 05/3/2026, Ủy ban nhân dân xã đã có văn bản …": a part already done that day.
  for (const m of f.matchAll(new RegExp(String.raw`(?:^|(?<=[.;(]\s*))ngay\s*${D}\s*(?=,?\s*da\s|,\s*[^.;,]{2,60}?\sda\s)`, 'g'))) {
    const date = iso(+m[3]!, +m[2]!, +m[1]!);
    if (date) add({ kind: 'on', date, from: m.index!, to: m.index! + m[0].length, done: true });
  }
  // "đã cập nhật xong 04 xe ô tô ngày 12/3/2026", "đã công khai ngày 05/3/2026": done on that day (not a cited
  // document's date: "đã ban hành Kế hoạch số 12-KH/ĐU ngày …" names its number).
  for (const m of f.matchAll(new RegExp(String.raw`(?<![a-z])da\s+(?!duoc\s)[a-z]+(?:,?\s+(?!so\s*\d)[a-z0-9]+){0,24}?\s+\(?(ngay\s*${D})`, 'g'))) {
    const date = iso(+m[4]!, +m[3]!, +m[2]!);
    const at = m.index! + m[0].length - m[1]!.length;
    // "nộp số tiền đã thu vào ngân sách trước ngày 30/6/2026": a deadline of the work, not the day the past act was done.
    // ("cập nhật ngày …" is the act itself, not "chậm nhất".)
    if (/(?:truoc|(?<!cap\s*)nhat(?:\s*(?:la|den|vao))?|khong qua|den(?:\s*het)?)\s*$/.test(f.slice(Math.max(0, at - 20), at))) continue;
    // "các khoản đã chi từ ngày 01/7/2025 đến khi …": since that day (a period under review), not the day it was done.
    // (Read with its accent: folded, "từ" is also the "tư" of "chủ đầu tư".)
    if (/(?<![\p{L}])[Tt]ừ\s*$/u.test(text.slice(Math.max(0, at - 6), at))) continue;
    if (date) add({ kind: 'on', date, from: at, to: m.index! + m[0].length, done: true });
  }
  // "Ban Thường vụ đã quán triệt Thông báo số 52-TB/UBKTTU đến … (ngày 03/3/2026).": a date in parentheses closing
  // a clause of what was done is the day it was done, even after a cited number.
  for (const m of f.matchAll(new RegExp(String.raw`(?<![a-z])da\s+[a-z]+[^.;()]{0,200}?\(\s*(ngay\s*${D})\s*\)`, 'g'))) {
    const date = iso(+m[4]!, +m[3]!, +m[2]!);
    const at = m.index! + m[0].lastIndexOf(m[1]!);
    if (date) add({ kind: 'on', date, from: at, to: at + m[1]!.length, done: true });
  }
  // "kiện toàn xong trước Đại hội chi bộ": before an event of no given day (the date stays null).
  // Also "rút kinh nghiệm chậm nhất khi kết thúc học kỳ I", and a financial-year event: "hoàn thành trước khi Hội đồng
  // thành viên phê duyệt báo cáo tài chính năm 2025".
  // (Also "hoàn thành trong học kỳ I năm học 2026 - 2027", "trước khai giảng (trước khi bắt đầu) năm học 2026 - 2027": a school term, unless
  // its date follows in parentheses, which the writers read instead); "trước kỳ kiểm kê cuối năm 2026": before a closing.)
  for (const m of f.matchAll(/(?:(?:xong|hoan thanh)\s*truoc\s*(?:khi\s*(?:to chuc\s*)?)?(?:dai hoi|ky hop|hoi nghi)|(?:(?:hoan thanh|xong)\s*)?(?:trong|truoc khi ket thuc)\s*hoc ky\s*(?:i{1,2}|1|2)\s*(?:cua\s*)?nam hoc\s*\d{4}\s*-\s*\d{4}(?!\s*\()|truoc\s*(?:khi\s*bat dau\s*(?=nam hoc)|(?:(?:le|ngay)\s*)?khai giang)(?:\s*nam hoc\s*\d{4}\s*-\s*\d{4})?(?=\s*[.;,]|\s*$)|truoc\s*(?:ky|dot)\s*(?:kiem ke|quyet toan|tong ket|so ket)(?:\s*(?:cuoi|giua)\s*nam\s*\d{4})?(?=\s*[.;,)]|\s*$)|cham nhat\s*khi\s*ket thuc\s*(?:hoc ky|khoa hoc|nam hoc|dot|lop)\s*[a-z0-9]*|truoc khi\s+(?:[a-z]+\s+){0,4}?(?:phe duyet|thong qua)\s+(?:bao cao tai chinh|quyet toan)(?:\s*nam\s*\d{4})?)(?:\s+(?:chi bo|dang bo|dang uy|nhiem ky|cap|lan|thuong nien|[a-z]+ (?:bo|uy)))?/g)) {
    add({ kind: 'before', date: null, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // "nộp trả … chậm nhất 15 ngày sau khi có thông báo giảm trừ …", "bàn giao xong chậm nhất 10 ngày sau khi có quyết định
  // luân chuyển": so many days after an event of no given day (not after the plan's own issue, nor after every round).
  for (const m of f.matchAll(/cham nhat\s*(?:la\s*)?\d{1,3}\s*ngay\s*(?:lam viec\s*)?(?:sau|ke tu)\s*khi\s*co\s*(?!(?:[a-z]+\s*){0,3}(?:ke hoach|van ban nay))(?:[a-z]+\s*){1,6}/g)) {
    if (/moi\s/.test(m[0])) continue;
    add({ kind: 'before', date: null, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // "cử giáo viên đi học trong năm học 2026-2027": within a school year (not one that work already done belongs to: "rà
  // soát các khoản đã thu của từng lớp trong năm học 2025 - 2026").
  for (const m of f.matchAll(/(?<![a-z])trong\s*nam hoc\s*\d{4}\s*-\s*\d{4}(?!\s*\()/g)) {
    const clause = f.slice(0, m.index).split(/[.;:]/).pop() ?? '';
    if (/(?<![a-z])da\s/.test(clause)) continue;
    add({ kind: 'before', date: null, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // "trong Tháng Thanh niên 2027": the Youth Union's month, March.
  for (const m of f.matchAll(/(?:trong|vao|dip)\s*thang thanh nien\s*(?:nam\s*)?(\d{4})/g)) {
    add({ kind: 'by_month', date: iso(+m[1]!, 3, 31), from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "hoàn thành trước mùa mưa lũ", "thời gian: trước khi kết thúc mùa cạo mủ năm 2026": before a season of no given day
  // (not "trước mùa khô 2026 - 2027 (trước ngày 30/11/2026)", whose date the writers read instead).
  for (const m of f.matchAll(/(?:(?:hoan thanh|xong)\s*|thoi (?:gian|han)\s*:\s*)truoc\s*(?:khi\s*(?:bat dau|ket thuc)\s*)?mua\s*(?:mua(?:\s*lu|\s*bao)?|lu(?:\s*bao)?|kho|ret|cao\s*mu|thu hoach)(?![a-z])(?![^.;()]{0,25}(?:\(|,\s*(?:cham nhat|truoc)\s*(?:ngay\s*)?\d))(?:\s*(?:nam\s*)?\d{4}(?:\s*-\s*\d{4})?)?/g)) {
    add({ kind: 'before', date: null, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // "quán triệt Kế hoạch tại hội nghị giao ban trực tuyến … ngày 08/4/2026": the work is done at that meeting, that day.
  for (const m of f.matchAll(new RegExp(String.raw`(?<![a-z])(?:tai|trong)\s*(?:hoi nghi|phien hop|ky sinh hoat|buoi)[^.;()]{0,80}?(?<!truoc|nhat|la|den|het|qua|han|xong)\s(ngay\s*${D})`, 'g'))) {
    const date = iso(+m[4]!, +m[3]!, +m[2]!);
    const at = m.index! + m[0].length - m[1]!.length;
    if (date) add({ kind: 'on', date, from: at, to: at + m[1]!.length, done: doneBefore(at) });
  }
  // "từ nay đến hết năm 2026", "từ nay đến tháng 9/2026": a range from the plan's date.
  // (Also to a day: "từ nay đến hết ngày 31/10/2026".)
  for (const m of f.matchAll(new RegExp(String.raw`tu nay\s*(?:den|toi)\s*(?:het\s*|cuoi\s*)?(?:nam\s*(\d{4})|thang\s*(\d{1,2})\s*[/.-]\s*(\d{4})|ngay\s*${D})`, 'g'))) {
    const y = +(m[1] ?? m[3] ?? m[6]!);
    const mo = m[1] ? 12 : +(m[2] ?? m[5]!);
    const date = m[4] ? iso(y, mo, +m[4]) : iso(y, mo, lastDay(y, mo) || 1);
    if (date) add({ kind: 'range', date, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  // Exact dates with a trigger (or any date in a deadline slot).
  for (const re of [D, DLONG]) {
    for (const m of f.matchAll(new RegExp(String.raw`(${TRIG_BEFORE}|${TRIG_ON}|trong\s*ngay\s*|ngay\s*)?${re}`, 'g'))) {
      const trig = m[1] ?? '';
      const date = iso(+m[4]!, +m[3]!, +m[2]!);
      if (!date) continue;
      // "trước lễ khai giảng năm học 2026 - 2027 (ngày 05/9/2026)": the day of the event the work comes before.
      const beforeEvent = /^(?:ngay\s*)?$/.test(trig) && /truoc\s[^().;]{2,120}\(\s*$/.test(f.slice(Math.max(0, m.index! - 130), m.index!));
      const before = beforeEvent || new RegExp(`^${TRIG_BEFORE}$`).test(trig) || new RegExp(`^${TRIG_BEFORE}`).test(trig);
      const on = trig !== '' && !before && !/^ngay\s*$/.test(trig);
      // A bare "ngày dd/mm/yyyy" outside a deadline slot is a document date, not a deadline.
      if (!before && !on && !context) continue;
      // "bắt đầu từ ngày 01/4/2026", "kể từ ngày …": when the work starts, not a deadline.
      if (!before && /(?:bat dau|ke)\s*tu\s*$/.test(f.slice(Math.max(0, m.index! - 15), m.index!))) continue;
      // "số 12-KL/TW, ngày 19/3/2026" right before: a citation even inside a slot.
      // Not after a deadline word ("… Thông báo số 318-TB/TU trước ngày 30/6/2026").
      if (!before && /so\s*[\w/.-]*\d[\w/.-]*\s*,?\s*$/.test(f.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      // "lập biên bản xác nhận nợ đến ngày 31/3/2026", "số liệu tính đến ngày …": the day figures stand at, no deadline.
      if (/^den/.test(trig) && /(?:no|so lieu|du no|ton|luy ke|tinh)\s*$/.test(f.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      add({ kind: before ? 'before' : 'on', date, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
    }
  }
  // "trước ngày 30/4": no year; the plan's date gives it (a day and month, not a fraction or a code).
  // (Also in words: "trước ngày 15 tháng 7".)
  for (const m of f.matchAll(new RegExp(String.raw`(?:${TRIG_BEFORE}|${TRIG_ON})(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})(?!\d|\s*[/.-]\s*\d|\s*(?:,\s*)?nam\s*\d)`, 'g'))) {
    const day = +m[1]!;
    const month = +m[2]!;
    const before = new RegExp(`^${TRIG_BEFORE}`).test(m[0]);
    // "trước 30/6" needs no "ngày" after a deadline word; "vào 30/6" does (it could be a ratio), and so does "không quá
    // 1/3" (a share).
    if (/^khong\s*(?:vuot\s*)?qua/.test(m[0]) && !/ngay\s*\d/.test(m[0])) continue;
    if ((!before && !/ngay\s*\d+\s*[/.-]\s*\d+$/.test(m[0])) || month < 1 || month > 12 || day < 1 || day > lastDay(2024, month)) continue;
    // "chậm nhất ngày 10/6 và ngày 10/12 hằng năm": days of every year, one recurring duty.
    const yearly = /^(?:\s*(?:va|,)\s*(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d|\s*[/.-]\s*\d))*\s*hang\s*nam/.exec(f.slice(m.index! + m[0].length));
    if (yearly) {
      add({ kind: 'recurring', date: null, from: m.index!, to: m.index! + m[0].length + yearly[0].length, done: false });
      continue;
    }
    // ("hằng năm, trước ngày 31 tháng 3, công khai …": the period named before it, in its clause, is the recurring duty.)
    if (/(?:hang|moi)\s*nam(?![a-z])[^.;]{0,60}$/.test(f.slice(Math.max(0, m.index! - 80), m.index!))) continue;
    add({ kind: before ? 'before' : 'on', date: null, yearless: { month, day }, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // Also an event of that quarter: "báo cáo tại hội nghị Đảng ủy quý III/2026".
  for (const m of f.matchAll(new RegExp(String.raw`(trong\s*|truoc\s*|den\s*(?:het\s*)?|cuoi\s*|hoan thanh\s*(?:trong\s*)?|${EVENT})?${QUARTER}`, 'g'))) {
    const q = quarter(m[2]!);
    if (!q || (!m[1] && !context)) continue;
    const y = +m[3]!;
    add({ kind: 'by_quarter', date: iso(y, q * 3, lastDay(y, q * 3)), from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!), ...(/[htj]/.test(m[2]!) ? { fuzzy: true } : {}) });
  }
  // "xong trong quý đầu năm 2027", "trong quý cuối năm 2026": the first or last quarter of that year.
  for (const m of f.matchAll(/(?:trong|truoc|den(?:\s*het)?|hoan thanh|xong)\s*quy\s*(dau|cuoi)\s*(?:cua\s*)?nam\s*(\d{4})/g)) {
    const y = +m[2]!;
    const month = m[1] === 'dau' ? 3 : 12;
    add({ kind: 'by_quarter', date: iso(y, month, lastDay(y, month)), from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "trong quý II" with no year (after the dated ones, which win): the plan's year, its last day.
  for (const m of f.matchAll(/(?:trong|truoc|den|cuoi|hoan thanh)\s*quy\s*(i{1,3}|iv|[1-4])(?![a-z\d])(?!\s*(?:[/.-]\s*\d|nam\s*(?:hoc\s*)?\d))/g)) {
    const q = quarter(m[1]!);
    if (q) add({ kind: 'by_quarter', date: null, yearless: { month: q * 3, day: lastDay(2024, q * 3) }, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // A day of a month named in words: "chậm nhất là ngày 30 tháng Sáu năm 2026".
  for (const m of f.matchAll(new RegExp(String.raw`(${TRIG_BEFORE}|${TRIG_ON})?ngay\s*(\d{1,2})\s*thang\s*(${MONTH_WORD})\s*nam\s*(\d{4})`, 'g'))) {
    const date = iso(+m[4]!, MONTH_BY_WORD.get(m[3]!) ?? 0, +m[2]!);
    const before = m[1] !== undefined && new RegExp(`^${TRIG_BEFORE}`).test(m[1]);
    if (date && (m[1] !== undefined || context)) add({ kind: before ? 'before' : 'on', date, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // A month named in words: "xong trong tháng Tư năm 2026" (the year word after it, so "tháng năm 2026" is none).
  for (const m of f.matchAll(MONTH_IN_WORDS)) {
    const mo = MONTH_BY_WORD.get(m[1]!) ?? 0;
    const y = +m[2]!;
    const date = iso(y, mo, lastDay(y, mo) || 1);
    if (mo > 0 && date) add({ kind: 'by_month', date, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "trong tháng Tư" with no year: the plan's year ("tháng năm 2026" is a year, so "Năm" needs no year after it).
  for (const m of f.matchAll(MONTH_IN_WORDS_NO_YEAR)) {
    const mo = MONTH_BY_WORD.get(m[1]!) ?? 0;
    if (mo > 0) add({ kind: 'by_month', date: null, yearless: { month: mo, day: lastDay(2024, mo) }, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // Also an event of that month: "tại Hội nghị Đảng ủy tháng 7/2026", "trong kỳ sinh hoạt tháng 4/2026".
  for (const m of f.matchAll(new RegExp(String.raw`(trong\s*|truoc\s*|den\s*(?:het\s*)?|cuoi\s*|vao\s*|hoan thanh\s*(?:trong\s*)?|${EVENT}|thuong ky\s*|thoi (?:gian|han)(?:\s*hoan thanh)?\s*:\s*)?${MONTH}`, 'g'))) {
    // "…, tháng 5/2026 hoàn thành": the month before its verb.
    const doneAfter = /^\s*(?:hoan thanh|xong)(?![a-z])/.test(f.slice(m.index! + m[0].length)) && /,\s*$/.test(f.slice(Math.max(0, m.index! - 3), m.index!));
    if (!m[1] && !context && !doneAfter) continue;
    // "từ kỳ sinh hoạt tháng 4/2026, thực hiện thường xuyên": when the work starts, not by when it ends.
    if (/tu\s*$/.test(f.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    const mo = +m[2]!;
    const y = +m[3]!;
    const date = iso(y, mo, lastDay(y, mo) || 1);
    if (date) add({ kind: 'by_month', date, from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "trong 6 tháng đầu năm 2026" (January to June), "6 tháng cuối năm 2026" (July to December).
  for (const m of f.matchAll(/(trong\s*|truoc\s*|den\s*(?:het\s*)?|hoan thanh\s*(?:trong\s*)?)?(\d{1,2}|sau|ba|chin)\s*thang\s*(dau|cuoi)\s*nam\s*(\d{4})/g)) {
    if (!m[1] && !context) continue;
    const n = ({ sau: 6, ba: 3, chin: 9 } as Record<string, number>)[m[2]!] ?? +m[2]!;
    const y = +m[4]!;
    const [first, last] = m[3] === 'dau' ? [1, n] : [13 - n, 12];
    // A period of several months: a range (one month is just that month).
    if (n >= 1 && n <= 12) add({ kind: n > 1 ? 'range' : 'by_month', date: iso(y, last, lastDay(y, last)), ...(n > 1 ? { startDate: iso(y, first, 1)! } : {}), from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // "trong năm 2026", "đến hết năm 2026", and inline "…; thời gian thực hiện: năm 2026".
  for (const m of f.matchAll(/(trong\s*|truoc\s*|den\s*(?:het\s*)?|het\s*|cuoi\s*|hoan thanh\s*(?:trong\s*)?|phan dau\s*(?:trong\s*|den\s*(?:het\s*)?)?|thoi (?:gian|han)(?:\s*(?:thuc hien|hoan thanh))?\s*:\s*)nam\s*(\d{4})/g)) {
    const y = +m[2]!;
    // ("căn cứ kiểm điểm cuối năm 2026": the year-end review named, not a deadline.)
    if (/^cuoi/.test(m[1] ?? '') && /(?:kiem diem|danh gia|xep loai|tong ket|binh xet)\s*$/.test(f.slice(Math.max(0, m.index! - 15), m.index!))) continue;
    if (context || /trong|cuoi|hoan thanh|het|thoi|phan dau/.test(m[1] ?? '')) add({ kind: 'by_year', date: iso(y, 12, 31), from: m.index!, to: m.index! + m[0].length, done: doneBefore(m.index!) });
  }
  // Recurring: "thực hiện thường xuyên", "định kỳ … trước ngày 15 hàng tháng", "hằng quý".
  const recurring = context
    ? new RegExp(String.raw`(${THUC_HIEN}\s*)?(${THUONG_XUYEN}|lien tuc|dinh ky|hang\s*(thang|quy|nam|tuan|ngay))|${AFTER_EVERY}`, 'g')
    : new RegExp(RECURRING_IN_SENTENCE, 'g');
  for (const m of f.matchAll(recurring)) {
    // One recurring deadline per clause: "định kỳ hằng quý" is one statement, not two, and so is "mỗi quý tổ chức …
    // (thực hiện thường xuyên)"; each clause of a slot may hold its own ("sau mỗi buổi diễn; báo cáo … hằng tháng").
    const sameSentence = (h: DeadlineHit) => !/[.;]/.test(f.slice(Math.min(h.to, m.index!), Math.max(h.from, m.index!)));
    // (Unless each names a period of its own: "nộp báo cáo nhanh … hằng tuần và báo cáo tháng trước ngày 20 hằng tháng".)
    // ("… hằng quý trước ngày 15 hằng tháng cuối quý" is one: the month within each quarter.)
    const period = (s: string) => /(?:hang|moi)\s*(ngay|tuan|thang|quy|nam)(?!\s*(?:cuoi|dau|giua)\s*(?:cua\s*)?(?:moi\s*)?quy)/.exec(s)?.[1];
    const own = period(m[0]);
    const samePeriod = (h: DeadlineHit) => {
      const theirs = period(f.slice(h.from, h.to));
      return !own || !theirs || theirs === own;
    };
    if (hits.some((h) => h.kind === 'recurring' && sameSentence(h) && samePeriod(h))) continue;
    // "mỗi khi" (every time) folds like "mới khi" (only when): read the accents.
    const everyTime = /moi\s*khi/.exec(m[0]);
    if (everyTime && !/^[Mm]ỗi/u.test(text.slice(m.index! + everyTime.index))) continue;
    // The sentence's own deadline in parentheses is read as a slot of its own ("… (thực hiện thường xuyên).").
    const rest = f.slice(m.index! + m[0].length).split(/[.;]/)[0] ?? '';
    if (!context && new RegExp(String.raw`\([^)]*(?:${THUONG_XUYEN}|dinh ky|${EVERY})[^)]*\)`).test(rest)) continue;
    // A duty whose verb stands before another deadline ("tổ chức thực tập trong tháng 10/2026, sau đó định kỳ mỗi năm
    // một lần") is read from its period on.
    const to = m.index! + m[0].length;
    const periodAt = free(m.index!, to) ? m.index! : m.index! + ([...m[0].matchAll(/(?:dinh ky|hang|moi)\s*(?:nam|quy|thang|tuan|ngay)/g)].pop()?.index ?? 0);
    add({ kind: 'recurring', date: null, from: periodAt, to, done: false });
  }
  // "… phải báo cáo Thường trực Đảng ủy ngay, …": the report's addressee between the verb and "ngay" (written
  // without its accent: "ngày", a day, folds alike).
  // Also "Dừng ngay việc tuyển sinh …", "chấn chỉnh ngay": a verb that stops or corrects at once (not a past act: "đã
  // được khắc phục ngay trong quá trình thanh tra").
  const AT_ONCE = [
    /(?<![a-z])(?:bao cao|thong bao|xu ly)\s[^.;,()]{2,40}?\sngay(?=\s*(?:[,.;)]|$))/g,
    /(?<![a-z])(?<!(?:da|duoc)\s+)(?:dung|chan chinh|khac phuc|thu hoi|xu ly)\s+ngay(?![a-z])(?!\s*\d)/g,
  ];
  for (const m of AT_ONCE.flatMap((re) => [...f.matchAll(re)])) {
    const at = m.index! + m[0].length - 4;
    if (text.slice(at, at + 4) === 'ngay') add({ kind: 'immediate', date: null, from: m.index!, to: m.index! + m[0].length, done: false });
  }
  if (context || /thuc hien ngay|trien khai ngay|bao (?:cao )?ngay|ngay (?:sau )?khi|ngay trong ngay/.test(f)) {
    // ("chậm nhất 10 ngày sau khi …" counts days, folded alike: not at once.)
    for (const m of f.matchAll(/(thuc hien|trien khai|hoan thanh|(?<![a-z])bao(?:\s*cao)?)\s*ngay(?!\s*\d)|(?<!\d\s{0,2})ngay (?:sau )?khi|ngay trong ngay|khan truong/g)) {
      add({ kind: 'immediate', date: null, from: m.index!, to: m.index! + m[0].length, done: false });
    }
  }
  // A slot holding only a year, a month or quarters, as task tables state them ("| Năm 2026 |", "| 6/2026 |",
  // "| Quý I, II/2026 |": the last quarter).
  if (context) {
    // (A cell's list mark before it: "| - Năm 2026 |".)
    const at = /^\s*(?:[-+•]\s+)?/.exec(f)![0].length;
    const t = f.slice(at);
    const y = /^(?:nam\s*)?(\d{4})(?![\d/.-])/.exec(t);
    const mo = /^(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/.exec(t);
    const qs = /^quy\s*((?:(?:i{1,3}|iv|[1-4])\s*(?:,|va|-|den)\s*)+)(i{1,3}|iv|[1-4])\s*(?:[/.-]|nam)\s*(\d{4})/.exec(t);
    const q = qs ? quarter(qs[2]!) : null;
    const slot = { from: at, done: false };
    if (y && +y[1]! >= 2000 && +y[1]! < 2100) add({ kind: 'by_year', date: iso(+y[1]!, 12, 31), to: at + y[0].length, ...slot });
    if (mo && iso(+mo[2]!, +mo[1]!, 1)) add({ kind: 'by_month', date: iso(+mo[2]!, +mo[1]!, lastDay(+mo[2]!, +mo[1]!)), to: at + mo[0].length, ...slot, done: doneBefore(at) });
    if (qs && q) add({ kind: 'by_quarter', date: iso(+qs[3]!, q * 3, lastDay(+qs[3]!, q * 3)), to: at + qs[0].length, ...slot });
  }
  for (const h of hits) {
    const s = f.slice(h.from, h.to);
    if (s !== plain.slice(h.from, h.to) || EXACT_WORDS.some(([tolerant, exact]) => tolerant.test(s) && !exact.test(s))) h.fuzzy = true;
  }
  return hits.sort((a, b) => a.from - b.from);
}

/** Whether a line/sentence as a whole states a deadline ("Hoàn thành trước ngày 30/4/2026.", "Nhiệm vụ thực hiện thường xuyên."). */
export function isDeadlineSentence(text: string): boolean {
  const f = fold(text).trim();
  if (f.length > 160) return false;
  return new RegExp(String.raw`^(nhiem vu |cong viec )?(duoc )?(da )?(hoan thanh|${THUC_HIEN}|thoi gian|thoi han|truoc ngay|cham nhat|xong)`).test(f) && findDeadlines(text, true).length > 0;
}
