import type { Found } from './field.ts';
import { FUZZY_PENALTY } from './field.ts';
import { fold } from './fold.ts';
import { unconfuse, matchPrefix } from './fuzzy.ts';
import { NAME_WORD, RANK, startsWithSurname } from './names.ts';
import { provenanceOf, type SourceLine } from './source-lines.ts';

/** Signature and Nơi nhận, read from the lines after the body. */
export interface Closing {
  authority?: Found<'T/M' | 'K/T' | 'T/L'>;
  body?: Found<string>;
  position?: Found<string>;
  signer?: Found<string>;
  recipients: Found<{ name: string; purpose: string | null }>[];
}

// "T/M", state "TM.", and OCR's "TIM", "T1M", "TM " (slash or dot lost).
const AUTH = /^(T\s*[/lI|1]\s*M|K\s*[/lI|1]\s*T|T\s*[/lI|1]\s*L|TM\.|KT\.|TL\.|TM(?=\s\p{Lu})|KT(?=\s\p{Lu})|TL(?=\s\p{Lu}))\s*/u;

function authorityOf(s: string): { value: 'T/M' | 'K/T' | 'T/L'; length: number; fuzzy: boolean } | null {
  const m = AUTH.exec(s);
  if (!m) return null;
  const t = (m[1] ?? '').replace(/\s/g, '');
  const norm = t.replace(/[lI|1]/, '/').replace('.', '');
  const map: Record<string, 'T/M' | 'K/T' | 'T/L'> = { 'T/M': 'T/M', TM: 'T/M', 'K/T': 'K/T', KT: 'K/T', 'T/L': 'T/L', TL: 'T/L' };
  const value = map[norm] ?? map[t.replace('.', '')];
  if (!value) return null;
  // The rest must be an uppercase body ("BAN THƯỜNG VỤ"), else "TL." might be a word.
  const rest = s.slice(m[0].length);
  if (rest && !/^\p{Lu}/u.test(rest)) return null;
  return { value, length: m[0].length, fuzzy: !['T/M', 'K/T', 'T/L', 'TM.', 'KT.', 'TL.'].includes(t) };
}

/** Recipient bullets, with OCR's readings of "-" ("~", "—", "+", "=", "·"). */
const BULLET = /^\s*[-–—~+•*=·]\s*/;

export function isNoiNhan(text: string): { length: number; fuzzy: boolean } | null {
  const f = unconfuse(fold(text));
  const m = matchPrefix(f, ['noi nhan'], 0.25);
  if (!m) return null;
  const after = text.slice(m.length);
  if (!/^\s*:/.test(after) && after.trim() !== '' && !/^\s{2,}/.test(after)) return null;
  const colon = /^\s*:?\s*/.exec(after)?.[0].length ?? 0;
  return { length: m.length + colon, fuzzy: m.fuzzy };
}

/** Index of the first line of the closing part (Nơi nhận or signature), searching after `from`. */
export function findClosingStart(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (isNoiNhan(t) || (authorityOf(t) && i > from + 3)) return i;
  }
  return lines.length;
}

const isUpper = (t: string) => /\p{Lu}{2}/u.test(t) && t === t.toUpperCase();

/**
 * An uppercase line with a letter or two that OCR or repair lowered ("PHÓ Bí THƯ", "Bí THƯ"): at least 80 % of
 * its letters uppercase, and the first word wholly so or the only one lowered (a short word the English model
 * read in title case). Signature positions and bodies are printed in capitals.
 */
export function mostlyUpper(t: string): boolean {
  const letters = [...t].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  const lead = /^\p{Lu}{2,}(?![\p{Ll}])/u.test(t.trim()) || /^\p{Lu}\p{Ll}{1,2}(?:\s+\p{Lu}{2,}(?![\p{Ll}]))+$/u.test(t.trim());
  return letters.length >= 4 && lead && upper >= letters.length * 0.8;
}
const NAME_RE = new RegExp(String.raw`^${NAME_WORD}(?:\s${NAME_WORD}){1,5}$`, 'u');
const isName = (t: string) => NAME_RE.test(t.trim());

/**
 * A title printed before the signer's name: a rank ("Đại tá"), a degree ("TS.", "PGS.TS."), or any two-syllable
 * title in a rank's shape ("Xxx yyy", also a rank OCR or repair changed: "Đầu tư" for "Đại tá") when the name
 * after it starts with a family name.
 */
