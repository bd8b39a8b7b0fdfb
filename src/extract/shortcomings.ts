import { runInHeading, type Block } from './blocks.ts';
import { semicolonParts } from './clauses.ts';
import { fold } from './fold.ts';
import { unconfuse } from './fuzzy.ts';
import { parseLabel } from './labels.ts';
import { ORDINAL_LA, ORDINAL_THU, ORDINAL_WORDS } from './markers.ts';
import type { SectionNode } from './sections.ts';

/** A shortcoming before ids are assigned. */
export interface ShortcomingDraft {
  key: string;
  text: string;
  number: string | null;
  block: Block;
  from: number;
  to: number;
  section: SectionNode | null;
  parentKey: string | null;
  group: string | null;
  /** Read through OCR damage (a misread label, a footnote paired by order): lower confidence. */
  fuzzy?: boolean;
}

const SHORTCOMING_WORDS = /(han che|khuyet diem|yeu kem|ton tai|vi pham|sai sot|thieu sot)/;

/** "Nhóm khuyết điểm, hạn chế liên quan đến …", "Về hạn chế …", "Hạn chế trong …": a group heading. */
export function isShortcomingGroup(s: SectionNode): boolean {
  // A parenthesis only points at a shortcoming ("5. Về giám sát (hạn chế số 5)" heads its measures).
  const f = unconfuse(fold(s.head.content)).replace(/\([^()]*\)/g, ' ').trim();
  // A measures heading opens with its verb ("Khắc phục …", "Xử lý tồn tại về tài chính", "Chấn chỉnh …").
  if (/^(khac phuc|ra soat|xay dung|to chuc|phan cong|danh gia|kiem diem|xu ly|chan chinh|sua chua)/.test(f)) return false;
  // A part that holds the measures too ("II. TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP KHẮC PHỤC") is no group of its own.
  if (s.parent === null && /(giai phap|bien phap|nhiem vu)/.test(f)) return false;
  // An item that states its own measure in sentences ("3.1. Cắm biển hạn chế tải trọng …: đã hoàn thành …") groups none.
  if (!s.headingLike && /[.;]\s*$/.test(s.head.content.trim()) && !/^(nhom|ve|doi voi|linh vuc|cac|nhung)?\s*(han che|khuyet diem|yeu kem|ton tai)/.test(f)) return false;
  return /^(nhom|ve|doi voi|linh vuc|cac|nhung)?\s*.{0,24}?(han che|khuyet diem|yeu kem|ton tai)/.test(f) && f.length <= 200;
}

/**
 * A part that lists shortcomings as its items: its heading opens with the shortcoming words ("Hạn chế, khuyết
 * điểm", "Những tồn tại, hạn chế cần khắc phục", "Những tồn tại, hạn chế theo Kết luận thanh tra …") and names
 * no measures ("… và nhiệm vụ khắc phục", "… và giải pháp" hold the measures too: an action part).
 */
export function isShortcomingList(s: SectionNode): boolean {
  const f = unconfuse(fold(s.head.content)).trim();
  // (Also the auditor's recommendations, when the part's lead names them as findings: "II. NỘI DUNG KIẾN NGHỊ CỦA KIỂM
  // TOÁN NHÀ NƯỚC" / "… Báo cáo kiểm toán nêu các tồn tại sau:" / "1. …".)
  const recommendations = /^(noi dung |cac )?kien nghi/.test(f) && s.blocks.length > 0 && isShortcomingLead(s.blocks[s.blocks.length - 1]!);
  if (!s.headingLike || !(recommendations || /^(noi dung |mot so )?(nhung |cac )?(han che|khuyet diem|yeu kem|ton tai)/.test(f))) return false;
  return !/(giai phap|bien phap|nhiem vu|phuong huong|lo trinh|phan cong|to chuc thuc hien)/.test(f) && !/khac phuc/.test(f.replace(/(can|phai) (duoc )?khac phuc\s*$/, ''));
}

/** A paragraph that names a finding only by reference, its text in a footnote ("… còn nêu tồn tại trong việc …²"). */
const ONE_MORE_FINDING = /^\s*ngoai\s+(?:[a-z]+\s+){0,2}(?:han che|khuyet diem|ton tai)[^:.;]{0,100}?(?:chi ra|neu|phat hien|con)\s*:\s*/;
const REFERS_TO_FINDING = /(?:neu|chi ra|phat hien)\s+(?:them\s+)?(?:cac\s+|nhung\s+)?(?:ton tai|han che|thieu sot|khuyet diem|sai sot)/;

/** "Ngoài ra, (qua tự kiểm tra (…),) …": a paragraph that adds one more finding, and the words that open it. */
const ONE_MORE = /^\s*(?:Ngoài ra|Bên cạnh đó),\s*(?:(?:qua|theo|tại|trong)\s[^,;.]{2,150},\s*)?/u;

