import { runInHeading, type Block } from './blocks.ts';
import { clauseParts, semicolonParts } from './clauses.ts';
import { findDeadlines, isDeadlineSentence, type DeadlineHit } from './deadlines.ts';
import { fold } from './fold.ts';
import { matchPrefix, unconfuse } from './fuzzy.ts';
import { ORDINAL_WORDS } from './markers.ts';
import { THANG, THUC_HIEN, THUONG_XUYEN } from './ocr-words.ts';
import { parseLabel, parseLabels, type Label, type Role } from './labels.ts';
import { headingLike, type SectionNode, type SectionTree } from './sections.ts';
import { leadFindings } from './lead-findings.ts';
import { findingParagraph, flattenListedItems, labelledParagraphs, isMeasureHeading, isShortcomingGroup, isShortcomingList, leadParagraph, listedShortcomings, numberedFinding, partShortcomings, quotedShortcoming, runInFinding, referencedShortcomings, refersBack, remedyHead, splitNumbered, type ShortcomingDraft } from './shortcomings.ts';
import { cellItems, isGroupRow, readTables, tableBlocks, type ColumnKind } from './tables.ts';
import { cleanUnit, jointUnitLine, namesPost, namesUnitsInLowerCase, opensWithVerb, personOrUnits, ROLE_OF_WORD, sentenceUnits, trimToKnownUnits, unitLine, unitsWithOwnRoles } from './units.ts';

/** A span of a block that an item was read from. */
export interface Span {
  block: Block;
  from: number;
  to: number;
}

export interface ResponsibleDraft extends Span {
  unit: string;
  role: Role;
  /** Read through an OCR-damaged label. */
  fuzzy?: boolean;
}

export interface DeadlineDraft extends Span {
  hit: DeadlineHit;
  /** The task it belongs to (index in tasks), or null when it applies to several. */
  task: number | null;
}

export interface TaskDraft {
  number: string | null;
  section: SectionNode;
  spans: Span[];
  shortcomingKeys: string[];
  responsible: ResponsibleDraft[];
  deadlines: DeadlineDraft[];
  /** Deadline stated for the whole section (a "Thời gian …:" line) when the task has none of its own. */
  sharedDeadline: DeadlineDraft | null;
  done: boolean;
}

export interface PlanItems {
  tasks: TaskDraft[];
  shortcomings: ShortcomingDraft[];
  deadlines: DeadlineDraft[];
}

/** Words of a parenthesised deadline phrase (OCR-tolerant). */
const DEADLINE_WORDS = new RegExp(String.raw`(hoan thanh|${THUC_HIEN}|thoi gian|truoc|trong|${THUONG_XUYEN}|quy|${THANG}|nam)`);

/** Parts that state aims and requirements or report results: not tasks. */
const NON_ACTION = /^(muc dich|yeu cau|muc tieu|quan diem|can cu|tinh hinh|ket qua|danh gia|thuc trang|uu diem|boi canh|dac diem|phuong cham)/;

const NON_ACTION_WORDS = ['muc dich', 'yeu cau', 'muc tieu', 'quan diem', 'can cu', 'tinh hinh', 'thuc trang', 'boi canh'];

function isActionRoot(s: SectionNode): boolean {
  const f = unconfuse(fold(s.head.content)).trim();
  // OCR-damaged headings ("MUC PICH") are matched fuzzily.
  return !NON_ACTION.test(f) && !matchPrefix(f, NON_ACTION_WORDS, 0.2) && !isShortcomingList(s);
}

/**
 * A block that is one paragraph: no line inside it ends a sentence (without blank lines, text read from a page joins
 * paragraphs whose last line happens to be full; such a join is no single paragraph).
 */
function oneParagraph(b: Block): boolean {
  return b.lines.slice(0, -1).every((l) => !/[.:]\s*$/.test(l.text));
}

/**
 * "- Các chi bộ xí nghiệp, phân xưởng:" over "+" items: a bullet naming a unit alone leads the sub-items after it (no
 * task itself); each of them is that unit's, opening with its verb.
 */
function bulletUnitLeads(bs: readonly Block[]): { leads: Set<Block>; unitOf: Map<Block, string> } {
  const leads = new Set<Block>();
  const unitOf = new Map<Block, string>();
  let unit: string | null = null;
  bs.forEach((b, i) => {
    if (b.marker?.number === '+') {
      if (unit) unitOf.set(b, unit);
      return;
    }
    unit = b.marker?.number === '-' && b.content.trim().endsWith(':') && bs[i + 1]?.marker?.number === '+' ? unitLine(b.content) : null;
    if (unit) leads.add(b);
  });
  return { leads, unitOf };
}

/** An item headed only by the findings' label ("a) Hạn chế, khuyết điểm") beside one headed by the measures' label. */
function findingsItem(s: SectionNode): boolean {
  const measures = (o: SectionNode) => /^(bien phap|giai phap|nhiem vu)/.test(unconfuse(fold(o.head.content.replace(/[*_]+/g, ''))).trim());
  return s.children.length === 0 && s.headingLike && s.blocks.length > 0 && isShortcomingList(s) && (s.parent?.children.some((o) => o !== s && measures(o)) ?? false);
}

