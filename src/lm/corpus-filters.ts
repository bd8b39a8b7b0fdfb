/**
 * Citation notes of the legal corpus ("(Điều 1 Luật số 04/2011/QH13 …, có hiệu lực thi hành kể từ …)"):
 * formulaic lines that would otherwise dominate the counts.
 */
export function isCitationNote(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith('(') && /(có hiệu lực|có nội dung liên quan|được sửa đổi|được bổ sung|được bãi bỏ|Luật số|Nghị định số|Thông tư số)/u.test(t);
}