/** "Qua kiểm điểm, Chi bộ nhận thêm khuyết điểm: …", "… còn nêu thêm hạn chế: …": one more finding after its lead. */
// (Also with no noun after "thêm": "Qua kiểm điểm, Chi bộ tự nhận thêm: …".)
const MORE_LEAD = /^\s*(?:(?:Qua|Ngoài ra|Bên cạnh đó)\s?[^,:;.]{0,60},\s*)?\p{Lu}[^:;.“"]{2,80}?\s(?:(?:(?:tự\s)?nhận\s+(?:thêm\s+)?|(?:chỉ ra|nêu|còn)\s+thêm\s+)(?:(?:một|01|một số|các)\s+)?(?:hạn chế|khuyết điểm|tồn tại|thiếu sót)[^:;.]{0,40}|(?:tự\s)?nhận\s+thêm)\s*:\s*/u;

/**
 * A paragraph that adds one more finding after its lead ("… nhận thêm khuyết điểm: X", or with the connective, "Ngoài ra,
 * …, X"): where X starts and X, without causes that may follow it ("…. Nguyên nhân chủ yếu là …"). Null otherwise.
 */
function oneMore(b: Block, withConnective: boolean): { at: number; text: string } | null {
  const more = b.marker ? null : ((withConnective ? ONE_MORE.exec(b.content) : null) ?? MORE_LEAD.exec(b.content));
  const text = more ? b.content.slice(more[0].length).split(/\.\s+(?=Nguyên nhân)/u)[0]! : '';
  return more && FINDING_WORDS.test(text) ? { at: more[0].length, text } : null;
}

/** Items of a shortcoming part that are not shortcomings: causes, results, lessons. */
// "Trách nhiệm đối với các tồn tại nêu trên thuộc về …": who answers for them, not another one.
const NOT_SHORTCOMING = /^(nguyen nhan|ket qua|uu diem|bai hoc|mat lam duoc|trach nhiem)/;

/**
 * "Về quản lý đất đai: <text>" (also "Trong …:", "Lĩnh vực …:"): an area label opening an item; the
 * shortcoming is the text after it (empty when the area heads lettered items).
 */
export function areaLabel(text: string): { value: string; valueAt: number } | null {
  // (Lower case after an ordinal: "Thứ nhất, về quản lý thuốc: …".)
  // (In italics or bold: "*Về quản lý tài chính:* …".)
  const m = /^\s*[*_]{0,2}(?:[Vv]ề|Trong|Lĩnh vực)\s[^:“"*_]{2,120}?:[*_]{0,2}\s*/u.exec(text);
  return m ? { value: text.slice(m[0].length), valueAt: m[0].length } : null;
}

/**
 * Length of a label opening a shortcoming, when a statement follows it: an area ("Về tổ chức bộ máy: <text>") or a
 * run-in title of a few words ("Quản lý nợ. Số tiền chậm đóng …"), which states no finding (no "chưa", "không", "còn").
 */
function labelSkip(text: string): number {
  // "Thứ nhất, về quản lý thuốc: …": an ordinal before the label.
  const ordinal = ORDINAL_WORDS.exec(text);
  if (ordinal) {
    const label = labelSkip(text.slice(ordinal[0].length));
    return label ? ordinal[0].length + label : 0;
  }
  const area = areaLabel(text);
  if (area && area.value.trim().split(/\s+/).length >= 4) return area.valueAt;
  // "Tiêu chuẩn 3, tiêu chí 3.2: …", "Điều 12 Quy chế chi tiêu nội bộ: …": the rule the finding is measured against.
  const rule = /^\s*[*_]*(?:Tiêu chuẩn|Tiêu chí|Chỉ số|Điều|Khoản)\s+\d[^:;“"]{0,80}?:[*_]*\s*(?=\S)/u.exec(text);
  if (rule && text.slice(rule[0].length).split(/\s+/).length >= 6) return rule[0].length;
  // "Tồn tại 1. …", "Hạn chế thứ hai. …": the finding's number.
  const numbered = /^\s*(?:tồn tại|hạn chế|khuyết điểm|thiếu sót)(?:,\s*(?:hạn chế|khuyết điểm))?\s+(?:thứ\s+\p{L}+|số\s*\d+|\d+)\s*[.:]\s+/iu.exec(text);
  if (numbered) return numbered[0].length;
  // "Theo Thông báo giám sát, việc …", "Qua kiểm điểm, Đảng ủy nhận thấy việc …": where the finding comes from.
  const source = /^\s*(?:Theo(?! dõi)|Qua)\s[^,.;:]{3,60},\s*(?:[^,.;:]{0,40}?\s(?:nhận thấy|chỉ ra|xác định|thấy)\s+)?(?=\p{Ll})/u.exec(text);
  if (source) return source[0].length;
  // "Ủy ban Kiểm tra Đảng ủy Cục kết luận: “Việc …”": who stated the quoted finding; also unquoted, "Kiểm toán nhà nước
  // kiến nghị: chấn chỉnh việc …" (what the auditor asks to correct).
  const quoted = /^\s*\p{Lu}[^:“"]{3,90}?\s(?:kết luận|chỉ ra|chỉ rõ|nêu|nhận xét|đánh giá)\s*:\s*[“"]/u.exec(text) ?? /^\s*\p{Lu}[^:“".;]{3,60}?\s(?:kiến nghị|kết luận|chỉ ra|chỉ rõ|nêu rõ|xác định)\s*:\s*(?=\p{Ll})/u.exec(text);
  if (quoted) return quoted[0].length;
  const title = /^\s*(\p{Lu}[^.;:,]{2,50}?)\.\s+(?=\p{Lu})/u.exec(text);
  const words = title?.[1]!.split(/\s+/).length ?? 0;
  const finding = title ? /(?<![\p{L}])(?:chưa|không|còn|chậm|thiếu|sai)(?![\p{L}])/iu.test(title[1]!) : true;
  return title && words <= 6 && !finding && text.slice(title[0].length).split(/\s+/).length >= 8 ? title[0].length : 0;
}

/**
 * The shortcomings of a part that lists them ("II. NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM CẦN KHẮC PHỤC"): bullets and
 * lead-line lists of the part itself, then each numbered item — its labelled paragraphs ("Hạn chế thứ nhất:
 * …"), lead-line lists or lettered items when it has them (the item's heading, "1. Về quản lý đất đai:" or
 * "1. Theo Thông báo …", only groups them), else its own text (after an area label "Về …:"), else the
 * paragraphs under a bare heading.
 */
export function partShortcomings(r: SectionNode, nextKey: () => string, footnotes: ReadonlyMap<string, Block> = new Map()): ShortcomingDraft[] {
  const out: ShortcomingDraft[] = [];
  const contentAt = (b: Block) => b.text.length - b.content.length;
  const push = (b: Block, from: number, raw: string, number: string | null, section: SectionNode) => {
    // "**Một là, về định mức nhiên liệu.** Công ty …", "**3. Về kiểm định xe.** Năm 2025 …": a bold run-in title that
    // names the area, not the finding, is no part of it.
    const run = from === contentAt(b) ? runInHeading(b) : 0;
    if (run && !FINDING_WORDS.test(raw.slice(0, run)) && raw.slice(run).split(/\s+/).length >= 8) {
      from += run;
      raw = raw.slice(run);
    }
    const area = labelSkip(raw);
    from += area;
    raw = raw.slice(area);
    const lead = raw.length - raw.trimStart().length;
    // A quotation opened by the label ends with its closing mark.
    const text = raw.trim().replace(/[“"]/u.test(b.text.slice(Math.max(0, from - 2), from)) ? /[\s.;:”"]+$/u : /[\s.;:]+$/, '');
    if (text) out.push({ key: nextKey(), text, number, block: b, from: from + lead, to: from + lead + text.length, section, parentKey: null, group: null });
  };
  const fromBlocks = (s: SectionNode, blocks: readonly Block[]): number => {
    const before = out.length;
    const rest: Block[] = [];
    for (const b of blocks) {
      // "Hạn chế, khuyết điểm thứ nhất: …", "Tồn tại 2: …": the value is the shortcoming.
      const lab = parseLabel(b.content);
      const quoted = lab?.kind === 'shortcoming' && lab.value.trim().length > 10 ? quotedShortcoming(b, s, nextKey()) : null;
      if (quoted) out.push(...quoted);
      else rest.push(b);
    }
    for (const b of rest) {
      // ("- Nguyên nhân: …" between the "- Hạn chế: …" rows states a cause.)
      if (b.marker?.kind !== 'bullet' || NOT_SHORTCOMING.test(unconfuse(fold(b.content)).trim())) continue;
      // "- Hoạt động của các chi bộ … còn hạn chế: (1) …; (2) …": the numbered findings after the lead.
      const items = inlineList(b.content);
      // "- Trong lựa chọn nhà thầu: năm 2024, …": an area label before the finding.
      const area = items ? null : areaLabel(b.content);
      if (items) for (const it of items) push(b, contentAt(b) + it.from, it.text, it.number, s);
      else if (area && area.value.trim()) push(b, contentAt(b) + area.valueAt, area.value, null, s);
      else push(b, contentAt(b), b.content, null, s);
    }
    // (A numbered heading may itself lead them: "1. Qua giám sát, X chỉ ra:" / "Thứ nhất, …" / "Thứ hai, …".)
    if (out.length === before) {
      out.push(...listedShortcomings(s.head !== undefined && isShortcomingLead(s.head) ? [s.head, ...rest] : rest, s, nextKey).drafts);
      // Paragraphs numbered in words with no lead before them ("Một là, X." / "Hai là, Y."): the findings themselves.
      const counted = rest.filter((b) => !b.marker && ORDINAL_WORDS.test(b.content));
      if (out.length === before && counted.length >= 2) {
        for (const b of counted) {
          // ("**Bốn là, về định mức nhiên liệu.** Công ty …": a bold run-in title, ordinal and all, is dropped by push.)
          const ordinal = runInHeading(b) > 0 ? 0 : ORDINAL_WORDS.exec(b.content)![0].length;
          push(b, contentAt(b) + ordinal, b.content.slice(ordinal), null, s);
        }
      }
    }
    // Beside the bullets, a paragraph that counts more in one sentence ("…, còn hai hạn chế: một là, X; hai là, Y.")
    // or in the sentences after it ("… thêm hai hạn chế. Thứ nhất là X. Thứ hai là Y.").
    else
      for (const b of rest) {
        if (b.marker) continue;
        const items = inlineList(b.content) ?? countedSentences(b.content) ?? ordinalSentences(b.content);
        // "Thứ nhất, X." beside a quoted "Thứ ba, … nhận xét: “…”": one finding numbered in words.
        const ordinal = items ? null : ORDINAL_WORDS.exec(b.content);
        for (const it of items ?? []) push(b, contentAt(b) + it.from, it.text, it.number, s);
        if (ordinal) push(b, contentAt(b) + ordinal[0].length, b.content.slice(ordinal[0].length), null, s);
        // "Ngoài ra, Kết luận thanh tra còn nêu tồn tại trong việc cấp thẻ …²": the footnote states the finding.
        if (REFERS_TO_FINDING.test(fold(b.content))) {
          for (const n of b.notes) {
            const fb = footnotes.get(n);
            if (fb) push(fb, contentAt(fb), fb.content, null, s);
          }
        }
      }
    // "Qua kiểm điểm năm 2025, Chi bộ nhận thêm khuyết điểm: X." after the listed ones: one more, after its lead (under
    // an item, read after the item's own).
    for (const b of s === r ? rest : []) {
      const more = out.some((d) => d.block === b) ? null : oneMore(b, false);
      if (more) push(b, contentAt(b) + more.at, more.text, null, s);
    }
    // "…²" / "² Ngoài ba hạn chế trên, Kết luận số … chỉ ra: X": a note that adds one more.
    for (const b of rest) {
      if (REFERS_TO_FINDING.test(fold(b.content))) continue;
      for (const n of b.notes) {
        const fb = footnotes.get(n);
        const more = fb ? ONE_MORE_FINDING.exec(fold(fb.content)) : null;
        if (fb && more) push(fb, contentAt(fb) + more[0].length, fb.content.slice(more[0].length), null, s);
      }
    }
    return out.length - before;
  };
  // "3. <finding>" / "Ngoài ra, qua tự kiểm tra (…), <finding>" (or "Qua kiểm điểm, Chi bộ nhận thêm khuyết điểm: …"): a
  // paragraph after a numbered finding adds one more.
  const item = (ch: SectionNode): void => {
    if (NOT_SHORTCOMING.test(unconfuse(fold(ch.head.content)).trim())) return;
    itemOwn(ch);
    if (ch.headingLike) return;
    for (const b of ch.blocks) {
      const more = oneMore(b, true);
      if (more) push(b, contentAt(b) + more.at, more.text, null, ch);
    }
  };
  const itemOwn = (ch: SectionNode): void => {
    const head = ch.head.content;
    const quoted = parseLabel(head)?.kind === 'shortcoming' ? quotedShortcoming(ch.head, ch, nextKey()) : null;
    if (quoted && quoted.some((d) => d.text.length > 10)) {
      out.push(...quoted);
      return;
    }
    const before = out.length;
    fromBlocks(ch, ch.blocks);
    for (const k of ch.children) item(k);
    const area = areaLabel(head);
    if (area && area.value.trim()) {
      // "2. Về cấp phép: (1) X; (2) Y": the area's numbered findings.
      const listed = splitNumbered(area.value);
      const own = listed.length < 2 || /\S/.test(area.value.slice(0, listed[0]!.from).replace(/^\s*\(?\d{1,2}\)\s*$/, ''));
      if (own) push(ch.head, contentAt(ch.head) + area.valueAt, area.value, ch.marker.number, ch);
      else for (const it of listed) push(ch.head, contentAt(ch.head) + area.valueAt + it.from, it.text, it.number, ch);
      return;
    }
    if (out.length > before || /:\s*$/.test(head.trim())) return;
    // A bare heading ("1. Về công tác cán bộ") over plain paragraphs: the paragraphs state the shortcomings.
    // Not a paragraph that ends in a colon: it leads items printed after it ("… tự phê bình và nhận thấy:").
    const plain = ch.headingLike ? ch.blocks.filter((b) => !b.marker && !parseLabel(b.content) && !/:\s*$/.test(b.content.trim()) && !NOT_SHORTCOMING.test(unconfuse(fold(b.content)).trim())) : [];
    for (const b of plain) {
      // "… tự nhận thấy còn một số hạn chế trong … của Hội²" with "² (1) X; (2) Y; (3) Z": the note lists them.
      const listing = namesShortcomings(b.content) ? b.notes.map((n) => footnotes.get(n)).find((fb) => fb !== undefined && splitNumbered(fb.content).length >= 2) : undefined;
      if (listing) {
        for (const it of splitNumbered(listing.content)) push(listing, contentAt(listing) + it.from, it.text, it.number, ch);
        continue;
      }
      // "… còn hai hạn chế …: một là, X; hai là, Y." / "… còn hai hạn chế. Về A, X. Về B, Y.": the items, not the paragraph.
      const items = inlineList(b.content, true) ?? countedSentences(b.content) ?? ordinalSentences(b.content);
      const inline = items ? null : inlineLead(b);
      if (items) for (const it of items) push(b, contentAt(b) + it.from, it.text, it.number, ch);
      else if (inline) for (const it of inline) push(b, it.from, it.text, null, ch);
      else {
        // "Ngoài ra, hạn chế về …": the connective is not part of the shortcoming.
        const skip = CONNECTIVE.exec(b.content)?.[0].length ?? 0;
        push(b, contentAt(b) + skip, b.content.slice(skip), plain.length === 1 ? ch.marker.number : null, ch);
      }
    }
    // A heading whose paragraph leads items printed after it groups them; else the heading states one, or several
    // numbered in its own sentence ("1. Qua giám sát, X chỉ ra 03 hạn chế: (1) …; (2) …; (3) …").
    if (plain.length === 0 && !ch.blocks.some((b) => !b.marker && /:\s*$/.test(b.content.trim()))) {
      // "c) Về lập hồ sơ …²" with "² Theo Thông báo …: (1) …; (2) …": a bare area heading whose footnote states the findings.
      const note = /^\s*(?:Về|Đối với)\s/u.test(head) && ch.blocks.length === 0 ? ch.head.notes.map((n) => footnotes.get(n)).find((fb) => fb !== undefined) : undefined;
      if (note) {
        const listed = splitNumbered(note.content);
        if (listed.length >= 2) for (const it of listed) push(note, contentAt(note) + it.from, it.text, it.number, ch);
        else push(note, contentAt(note), note.content, null, ch);
        return;
      }
      // An item marked "(1)" that runs on inline ("(1) X; (2) Y; (3) Z") holds the whole list.
      const first = ch.marker.kind === 'paren' && /^\(?1\)$/.test(ch.marker.number);
      const numbered = first ? splitNumbered(`(1) ${head}`).map((it) => ({ ...it, from: it.from - 4, to: it.to - 4 })) : splitNumbered(head);
      if (numbered.length >= 2) for (const it of numbered) push(ch.head, contentAt(ch.head) + it.from, it.text, it.number, ch);
      else push(ch.head, contentAt(ch.head), head, ch.marker.number, ch);
    }
  };
  fromBlocks(r, r.blocks);
  for (const ch of r.children) item(ch);
  return out;
}

/** "Đối với hạn chế, khuyết điểm thứ hai", "Đối với tồn tại trong …": a measures heading naming the shortcoming it answers. */
export function isMeasureHeading(text: string): boolean {
  const f = unconfuse(fold(text.replace(/[*_]+/g, ''))).trim();
  if (/^doi voi (cac |nhung )?.{0,24}?(han che|khuyet diem|yeu kem|ton tai)/.test(f)) return true;
  // "Quản lý đại lý thu (hạn chế thứ hai theo kiến nghị kiểm toán)", "Về quản lý kho (tồn tại 2/)": a measures heading
  // naming in parentheses the shortcoming it answers.
  if (/\(\s*(?:khac phuc\s+)?(?:cac\s+)?(?:han che|khuyet diem|yeu kem|ton tai)\s*(?:thu\s+[a-z]+|so\s*\d+|\d+\s*\/?|\(?[ivx\d]+\)?)(?:[^()]|\([^()]*\))*\)/.test(f)) return true;
  // "Về các hạn chế qua tự rà soát năm 2025": a heading naming the source of shortcomings stated before.
  if (/^ve (cac |nhung )?(han che|khuyet diem|ton tai|yeu kem)(,? (han che|khuyet diem))? (qua|theo) /.test(f)) return true;
  // "Về các hạn chế qua kiểm điểm … (điểm 2, Mục II)": a heading that points at where the shortcomings are stated.
  return /^ve (cac |nhung )?.{0,24}?(han che|khuyet diem|yeu kem|ton tai)/.test(f) && /\([^)]*(diem|muc|tiet|khoan)\s*[\divxl]+[^)]*\)/.test(f);
}

/** A shortcoming label that points back at one stated before ("… thứ hai", "… số 2", "… nêu tại điểm 2", "… nêu trên"). */
export function refersBack(label: string): boolean {
  return /(thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|so \d|\s\d+\s*$|neu (tai|tren|o)|da (neu|chi ra))/.test(unconfuse(fold(label)));
}

const ORDINALS = ['nhat', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];

/** The item of a shortcoming part a draft was read from (the part's child it sits under). */
function itemOf(d: ShortcomingDraft): SectionNode | null {
  let s = d.section;
  while (s?.parent?.parent) s = s.parent;
  return s?.parent ? s : null;
}

/**
 * The shortcomings (read from the plan's shortcoming part) that a measures heading points at: "Đối với hạn
 * chế thứ hai" (the one labelled so, else the second), "… nêu tại điểm 2, Mục II" (those of item 2), "Đối với
 * tồn tại trong quản lý đất đai" (those of the item "Về quản lý đất đai:"). Empty when none fits.
 */
export function referencedShortcomings(head: string, drafts: readonly ShortcomingDraft[]): ShortcomingDraft[] {
  const f = unconfuse(fold(head.replace(/[*_]+/g, ''))).trim();
  const top = drafts.filter((d) => d.parentKey === null);
  const point = /(?:diem|muc|khoan|so)\s+(\d{1,2})\b/.exec(f);
  if (point && /neu (tai|o)/.test(f)) return drafts.filter((d) => itemOf(d)?.marker.number === point[1]);
  const ord = /thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b/.exec(f);
  const n = ord ? ORDINALS.indexOf(ord[1]!) + 1 : Number(/(?:han che|khuyet diem|ton tai|yeu kem)\s+(?:so\s+)?(\d{1,2})$/.exec(f)?.[1] ?? 0);
  if (n > 0) {
    const labelled = top.filter((d) => d.group && (ord ? new RegExp(`thu ${ord[1]}$`) : new RegExp(`\\b${n}$`)).test(unconfuse(fold(d.group)).trim()));
    if (labelled.length > 0) return labelled;
    return top[n - 1] ? [top[n - 1]!] : [];
  }
  // The topic after "Đối với tồn tại trong/về …", found in an item's heading.
  const topic = /^doi voi (?:cac |nhung )?(?:(?:han che|khuyet diem|yeu kem|ton tai)[\s,]*(?:va\s+)?)+(?:trong|ve|o|cua|tai|lien quan den)?\s*(.{6,})$/.exec(f)?.[1]?.trim();
  if (!topic) return [];
  return drafts.filter((d) => {
    const item = itemOf(d);
    return item !== null && unconfuse(fold(item.head.content)).includes(topic);
  });
}

/**
 * Splits "(1) A; (2) B" (or "1) A; 2) B", OCR's "l) A") into numbered items; returns one item when unnumbered.
 * Items must count up from 1 (or 2 after an unnumbered first part), so a stray "3)" splits nothing.
 */
export function splitNumbered(text: string): { number: string | null; text: string; from: number; to: number }[] {
  // (Counting up: "… (5) X. Hạn chế (1), (2) do …; hạn chế (3) do …" points back at items, numbering none.)
  let marks: RegExpExecArray[] = [];
  for (const m of text.matchAll(/(?:^|[\s;:.“"])\((\d{1,2})\)\s*/g)) if (Number(m[1]) === (marks.length === 0 ? Number(m[1]) : Number(marks[marks.length - 1]![1]) + 1)) marks.push(m);
  if (marks.length < 2) {
    const bare = [...text.matchAll(/(?:^|[\s;:“"])([1-9l])\)\s+/g)];
    const seq = bare.every((m, i) => (m[1] === 'l' ? 1 : Number(m[1])) === i + 1);
    if (bare.length >= 2 && seq) marks = bare.map((m) => Object.assign([...m.slice(0, 1), m[1] === 'l' ? '1' : m[1]], { index: m.index, input: m.input }) as unknown as RegExpExecArray);
  }
  if (marks.length < 2) marks = ordinalMarks(text);
  if (marks.length < 2) marks = sequenceMarks(text, /(?:^|[\s;:.“"])\((i{1,3}|iv|vi?)\)\s*/g, SMALL_ROMAN);
  if (marks.length < 2) marks = sequenceMarks(text, /(?:^|[\s;:.“"])([a-h])\)\s+/g, LETTERS);
  if (marks.length < 2) return [{ number: null, text: text.trim(), from: 0, to: text.length }];
  const out: { number: string | null; text: string; from: number; to: number }[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    const start = (m.index ?? 0) + m[0].length;
    // (The last item ends before a later sentence that points back at the items: "…. Hạn chế (1), (2) do …".)
    const back = i + 1 < marks.length ? null : /\.\s+(?=\p{Lu}[^.]*?\(\d{1,2}\))/u.exec(text.slice(start));
    const end = i + 1 < marks.length ? (marks[i + 1]!.index ?? text.length) : back ? start + back.index : text.length;
    const t = text.slice(start, end).replace(/[\s;,.”"]+$/, '').trim();
    if (t) out.push({ number: `(${m[1]})`, text: t, from: start, to: start + t.length });
  }
  return out;
}

const SMALL_ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/**
 * "(i) X; (ii) Y" / "…: a) X; b) Y": items inside a sentence marked with small roman numerals or letters, in
 * order from the first, as marks shaped like splitNumbered's (the item's number in group 1).
 */
function sequenceMarks(text: string, re: RegExp, sequence: readonly string[]): RegExpExecArray[] {
  const marks = [...text.matchAll(re)];
  if (marks.length < 2 || !marks.every((m, i) => m[1] === sequence[i])) return [];
  return marks.map((m, i) => Object.assign([m[0], String(i + 1)], { index: m.index, input: text }) as unknown as RegExpExecArray);
}

const COUNTED = [
  ['một là', 'hai là', 'ba là', 'bốn là', 'năm là', 'sáu là'],
  ['thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu'],
];

/**
 * "…: một là, X; hai là, Y." / "thứ nhất, X; thứ hai, Y": items counted in words inside a sentence, in order from
 * the first, as marks shaped like splitNumbered's (the number in group 1).
 */
function ordinalMarks(text: string): RegExpExecArray[] {
  for (const words of COUNTED) {
    const out: RegExpExecArray[] = [];
    let from = 0;
    for (let i = 0; i < words.length; i++) {
      // ("Bốn là (tự nhận qua kiểm điểm), X": a note on the count's source before its comma.)
      const re = new RegExp(String.raw`(?:^|[\s;:.“"])${words[i]}(?:\s*\([^()]{0,60}\))?,\s*`, 'giu');
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) break;
      out.push(Object.assign([m[0], String(i + 1)], { index: m.index, input: text }) as unknown as RegExpExecArray);
      from = m.index + m[0].length;
    }
    if (out.length >= 2) return out;
  }
  return [];
}

/** The paragraph under a bare "Đối với hạn chế" heading, read like the quoted value of that label. */
export function leadParagraph(b: Block, section: SectionNode | null, keyBase: string): ShortcomingDraft[] | null {
  return readQuoted(b, b.content, b.text.length - b.content.length, section, keyBase, null);
}

/** Verbs by which a source states its findings before them: "Kết luận thanh tra chỉ ra:", "Thông báo … chỉ rõ: “…”". */
const REVEALS = 'chỉ ra|chỉ rõ|nêu ra|nêu rõ|kết luận|nhận xét|xác định|phát hiện';
// Compiled once: the source before a quoted finding, a lead ending in the verb, a long scope ending in its source's verb.
const SOURCE_BEFORE_QUOTE = new RegExp(String.raw`^[^:;.“”"]{3,100}?\s(?:${REVEALS})\s*:\s*(?=[“"«])`, 'u');
const REVEALS_LEAD = new RegExp(String.raw`\s(?:${REVEALS}|còn)\s*:$`, 'u');
const SOURCE_REVEALS_LEAD = new RegExp(String.raw`,\s*(?:[Kk]ết luận|[Tt]hông báo|[Đđ]oàn)[^,;.]*\s(?:${REVEALS})\s*:$`, 'u');

/**
 * "Đối với hạn chế: “…”" (optionally followed by numbered sub-items): the quoted shortcoming, and
 * sub-items as children. Returns null when the block is not such a line.
 */
export function quotedShortcoming(b: Block, section: SectionNode | null, keyBase: string): ShortcomingDraft[] | null {
  const content = b.content;
  const lab = parseLabel(content);
  if (!lab || lab.kind !== 'shortcoming') return null;
  // "Đối với hạn chế thứ ba: việc đối chiếu … đã hoàn thành …": a label pointing back at a stated shortcoming, then
  // the measure, unquoted.
  if (/^Đối với\s/iu.test(lab.label) && refersBack(lab.label) && !/^\s*[“"«]/u.test(lab.value)) return null;
  const group = lab.label.replace(/^Đối với\s+/iu, '').trim();
  // "Hạn chế, khuyết điểm: Thông báo số 67-TB/UBKTĐU chỉ rõ: “…”": the source's own lead before the quote.
  const source = SOURCE_BEFORE_QUOTE.exec(lab.value)?.[0].length ?? 0;
  const drafts = readQuoted(b, lab.value.slice(source), b.text.length - content.length + lab.valueAt + source, section, keyBase, group);
  if (drafts && lab.fuzzy) for (const d of drafts) d.fuzzy = true;
  return drafts;
}

const COUNTS_THEM = /(?:^|\s)(?:còn|có)\s+(?:hai|ba|bốn|năm|sáu|một số|các|những|\d{1,2})\s+(?:thiếu sót|hạn chế|tồn tại|khuyết điểm|sai sót|vi phạm|vấn đề)(?:\s+(?:sau|như sau|chủ yếu|sau đây))?$/u;
function readQuoted(b: Block, value: string, offset: number, section: SectionNode | null, keyBase: string, group: string | null): ShortcomingDraft[] | null {
  // Quotes as OCR prints them: straight, reversed (”…“) or one of the pair lost.
  const q = /^\s*[“”"«»']([\s\S]*?)(?:[”“"»«']\s*[.;]?\s*$|[”"»](?=\s)|$)/.exec(value);
  const inner = q ? (q[1] ?? '') : value;
  const innerAt = offset + (q ? value.indexOf(inner) : 0);
  const items = splitNumbered(inner);
  if (items.length === 1 || items.length === 0) {
    const t = inner.replace(/[\s.;]+$/, '').trim();
    return t ? [{ key: keyBase, text: t, number: null, block: b, from: innerAt, to: innerAt + t.length, section, parentKey: null, group }] : null;
  }
  const firstAt = items[0]!.from;
  const headText = inner.slice(0, firstAt).replace(/\s*(?:\(\s?1\s?\)|[1l]\)|(?:[Mm]ột là|[Tt]hứ nhất)(?:\s*\([^()]*\))?\s*,)\s*$/u, '').replace(/[\s:]+$/, '').trim();
  // "Hạn chế (theo Thông báo): (1) …; (2) …": numbered findings with no statement of their own before them have no parent;
  // nor have those after a head that only counts them ("Bếp ăn tập thể còn hai thiếu sót: (1) …; (2) …").
  // Nor those after a topic ("Về quản lý mẫu vật và hồ sơ giám định: (1) …; (2) …").
  const topic = /^(?:Về|Đối với|Trong)\s/u.test(headText) && !FINDING_WORDS.test(headText);
  const parent = headText && !COUNTS_THEM.test(headText) && !topic ? keyBase : null;
  const children: ShortcomingDraft[] = items.map((it, i) => ({ key: `${keyBase}.${i + 1}`, text: it.text, number: it.number, block: b, from: innerAt + it.from, to: innerAt + it.to, section, parentKey: parent, group }));
  if (!parent) return children;
  return [{ key: keyBase, text: headText, number: null, block: b, from: innerAt, to: innerAt + inner.length, section, parentKey: null, group }, ...children];
}

/**
 * An item that states the shortcoming it remedies before its measure: "4.1. Khắc phục tình trạng X: measure",
 * "Khắc phục việc X: measure" → X (the words between the opener and the colon). Only with the colon, and X a
 * clause of its own (≥ 5 words): a plain "Khắc phục tình trạng chậm trễ …" task names no separate finding.
 */
export function remedyHead(b: Block, section: SectionNode | null, key: string): ShortcomingDraft[] | null {
  const m = /^(\s*[*_]*\s*[Kk]hắc phục\s+(?:(?:tình trạng|việc|hạn chế|khuyết điểm)\s+)?)([^:;“"]+?)\s*:\s*\S/u.exec(b.content);
  if (!m || m[2]!.split(/\s+/).length < 5) return null;
  const from = b.text.length - b.content.length + m[1]!.length;
  const text = m[2]!.replace(/[\s.,]+$/, '');
  return [{ key, text, number: null, block: b, from, to: from + text.length, section, parentKey: null, group: null }];
}

/**
 * "**1. Hạn chế thứ nhất.** Việc thẩm định … chưa chặt chẽ …", "**4. Khuyết điểm tự nhận qua kiểm điểm.** Ban Thường vụ
 * chậm …": a bold run-in title naming a finding, then the finding (after its source: "Thông báo số … chỉ rõ: …").
 * Not a measures title ("Đối với hạn chế thứ nhất.", "Khắc phục hạn chế …").
 */
export function runInFinding(b: Block, section: SectionNode | null, key: string): ShortcomingDraft[] | null {
  // (Printed without the bold, as on scans: a finding's own numbered label, "Hạn chế thứ nhất. Việc …".)
  // (Or a title sentence opening with the word: "Khuyết điểm tự nhận qua kiểm điểm năm 2025. Ban Thường vụ chậm …".)
  const run = runInHeading(b) || (NUMBERED_FINDING.exec(b.content) ?? /^\s*(?:[Hh]ạn chế|[Kk]huyết điểm|[Tt]ồn tại)[^.:;]{0,80}\.\s+(?=\p{Lu})/u.exec(b.content))?.[0].length || 0;
  const title = unconfuse(fold(b.content.slice(0, run))).trim();
  if (!run || !/(han che|khuyet diem|ton tai|thieu sot|yeu kem)/.test(title) || /^(doi voi|ve)\s|(khac phuc|giai phap|bien phap|nhiem vu)/.test(title)) return null;
  const rest = b.content.slice(run);
  const source = /^\s*\p{Lu}[^:;.“"]{2,80}?\s(?:chỉ ra|chỉ rõ|nêu rõ|nêu|kết luận|nhận xét)\s*:\s*/u.exec(rest)?.[0].length ?? 0;
  const text = rest.slice(source).trim().replace(/[\s.;]+$/, '');
  if (!FINDING_WORDS.test(text) || text.split(/\s+/).length < 6) return null;
  const from = b.text.length - b.content.length + run + source + (rest.slice(source).length - rest.slice(source).trimStart().length);
  return [{ key, text, number: section?.marker.number ?? null, block: b, from, to: from + text.length, section, parentKey: null, group: null }];
}

/** A numbered item's own text as the finding it states ("1. Kế hoạch lựa chọn nhà thầu … chưa sát …"), if it states one. */
export function numberedFinding(b: Block, section: SectionNode | null, key: string): ShortcomingDraft[] | null {
  // A bold run-in title naming the area ("**1. Về lãnh đạo thực hiện quy chế chuyên môn.** Một số khoa …") is no part of it.
  const run = runInHeading(b);
  const skip = run && !FINDING_WORDS.test(b.content.slice(0, run)) ? run : 0;
  const content = b.content.slice(skip);
  const from = b.text.length - content.length + (content.length - content.trimStart().length);
  const text = content.trim().replace(/^[*_]+|[*_]+$/g, '').trim().replace(/[\s.;:]+$/u, '');
  if (!FINDING_WORDS.test(text) || text.split(/\s+/).length < 6) return null;
  return [{ key, text, number: section?.marker.number ?? null, block: b, from, to: from + text.length, section, parentKey: null, group: null }];
}

/** Words that state a finding ("chưa kịp thời", "còn yếu", "không tổ chức đủ"). */
export const FINDING_WORDS = /(?<![\p{L}])(?:chưa|còn|không|yếu|chậm|thiếu|sai|vi phạm|hạn chế)(?![\p{L}])/u;

/**
 * A paragraph of an action part that states the finding its measures answer, in running prose:
 * "Qua kiểm tra, X chỉ ra: <finding>", "X đánh giá <finding>", "Tự kiểm điểm, X nhận thấy mình <finding>", or
 * "<finding>. Để khắc phục, <measure>". The finding, and whether it is the whole paragraph (then no task).
 */
export function findingParagraph(b: Block, section: SectionNode | null, key: string): { draft: ShortcomingDraft; whole: boolean } | null {
  const content = b.content;
  const contentAt = b.text.length - content.length;
  const draft = (at: number, text: string): ShortcomingDraft => ({ key, text, number: null, block: b, from: at, to: at + text.length, section, parentKey: null, group: null });
  // "… . Để khắc phục, …": the sentences before it state the finding.
  const remedy = /(?<=[.;]\s+)Để khắc phục(?:\s[^,.;:]{0,40})?\s*,\s*/u.exec(content);
  // "Để khắc phục hạn chế “<finding>”, X …": the finding quoted in the clause that opens the measure.
  const quoted = /^\s*Để khắc phục\s+(?:(?:các|những)\s+)?(?:hạn chế|khuyết điểm|tồn tại|yếu kém|thiếu sót)(?:,\s*(?:hạn chế|khuyết điểm))?\s*[“"]([^”"]{10,400})[”"]/u.exec(content);
  if (quoted) {
    const text = quoted[1]!.trim().replace(/[\s.;:]+$/, '');
    const at = contentAt + quoted[0].indexOf(quoted[1]!) + (quoted[1]!.length - quoted[1]!.trimStart().length);
    return { draft: draft(at, text), whole: false };
  }
  const intro =
    // Also a finding quoted after its source: "Kết luận thanh tra nêu (tiếp): “<finding>”".
    /^\s*(?:Qua\s[^,:;.]{2,40},\s*)?\p{Lu}[^:;.“"]{2,80}?\s(?:chỉ ra|chỉ rõ|nêu rõ|nêu|kết luận|nhận xét|phát hiện|tự nhận|tự chỉ ra)(?:\s+tiếp)?\s*:\s*[“"]?(?=[\p{L}\d])/u.exec(content) ??
    // "Qua kiểm điểm, X tự nhận khuyết điểm là <finding>".
    /^\s*(?:(?:Qua|Tự)\s[^,:;.]{2,40},\s*)?\p{Lu}[^:;.“"]{2,80}?\s(?:chỉ ra|nêu|tự nhận|nhận thấy|thẳng thắn nhận)\s+(?:(?:các|những|một số)\s+)?(?:hạn chế|khuyết điểm|tồn tại|thiếu sót)(?:,\s*(?:hạn chế|khuyết điểm))?\s+(?:chủ yếu\s+)?là\s*:?\s*(?=\p{Ll})/u.exec(content) ??
    /^\s*(?:(?:Qua|Tự)\s[^,:;.]{2,40},\s*)?\p{Lu}[^:;.“"]{2,80}?\s(?:đánh giá|nhận thấy(?:\s+mình)?|thẳng thắn nhận(?:\s+thấy)?)\s+(?=\p{Ll})/u.exec(content) ??
    // "Qua kiểm tra thực tế tại xóm X, Đoàn thanh tra xác định <finding>": what the inspecting body found there.
    /^\s*Qua\s[^,:;.]{2,60},\s*(?:Đoàn|Tổ|Kết luận|Thanh tra|Kiểm toán|Ủy ban Kiểm tra)[^:;.“",]{0,60}?\s(?:xác định|phát hiện)\s+(?=\p{Ll})/u.exec(content);
  const from = intro ? intro[0].length : remedy ? content.length - content.trimStart().length : -1;
  if (from < 0) return null;
  const end = remedy && remedy.index > from ? remedy.index : content.length;
  const text = content.slice(from, end).replace(/[\s.;:”"]+$/, '');
  // A finding says what is lacking (or is quoted from its source), and is more than a few words; numbered findings are
  // the list readers'.
  const fromQuote = intro !== null && /[“"]$/u.test(intro[0]);
  if ((!FINDING_WORDS.test(text) && !fromQuote) || text.split(/\s+/).length < 6 || splitNumbered(text).length >= 2) return null;
  return { draft: draft(contentAt + from, text), whole: end === content.length };
}

/**
 * A lead line naming shortcomings and ending in a colon ("Các hạn chế, khuyết điểm được chỉ ra:",
 * "Những tồn tại, yếu kém cần khắc phục:", "Đoàn kiểm tra chỉ ra các hạn chế sau:") — not a measures line
 * ("Nhiệm vụ khắc phục hạn chế trên:") nor causes ("Nguyên nhân của hạn chế:"): the shortcoming word comes
 * before any such word.
 */
export function isShortcomingLead(b: Block): boolean {
  const whole = b.content.trim().replace(/[*_]+/g, '').trim();
  if (!/:$/.test(whole) || whole.includes('“')) return false;
  // "Đoàn kiểm tra chỉ ra:", "Kết luận nêu rõ:": findings follow.
  // Also "Qua kiểm điểm, các đồng chí … còn:": what they still fall short in follows.
  // (A long scope before it: "Đối với nguồn vốn … (phê duyệt tại …), Kết luận thanh tra chỉ ra:".)
  if (whole.length <= 200 && REVEALS_LEAD.test(whole)) return true;
  if (/^[^,]{2,80}$/u.test(/[^,;.]*$/.exec(whole)?.[0] ?? '') && SOURCE_REVEALS_LEAD.test(whole)) return true;
  // A paragraph may end in the lead ("…, giảm 0,12 điểm so với năm 2024; còn các tồn tại sau:"): its last clause.
  const last = (/[^.;]*$/.exec(whole)?.[0] ?? '').trim();
  if (last.length <= 200 && namesShortcomings(last)) return true;
  return whole.length <= 200 && namesShortcomings(whole);
}

/** A lead clause that names shortcomings, not measures or causes ("Nguyên nhân của hạn chế:"). */
function namesShortcomings(t: string): boolean {
  const f = unconfuse(fold(t));
  const sc = /(han che|khuyet diem|yeu kem|ton tai)/.exec(f);
  if (!sc) return false;
  // Measures and causes are listed under such lines too ("Nguyên nhân của hạn chế:"): not shortcomings.
  // "… về kết quả tự rà soát chỉ ra các hạn chế:": the results of a review are where findings come from, not measures.
  // (Only near the shortcomings: "… hoàn thành tốt nhiệm vụ chuyên môn, đồng thời chỉ ra các hạn chế sau:" leads them.)
  const from = Math.max(0, sc.index - 40);
  // (Not a rating: "… được xếp loại hoàn thành tốt nhiệm vụ, song còn những hạn chế sau:".)
  const measures = /((?<!hoan thanh (?:tot |xuat sac )?)nhiem vu|giai phap|bien phap|khac phuc|phuong huong|nguyen nhan|ket qua(?! (?:tu )?(?:ra soat|kiem tra|kiem diem|thanh tra|giam sat|kiem toan))|uu diem)/.exec(f.slice(from));
  return !measures || from + measures.index > sc.index;
}

const ITEM_KINDS = new Set(['bullet', 'letter', 'paren']);

/**
 * A paragraph that states its shortcomings inline after a lead ending in "là:", "gồm:" or "sau:" ("Báo cáo kiểm điểm
 * chỉ ra hai hạn chế chủ yếu là: X; Y."): the ";" clauses after the colon (offsets in the block's text), or null.
 */
function inlineLead(b: Block): { text: string; from: number; to: number }[] | null {
  // Also a lead closing on the shortcoming noun itself ("… chỉ ra thêm các hạn chế: X; Y.").
  // Or on "cụ thể" after it ("… còn hai hạn chế, cụ thể: X; Y.").
  const m = /^(.{0,200}?)(?:\s(?:là|gồm|sau|như sau)|(?<=(?:hạn chế|khuyết điểm|tồn tại|yếu kém|thiếu sót))(?:,?\s*cụ thể(?:\s+(?:là|như sau))?)?)\s*:\s*(?=\S)/u.exec(b.content);
  // Not a label quoting its shortcoming ("Đối với hạn chế: “…”"), read by the label readers.
  if (!m || m[1]!.includes('“') || /^[\s*_]*Đối với/u.test(m[1]!) || /^[“"«]/u.test(b.content.slice(m[0].length)) || !namesShortcomings(m[1]!.replace(/[*_]+/g, ''))) return null;
  const at = b.text.length - b.content.length + m[0].length;
  // (The causes that may follow in the same paragraph, "…. Nguyên nhân chủ yếu là …; …", are none.)
  const listed = b.content.slice(m[0].length).split(/\.\s+(?=Nguyên nhân)/u)[0]!;
  // ("…; Z. Qua kiểm điểm, Chi bộ tự nhận thêm: W.": one more after its own lead.)
  const moreAt = [...listed.matchAll(/\.\s+(?=\p{Lu})/gu)].find((x) => MORE_LEAD.test(listed.slice((x.index ?? 0) + x[0].length)));
  const body = listed.slice(0, moreAt ? moreAt.index : listed.length).replace(/[\s.]+$/, '');
  const out: { text: string; from: number; to: number }[] = [];
  for (const { text: part, at: pos } of semicolonParts(body)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text.split(/\s+/).length >= 4) out.push({ text, from: at + pos + lead, to: at + pos + lead + text.length });
  }
  if (moreAt && out.length >= 2) {
    const from = (moreAt.index ?? 0) + moreAt[0].length;
    const lead = MORE_LEAD.exec(listed.slice(from))![0].length;
    const text = listed.slice(from + lead).trim().replace(/[\s.]+$/, '');
    if (FINDING_WORDS.test(text)) out.push({ text, from: at + from + lead, to: at + from + lead + text.length });
  }
  return out.length >= 2 ? out : null;
}

/**
 * Letter or "(1)" items right after a shortcoming lead line ("Hạn chế được chỉ ra:" / "a) …" / "b) …") are
 * the listed shortcomings, not sub-parts: they move back into the section's own blocks (with the blocks the
 * last one carries, where the measures label begins), so they are read like bullets.
 */
export function flattenListedItems(s: SectionNode): void {
  const lead = s.blocks[s.blocks.length - 1];
  if (!lead || !isShortcomingLead(lead)) return;
  let n = 0;
  const lifted: SectionNode[] = [];
  for (const ch of s.children) {
    if ((ch.marker.kind !== 'letter' && ch.marker.kind !== 'paren') || parseLabel(ch.head.content)) break;
    // "c) <finding>" / "*Biện pháp khắc phục:*" / "(4) …": the measures after the last finding's label are the section's,
    // though numbered below the finding.
    if (ch.children.length > 0) {
      if (parseLabel(ch.blocks[0]?.content ?? '')?.kind !== 'solutions') break;
      for (const k of ch.children) k.parent = s;
      lifted.push(...ch.children);
    }
    n++;
    s.blocks.push(ch.head, ...ch.blocks);
    if (ch.blocks.length > 0) break;
  }
  s.children.splice(0, n, ...lifted);
}

/**
 * Shortcomings listed as bullets (or "a)", "(1)" items) under such a lead line: each item until the first
 * block that is not one is a shortcoming; without markers, each paragraph up to a measures label ("Nhiệm vụ
 * khắc phục:"). Returns the drafts and the blocks they consumed (lead and items).
 */
export function listedShortcomings(blocks: readonly Block[], section: SectionNode | null, nextKey: () => string, headLead: Block | null = null): { drafts: ShortcomingDraft[]; consumed: Block[] } {
  const drafts: ShortcomingDraft[] = [];
  const consumed: Block[] = [];
  const add = (b: Block, text: string, number: string | null, from: number, to: number) => drafts.push({ key: nextKey(), text, number, block: b, from, to, section, parentKey: null, group: null });
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i]!;
    // "… còn các hạn chế, khuyết điểm: (1) …; (2) …" — numbered items inside the paragraph; "… thêm hai hạn chế.
    // Thứ nhất là X. Thứ hai là Y." — counted ones in the sentences after.
    // (Not a paragraph that leads items printed after it: "… chỉ ra hai khuyết điểm. … tự nhận thêm một hạn chế. Cụ thể:".)
    const numbered = lead.marker?.kind === 'bullet' || parseLabel(lead.content) ? null : (inlineList(lead.content) ?? (/:\s*$/.test(lead.content.trim()) ? null : countedSentences(lead.content)));
    if (numbered) {
      consumed.push(lead);
      const at = lead.text.length - lead.content.length;
      for (const it of numbered) add(lead, it.text, it.number, at + it.from, at + it.to);
      continue;
    }
    // "**Hạn chế 2.** <finding>" over "Biện pháp:": a finding numbered by its own label, as its measures follow.
    const own = lead.marker ? null : NUMBERED_FINDING.exec(lead.content);
    if (own && parseLabel(blocks[i + 1]?.content ?? '')?.kind === 'solutions') {
      const rest = lead.content.slice(own[0].length);
      const text = rest.trim().replace(/[\s.;]+$/, '');
      const at = lead.text.length - rest.trimStart().length;
      if (text.split(/\s+/).length >= 6) {
        consumed.push(lead);
        add(lead, text, null, at, at + text.length);
        continue;
      }
    }
    // (A labelled, quoted finding, "Hạn chế: X chỉ rõ: “…; …”", is the quote readers'.)
    const inline = lead.marker?.kind === 'bullet' || parseLabel(lead.content)?.kind === 'shortcoming' ? null : inlineLead(lead);
    if (inline) {
      // "… chỉ ra hai hạn chế chủ yếu là: X; Y." — the clauses after the colon.
      consumed.push(lead);
      for (const it of inline) add(lead, it.text, null, it.from, it.to);
      continue;
    }
    // Also a lead that counts them without a colon, before paragraphs numbered in words ("… còn hai hạn chế." / "Thứ nhất, …").
    const countedLead = !lead.marker && COUNTED_LEAD_END.test(lead.content) && ORDINAL_WORDS.test(blocks[i + 1]?.content ?? '');
    if (lead !== headLead && !countedLead && (lead.marker?.kind === 'bullet' || !isShortcomingLead(lead))) continue;
    const items: Block[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (!b.marker || !ITEM_KINDS.has(b.marker.kind) || parseLabel(b.content)?.kind === 'solutions') break;
      items.push(b);
    }
    if (items.length === 0) {
      // Items whose bullets OCR lost (or were never printed): plain paragraphs up to a measures label.
      const sol = blocks.findIndex((b, j) => j > i && parseLabel(b.content)?.kind === 'solutions');
      const between = sol > i + 1 ? blocks.slice(i + 1, sol) : [];
      if (between.length > 0 && between.length <= 8 && between.every((b) => !parseLabel(b.content) && (!b.marker || ITEM_KINDS.has(b.marker.kind)))) items.push(...between);
    }
    // "*Về xây dựng tổ chức đảng:* X." / "*Về quản lý tài chính:* Y.": paragraphs each opening with an area label.
    if (items.length === 0) for (let j = i + 1; j < blocks.length && !blocks[j]!.marker && !['solutions', 'role', 'deadline'].includes(parseLabel(blocks[j]!.content)?.kind ?? '') && areaLabel(blocks[j]!.content); j++) items.push(blocks[j]!);
    // "Thứ nhất, … / Thứ hai, …" (or "Một là, …"): paragraphs numbered in words.
    if (items.length === 0) for (let j = i + 1; j < blocks.length && !blocks[j]!.marker && ORDINAL_WORDS.test(blocks[j]!.content); j++) items.push(blocks[j]!);
    if (items.length === 0) continue;
    consumed.push(lead, ...items);
    for (const b of items) {
      // Drop the leading spaces, and a "Thứ nhất, " of an unmarked paragraph.
      let skip = (b.marker ? null : ORDINAL_WORDS.exec(b.content))?.[0].length ?? b.content.length - b.content.trimStart().length;
      skip += labelSkip(b.content.slice(skip));
      const at = b.text.length - b.content.length + skip;
      const text = b.content.slice(skip).trim().replace(/[\s.;]+$/, '');
      const inline = inlineList(text);
      if (inline) {
        for (const it of inline) add(b, it.text, it.number, at + it.from, at + it.to);
        continue;
      }
      const number = b.marker?.kind === 'bullet' ? null : (b.marker?.number ?? null);
      if (text) add(b, text, number, at, at + text.length);
    }
    i += items.length;
  }
  return { drafts, consumed };
}

/** "**Hạn chế 2.** ", "Tồn tại thứ ba. ": a finding's own numbered label, run in before its text. */
const NUMBERED_FINDING = /^\s*[*_]*\s*(?:[Hh]ạn chế|[Tt]ồn tại|[Kk]huyết điểm)(?:,\s*(?:khuyết điểm|hạn chế))?\s+(?:số\s+)?(?:\d{1,2}|thứ\s+\p{Ll}+)\s*[.:]?\s*[*_]*\s*[.:]?\s*(?=\p{Lu})/u;

/**
 * A paragraph that names its shortcomings inline after a lead ending in ":" ("… còn hai hạn chế: (1) …; (2) …"):
 * the numbered items, or null when the paragraph is one shortcoming.
 */
const COUNT_WORDS: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6 };
/** A count of shortcomings ("hai hạn chế trong …"). */
const COUNT_OF_SHORTCOMINGS = String.raw`(?<![\p{L}])(hai|ba|bốn|năm|sáu|0?[2-9])\s+(?:hạn chế|khuyết điểm|tồn tại|yếu kém)[^.:;]*`;
/** A paragraph that ends by counting the shortcomings the paragraphs after it state ("… còn hai hạn chế trong …."). */
const COUNTED_LEAD_END = new RegExp(String.raw`${COUNT_OF_SHORTCOMINGS}[.:]?\s*$`, 'u');
const COUNTED_LEAD = new RegExp(String.raw`${COUNT_OF_SHORTCOMINGS}\.\s+(?=\p{Lu})`, 'u');

/** A connective opening a sentence that states one more shortcoming ("Đó là, …", "Bên cạnh đó, …", "Ngoài ra, …"). */
const CONNECTIVE = /^\s*(?:Đó là|Bên cạnh đó|Ngoài ra|Mặt khác|Đồng thời|Cùng với đó|Thêm vào đó|Trước hết|Cuối cùng)[,:]\s*/u;

/**
 * "… chỉ ra thêm hai hạn chế. Công tác X …. Việc Y …." — a sentence that counts the shortcomings, then as many
 * sentences stating them (an area opener "Về công tác tuyển sinh, " is not part of one). Null unless the count fits.
 */
function countedSentences(text: string): ReturnType<typeof splitNumbered> | null {
  const lead = COUNTED_LEAD.exec(text);
  if (!lead) return null;
  const n = COUNT_WORDS[lead[1]!.toLowerCase()] ?? Number(lead[1]);
  const start = lead.index + lead[0].length;
  const out: ReturnType<typeof splitNumbered> = [];
  for (const m of text.slice(start).matchAll(/[^.]+(?:\.(?=\d)[^.]+)*(?:\.|$)/gu)) {
    const raw = m[0];
    // The causes follow the shortcomings ("Nguyên nhân …"), in the same paragraph when blank lines were lost.
    if (/^\s*Nguyên nhân/u.test(raw)) break;
    const joint = CONNECTIVE.exec(raw)?.[0].length ?? 0;
    const area = joint + ((/^\s*Về\s[^,.;]{2,60},\s*/u.exec(raw.slice(joint)) ?? ORDINAL_WORDS.exec(raw.slice(joint)))?.[0].length ?? raw.slice(joint).length - raw.slice(joint).trimStart().length);
    const t = raw.slice(area).replace(/[\s.]+$/, '');
    if (t) out.push({ number: null, text: t, from: start + (m.index ?? 0) + area, to: start + (m.index ?? 0) + area + t.length });
  }
  return out.length === n ? out : null;
}

/** "… còn những hạn chế sau. Một là, X. Hai là, Y …": a lead naming the shortcomings that ordinal sentences state. */
const ORDINAL_LEAD = /(?:những|các)\s+(?:hạn chế|khuyết điểm|tồn tại|yếu kém)[^.:;]{0,60}?\s(?:sau|như sau)\s*[.:]\s+(?=(?:Một là|Thứ nhất)[\s,:])/u;
const ORDINAL_OPENING = new RegExp(String.raw`(?<=^|[.;]\s+)(?:${ORDINAL_LA}|${ORDINAL_THU})\s*[,:]?\s*`, 'gu');

/** The shortcomings such ordinal sentences state, each running to the next ordinal (one may hold several sentences). */
function ordinalSentences(text: string): ReturnType<typeof splitNumbered> | null {
  // Or a paragraph that opens with the first ("Thứ nhất, X. Thứ hai, Y."), under a heading that leads it.
  const lead = ORDINAL_LEAD.exec(text) ?? /^\s*(?=(?:Một là|Thứ nhất)[\s,:])/u.exec(text);
  if (!lead) return null;
  const start = lead.index + lead[0].length;
  const marks = [...text.slice(start).matchAll(ORDINAL_OPENING)];
  if (marks.length < 2) return null;
  return marks.map((m, i) => {
    const from = start + m.index + m[0].length;
    const end = i + 1 < marks.length ? start + marks[i + 1]!.index : text.length;
    const t = text.slice(from, end).replace(/[\s.;]+$/u, '');
    return { number: null, text: t, from, to: from + t.length };
  });
}

/**
 * The paragraphs under a findings label ("a) Hạn chế, khuyết điểm" / "Thông báo số 86-TB/UBKTĐU kết luận:" / "“…;" /
 * "“….”"), each one finding without its quotes; the lead that ends with ":" only introduces them.
 */
export function labelledParagraphs(s: SectionNode, nextKey: () => string): ShortcomingDraft[] {
  const out: ShortcomingDraft[] = [];
  s.blocks.forEach((b, i) => {
    if (b.marker || parseLabel(b.content) || (i === 0 && /:\s*$/.test(b.content) && !/[“"]/.test(b.content))) return;
    const at = b.text.length - b.content.length;
    const lead = /^[\s“"]*/.exec(b.content)![0].length;
    const text = b.content.slice(lead).replace(/[\s.;:,”"]+$/u, '');
    if (text.length > 10) out.push({ key: nextKey(), text, number: null, block: b, from: at + lead, to: at + lead + text.length, section: s, parentKey: null, group: null });
  });
  return out;
}

/**
 * `inPart`: the paragraph stands in a part that states shortcomings, so its lead need not name them ("Đảng ủy
 * tự phê bình và xác định: thứ nhất, X; thứ hai, Y.").
 */
function inlineList(text: string, inPart = false): ReturnType<typeof splitNumbered> | null {
  const items = splitNumbered(text);
  if (items.length < 2) return null;
  // The first mark may not be 1: "…: (3) X; (4) Y" keeps the numbering of a list begun elsewhere.
  const lead = text.slice(0, items[0]!.from).replace(/\s*(?:\(\s?(?:\d{1,2}|[ivx]{1,4})\s?\)|[1la]\)|(?:một là|thứ nhất),)\s*$/iu, '').trim();
  // A finding stated in prose, then detailed ("… quản lý đất quốc phòng chưa chặt chẽ, cụ thể: (1) …; (2) …"), lists its own.
  const detailed = /cụ thể\s*:$/u.test(lead) && FINDING_WORDS.test(lead);
  return lead.endsWith(':') && (inPart || detailed || SHORTCOMING_WORDS.test(unconfuse(fold(lead)))) ? items : null;
}

export { SHORTCOMING_WORDS };
