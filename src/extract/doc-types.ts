import { fold } from './fold.ts';

/** Tên loại → type code (Hướng dẫn 36-HD/VPTW; state documents add NĐ, TT, …). */
export const DOC_TYPES: readonly [name: string, code: string][] = [
  ['Nghị quyết', 'NQ'],
  ['Quyết định', 'QĐ'],
  // The Party's Quy định are also numbered "11-QĐi/TW"; listed first so that the name maps to "QĐ".
  ['Quy định', 'QĐi'],
  ['Quy định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Kết luận', 'KL'],
  ['Quy chế', 'QC'],
  ['Thông tri', 'TT'],
  ['Hướng dẫn', 'HD'],
  ['Thông báo', 'TB'],
  ['Báo cáo', 'BC'],
  ['Kế hoạch', 'KH'],
  ['Chương trình', 'CTr'],
  ['Đề án', 'ĐA'],
  ['Tờ trình', 'TTr'],
  ['Công văn', 'CV'],
  // "Văn bản số 1126/UBND-KT": what many provinces call an official letter.
  ['Văn bản', 'VB'],
  ['Biên bản', 'BB'],
  ['Nghị định', 'NĐ'],
  ['Thông tư', 'TT'],
  ['Luật', 'L'],
  ['Pháp lệnh', 'PL'],
];

const BY_FOLDED = new Map(DOC_TYPES.map(([n, c]) => [fold(n), { name: n, code: c }]));

/** Canonical name and code of a document type written in any case/marks, e.g. "KE HOACH" → Kế hoạch/KH. */
export function docType(name: string): { name: string; code: string } | null {
  return BY_FOLDED.get(fold(name).replace(/\s+/g, ' ').trim()) ?? null;
}

/** Folded type names, longest first, for regexes. */
export const FOLDED_TYPE_NAMES = [...BY_FOLDED.keys()].sort((a, b) => b.length - a.length);
