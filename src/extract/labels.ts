import { fold } from './fold.ts';
import { levenshtein, unconfuse } from './fuzzy.ts';
import { THEO_DOI, THUC_HIEN } from './ocr-words.ts';

export type Role = 'lead' | 'support' | 'advise' | 'direct' | 'execute' | 'monitor';

export type LabelKind = 'role' | 'deadline' | 'solutions' | 'shortcoming' | 'other';

export interface Label {
  kind: LabelKind;
  /** Found by fuzzy matching of an OCR-damaged label. */
  fuzzy?: boolean;
  /** Roles for kind = role. */
  role: Role | null;
  label: string;
  value: string;
  /** Offset of `value` in the text given to parseLabel. */
  valueAt: number;
}

/**
 * Role of a "…:" label, from its words: chủ trì → lead, phối hợp / tham gia / hỗ trợ → support, tham mưu / đề xuất → advise,
 * theo dõi → monitor, chỉ đạo / phụ trách → direct, thực hiện → execute. A label naming several ("Cơ quan tham mưu
 * thực hiện") takes the first role word's role, as the Party convention puts the main role first.
 */
function roleOf(f: string): Role | null {
  const hits: [number, Role][] = [];
  const add = (re: RegExp, r: Role) => {
    const m = re.exec(f);
    if (m) hits.push([m.index, r]);
  };
  // Vowels are the first casualties of OCR ("theo déi", "phéi hop"): match role words on consonants.
  add(/chu tr[a-z]/, 'lead');
  add(/ph[a-z]i h[a-z]p/, 'support');
  add(/tham m[a-z]{1,2}u|de xu[a-z]t|t[a-z]ng h[a-z]p/, 'advise');
  add(new RegExp(`${THEO_DOI}|gi[a-z]m s[a-z]t|^nguoi ki[a-z]m tra`), 'monitor');
  add(/ch[a-z] d[a-z]o|phu trach/, 'direct');
  add(/tham gia|ho tro/, 'support');
  add(new RegExp(`${THUC_HIEN}|tri[a-z]n khai`), 'execute');
  hits.sort((a, b) => a[0] - b[0]);
  return hits[0]?.[1] ?? null;
}

// "Đối với (các) hạn chế(, khuyết điểm)( thứ nhất | 1)" with OCR-damaged vowels, on folded text.
const SC_WORD = String.raw`(?:han ch[a-z]|khuy[a-z]t d[a-z]{1,2}m|y[a-z]u k[a-z]m|t[a-z]n t[a-z]i)`;
const SC_LEAD = new RegExp(
  String.raw`^(doi v[a-z]{1,2}i\s+(?:cac\s+|nhung\s+)?${SC_WORD}(?:\s*(?:,|va)\s*${SC_WORD})*(?:\s+(?:thu\s+[a-z]+|so\s*\d+|\d+))?)\s*(?:([:;.])\s*|(?=[“”"«»'])|$)`,
);

const FINDING_QUOTE = /^([^:;.“”"]{3,100}?\s(?:ket luan|chi ra|neu ro|nhan xet|danh gia))\s*:\s*(?=[*_]*[“"«])/;

/**
 * "Đối với hạn chế: “…”" also when OCR changed the colon (";", "."), left it out before the quote, or the
 * label stands alone (the shortcoming follows as a paragraph). Such reads are flagged fuzzy.
 */
function shortcomingLead(text: string): Label | null {
  const f = unconfuse(fold(text));
  // "Ủy ban Kiểm tra Thành ủy kết luận: “…”": a finding quoted from the body that made it.
  const finding = FINDING_QUOTE.exec(f);
  if (finding) return { kind: 'shortcoming', role: null, label: text.slice(0, finding[1]!.length), value: text.slice(finding[0].length), valueAt: finding[0].length };
  const m = SC_LEAD.exec(f);
  if (!m) return null;
  const label = text.slice(0, m[1]!.length);
  const valueAt = m[0].length;
  const exact = m[2] === ':' && /^doi voi (?:cac |nhung )?(?:han che|khuyet diem|yeu kem|ton tai)/.test(f);
  return { kind: 'shortcoming', role: null, label, value: text.slice(valueAt), valueAt, ...(exact ? {} : { fuzzy: true }) };
}

