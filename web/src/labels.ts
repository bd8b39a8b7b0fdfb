/** Interface labels (Vietnamese). */
export const L = {
  appTitle: 'Vanban — Rà soát văn bản',
  token: 'Mã truy cập (API token)',
  saveToken: 'Lưu mã',
  signedAs: (name: string, role: string) => `Người dùng: ${name} (${ROLE[role] ?? role})`,
  noToken: 'Chưa có mã truy cập',
  documents: 'Danh sách văn bản',
  filter: 'Lọc theo tên tệp',
  status: 'Trạng thái',
  sort: 'Sắp xếp',
  all: 'Tất cả',
  name: 'Tên tệp',
  progress: 'Tiến độ',
  pages: 'Số trang',
  lowConfidence: 'Mục độ tin cậy thấp',
  actions: 'Thao tác',
  review: 'Rà soát',
  drop: 'Kéo thả các tệp PDF hoặc ảnh vào đây để tải lên',
  choose: 'Chọn tệp để tải lên',
  uploading: (done: number, total: number) => `Đang tải lên ${done}/${total} tệp…`,
  uploaded: (n: number, failed: number) => `Đã tải lên ${n} tệp${failed ? `, ${failed} tệp lỗi` : ''}`,
  empty: 'Chưa có văn bản nào',
  back: '← Danh sách',
  page: 'Trang',
  boxes: 'Khung từ theo độ tin cậy',
  text: 'Văn bản đã sửa lỗi (theo dòng)',
  structure: 'Cấu trúc trích xuất',
  queue: 'Hàng đợi rà soát',
  threshold: 'Ngưỡng độ tin cậy',
  history: 'Lịch sử sửa',
  noHistory: 'Chưa có thay đổi',
  alternatives: 'Phương án của mô hình',
  original: 'Bản OCR gốc',
  edit: 'Sửa',
  save: 'Lưu',
  cancel: 'Hủy',
  undo: 'Hoàn tác',
  confirm: 'Xác nhận đúng',
  next: 'Mục sau',
  prev: 'Mục trước',
  readOnly: 'Chỉ xem: vai trò của bạn không được sửa',
  saved: 'Đã lưu',
  export: 'Tải JSON đã rà soát',
  queueEmpty: 'Không có mục nào dưới ngưỡng',
  word: 'Từ',
  field: 'Trường',
  confidence: 'Độ tin cậy',
  keys: 'Phím tắt: j/↓ mục sau · k/↑ mục trước · 1–9 chọn phương án · Enter/e sửa · a xác nhận · u/Ctrl+Z hoàn tác · b bật/tắt khung',
  metadata: 'Thông tin văn bản',
  shortcomings: 'Hạn chế, khuyết điểm',
  tasks: 'Nhiệm vụ',
  deadlines: 'Thời hạn',
  references: 'Văn bản liên quan',
  other: 'Mục khác',
} as const;

export const ACTION: Record<string, string> = { edit: 'sửa', alternative: 'chọn phương án', confirm: 'xác nhận', undo: 'hoàn tác' };

export const ROLE: Record<string, string> = { archivist: 'lưu trữ', reviewer: 'rà soát', reader: 'chỉ đọc' };

export const STATUS: Record<string, string> = {
  queued: 'Đang chờ', pending: 'Đang chờ', waiting: 'Đang chờ', uploaded: 'Đang chờ',
  processing: 'Đang xử lý', running: 'Đang xử lý', active: 'Đang xử lý',
  done: 'Hoàn tất', completed: 'Hoàn tất', partial: 'Hoàn tất một phần',
  failed: 'Lỗi', error: 'Lỗi', unknown: 'Không rõ',
};

/** Vietnamese names of item fields, falling back to the key itself. */
export const FIELD: Record<string, string> = {
  type: 'Loại văn bản', typeCode: 'Mã loại', number: 'Số', symbol: 'Số, ký hiệu', issuer: 'Cơ quan ban hành',
  name: 'Tên', parent: 'Cơ quan cấp trên', place: 'Địa danh', date: 'Ngày', title: 'Trích yếu', signature: 'Chữ ký',
  authority: 'Thẩm quyền ký', body: 'Cơ quan', position: 'Chức vụ', signer: 'Người ký', recipients: 'Nơi nhận',
  purpose: 'Mục đích', text: 'Nội dung', group: 'Nhóm', responsible: 'Đơn vị thực hiện', unit: 'Đơn vị', role: 'Vai trò',
  deadline: 'Thời hạn', status: 'Tình trạng', kind: 'Loại thời hạn', heading: 'Tiêu đề',
};

export function fieldLabel(name: string): string {
  return name.split('/').map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : FIELD[p] ?? p)).join(' › ');
}