const TITLE_BEFORE = new RegExp(String.raw`^(?:${RANK}|(?:PGS|GS|TS|ThS|BS|KS)\.?(?:\s?TS\.?)?|\p{Lu}\p{Ll}*\s\p{Ll}+)\s+(?=\p{Lu})`, 'u');
function withoutTitle(t: string): string {
  const m = TITLE_BEFORE.exec(t.trim());
  if (!m) return t.trim();
  const name = t.trim().slice(m[0].length);
  return isName(name) && startsWithSurname(name) ? name : t.trim();
}

/** The signer's name closing a line, with the rank police and army signers print before it ("Đại tá Nguyễn Văn A"). */
const SIGNER_AT_END = new RegExp(String.raw`[,.;:)]\s+((?:(?:${RANK}|\p{Lu}\p{Ll}*\s\p{Ll}+)\s+)?\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\s${NAME_WORD}){1,4})\s*$`, 'u');

/** The first word of a signer's post ("PHÓ BÍ THƯ", "GIÁM ĐỐC"), where a post run into a recipient line starts. */
const POST_WORD = /(?<![\p{L}])(?:PHÓ|BÍ THƯ|CHỦ TỊCH|CHỦ NHIỆM|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CHÁNH VĂN PHÒNG)(?![\p{L}])/u;
/** A name of three or four words closing a line, not one a recipient line names after "đồng chí", "ông" or "bà". */
const NAME_TAIL = new RegExp(String.raw`(?<![Đđ]ồng chí|[Đđ]\/c|[ÔôBb]à|[Ôô]ng)\s((?:${RANK}\s+)?(${NAME_WORD}(?:\s${NAME_WORD}){2,3}))\s*$`, 'u');

/**
 * Splits a closing line into the left (Nơi nhận) and right (signature) columns. OCR of a two-column
 * layout interleaves them line by line: "- Ban Thường vụ Thành ủy (để báo cáo), T/M BAN THƯỜNG VỤ".
 */
export function splitColumns(text: string, inRecipients = false, expectName = false): { left: string; right: string; rightAt: number } {
  const wide = /\s{3,}|\t+/.exec(text);
  if (wide && wide.index > 0) return { left: text.slice(0, wide.index), right: text.slice(wide.index + wide[0].length), rightAt: wide.index + wide[0].length };
  // A wrapped recipient ("của Đảng ủy,") starts lowercase; the signature column never does. One that starts in capitals
  // ("Quân sự xã (để phối hợp), Hoàng Văn Thịnh", "(t/h), Tôn Thất Bảo Lâm") is split only where a name closes it.
  const wrappedRecipient = inRecipients && /^\p{Ll}/u.test(text);
  if (!BULLET.test(text) && !isNoiNhan(text) && !wrappedRecipient) {
    const split = inRecipients ? splitColumns(`- ${text}`, true, expectName) : null;
    // (Not a degree before the signer's name: "PGS.TS. Lê Đình Thuận".)
    return split && split.right && split.left.length > 2 && !/^[\p{Lu}.\s]+$/u.test(split.left.slice(2)) ? { left: split.left.slice(2), right: split.right, rightAt: split.rightAt - 2 } : { left: '', right: text, rightAt: 0 };
  }
  // Authority or an uppercase run after the recipient text.
  const auth = /\s((?:T\s*[/lI|1]\s*M|K\s*[/lI|1]\s*T|T\s*[/lI|1]\s*L|TM\.|KT\.|TL\.)\s+\p{Lu}.*)$/u.exec(text);
  if (auth && auth.index > 0) return { left: text.slice(0, auth.index), right: auth[1] ?? '', rightAt: auth.index + 1 };
  // Also inside a wrapped recipient: "- Ban Thường vụ Đảng ủy tỉnh (để báo BÍ THƯ" (words all in capitals then).
  // (A lowered first word is a post's: "Bí THƯ", not the recipient's "Việt Nam CHỦ TỊCH".)
  const upper =
    /[,.;:)]\s+((?:\p{Lu}{2,}|\p{Lu}\/\p{Lu}|Bí|Phó|Chủ)(?:\s+\p{Lu}\p{L}*)+)\s*$/u.exec(text) ?? /\p{Ll}\s+((?:\p{Lu}{2,}|(?:Bí|Phó|Chủ|Tổ|Ủy))(?:\s+\p{Lu}{2,})+)\s*$/u.exec(text);
  if (upper && (isUpper(upper[1]!) || mostlyUpper(upper[1]!))) {
    // "- Ban Thường vụ Đảng ủy Chi cục HQKV VIII BÍ THƯ": the recipient's abbreviations run into the post; the post starts
    // at its first post word.
    const post = POST_WORD.exec(upper[1]!);
    const cut = post && post.index > 0 ? post.index : 0;
    const rightAt = text.length - upper[1]!.length + cut;
    return { left: text.slice(0, cut ? rightAt : upper.index + 1).trimEnd(), right: upper[1]!.slice(cut), rightAt };
  }
  const name = SIGNER_AT_END.exec(text);
  // A name after a complete recipient ("… (để thực hiện), Liêng Hót Ha Thu") is the signer's, known family name or not.
  const afterPurpose = name !== null && /\)\s*[,;.]?$/.test(text.slice(0, name.index + 1));
  if (name && (afterPurpose || startsWithSurname(withoutTitle(name[1]!)))) return { left: text.slice(0, name.index + 1), right: name[1] ?? '', rightAt: text.length - (name[1] ?? '').length };
  // With the position printed and no name yet, a name of three or more words run into a recipient line ("- Ủy ban Mặt
  // trận Tổ quốc Huỳnh Thanh Tâm", "(để Trần Đình Khiêm") is the signer's, when it opens with a family name.
  const tail = expectName ? NAME_TAIL.exec(text) : null;
  // ("… Ủy ban Kiểm tra Đảng Cà Văn Thiết": "Đảng" ends the body's name; the signer is the three words after it.)
  if (tail && /^Đảng\s/u.test(tail[2]!) && tail[2]!.split(' ').length === 4) {
    const shorter = tail[1]!.replace(/^(?:\S+\s+)*?Đảng\s+/u, '');
    if (startsWithSurname(shorter)) return { left: text.slice(0, text.length - shorter.length).trimEnd(), right: shorter, rightAt: text.length - shorter.length };
  }
  if (tail && startsWithSurname(tail[2]!)) return { left: text.slice(0, tail.index + 1), right: tail[1]!, rightAt: text.length - tail[1]!.length };
  return { left: text, right: '', rightAt: text.length };
}