/** A heading that names a topic ("Về công tác cán bộ", "Đối với tồn tại trong …"), not a measure of its own. */
function topicHeading(s: SectionNode): boolean {
  const f = unconfuse(fold(s.head.content.replace(/[*_]+/g, ''))).trim();
  // "4. Khắc phục các hạn chế qua tự kiểm tra", "1. Chỉnh lý hồ sơ (khắc phục nội dung Một là)" over paragraphs: the
  // measures of a group of shortcomings.
  const measures = /^khac phuc (cac |nhung )?(han che|khuyet diem|yeu kem|ton tai)/.test(f) || /\(\s*khac phuc\s/.test(f);
  return s.headingLike && (/^(ve|doi voi|linh vuc)\s/.test(f) || measures || isShortcomingGroup(s));
}

/** A section inside a part that holds the shortcomings with their measures ("II. TỒN TẠI, HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC"). */
function combinedPart(s: SectionNode): boolean {
  let r = s;
  while (r.parent) r = r.parent;
  const f = unconfuse(fold(r.head.content));
  return r !== s && /(han che|khuyet diem|ton tai|yeu kem)/.test(f) && /(giai phap|bien phap|nhiem vu|khac phuc)/.test(f);
}

/** "1. Ban Thường vụ phân công:" over "- Đồng chí A, Bí thư …: chỉ đạo chung." bullets: one task, its assignments. */
function assignmentList(lead: string, items: readonly Block[]): boolean {
  return /phân công[^:]*:\s*$/iu.test(lead.trim()) && items.length > 0 && items.every((b) => b.marker?.kind === 'bullet' && /^\s*(?:[Đđ]ồng chí|[Đđ]\/c|[Cc]ác đồng chí)\s/u.test(b.content));
}

/**
 * "**Về hợp đồng khoán bảo vệ rừng**" over "-" measures: an unnumbered heading that names an area (in bold, or opening
 * with "Về"/"Đối với" and no sentence end), no measure itself.
 */
function areaHeading(b: Block): boolean {
  const t = b.content.trim();
  if (b.marker || t.length > 120 || /[.;:,]$/.test(t)) return false;
  return AREA_OPENING.test(t) || (b.lines.length === 1 && /^\s*\*\*[^*]+\*\*\s*$/.test(b.lines[0]?.raw ?? ''));
}
/** The words that open the name of an area of work ("Về công tác kiểm tra", "Đối với hồ sơ …"). */
const AREA_OPENING = /^\s*(?:Về|Đối với|Nhóm|Lĩnh vực)\s/u;

/** The plan's closing request ("Quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo …"): no measure. */
const CLOSING_NOTE = /^\s*(?:Trong\s+)?quá trình thực hiện,?\s+(?:nếu\s+)?có\s+(?:khó khăn,?\s+)?vướng mắc/iu;

/** The causes of the shortcomings ("Nguyên nhân của những tồn tại trên …"), stated among the measures: no measure. */
const CAUSES = /^\s*Nguyên nhân(?:\s+(?:chủ yếu|chính|chủ quan|khách quan))?(?:\s+(?:của|là|do)|\s*:)/u;

/**
 * "Đồng chí A, … chịu trách nhiệm trực tiếp chỉ đạo các nội dung trên." (or "… tại Mục 5 và Mục 6"): who directs the
 * measures, no measure.
 */
/** A paragraph that only names who oversees the items above it: "(Phân công) đồng chí A, <posts>, theo dõi, chỉ đạo.". */
const OVERSIGHT_LINE = /^\s*(?:Phân công\s+)?[Đđ]ồng chí\s+[^.;:]{3,200}?[\s,]+(?:theo dõi|chỉ đạo|đôn đốc)(?:,\s*(?:theo dõi|chỉ đạo|đôn đốc))*\.?\s*$/u;
const BACK_REFERENCE = /(?:nội dung|nhiệm vụ|việc|giải pháp|biện pháp)\s+(?:(?:nêu\s+|đã nêu\s+)?(?:ở\s+)?trên(?![\p{L}])|tại\s+[Mm]ục\s)/u;

/**
 * Paragraphs that each open by assigning work to a unit or comrade of their own ("Giao Trung tâm X …" / "Văn phòng Y
 * phối hợp …" / "Giao đồng chí A, …"): separate measures under their heading (the same subject throughout is one
 * measure told in several paragraphs).
 */
function separateWork(texts: readonly string[]): boolean {
  const subjects = texts.map((t) => sentenceUnits(t.slice(REMEDY_LABEL.exec(t)?.[0].length ?? 0)).find((u) => u.from <= 20)?.unit);
  const named = subjects.filter((u) => u !== undefined);
  // (A later paragraph with no doer of its own, "Từ nay, hợp đồng … được rà soát hằng quý", is a standing rule of its own.)
  return subjects[0] !== undefined && named.length >= 2 && named.length >= subjects.length - 1 && new Set(named).size === named.length;
}

/** "Khắc phục hạn chế tại điểm 1.3: <measure>": the shortcoming a measure answers, named before it. */
const REMEDY_LABEL = /^\s*(?:[-+•]\s*)?(?:Khắc phục|Đối với)\s+(?:các\s+)?(?:hạn chế|khuyết điểm|tồn tại|thiếu sót)(?:[^:;.]|\.(?=\d)){0,40}:\s*(?=\p{Lu})/u;

interface Ctx {
  shortcomingKeys: string[];
  inheritedUnit: string | null;
  /** Further units a heading names with the inherited one ("2. Trạm số 2 và Trạm số 3"), in the same role. */
  jointUnits: readonly string[];
  inheritedRoles: ResponsibleDraft[];
}

/** Walks the section tree and reads tasks (with units and deadlines) and shortcomings. */
export function readPlanItems(tree: SectionTree, footnotes: Map<string, Block>): PlanItems {
  const tasks: TaskDraft[] = [];
  const shortcomings: ShortcomingDraft[] = [];
  const deadlines: DeadlineDraft[] = [];
  let sk = 0;
  // A plan that states its shortcomings in a part of their own refers back to them from the measures.
  const hasShortcomingPart = tree.roots.some(isShortcomingList);
  const partDrafts: ShortcomingDraft[] = [];

  const groupShortcomings = (s: SectionNode): string[] => {
    const keys: string[] = [];
    // A misread footnote mark left at the heading's end ("… cán bộ!", "… cơ sở”") is not part of the label.
    const head = s.head.content.trim();
    const group = s.head.notes.length > 0 && !head.includes('“') ? head.replace(/(?<=\p{L})[!?®©°'’”"*‡†`´]+$/u, '') : head;
    for (const n of s.head.notes) {
      const fb = footnotes.get(n);
      if (!fb) continue;
      const body = fb.content;
      const items = splitNumbered(body);
      const base = `s${++sk}`;
      items.forEach((it, i) => {
        const key = items.length > 1 ? `${base}.${i + 1}` : base;
        const t = it.text.replace(/[\s.;]+$/, '');
        const fuzzy = fb.lines[0]?.noteFuzzy === true || !s.head.lines.some((l) => l.notes.includes(n));
        shortcomings.push({ key, text: t, number: it.number, block: fb, from: fb.text.length - body.length + it.from, to: fb.text.length - body.length + it.from + t.length, section: s, parentKey: null, group, ...(fuzzy ? { fuzzy } : {}) });
        keys.push(key);
      });
    }
    // "Đối với hạn chế thứ hai", "Đối với tồn tại trong …": a measures heading pointing at a shortcoming, not one; nor
    // a group heading over labelled findings ("A. Hạn chế qua kiểm điểm" / "Hạn chế 1: …").
    const labelled = s.blocks.some((b) => { const l = parseLabel(b.content); return l?.kind === 'shortcoming' && l.value.trim().length > 10; });
    if (keys.length === 0 && !isMeasureHeading(s.head.content) && !labelled) {
      const key = `s${++sk}`;
      shortcomings.push({ key, text: group, number: s.marker.number, block: s.head, from: s.head.text.length - s.head.content.length, to: s.head.text.length, section: s, parentKey: null, group: null });
      keys.push(key);
    }
    return keys;
  };

  // Paragraphs read as a shortcoming (the one under a bare "Đối với hạn chế" heading): not tasks.
  const consumed = new Set<Block>();
  const labelsOf = (blocks: readonly Block[]) =>
    blocks.flatMap((b) => {
      const labs = parseLabels(b.content);
      return labs.length > 0 ? labs.map((lab) => ({ b, lab: lab as Label | null })) : [{ b, lab: null as Label | null }];
    });
  // A bold run-in title that names an area ("**6. Về công tác kiểm tra.** Ủy ban …") is no part of the item's text; one
  // that names the measure ("**1. Lập lại trật tự vỉa hè.** Tổ chức …") opens it.
  const runInArea = (b: Block) => (AREA_OPENING.test(b.content) || /^\s*Trong\s/u.test(b.content) ? runInHeading(b) : 0);
  const contentAt = (b: Block) => b.text.length - b.content.length + runInArea(b);

  const roleDrafts = (b: Block, lab: Label): ResponsibleDraft[] => {
    const out: ResponsibleDraft[] = [];
    const fuzzy = lab.fuzzy ? { fuzzy: true } : {};
    const valueAt = contentAt(b) + lab.valueAt;
    for (const { text: whole, at: partAt } of clauseParts(lab.value)) {
      // "điểm a, b - X chủ trì, Y phối hợp": the items a part is for are no unit.
      const items = /^\s*(?:điểm|nội dung|mục)\s+[\p{L}\d]{1,4}(?:\s*(?:,|và)\s*[\p{L}\d]{1,4})*\s+[-–]\s+/u.exec(whole)?.[0].length ?? 0;
      const part = whole.slice(items);
      const at = partAt + items;
      const here = valueAt + at;
      // "Đơn vị chủ trì: X; đơn vị phối hợp: Y" — a second label inside the value.
      const inner = /^\s*([^:]{3,40}):\s*(.+)$/u.exec(part);
      const innerLab = inner ? parseLabel(part.trim()) : null;
      if (inner && innerLab?.kind === 'role') {
        const off = part.length - inner[2]!.length;
        for (const v of personOrUnits(inner[2]!)) out.push({ unit: v.unit, role: innerLab.role ?? 'execute', block: b, from: here + off + v.from, to: here + off + v.to });
        continue;
      }
      // "X chủ trì, phối hợp với Y", "X chủ trì, Y phối hợp": a sentence of its own.
      // (And "X thực hiện, Y phối hợp", "X thực hiện, đồng chí Phó Bí thư theo dõi".)
      if (/chủ trì,?\s+phối hợp|(?:chủ trì|tham mưu|thực hiện),\s+(?:\p{Lu}|đồng chí\s)/u.test(part)) {
        for (const u of sentenceUnits(part)) out.push({ unit: u.unit, role: u.role, block: b, from: here + u.from, to: here + u.to, ...fuzzy });
        continue;
      }
      // "Đội Hậu cần (Đội Tham mưu tham mưu xây dựng quy trình)": the units before a parenthesised clause of their own
      // take the label's role; the clause names its own units and roles.
      // (Also a comrade's own duty: "Phòng Kinh tế (đồng chí Phó Trưởng phòng trực tiếp theo dõi)".)
      const aside = /^([^()]+?)\s*\(((?:\p{Lu}|đồng chí\s)[^()]+)\)\s*[.,;]?\s*$/u.exec(part);
      const asideUnits = aside ? sentenceUnits(aside[2]!) : [];
      if (aside && asideUnits.length > 0) {
        for (const u of personOrUnits(aside[1]!)) out.push({ unit: u.unit, role: lab.role ?? 'execute', block: b, from: here + u.from, to: here + u.to, ...fuzzy });
        const off = part.indexOf('(') + 1;
        for (const u of asideUnits) out.push({ unit: u.unit, role: u.role, block: b, from: here + off + u.from, to: here + off + u.to, ...fuzzy });
        continue;
      }
      // "X (chủ trì), Y, Z (phối hợp)": each unit in its own parentheses' role.
      if ((part.match(/\((?:chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|chỉ đạo)\)/gu) ?? []).length >= 2) {
        for (const u of unitsWithOwnRoles(part)) out.push({ unit: u.unit, role: u.role, block: b, from: here + u.from, to: here + u.to, ...fuzzy });
        continue;
      }
      // A part that states when ("Trách nhiệm: X (chủ trì), Y (phối hợp); hoàn thành trước ngày …") names no unit.
      if (isDeadlineSentence(part) || (!namesUnitsInLowerCase(part) && findDeadlines(part, true).length > 0)) continue;
      // "X, Y phối hợp": the role word closing the part is the role of all its units.
      // Also in parentheses: "Văn phòng Sở (chủ trì); Phòng X, Phòng Y (phối hợp)."
      // ("Kế toán Hội trực tiếp thực hiện": the manner is no part of the name.)
      // (Not the work watched: "Ủy ban MTTQ phường giám sát việc thực hiện" is a sentence, read below.)
      const own = /(?<!việc)(?:\s+|\s*\(\s*)(?:trực tiếp\s+)?(chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|chỉ đạo)\s*\)?\s*[.,]?\s*$/u.exec(part);
      // "X tổ chức thu hồi tại cơ sở", "đề nghị Y phối hợp xác minh …": a clause with its own verb after the units,
      // read as a sentence; a plain verb keeps the label's role.
      const said = own ? [] : sentenceUnits(part);
      // "Phân công: đồng chí A, Bí thư …, chỉ đạo chung; …": the bare label assigns; each comrade's verb gives the role.
      // (Also "Phân công thực hiện: X, bộ phận giúp việc …, tham mưu …".)
      const assigns = /^\s*phân công(?:\s+(?:thực hiện|nhiệm vụ|cụ thể|trách nhiệm))?\s*$/iu.test(lab.label.replace(/[*_]+/g, '')) && said.some((u) => u.role !== 'execute');
      if (said.length > 0 && (assigns || /^\s*\p{Ll}/u.test(part.slice(said[0]!.to)))) {
        for (const u of said) out.push({ unit: u.unit, role: u.role === 'execute' ? (lab.role ?? 'execute') : u.role, block: b, from: here + u.from, to: here + u.to, ...fuzzy });
        continue;
      }
      const role: Role = own ? ROLE_OF_WORD[own[1]!]! : (lab.role ?? 'execute');
      // "Đồng chí chỉ đạo: Đảng ủy viên, Phó Chủ tịch …": one comrade, in however many posts.
      const one = /^\s*đồng chí/iu.test(lab.label) ? cleanUnit(part.replace(/[*_]+/g, '')) : '';
      if (one && namesPost(one)) {
        out.push({ unit: one, role, block: b, from: here + part.indexOf(one.slice(0, 3)), to: here + part.length, ...fuzzy });
        continue;
      }
      for (const u of personOrUnits(own ? part.slice(0, own.index) : part)) out.push({ unit: u.unit, role, block: b, from: here + u.from, to: here + u.to, ...fuzzy });
    }
    return out;
  };

  /** Deadlines in a task's own text: parenthesised phrases and deadline sentences count as slots. */
  const deadlinesIn = (b: Block, from: number): DeadlineDraft[] => {
    const text = b.text.slice(from);
    const out: DeadlineDraft[] = [];
    const seen: [number, number][] = [];
    for (const m of text.matchAll(/\(([^()]{3,120})\)/g)) {
      const inner = m[1] ?? '';
      const f = fold(inner);
      if (!DEADLINE_WORDS.test(f)) continue;
      for (const h of findDeadlines(inner, true)) {
        const a = from + (m.index ?? 0) + 1;
        out.push({ hit: h, block: b, from: a + h.from, to: a + h.to, task: null });
        seen.push([a + h.from, a + h.to]);
      }
    }
    // Sentence by sentence: a short sentence that is a deadline line is a slot; elsewhere triggers only.
    let pos = 0;
    for (const sentence of text.split(/(?<=[.;])\s+/)) {
      const at = text.indexOf(sentence, pos);
      pos = at + sentence.length;
      for (const h of findDeadlines(sentence, isDeadlineSentence(sentence))) {
        const a = from + at + h.from;
        if (seen.some(([x, y]) => a < y && a + (h.to - h.from) > x)) continue;
        out.push({ hit: h, block: b, from: a, to: from + at + h.to, task: null });
      }
    }
    return out;
  };

  const spanUnits = (sp: Span, inherited: string | null = null): ResponsibleDraft[] =>
    sentenceUnits(sp.block.text.slice(sp.from, sp.to), inherited).map((u) => ({ unit: u.unit, role: u.role, block: sp.block, from: sp.from + u.from, to: sp.from + u.to }));
  const wholeSpan = (b: Block): Span => ({ block: b, from: contentAt(b), to: b.text.length });
  // Of a lead line only the roles it names: the body that "yêu cầu:" or "thống nhất:" is the plan's issuer asking.
  // ("X, Y thực hiện:" names the doers of the items below.)
  const leadUnits = (b: Block) => {
    const doers = /\sthực hiện(?:\s+(?:các|những)\s+(?:nội dung|nhiệm vụ|biện pháp|việc)(?:\s+sau)?)?\s*:\s*$/u.test(b.content);
    return spanUnits(wholeSpan(b)).filter((u) => u.role !== 'execute' || doers);
  };

  const makeTask = (s: SectionNode, number: string | null, spans: Span[], ctx: Ctx, headText: string): TaskDraft => {
    const t: TaskDraft = { number, section: s, spans, shortcomingKeys: [...ctx.shortcomingKeys], responsible: [...ctx.inheritedRoles], deadlines: [], sharedDeadline: null, done: false };
    // The subject of the task: in its first paragraph (the one after a heading when the task has one).
    const subjectSpans = spans.length > 1 && headingLike(spans[0]!.block) ? spans.slice(0, 2) : spans.slice(0, 1);
    for (const sp of subjectSpans) t.responsible.push(...spanUnits(sp, ctx.inheritedUnit));
    const first = spans[0];
    // An item under "Phòng X:" that opens with its verb ("Chủ trì …", "Tham mưu …", "Đăng tải …") is X's.
    // (Also when a later sentence names another body: "Thành lập Tổ kiểm tra …; Tổ kiểm tra kiểm tra hằng tháng …".)
    const ownVerb = opensWithVerb(headText) && !/^\s*(?:[Gg]iao|[Đđ]ề nghị|[Pp]hân công)\s/u.test(headText);
    if (first && ctx.inheritedUnit && !t.responsible.some((r) => r.unit === ctx.inheritedUnit) && (ownVerb || !t.responsible.some((r) => r.role === 'lead' || r.role === 'execute'))) {
      const role: Role = /^\s*[Cc]hủ trì/u.test(headText) ? 'lead' : /^\s*[Tt]ham mưu(?!,? giúp việc)/u.test(headText) ? 'advise' : /^\s*[Cc]hỉ đạo\s/u.test(headText) ? 'direct' : 'execute';
      for (const unit of [ctx.inheritedUnit, ...ctx.jointUnits]) t.responsible.push({ unit, role, block: first.block, from: first.from, to: first.from });
    }
    // Later paragraphs give their partners and leads; one naming who directs "các nội dung trên" (or watches over "việc
    // thực hiện Kế hoạch này") gives that comrade too.
    for (const sp of spans.slice(subjectSpans.length)) {
      const said = sp.block.text.slice(sp.from, sp.to);
      const director = BACK_REFERENCE.test(said) || /thực hiện\s+(?:Kế hoạch(?![\p{L}])|kế hoạch\s+này)/u.test(said);
      t.responsible.push(...spanUnits(sp).filter((u) => u.role === 'support' || u.role === 'lead' || (director && (u.role === 'direct' || u.role === 'monitor'))));
    }
    for (const sp of spans) t.deadlines.push(...deadlinesIn(sp.block, sp.from).filter((d) => d.from < sp.to));
    t.done = t.deadlines.some((d) => d.hit.done) || spans.some((sp) => /đã hoàn thành|da hoan thanh/u.test(sp.block.text.slice(sp.from, sp.to)) && /\(\s*\*?đã hoàn thành/u.test(sp.block.text));
    return t;
  };

  /** Units and dates read from a finding that opens a task's paragraph are the finding's, not the measure's. */
  const dropFinding = (ts: TaskDraft[], f: { block: Block; end: number } | null) => {
    if (!f) return;
    const inFinding = (x: { block: Block; to: number }) => x.block === f.block && x.to <= f.end;
    for (const t of ts) {
      t.responsible = t.responsible.filter((r) => !inFinding(r));
      t.deadlines = t.deadlines.filter((d) => !inFinding(d));
    }
  };

  /** One task per measure of a task table's rows; role columns give units, a deadline column the deadline. */
  const tasksFromTables = (s: SectionNode, c: Ctx): TaskDraft[] => {
    const out: TaskDraft[] = [];
    let lastShort: string[] = c.shortcomingKeys;
    for (const table of readTables(s.blocks)) {
      for (const row of table.rows) {
        if (isGroupRow(row, table.columns)) continue;
        const cell = (k: (col: ColumnKind) => boolean) => row.cells.find((_, i) => k(table.columns[i] ?? 'note'));
        const sc = cell((k) => k === 'shortcoming');
        if (sc && sc.text) {
          lastShort = [];
          for (const item of cellItems(sc)) {
            const key = `s${++sk}`;
            shortcomings.push({ key, text: item.text, number: null, block: row.block, from: item.from, to: item.to, section: s, parentKey: null, group: null });
            lastShort.push(key);
          }
        }
        const taskCell = cell((k) => k === 'task');
        if (!taskCell || !taskCell.text) continue;
        const num = cell((k) => k === 'number');
        const responsible: ResponsibleDraft[] = [...c.inheritedRoles];
        const deadlines: DeadlineDraft[] = [];
        row.cells.forEach((cl, i) => {
          const k = table.columns[i];
          // A line break after a comma goes on with the same person ("Đồng chí A,<br>Chủ nhiệm …"); others part units.
          if (k && typeof k === 'object') for (const u of personOrUnits(cl.text.replace(/(?<=,\s*)¦/g, ' ').replace(/¦/g, ';'))) responsible.push({ unit: u.unit, role: k.role, block: row.block, from: cl.from + u.from, to: cl.from + u.to });
          // The deadline column, and deadlines the measure states in its own words ("cập nhật ngay sau khi …").
          if (k === 'deadline' || k === 'task') {
            for (const h of findDeadlines(cl.text.replace(/¦/g, ';'), k === 'deadline')) deadlines.push({ hit: h, block: row.block, from: cl.from + h.from, to: cl.from + h.to, task: null });
          }
        });
        const done = deadlines.some((d) => d.hit.done) || row.cells.some((cl) => /^(đã hoàn thành|hoàn thành)$/iu.test(cl.text));
        let opened = false;
        cellItems(taskCell).forEach((item, i) => {
          // A row a page break cut off ("| | | nước thải … ra suối, bờ biển<br>- Mở rộng …"): its first item, in lower
          // case, ends the measure above.
          const last = out[out.length - 1];
          if (i === 0 && last && !num?.text && !sc?.text && /^\p{Ll}/u.test(item.text)) {
            last.spans.push({ block: row.block, from: item.from, to: item.to });
            return;
          }
          // The row's deadline is stated once: it belongs to the row's first measure, the others share it.
          out.push({ number: num?.text || null, section: s, spans: [{ block: row.block, from: item.from, to: item.to }], shortcomingKeys: [...lastShort], responsible: [...responsible], deadlines: opened ? [] : deadlines, sharedDeadline: opened ? (deadlines[0] ?? null) : null, done });
          opened = true;
        });
      }
    }
    return out;
  };

  // The shortcomings a measure item's trailing label quotes ("1.2. …" / "**Hạn chế 2:** …"), for the items after it.
  const trailingKeys = new Map<SectionNode, string[]>();
  const visit = (s: SectionNode, ctx: Ctx): void => {
    let c: Ctx = ctx;
    const inTable = tableBlocks(s.blocks);
    // "1. Đối với hạn chế: “…”" as the section head: the quoted shortcoming applies to the whole section.
    // (Also a bold run-in title naming the finding: "**1. Hạn chế thứ nhất.** <finding>".)
    let quotedHead = quotedShortcoming(s.head, s, `s${sk + 1}`) ?? (hasShortcomingPart ? null : runInFinding(s.head, s, `s${sk + 1}`));
    // "1.1. Hạn chế: <finding>." — the whole item is the finding: no measure.
    const headIsFinding = quotedHead !== null && !/^\s*Đối với/iu.test(s.head.content) && /^[\s.;:”"»)]*$/u.test(s.head.text.slice(Math.max(...quotedHead.map((d) => d.to))));
    // "1. Đối với hạn chế" alone, the shortcoming in the paragraph below it.
    const lead = quotedHead ? null : parseLabel(s.head.content);
    const first = s.blocks[0];
    // Not when the label points back at a shortcoming already stated ("Đối với hạn chế thứ hai"), or the plan
    // states its shortcomings in a part of their own: the paragraph is then the measure.
    if (lead?.kind === 'shortcoming' && lead.value.trim() === '' && !hasShortcomingPart && !refersBack(lead.label) && first && first.marker?.kind !== 'bullet' && !parseLabel(first.content)) {
      quotedHead = leadParagraph(first, s, `s${sk + 1}`);
      if (quotedHead) consumed.add(first);
    }
    // "4.1. Khắc phục tình trạng X: measure": the item names its shortcoming, then remedies it.
    if (!quotedHead && s.children.length === 0) quotedHead = remedyHead(s.head, s, `s${sk + 1}`);
    // The finding stated in prose, by the item itself ("2.1. <finding>. Để khắc phục, …") or by the first paragraph
    // under its heading ("Qua kiểm tra, X chỉ ra: <finding>"), where no part of the plan lists the shortcomings.
    // The paragraph that may state the finding: the item itself, or the first plain paragraph under a heading.
    const opening = !s.headingLike ? s.head : first && !first.marker && !parseLabel(first.content) ? first : null;
    // "4. Hạn chế … tự chỉ ra" / "Thứ nhất, …" / "Thứ hai, …" / "Biện pháp khắc phục:": the group heading leads its
    // paragraphs numbered in words (read as a list below).
    const solutionsAt = s.blocks.findIndex((b) => parseLabel(b.content)?.kind === 'solutions');
    // Also without the label, up to the first numbered measure ("Thứ nhất, … / Thứ hai, … / (1) …").
    const firstMarked = s.blocks.findIndex((b) => b.marker);
    const findingsEnd = solutionsAt >= 0 ? solutionsAt : firstMarked >= 0 ? firstMarked : s.children.length > 0 ? s.blocks.length : -1;
    const ordinalFindings = s.headingLike && isShortcomingGroup(s) && findingsEnd >= 2 && s.blocks.slice(0, findingsEnd).every((b) => !b.marker && ORDINAL_WORDS.test(b.content));
    if (!quotedHead && !hasShortcomingPart && !ordinalFindings) {
      const finding = opening ? findingParagraph(opening, s, `s${sk + 1}`) : null;
      if (finding) {
        quotedHead = [finding.draft];
        if (finding.whole && opening !== s.head) {
          consumed.add(opening!);
          // "Kết luận thanh tra nêu: “…”" / "Kết luận thanh tra nêu tiếp: “…”": further findings in paragraphs of their own.
          for (const b of s.blocks.slice(s.blocks.indexOf(opening!) + 1)) {
            const next = !b.marker && !parseLabel(b.content) ? findingParagraph(b, s, `s${sk + 1}.${quotedHead.length + 1}`) : null;
            if (!next?.whole) break;
            quotedHead.push(next.draft);
            consumed.add(b);
          }
        }
      }
    }
    // In a part holding the shortcomings with their measures, the sentences opening an item or a topic that state a
    // finding before the measure ("3.1. Tỷ lệ … chỉ đạt 58,6%. Phòng X đã cấp …"); the finding names no one responsible.
    let findingEnd: { block: Block; end: number } | null = null;
    if (!quotedHead && !hasShortcomingPart && !ordinalFindings && combinedPart(s)) {
      const lf = opening ? leadFindings(opening, s, `s${sk + 1}`) : null;
      if (lf && opening === s.head && !lf.whole) {
        quotedHead = lf.drafts;
        findingEnd = { block: opening, end: lf.end };
      } else if (lf && opening === s.head && lf.whole && s.blocks.some((b) => b.marker?.kind === 'bullet')) {
        // "a) <finding>: <evidence>." over "- <measure>" bullets: the item is the finding, its bullets the measures.
        quotedHead = lf.drafts;
      } else if (lf && opening !== s.head && lf.whole && s.blocks.length + s.children.length > 1) {
        quotedHead = lf.drafts;
        consumed.add(opening!);
      }
    }
    // "A. Các tồn tại theo Thông báo kiểm toán" / "1. <finding>" / "Giải pháp:" / measures: a numbered item under a
    // shortcoming group that states a finding and holds its own measures label is that finding.
    // (Also in a part holding the findings with their measures: "**1. Về quy chế chuyên môn.** <finding>" / "Biện pháp
    // khắc phục:" / measures.)
    if (!quotedHead && !s.headingLike && s.parent !== null && (isShortcomingGroup(s.parent) || combinedPart(s)) && s.blocks.some((b) => parseLabel(b.content)?.kind === 'solutions')) {
      quotedHead = numberedFinding(s.head, s, `s${sk + 1}`);
    }
    if (quotedHead) {
      sk++;
      shortcomings.push(...quotedHead);
      c = { ...c, shortcomingKeys: quotedHead.map((d) => d.key) };
      if (headIsFinding) trailingKeys.set(s, c.shortcomingKeys);
    }
    // Shortcomings listed as bullets under a lead line ("Các hạn chế, khuyết điểm được chỉ ra:"), which may be
    // the section's own heading ("2. Hạn chế, khuyết điểm trong công tác cán bộ:").
    // A shortcoming-group heading ("2. Hạn chế trong công tác cán bộ") whose paragraphs precede a measures label
    // leads them too.
    // So does a topic under such a group ("2. Các hạn chế Ban Thường vụ tự chỉ ra" / "2.1. Về đầu tư công" / finding /
    // "Biện pháp khắc phục:"), whose measures may be numbered sub-items.
    const solutionsLabel = solutionsAt >= 0;
    // (Not when a paragraph there leads the findings itself: "Kết luận chỉ ra …:" / "- …".)
    const topicUnderGroup =
      s.parent !== null && isShortcomingGroup(s.parent) && !isShortcomingGroup(s) && topicHeading(s) && !s.blocks.slice(0, Math.max(0, solutionsAt)).some((b) => /:\s*$/.test(b.content.trim()));
    const headLead = !quotedHead && (s.children.length === 0 || (topicUnderGroup && solutionsLabel) || ordinalFindings) ? [s.head] : [];
    const groupLead = headLead.length > 0 && (isShortcomingGroup(s) || topicUnderGroup) && s.head.notes.length === 0 && (solutionsLabel || ordinalFindings) ? s.head : null;
    const listed = listedShortcomings([...headLead, ...s.blocks.filter((b) => !consumed.has(b) && !inTable.has(b))], s, () => `s${++sk}`, groupLead);
    // Also a topic under such a group ("2. Những tồn tại qua kiểm điểm" / "2.2. Về công tác phát triển đảng viên¹")
    // whose footnote states the finding.
    const groupFootnote = s.head.notes.length > 0 && s.parent !== null && isShortcomingGroup(s.parent);
    if (!quotedHead && !listed.consumed.includes(s.head) && (isShortcomingGroup(s) || groupFootnote) && (s.children.length === 0 || s.head.notes.length > 0)) {
      c = { ...c, shortcomingKeys: groupShortcomings(s) };
    }
    if (listed.drafts.length > 0) {
      shortcomings.push(...listed.drafts);
      for (const b of listed.consumed) consumed.add(b);
      c = { ...c, shortcomingKeys: [...(quotedHead ? c.shortcomingKeys : []), ...listed.drafts.map((d) => d.key)] };
    }
    // "Đối với hạn chế thứ hai" over measures: they answer that shortcoming of the shortcoming part.
    if (!quotedHead && listed.drafts.length === 0 && s.head.notes.length === 0 && isMeasureHeading(s.head.content)) {
      const refs = referencedShortcomings(s.head.content, partDrafts);
      if (refs.length > 0) c = { ...c, shortcomingKeys: refs.map((d) => d.key) };
    }
    const labeled = labelsOf(s.blocks.filter((b) => !inTable.has(b) && !consumed.has(b)));
    if (s.children.length > 0) {
      // "Đối với hạn chế: “…”" paragraphs of a section whose measures are numbered sub-items ("(1) …").
      const quoted = labeled.filter((x) => x.lab?.kind === 'shortcoming').flatMap((x) => quotedShortcoming(x.b, s, `s${++sk}`) ?? []);
      if (quoted.length > 0) {
        shortcomings.push(...quoted);
        c = { ...c, shortcomingKeys: quoted.map((d) => d.key) };
      }
    }
    const roles = labeled.filter((x) => x.lab?.kind === 'role').flatMap((x) => roleDrafts(x.b, x.lab!));
    // "Phân công theo dõi:" over "- Đồng chí A, …: theo dõi chung." bullets: each bullet names one holder of the role.
    const assignees = new Set<Block>();
    labeled.forEach((x, i) => {
      if (x.lab?.kind !== 'role' || x.lab.value.replace(/[*_\s]/g, '') !== '') return;
      for (const y of labeled.slice(i + 1)) {
        if (y.lab || y.b.marker?.kind !== 'bullet') break;
        assignees.add(y.b);
        for (const u of personOrUnits(y.b.content.replace(/:.*$/su, ''))) roles.push({ unit: u.unit, role: x.lab.role ?? 'execute', block: y.b, from: contentAt(y.b) + u.from, to: contentAt(y.b) + u.to });
      }
    });
    // "Trách nhiệm: X (chủ trì), Y (phối hợp); thực hiện hằng ngày": a part of a role line that states when is its
    // task's deadline, as a deadline line would be.
    const roleDeadlines = labeled.flatMap((x) =>
      x.lab?.kind === 'role'
        ? semicolonParts(x.lab.value)
            .filter(({ text }) => isDeadlineSentence(text) || (!namesUnitsInLowerCase(text) && findDeadlines(text, true).length > 0))
            .map(({ text, at }) => ({ b: x.b, lab: { ...x.lab!, kind: 'deadline' as const, value: text, valueAt: x.lab!.valueAt + at } }))
        : [],
    );
    const deadlineLabels = [...labeled.filter((x) => x.lab?.kind === 'deadline'), ...roleDeadlines];
    // "Giao X:", "Đề nghị X:" or a bare unit line "1. Phòng Kinh tế:" over the items X carries out.
    // ("### 3." / "Tổ tuần tra cơ động": a heading's number printed apart from its text, as converted files do.)
    const headLine = s.head.content.trim() === '' && s.blocks[0] && !s.blocks[0].marker ? s.blocks[0].content : s.head.content;
    const single = unitLine(headLine);
    const headUnits = single ? [single] : jointUnitLine(headLine);
    const headUnit = headUnits?.[0] ?? null;
    const headJoint = headUnits?.slice(1) ?? [];
    if (headUnit && s.children.length === 0) c = { ...c, inheritedUnit: headUnit, jointUnits: headJoint };
    const mine: TaskDraft[] = [];
    // "1. Nội dung: <measure>" / "- Người thực hiện: …": the item's own label is no part of the measure.
    const headLabel = parseLabel(s.head.content);
    const labelled = headLabel?.kind === 'solutions' && headLabel.value.trim().length > 10 ? headLabel.valueAt : 0;
    const headSpan: Span = { block: s.head, from: contentAt(s.head) + labelled, to: s.head.text.length };
    const tableTasks = tasksFromTables(s, c);
    mine.push(...tableTasks);

    if (s.children.length > 0) {
      const absorb = !s.headingLike && s.children.every((ch) => ch.headingLike);
      if (absorb) {
        const spans = [headSpan, ...collectSpans(s)];
        mine.push(makeTask(s, s.marker.number, spans, c, s.head.content));
      } else {
        // "Ban Thường vụ giao đồng chí A trực tiếp chỉ đạo, tập trung vào các việc sau:" leads the items below.
        const leads = labeled.filter((x) => !x.lab && /:\s*$/.test(x.b.content)).flatMap((x) => leadUnits(x.b));
        const childCtx: Ctx = { ...c, inheritedUnit: headUnit ?? c.inheritedUnit, jointUnits: headUnit ? headJoint : c.jointUnits, inheritedRoles: [...c.inheritedRoles, ...roles, ...leads] };
        for (const t of mine) t.responsible.push(...roles);
        dropFinding(mine, findingEnd);
        tasks.push(...mine.splice(0));
        const before = tasks.length;
        let siblingCtx = childCtx;
        for (const ch of s.children) {
          // "a) Hạn chế, khuyết điểm" / findings / "b) Biện pháp khắc phục" / measures: the findings the later items remedy.
          const labelled = findingsItem(ch);
          const part = labelled ? partShortcomings(ch, () => `s${++sk}`, footnotes) : [];
          const findings = part.length > 0 || !labelled ? part : labelledParagraphs(ch, () => `s${++sk}`);
          if (findings.length > 0) {
            shortcomings.push(...findings);
            siblingCtx = { ...childCtx, shortcomingKeys: findings.map((d) => d.key) };
          } else {
            visit(ch, siblingCtx);
            const carried = trailingKeys.get(ch);
            if (carried) siblingCtx = { ...childCtx, shortcomingKeys: carried };
          }
        }
        // Paragraphs of the parent itself that carry a deadline line apply to its child tasks.
        for (const x of deadlineLabels) applySharedDeadline(x.b, x.lab!, tasks.slice(before));
        return;
      }
    } else {
      const sol = labeled.findIndex((x) => x.lab?.kind === 'solutions');
      // A paragraph that introduces the section's task table ("… cụ thể như sau:") is no task, nor a note under it ("Ghi chú: …").
      // (Nor the account of the year the part opens with before its task table: "Năm 2025, Cơ sở tiếp nhận …".)
      const tableAt = tableTasks.length > 0 ? s.blocks.findIndex((b) => inTable.has(b)) : -1;
      const plain = labeled.filter((x) => !x.lab && !assignees.has(x.b) && !isDeadlineSentence(x.b.content) && !CLOSING_NOTE.test(x.b.content) && !CAUSES.test(x.b.content) && !(tableTasks.length > 0 && (/:\s*$/.test(x.b.content) || /^\s*Ghi chú\s*:/u.test(x.b.content) || s.blocks.indexOf(x.b) < tableAt)));
      let currentKeys = c.shortcomingKeys;
      const quoteFor = new Map<Block, string[]>();
      for (const x of labeled) {
        if (x.lab?.kind !== 'shortcoming') continue;
        const drafts = quotedShortcoming(x.b, s, `s${++sk}`);
        if (drafts) {
          shortcomings.push(...drafts);
          currentKeys = drafts.map((d) => d.key);
        }
        quoteFor.set(x.b, currentKeys);
      }
      const keysAt = (b: Block): string[] => {
        let keys = c.shortcomingKeys;
        for (const x of labeled) {
          if (quoteFor.has(x.b)) keys = quoteFor.get(x.b)!;
          if (x.b === b) break;
        }
        return keys;
      };
      if (sol >= 0) {
        // "c) <measure>" / "**Hạn chế 2:** …" / "Biện pháp khắc phục:" / "a) …": the item's own text is the last measure of
        // the shortcoming before it; the next finding and its measures follow in its paragraphs.
        if (!s.headingLike && !quotedHead && (listed.drafts.length > 0 || labeled[0]?.lab?.kind === 'shortcoming')) {
          mine.push(makeTask(s, s.marker.number, [headSpan], ctx, s.head.content));
          trailingKeys.set(s, c.shortcomingKeys);
        }
        // "Giải pháp: <measure>" (also a later "Giải pháp khắc phục: Giao X …"): the label's value is the measure.
        const valueTask = (x: { b: Block; lab: Label }): boolean => {
          if (x.lab.value.trim().length <= 10) return false;
          const at = contentAt(x.b) + x.lab.valueAt;
          const ctx = { ...c, shortcomingKeys: keysAt(x.b) };
          // "Biện pháp: (1) …, trước ngày 20 hằng tháng; (2) …, xong trong tháng 6/2026; …. Đồng chí A phụ trách; X thực
          // hiện.": one measure per item when the items keep their own times (one time for all keeps them one measure);
          // the sentences after the last item's own say who, for all of them.
          const items = splitNumbered(x.lab.value);
          const timed = items.filter((it) => findDeadlines(it.text, false).length > 0).length;
          if (items.length >= 2 && timed >= 2 && /^\s*\(?[1a]\)/u.test(x.lab.value)) {
            const last = items[items.length - 1]!;
            const tailAt = /\.\s+(?=\p{Lu})/u.exec(last.text);
            const tail: Span | null = tailAt ? { block: x.b, from: at + last.from + tailAt.index + 1, to: x.b.text.length } : null;
            const ends = items.map((it, i) => (i === items.length - 1 && tail ? tail.from : at + it.to));
            const made = items.map((it, i) => makeTask(s, it.number, [{ block: x.b, from: at + it.from, to: ends[i]! }], ctx, it.text));
            const who = tail ? spanUnits(tail) : [];
            for (const t of made) t.responsible.push(...who);
            mine.push(...made);
            return true;
          }
          mine.push(makeTask(s, null, [{ block: x.b, from: at, to: x.b.text.length }], ctx, x.lab.value));
          return true;
        };
        const solLab = labeled[sol]!;
        valueTask({ b: solLab.b, lab: solLab.lab! });
        const subUnits = bulletUnitLeads(labeled.slice(sol + 1).map((x) => x.b));
        for (const x of labeled.slice(sol + 1)) {
          if (x.lab) {
            // A further measures label leads the items after it ("- Biện pháp khắc phục:" / "+ …"): no task itself.
            if (x.lab.kind === 'solutions') valueTask({ b: x.b, lab: x.lab });
            continue;
          }
          if (x.b.marker?.kind === 'bullet' && !isDeadlineSentence(x.b.content) && !subUnits.leads.has(x.b)) {
            mine.push(makeTask(s, null, [wholeSpan(x.b)], { ...c, shortcomingKeys: keysAt(x.b), inheritedUnit: subUnits.unitOf.get(x.b) ?? c.inheritedUnit, jointUnits: subUnits.unitOf.has(x.b) ? [] : c.jointUnits }, x.b.content));
          }
        }
      } else if (assignmentList(s.head.content, plain.map((x) => x.b))) {
        const t = makeTask(s, s.marker.number, [headSpan, ...plain.map((x) => wholeSpan(x.b))], c, s.head.content);
        // The body that assigns ("Ban Thường vụ phân công:") is none of the assigned.
        t.responsible = [...t.responsible.filter((r) => r.block !== s.head), ...plain.flatMap((x) => spanUnits(wholeSpan(x.b)))];
        mine.push(t);
      } else if (quoteFor.size > 0 || ((s.headingLike || quotedHead) && plain.some((x) => x.b.marker?.kind === 'bullet'))) {
        // Heading with a bullet list (or quoted shortcomings each followed by their measures): each item a task. A lead
        // line over them ("X chỉ đạo, tập trung vào các việc sau:") gives its units to all; a line naming who directs
        // "các nội dung trên" gives its units to the items above it.
        const leads: ResponsibleDraft[] = [];
        const subUnits = bulletUnitLeads(plain.map((x) => x.b));
        // "1.2. <measure>" / "**Hạn chế 2:** …" / "2.1. …": a measure item closed by the next shortcoming's label is a
        // task of the shortcoming before it.
        if (!s.headingLike && !quotedHead && labeled[0]?.lab?.kind === 'shortcoming') {
          mine.push(makeTask(s, s.marker.number, [headSpan], c, s.head.content));
          trailingKeys.set(s, currentKeys);
        }
        for (const x of plain) {
          const bullet = x.b.marker?.kind === 'bullet';
          if (x.b.content.trim().endsWith(':') && !bullet) {
            leads.push(...leadUnits(x.b));
            continue;
          }
          if (subUnits.leads.has(x.b) || (!bullet && areaHeading(x.b))) continue;
          const who = !bullet && (BACK_REFERENCE.test(x.b.content) || OVERSIGHT_LINE.test(x.b.content)) ? spanUnits(wholeSpan(x.b)) : [];
          if (mine.length > 0 && who.length > 0 && who.every((u) => u.role === 'direct' || u.role === 'monitor')) {
            for (const t of mine) t.responsible.push(...who);
            continue;
          }
          // (The lead line's units come first: a unit heading over "X chủ trì thực hiện:" gives X no second role.)
          mine.push(makeTask(s, null, [wholeSpan(x.b)], { ...c, shortcomingKeys: keysAt(x.b), inheritedUnit: subUnits.unitOf.get(x.b) ?? c.inheritedUnit, jointUnits: subUnits.unitOf.has(x.b) ? [] : c.jointUnits, inheritedRoles: [...c.inheritedRoles, ...leads] }, x.b.content));
        }
        // A deadline sentence standing alone after an item (its paragraph cut by a page break) is that item's.
        for (const x of labeled) {
          if (x.lab || x.b.marker?.kind === 'bullet' || !isDeadlineSentence(x.b.content)) continue;
          const owner = [...mine].reverse().find((t) => (t.spans[0]?.block.lines[0]?.index ?? Infinity) < (x.b.lines[0]?.index ?? -1));
          if (owner) {
            owner.spans.push(wholeSpan(x.b));
            owner.deadlines.push(...deadlinesIn(x.b, contentAt(x.b)));
          }
        }
      } else if (s.level === 1 && plain.length > 0) {
        for (const x of plain) mine.push(makeTask(s, null, [wholeSpan(x.b)], c, x.b.content));
      } else if ((topicHeading(s) || (s.headingLike && plain.length === 1 && oneParagraph(plain[0]!.b)) || (s.headingLike && plain.length >= 2 && separateWork(plain.map((x) => x.b.content)))) && plain.length > 0) {
        // "4. Về công tác phát triển đảng viên" / "4. Đối với tồn tại trong …" over paragraphs: the heading names
        // the topic, each paragraph is a measure (a deadline-only paragraph belongs to the one before it); so too under
        // a heading over paragraphs that each assign work to a unit of their own. A heading over a single paragraph
        // that assigns the work is its title too ("4. Xử lý kiến nghị …" / "Giao X chủ trì …").
        const groups: Span[][] = [];
        for (const x of labeled) {
          if (x.lab) continue;
          // "Đối với hồ sơ bệnh án: Tổ Quản lý chất lượng chủ trì …": the topic label is not part of the measure.
          const topic = /^\s*(?:Đối với|Về)\s[^:;.]{2,60}:\s*(?=\p{Lu})/u.exec(x.b.content)?.[0].length ?? 0;
          const span: Span = { block: x.b, from: contentAt(x.b) + topic, to: x.b.text.length };
          if (!isDeadlineSentence(x.b.content)) groups.push([span]);
          else groups[groups.length - 1]?.push(span);
        }
        for (const g of groups) mine.push(makeTask(s, groups.length === 1 ? s.marker.number : null, g, c, g[0]!.block.text.slice(g[0]!.from)));
      } else if (tableTasks.length === 0 || plain.length > 0) {
        // "1.1. Hạn chế: <finding>" read as a shortcoming above is no measure.
        const body = s.blocks.filter((b) => !parseLabel(b.content) && !inTable.has(b) && !consumed.has(b)).map((b) => ({ block: b, from: contentAt(b), to: b.text.length }));
        const spans: Span[] = headIsFinding ? body : [headSpan, ...body];
        if (spans.length > 0) mine.push(makeTask(s, s.marker.number, spans, c, s.head.content));
      }
    }
    for (const t of mine) t.responsible.push(...roles);
    dropFinding(mine, findingEnd);
    const start = tasks.length;
    tasks.push(...mine);
    for (const x of deadlineLabels) applySharedDeadline(x.b, x.lab!, tasks.slice(start));
  };

  // A deadline slot states one deadline per ";" clause ("Quý II/2026 (quy chế); trước ngày 30/9/2026 (kế hoạch)").
  const applySharedDeadline = (b: Block, lab: Label, ts: TaskDraft[]) => {
    const valueAt = contentAt(b) + lab.valueAt;
    const found: DeadlineDraft[] = [];
    // "Thời hạn: 31/5/2026": a day given as the deadline is the day to finish by.
    const byDay = /^(?:thoi han|han (?:hoan thanh|chot))/.test(fold(lab.label));
    // …and per comma part when each states its own ("ban hành quyết định trong tháng 5/2026, giám sát trong quý III/2026",
    // "cao điểm từ ngày 20/4 đến ngày 20/6/2026, sau đó thường xuyên").
    const parts = semicolonParts(lab.value).flatMap(({ text, at }) => {
      const pieces = [...text.matchAll(/[^,]+/g)].map((m) => ({ text: m[0], at: at + m.index }));
      return pieces.filter((p) => findDeadlines(p.text, true).length > 0).length >= 2 ? pieces : [{ text, at }];
    });
    for (const { text: clause, at } of parts) {
      const hits = findDeadlines(clause, true);
      const first = hits.find((h) => h.kind !== 'recurring') ?? hits[0];
      const hit = first && byDay && first.kind === 'on' && !first.done ? { ...first, kind: 'before' as const } : first;
      if (hit) found.push({ hit, block: b, from: valueAt + at + hit.from, to: valueAt + at + hit.to, task: null });
    }
    const d = found.find((x) => x.hit.kind !== 'recurring') ?? found[0];
    if (!d) return;
    deadlines.push(...found);
    if (ts.length === 1) for (const x of found) x.task = tasks.indexOf(ts[0]!);
    for (const t of ts) {
      if (!t.deadlines.some((x) => x.hit.kind !== 'recurring')) t.sharedDeadline = d;
      if (d.hit.done) t.done = true;
    }
  };

  for (const s of tree.all) flattenListedItems(s);
  for (const r of tree.roots) {
    if (isShortcomingList(r)) {
      const drafts = partShortcomings(r, () => `s${++sk}`, footnotes);
      shortcomings.push(...drafts);
      partDrafts.push(...drafts);
      continue;
    }
    if (!isActionRoot(r)) {
      // Items numbered again from 1 inside an aims part follow a part heading OCR destroyed: read them.
      const restart = r.children.findIndex((ch, i) => i > 0 && ch.marker.kind === 'decimal' && ch.marker.number === '1');
      if (restart > 0) for (const ch of r.children.slice(restart)) visit(ch, { shortcomingKeys: [], inheritedUnit: null, jointUnits: [], inheritedRoles: [] });
      continue;
    }
    visit(r, { shortcomingKeys: [], inheritedUnit: null, jointUnits: [], inheritedRoles: [] });
  }
  // Own deadlines, in task order.
  tasks.forEach((t, i) => {
    for (const d of t.deadlines) {
      d.task = i;
      deadlines.push(d);
    }
    if (t.sharedDeadline && !deadlines.some((d) => d === t.sharedDeadline && d.task !== null)) {
      const tasksSharing = tasks.filter((x) => x.sharedDeadline === t.sharedDeadline);
      if (tasksSharing.length === 1) t.sharedDeadline.task = i;
    }
  });
  trimToKnownUnits(tasks.flatMap((t) => t.responsible));
  // "Khắc phục hạn chế tại điểm 2.1: Chi ủy bố trí …": the measure starts after the label.
  for (const t of tasks) {
    const first = t.spans[0];
    const label = first ? REMEDY_LABEL.exec(first.block.text.slice(first.from, first.to)) : null;
    if (first && label) t.spans[0] = { ...first, from: first.from + label[0].length };
  }
  // "Thứ nhất, nội dung sinh hoạt …": the count opening a finding is not part of it.
  for (const s of shortcomings) {
    const ord = ORDINAL_WORDS.exec(s.text)?.[0].length ?? 0;
    if (ord && ord < s.text.length) Object.assign(s, { text: s.text.slice(ord), from: s.from + ord });
  }
  return { tasks, shortcomings, deadlines };
}

/** All blocks of a section's descendants, as task spans (heads included, labels excluded). */
function collectSpans(s: SectionNode): Span[] {
  const out: Span[] = [];
  const walk = (n: SectionNode) => {
    const inTable = tableBlocks(n.blocks);
    for (const b of n.blocks) if (!inTable.has(b) && (!parseLabel(b.content) || parseLabel(b.content)?.kind === 'deadline')) out.push({ block: b, from: b.text.length - b.content.length, to: b.text.length });
    for (const ch of n.children) {
      out.push({ block: ch.head, from: ch.head.text.length - ch.head.content.length, to: ch.head.text.length });
      walk(ch);
    }
  };
  walk(s);
  return out;
}

export { headingLike };
