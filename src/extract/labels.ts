import { fold } from './fold.ts';
import { unconfuse } from './fuzzy.ts';

export type Role = 'lead' | 'support' | 'advise' | 'direct' | 'execute' | 'monitor';

export type LabelKind = 'role' | 'deadline' | 'solutions' | 'shortcoming' | 'other';

export interface Label {
  kind: LabelKind;
  /** Roles for kind = role. */
  role: Role | null;
  label: string;
  value: string;
  /** Offset of `value` in the text given to parseLabel. */
  valueAt: number;
}

/**
 * Role of a "…:" label, from its words: chủ trì → lead, phối hợp → support, tham mưu / đề xuất → advise,
 * theo dõi → monitor, chỉ đạo → direct, thực hiện → execute. A label naming several ("Cơ quan tham mưu
 * thực hiện") takes the first role word's role, as the Party convention puts the main role first.
 */
function roleOf(f: string): Role | null {
  const hits: [number, Role][] = [];
  const add = (re: RegExp, r: Role) => {
    const m = re.exec(f);
    if (m) hits.push([m.index, r]);
  };
  add(/chu tri/, 'lead');
  add(/phoi hop/, 'support');
  add(/tham muu|de xuat|tong hop/, 'advise');
  add(/theo doi|giam sat/, 'monitor');
  add(/chi dao/, 'direct');
  add(/thuc hien|trien khai/, 'execute');
  hits.sort((a, b) => a[0] - b[0]);
  return hits[0]?.[1] ?? null;
}

/** Labels that head a role, deadline or solutions line, e.g. "Cơ quan chỉ đạo:", "Thời gian hoàn thành:". */
export function parseLabel(text: string): Label | null {
  const m = /^([^:“"]{2,110}?)\s*:\s*(.*)$/su.exec(text);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const value = m[2] ?? '';
  const valueAt = text.length - value.length;
  const f = unconfuse(fold(label));
  // "Tham mưu Ban Thường vụ Tỉnh ủy: …" names a unit after the verb: a sentence, not a label.
  const namesUnit = /^\S+\s.*\p{Lu}/u.test(label.replace(/\([^)]*\)/g, ''));
  if (/^(thoi gian|thoi han|tien do)/.test(f)) return { kind: 'deadline', role: null, label, value, valueAt };
  if (/^(cac )?(giai phap|bien phap|nhiem vu)( thuc hien| khac phuc| cu the| trong tam)*$/.test(f)) return { kind: 'solutions', role: null, label, value, valueAt };
  if (/^(doi voi )?(cac )?(han che|khuyet diem|yeu kem|ton tai)/.test(f) || /^doi voi (cac )?(han che|khuyet diem|yeu kem|ton tai)/.test(f)) {
    return { kind: 'shortcoming', role: null, label, value, valueAt };
  }
  if (/^(co quan|don vi|bo phan|phan cong|nguoi|ca nhan|lanh dao)?\s*(chu tri|phoi hop|tham muu|chi dao|thuc hien|theo doi|de xuat|tong hop)/.test(f) || /^(co quan|don vi|bo phan|phan cong)\b/.test(f)) {
    const role = roleOf(f);
    if (role && !namesUnit && label.length <= 110 && !/\d{4}/.test(f)) return { kind: 'role', role, label, value, valueAt };
  }
  return null;
}