/** Labels that head a role, deadline or solutions line, e.g. "Cơ quan chỉ đạo:", "Thời gian hoàn thành:". */
export function parseLabel(text: string): Label | null {
  const lead = shortcomingLead(text);
  if (lead) return lead;
  // A label holds no ";": "Bộ phận kế toán; phối hợp: Y" is the wrapped rest of an inline "Chủ trì: …; phối hợp: …".
  // Nor a sentence end ("Tồn tại 2. Buông lỏng theo dõi: …" is a numbered finding, not a label).
  const m = /^((?:[^:;.“"]|\.(?!\s)){2,110}?)\s*:\s*(.*)$/su.exec(text);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const value = m[2] ?? '';
  const valueAt = text.length - value.length;
  const f = unconfuse(fold(label));
  // "Tham mưu Ban Thường vụ Tỉnh ủy: …" names a unit after the verb: a sentence, not a label.
  // "Lãnh đạo Ban chỉ đạo:" is the body's leadership in a role, not a unit.
  const namesUnit = /^\S+\s.*\p{Lu}/u.test(label.replace(/\([^)]*\)/g, '')) && !/^Lãnh đạo \p{Lu}\p{Ll}*\s+(?:chỉ đạo|phụ trách|theo dõi)/u.test(label);
  if (/^(thoi gian|thoi han|tien do)/.test(f)) return { kind: 'deadline', role: null, label, value, valueAt };
  // "Nội dung:" / "Nội dung thực hiện:" in a labelled block: the measure itself.
  // (Also a bare "Khắc phục:" after the finding it answers.)
  if (/^(cac )?(giai phap|bien phap|nhiem vu|noi dung)( thuc hien| khac phuc| cu the| trong tam)*$|^khac phuc$/.test(f)) return { kind: 'solutions', role: null, label, value, valueAt };
  if (/^(doi voi |noi dung )?(cac |nhung )?(han che|khuyet diem|yeu kem|ton tai)/.test(f) || /^doi voi (cac )?(han che|khuyet diem|yeu kem|ton tai)/.test(f)) {
    return { kind: 'shortcoming', role: null, label, value, valueAt };
  }
  // "Theo nhận xét của Ban Thường vụ: …", "Qua kiểm điểm, Chi bộ tự nhận thấy: …": the source of the finding that follows.
  if (value.trim() && /^(?:theo (?:nhan xet|ket luan|danh gia)(?: cua .+)?|qua kiem diem,? .*(?:tu )?nhan thay|.+ (?:tu )?nhan thay)$/.test(f)) {
    return { kind: 'shortcoming', role: null, label, value, valueAt };
  }
  // "Trách nhiệm: X chủ trì; Y phối hợp." — roles are given per unit in the value.
  // "Cá nhân chịu trách nhiệm:", "Đơn vị chịu trách nhiệm chính:": who answers for the work, i.e. does it.
  if (/^(trach nhiem(?: thuc hien| chinh)?|phan cong|phan cong thuc hien|phan cong trach nhiem|to chuc thuc hien|(?:ca nhan|nguoi|don vi|bo phan|co quan) chiu trach nhiem(?: chinh| thuc hien)?)$/.test(f)) return { kind: 'role', role: 'execute', label, value, valueAt };
  // "Phòng tham mưu:" (a role: the room that advises), not "Phòng Tham mưu:" (a police unit's name).
  const holder = ROLE_HOLDER.exec(f)?.[0];
  if ((ROLE_LABEL.test(f) && !(holder === 'phong' && /^Phòng\s+\p{Lu}/u.test(label))) || /^(co quan|don vi|bo phan|phan cong)\b/.test(f)) {
    const role = roleOf(f);
    // A label opening with its verb is short ("Giám sát:", "Chủ trì thực hiện:"); "Giám sát sau cấp phép môi trường
    // chưa được quan tâm đúng mức: …" is a finding that leads its items.
    const verbFirst = holder === undefined;
    if (role && !namesUnit && label.length <= 110 && !/\d{4}/.test(f) && !(verbFirst && label.split(/\s+/).length > 5)) return { kind: 'role', role, label, value, valueAt };
  }
  return fuzzyLabel(f, label, value, valueAt);
}

/** Who a role label names before its role word ("Cơ quan chủ trì", "Lãnh đạo Ban chỉ đạo", "Phòng tham mưu"). */
// (Two kinds joined by "/": "Khoa/Phòng chủ trì:", "Đơn vị/cá nhân thực hiện:".)
const HOLDER = String.raw`(?:(?:khoa|phong|to|ban)\s*\/\s*(?:khoa|phong|to|ban|don vi|bo phan)\s|(?:don vi|co quan|bo phan)\s*\/\s*(?:ca nhan|nguoi|don vi|bo phan)\s|co quan|don vi|bo phan|phan cong|nguoi|ca nhan|dong chi|lanh dao(?: (?:ban|so|phong|trung tam|van phong|don vi|co quan))?|phong(?= \S))`;
const ROLE_HOLDER = new RegExp(`^${HOLDER}`);
// "Người kiểm tra:" names who checks the work done (a monitor), as a small cell's plan assigns it.
const ROLE_LABEL = new RegExp(String.raw`^(?:${HOLDER}?\s*(?:chiu trach nhiem\s*)?(?:chu tri|phoi hop|tham muu|chi dao|thuc hien|theo doi|giam sat|de xuat|tong hop|tham gia|ho tro|phu trach)|nguoi kiem tra)`);

/**
 * "*Người chủ trì:* X. *Người phối hợp:* Y. *Thời gian:* Z.": role and deadline labels chained in one paragraph,
 * each after a sentence end; every value cut at the next label. One label (or none) for any other text.
 */
export function parseLabels(text: string): Label[] {
  const first = parseLabel(text);
  if (!first || (first.kind !== 'role' && first.kind !== 'deadline')) return first ? [first] : [];
  // "Đơn vị thực hiện: X, hoàn thành trước ngày 31/5/2026.": a deadline clause closing a role's value.
  const due = first.kind === 'role' ? /[,;]\s*(?=(?:hoàn thành|xong|thời gian|thời hạn|chậm nhất|trước ngày)[\s:])/u.exec(first.value) : null;
  if (due) {
    const at = first.valueAt + due.index + due[0].length;
    return [{ ...first, value: first.value.slice(0, due.index) }, { kind: 'deadline', role: null, label: '', value: text.slice(at), valueAt: at }];
  }
  const next = /\.\s+(?=\p{Lu}[^:.;]{2,40}:)/u.exec(first.value);
  if (!next) return [first];
  const restAt = first.valueAt + next.index + next[0].length;
  const rest = parseLabels(text.slice(restAt));
  const cut = { ...first, value: first.value.slice(0, next.index) };
  if (rest[0]?.kind !== 'role' && rest[0]?.kind !== 'deadline') return [cut];
  return [cut, ...rest.map((l) => ({ ...l, valueAt: l.valueAt + restAt }))];
}

/** Printed labels of the genre, for OCR-damaged text ("Gidi phdp thu hién:", "Phan céng theo déi, chi dao:"). */
const KNOWN: [string, LabelKind, Role | null][] = [
  ['giai phap thuc hien', 'solutions', null],
  ['giai phap', 'solutions', null],
  ['nhiem vu, giai phap', 'solutions', null],
  ['phan cong theo doi, chi dao', 'role', 'monitor'],
  ['phan cong chi dao', 'role', 'direct'],
  ['phan cong theo doi', 'role', 'monitor'],
  ['tham muu', 'role', 'advise'],
  ['co quan chi dao', 'role', 'direct'],
  ['co quan tham muu', 'role', 'advise'],
  ['co quan thuc hien', 'role', 'execute'],
  ['co quan phoi hop', 'role', 'support'],
  ['co quan phoi hop thuc hien', 'role', 'support'],
  ['co quan chu tri', 'role', 'lead'],
  ['don vi chu tri', 'role', 'lead'],
  ['don vi phoi hop', 'role', 'support'],
  ['don vi thuc hien', 'role', 'execute'],
  ['thoi gian thuc hien', 'deadline', null],
  ['thoi gian hoan thanh', 'deadline', null],
  ['thoi gian thuc hien va hoan thanh', 'deadline', null],
  ['doi voi han che', 'shortcoming', null],
  ['doi voi khuyet diem', 'shortcoming', null],
];

function fuzzyLabel(f: string, label: string, value: string, valueAt: number): Label | null {
  const t = f.replace(/[^a-z, ]/g, '').replace(/\s+/g, ' ').trim();
  if (t.length < 6 || t.length > 40) return null;
  let best: { d: number; k: (typeof KNOWN)[number] } | null = null;
  for (const k of KNOWN) {
    const cap = Math.max(1, Math.floor(k[0].length * 0.25));
    const d = levenshtein(t, k[0], cap);
    if (d <= cap && (!best || d < best.d)) best = { d, k };
  }
  return best ? { kind: best.k[1], role: best.k[2], label, value, valueAt, fuzzy: best.d > 0 } : null;
}