/** Reads the closing lines (from findClosingStart to the end; footnote lines are skipped). */
export function parseClosing(lines: readonly SourceLine[]): Closing {
  const out: Closing = { recipients: [] };
  let inRecipients = false;
  const right: { line: SourceLine; text: string; at: number }[] = [];
  let lastRecipient: Found<{ name: string; purpose: string | null }> | null = null;
  for (const l of lines) {
    if (l.text === '' || l.footnote !== null || l.noteCont) continue;
    const expectName = inRecipients && right.some((r) => isUpper(r.text) || mostlyUpper(r.text)) && !right.some((r) => isName(withoutTitle(r.text)));
    // "- Ủy ban nhân dân các xã Măng Đen, Măng Bút," / "Kon Plông (phối hợp),": a list of names cut at a comma goes on
    // in capitals on the next line, up to its purpose.
    const continues: boolean = inRecipients && lastRecipient !== null && !lastRecipient.text.includes('(') && /,\s*$/.test(lastRecipient.text) && /^\p{Lu}[^()]{0,60}\([^()]{1,30}\)\s*[,;.]?\s*$/u.test(l.text.trim());
    const col: ReturnType<typeof splitColumns> = continues ? { left: l.text, right: '', rightAt: l.text.length } : splitColumns(l.text, inRecipients, expectName);
    let left = col.left;
    let leftAt = 0;
    const nn = isNoiNhan(left);
    if (nn) {
      inRecipients = true;
      leftAt = nn.length;
      left = left.slice(nn.length);
    }
    if (inRecipients && left.trim()) {
      const b = BULLET.exec(left);
      if (b || !lastRecipient) {
        const at = leftAt + (b ? b[0].length : 0);
        const item = left.slice(b ? b[0].length : 0);
        const rec = parseRecipient(item);
        if (rec) {
          lastRecipient = { value: rec, text: item.trim(), confidence: l.confidence, provenance: provenanceOf(l, l, at, at + item.length) };
          out.recipients.push(lastRecipient);
        }
      } else if (lastRecipient && (/^\p{Ll}/u.test(left.trim()) || col.right !== '' || continues)) {
        // Wrapped recipient line (also one in capitals the signature column shares: "Quân sự xã (để phối hợp), Hoàng Văn Thịnh").
        const rec = parseRecipient(`${lastRecipient.text} ${left.trim()}`);
        if (rec) {
          lastRecipient.value = rec;
          lastRecipient.text = `${lastRecipient.text} ${left.trim()}`;
          lastRecipient.provenance = { ...lastRecipient.provenance, lineEnd: l.line };
        }
      }
    } else if (!inRecipients && col.left.trim()) {
      right.push({ line: l, text: col.left.trim(), at: 0 });
    }
    if (col.right.trim()) right.push({ line: l, text: col.right.trim(), at: col.rightAt });
  }
  // Signature column: authority + body, position (uppercase), signer (a name, usually last).
  for (const r of right) {
    const t = r.text.replace(/^[-–]\s*/, '');
    if (/^\(?\s*(đã ký|da ky|ký|ky tên|chữ ký|đóng dấu|dấu)/iu.test(t)) continue;
    // "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the deputy signs for the chairman, who signs for the
    // committee; the signer's own authority is the inner one (K/T, body CHỦ TỊCH).
    const a = authorityOf(t);
    if (a && (!out.authority || (out.authority.value === 'T/M' && a.value !== 'T/M' && !out.position))) {
      out.authority = { value: a.value, text: t.slice(0, a.length).trim(), confidence: r.line.confidence * (a.fuzzy ? FUZZY_PENALTY : 1), provenance: provenanceOf(r.line, r.line, r.at, r.at + a.length), ...(a.fuzzy ? { fuzzy: true } : {}) };
      const body = t.slice(a.length).trim();
      if (body) out.body = { value: body, text: body, confidence: r.line.confidence, provenance: provenanceOf(r.line, r.line, r.at + a.length, r.at + t.length) };
      continue;
    }
    // Any further authority line; the position is the last uppercase line before the name.
    if (a) continue;
    // "TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND TỈNH": the head of a steering body signs in that post; the line below is the
    // post that makes him its head.
    if (out.position && BARE_POST.test(out.position.value) && OTHER_BODY.test(t.toUpperCase()) && !out.signer) continue;
    if ((isUpper(t) || mostlyUpper(t)) && !out.signer) {
      // A lowered letter is restored (lower confidence): the position is printed in capitals.
      const exact = isUpper(t);
      out.position = { value: t.toUpperCase(), text: t, confidence: r.line.confidence * (exact ? 1 : FUZZY_PENALTY), provenance: provenanceOf(r.line, r.line, r.at, r.at + t.length), ...(exact ? {} : { fuzzy: true }) };
      continue;
    }
    // A rank or title before the name ("Đại tá Nguyễn Hữu Thành") is not part of it: the signer is the name.
    const n = withoutTitle(t);
    if (isName(n)) {
      const at = r.at + t.indexOf(n);
      out.signer = { value: n, text: n, confidence: r.line.confidence, provenance: provenanceOf(r.line, r.line, at, at + n.length) };
    }
  }
  return out;
}

const BARE_POST = /^(?:PHÓ )?(?:TRƯỞNG BAN|TRƯỞNG ĐOÀN|CHỦ TỊCH|CHỦ NHIỆM|GIÁM ĐỐC|BÍ THƯ|TỔ TRƯỞNG)$/u;
const OTHER_BODY = /(?<![\p{L}])(?:UBND|ỦY BAN|UỶ BAN|SỞ|TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG)(?![\p{L}])/u;

/** "Ban Thường vụ Thành ủy (để báo cáo)," → name + purpose; "Lưu Văn phòng Đảng ủy." → purpose "lưu". */
export function parseRecipient(item: string): { name: string; purpose: string | null } | null {
  // OCR reads a final ";" as ":" ("Thanh tra tỉnh (để báo cáo):").
  let s = item.trim().replace(/[,;.:]+$/, '').trim();
  if (!s) return null;
  let purpose: string | null = null;
  // OCR closes the parenthesis with "}" or "]" ("(để báo cáo}").
  const p = /\(\s*(?:để\s+)?([^)}\]]+?)\s*[)}\]]\s*$/u.exec(s);
  if (p) {
    purpose = (p[1] ?? '').trim();
    s = s.slice(0, p.index).trim();
  }
  // OCR reads the "ư" of "Lưu" as "ut", "tu", "ir" or "u" ("Lutu VP Đảng ủy").
  const luu = /^l(?:[uư]|ut|tu|ir|u'|ư')u(?![\p{L}])\s*:?\s*(.*)$/iu.exec(s);
  if (luu) {
    purpose = 'lưu';
    s = (luu[1] ?? '').trim() || 'Lưu';
  }
  const nhu = /^(.*?)\s*(?:để|đề)\s+(báo cáo|thực hiện|biết|phối hợp|chỉ đạo|theo dõi)$/u.exec(s);
  if (nhu && !purpose) {
    purpose = nhu[2] ?? null;
    s = nhu[1] ?? s;
  }
  return s ? { name: s.replace(/[,;]+$/, ''), purpose } : null;
}
