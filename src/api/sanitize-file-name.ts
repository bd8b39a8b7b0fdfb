/**
 * An upload's name is only a label (originals are stored by sha256), but it is shown, logged and used for
 * output names: keep the last path segment, drop control and reserved characters, leading dots, and
 * bound the length. `../../etc/passwd` → `passwd`; `..` → `upload`.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const last = (raw ?? '').normalize('NFC').replace(/\\/g, '/').split('/').pop() ?? '';
  const cleaned = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'upload';
}
