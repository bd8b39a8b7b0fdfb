import type { PageError } from '../model/page.ts';
import {
  SCHEMA_ID,
  SCHEMA_VERSION,
  type Deadline,
  type FieldInfo,
  type PlanDocument,
  type Reference,
  type Responsible,
  type Section,
  type Shortcoming,
  type Task,
} from '../model/plan-document.ts';
import { blockConfidence, blockProvenance, toBlocks, type Block } from './blocks.ts';
import { findClosingStart, parseClosing } from './closing.ts';
import { fold } from './fold.ts';
import { FUZZY_PENALTY, fieldInfo, round, type Found } from './field.ts';
import { parseHeader } from './header.ts';
import { pairOrphanNotes } from './orphan-notes.ts';
import { resolveYear, sureYears, withYear } from './uncertain-years.ts';
import type { DeadlineDraft, PlanItems } from './plan-items.ts';
import { readPlanItems } from './plan-items.ts';
import { findReferences } from './references.ts';
import { buildSections, type SectionNode } from './sections.ts';
import { toSourceLines, type ExtractPage } from './source-lines.ts';

export type { ExtractPage } from './source-lines.ts';

export interface ExtractInput {
  pages: ExtractPage[];
  errors?: PageError[];
  source?: Partial<PlanDocument['source']>;
}

/** Reads the structure of a plan from its page texts (clean, OCR'd or repaired). Never throws on odd text. */
export function extractPlan(input: ExtractInput): PlanDocument {
  // Offsets in provenance point into the NFC text we return in `pages`.
  const pages = input.pages.map((p) => ({ ...p, text: p.text.normalize('NFC').replace(/\r\n?/g, '\n') }));
  const lines = toSourceLines(pages);
  const header = parseHeader(lines);
  const closingStart = findClosingStart(lines, Math.max(header.bodyStart, Math.floor(lines.length * 0.3)));
  const bodyLines = lines.slice(header.bodyStart, closingStart);
  const closingLines = lines.slice(closingStart);
  const blocks = toBlocks(bodyLines);
  // Footnotes may sit anywhere, also after the signature (end of the last page).
  const footnoteBlocks = [...blocks.filter((b) => b.footnote !== null), ...toBlocks(closingLines.filter((l) => l.footnote !== null || l.noteCont || l.text === ''))];
  const footnotes = new Map<string, Block>();
  for (const b of footnoteBlocks) if (b.footnote && !footnotes.has(b.footnote)) footnotes.set(b.footnote, b);
  const tree = buildSections(blocks.filter((b) => b.footnote === null));
  pairOrphanNotes(tree, footnotes, blocks);
  const items = readPlanItems(tree, footnotes);
  const closing = parseClosing(closingLines);
  const planDate = header.date?.value ?? null;
  const unsureDeadlines = resolveUnsureYears(items.deadlines, sureYears(items.deadlines.map((d) => ({ ...d, date: d.hit.date })), planDate), planDate?.slice(0, 4) ?? null);
  settleAgainstPlanDate(items, planDate);

  // Ids
  const secId = new Map<SectionNode, string>(tree.all.map((s) => [s, s.id]));
  const shortId = new Map<string, string>(items.shortcomings.map((s, i) => [s.key, `shortcoming-${i + 1}`]));
  const deadlineId = new Map(items.deadlines.map((d, i) => [d, `deadline-${i + 1}`]));

  const fields: Record<string, FieldInfo> = {};
  const take = <T>(name: string, f: Found<T> | undefined): T | null => {
    if (!f) return null;
    fields[name] = fieldInfo(`field-${name}`, f);
    return f.value;
  };

  const spanItem = (b: Block, from: number, to: number) => ({
    text: b.text.slice(from, to).trim(),
    confidence: round(blockConfidence(b)),
    provenance: blockProvenance(b, from, to),
  });

  const sections = tree.roots.map(function toSection(s: SectionNode): Section {
    const bodyText = s.blocks.map((b) => b.text).join('\n');
    const head = s.head.content.trim();
    const heading = s.headingLike ? head : (/^(.{1,160}?)[.:;](\s|$)/u.exec(head)?.[1] ?? head.slice(0, 160));
    const last = s.blocks[s.blocks.length - 1] ?? s.head;
    const first = s.head.lines[0]!;
    const prov = blockProvenance(s.head);
    const end = last.lines[last.lines.length - 1]!;
    return {
      id: s.id,
      text: [s.head.text, bodyText].filter(Boolean).join('\n'),
      confidence: round(blockConfidence(s.head) * (s.marker.fuzzy ? 0.7 : 1)),
      provenance: { ...prov, lineEnd: end.page === first.page ? end.line : prov.lineEnd, charSpan: { start: prov.charSpan.start, end: end.page === first.page ? Math.max(end.end, prov.charSpan.end) : prov.charSpan.end } },
      number: s.marker.number,
      heading,
      level: s.level,
      body: s.headingLike ? bodyText : [head, bodyText].filter(Boolean).join('\n'),
      children: s.children.map(toSection),
    };
  });

  const shortcomings: Shortcoming[] = items.shortcomings.map((s) => ({
    id: shortId.get(s.key)!,
    ...spanItem(s.block, s.from, s.to),
    ...(s.fuzzy ? { confidence: round(blockConfidence(s.block) * FUZZY_PENALTY) } : {}),
    text: s.text,
    number: s.number,
    sectionId: s.section ? (secId.get(s.section) ?? null) : null,
    parentId: s.parentKey ? (shortId.get(s.parentKey) ?? null) : null,
    group: s.group,
  }));

  const deadlines: Deadline[] = items.deadlines.map((d) => ({
    id: deadlineId.get(d)!,
    ...spanItem(d.block, d.from, d.to),
    ...(unsureDeadlines.has(d) || d.hit.fuzzy ? { confidence: round(blockConfidence(d.block) * FUZZY_PENALTY) } : {}),
    kind: d.hit.kind,
    date: d.hit.date,
    ...(d.hit.startDate ? { startDate: d.hit.startDate } : {}),
    taskId: d.task === null ? null : `task-${d.task + 1}`,
  }));

  const tasks: Task[] = items.tasks.map((t, i) => {
    const first = t.spans[0]!;
    const last = t.spans[t.spans.length - 1]!;
    const text = t.spans.map((sp) => sp.block.text.slice(sp.from, sp.to).trim()).join('\n');
    const prov = blockProvenance(first.block, first.from, first.to);
    const lastProv = blockProvenance(last.block, last.from, last.to);
    const samePage = prov.page === lastProv.page;
    const seen = new Set<string>();
    const responsible: Responsible[] = [];
    for (const r of t.responsible) {
      const k = `${r.unit}|${r.role}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const base = spanItem(r.block, r.from, Math.max(r.to, r.from));
      responsible.push({
        id: `task-${i + 1}-unit-${responsible.length + 1}`,
        ...base,
        confidence: round(base.confidence * (r.fuzzy ? FUZZY_PENALTY : 1)),
        text: r.block.text.slice(r.from, r.to).trim() || r.unit,
        unit: r.unit,
        role: r.role,
      });
    }
    // A dated deadline (the task's own, or its block's "Thời gian:" line) before a frequency ("Mỗi quý tổ chức …").
    const dated = (d: typeof t.sharedDeadline) => (d && d.hit.kind !== 'recurring' ? d : null);
    const own = t.deadlines.find((d) => d.hit.kind !== 'recurring') ?? dated(t.sharedDeadline) ?? t.deadlines[0] ?? t.sharedDeadline;
    const recurringOnly = own?.hit.kind === 'recurring';
    return {
      id: `task-${i + 1}`,
      text,
      confidence: round(t.spans.reduce((s, sp) => s + blockConfidence(sp.block), 0) / t.spans.length),
      provenance: samePage ? { ...prov, lineEnd: lastProv.lineEnd, charSpan: { start: prov.charSpan.start, end: lastProv.charSpan.end } } : prov,
      number: t.number,
      sectionId: secId.get(t.section) ?? null,
      shortcomingIds: t.shortcomingKeys.map((k) => shortId.get(k)).filter((x): x is string => x !== undefined),
      responsible,
      deadline: own ? { id: deadlineId.get(own)!, kind: own.hit.kind, date: own.hit.date } : null,
      status: t.done ? 'done' : recurringOnly ? 'ongoing' : 'planned',
    };
  });

  // References: body, title and footnotes; one entry per symbol (first mention, completed by later ones).
  const refs: Reference[] = [];
  const bySymbol = new Map<string, Reference>();
  const ownSymbol = header.symbol?.value;
  const refBlocks = [...blocks, ...footnoteBlocks.filter((b) => !blocks.includes(b))];
  const titleRefs = header.title ? findReferences(header.title.value) : [];
  for (const r of titleRefs) {
    const ref: Reference = { id: '', text: header.title!.value.slice(r.from, r.to), confidence: round(header.title!.confidence * (r.fuzzy ? FUZZY_PENALTY : 1)), provenance: header.title!.provenance, type: r.type, typeCode: r.typeCode, number: r.number, symbol: r.symbol, date: r.date, issuer: r.issuer };
    addRef(ref);
  }
  for (const b of refBlocks) {
    for (const r of findReferences(b.text)) {
      const span = spanItem(b, r.from, r.to);
      // Read through OCR damage (a misread "số", digit, slash or date): lower confidence.
      addRef({ id: '', ...span, confidence: round(span.confidence * (r.fuzzy ? FUZZY_PENALTY : 1)), type: r.type, typeCode: r.typeCode, number: r.number, symbol: r.symbol, date: r.date, issuer: r.issuer });
    }
  }
  function addRef(ref: Reference) {
    if (ref.symbol === ownSymbol) return;
    // Folded: OCR may add or drop a mark in a repeated symbol ("296-CV/TƯ" for "296-CV/TU").
    const k = fold(ref.symbol!).replace(/\s+/g, '');
    const prev = bySymbol.get(k);
    if (prev) {
      if (!prev.date && ref.date) prev.date = ref.date;
      if (!prev.issuer && ref.issuer) prev.issuer = ref.issuer;
      return;
    }
    ref.id = `reference-${refs.length + 1}`;
    bySymbol.set(k, ref);
    refs.push(ref);
  }

  const recipients = closing.recipients.map((r, i) => {
    fields[`recipients.${i}`] = fieldInfo(`recipient-${i + 1}`, r);
    return { id: `recipient-${i + 1}`, text: r.text, confidence: round(r.confidence), provenance: r.provenance, name: r.value.name, purpose: r.value.purpose };
  });
  for (const k of Object.keys(fields)) if (k.startsWith('recipients.')) delete fields[k];

  const errors = input.errors ?? [];
  const pageCount = input.source?.pageCount ?? pages.length;
  const status: PlanDocument['status'] = pages.length === 0 ? 'failure' : errors.length > 0 ? 'partial_success' : 'success';
  const doc: PlanDocument = {
    schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    status,
    errors,
    source: { fileName: input.source?.fileName ?? null, sha256: input.source?.sha256 ?? null, pageCount, mediaType: input.source?.mediaType ?? null },
    document: {
      type: take('type', header.type),
      typeCode: take('typeCode', header.typeCode),
      number: take('number', header.number),
      symbol: take('symbol', header.symbol),
      issuer: { name: take('issuer.name', header.issuerName), parent: take('issuer.parent', header.issuerParent) },
      place: take('place', header.place),
      date: take('date', header.date),
      title: take('title', header.title),
      signature: {
        authority: take('signature.authority', closing.authority),
        body: take('signature.body', closing.body),
        position: take('signature.position', closing.position),
        signer: take('signature.signer', closing.signer),
      },
      recipients,
      fields,
    },
    references: refs,
    pages: pages.map((p) => ({ number: p.number, text: p.text, source: p.source, confidence: round(p.confidence) })),
    sections,
    shortcomings,
    tasks,
    deadlines,
  };
  return doc;
}

/**
 * Deadlines measured from the plan's date ("trong 30 ngày kể từ ngày ký") or without a year ("trước ngày 30/4")
 * get their date. A year before the plan's
 * own year that is not reported done ("bị kỷ luật trong năm 2025") dates a past event, not a deadline: dropped. An
 * earlier month or day is kept: written with a deadline word, it is more likely a typo in the plan than the past.
 */
function settleAgainstPlanDate(items: PlanItems, planDate: string | null): void {
  if (!planDate) return;
  for (const d of items.deadlines) {
    const y = d.hit.yearless;
    if (y) {
      // The first such day on or after the plan's date.
      const pad = (n: number) => String(n).padStart(2, '0');
      const sameYear = `${planDate.slice(0, 4)}-${pad(y.month)}-${pad(y.day)}`;
      d.hit.date = sameYear >= planDate ? sameYear : `${+planDate.slice(0, 4) + 1}-${pad(y.month)}-${pad(y.day)}`;
    }
    const months = d.hit.monthsAfterPlan;
    if (months !== undefined) {
      // The same day so many months on, or the last day of a shorter month.
      const [yy, mm, dd] = planDate.split('-').map(Number) as [number, number, number];
      const end = new Date(Date.UTC(yy, mm - 1 + months + 1, 0));
      d.hit.date = new Date(Date.UTC(yy, mm - 1 + months, Math.min(dd, end.getUTCDate()))).toISOString().slice(0, 10);
    }
    if (d.hit.daysAfterPlan === undefined) continue;
    const t = new Date(`${planDate}T00:00:00Z`);
    if (!d.hit.workingDays) t.setUTCDate(t.getUTCDate() + d.hit.daysAfterPlan);
    // Working days skip Saturdays and Sundays (public holidays are not known here).
    else for (let left = d.hit.daysAfterPlan; left > 0; ) {
      t.setUTCDate(t.getUTCDate() + 1);
      if (t.getUTCDay() !== 0 && t.getUTCDay() !== 6) left--;
    }
    d.hit.date = t.toISOString().slice(0, 10);
  }
  // A year, or a period ("đối chiếu số liệu từ ngày 01/01/2025 đến ngày 30/6/2025"), over before the plan was signed is
  // the scope of the work, not its deadline.
  const over = (d: DeadlineDraft) => !d.hit.done && d.hit.date !== null && (d.hit.kind === 'by_year' ? d.hit.date < planDate.slice(0, 4) : d.hit.kind === 'range' && d.hit.date < planDate);
  const past = new Set(items.deadlines.filter(over));
  if (past.size === 0) return;
  items.deadlines = items.deadlines.filter((d) => !past.has(d));
  for (const t of items.tasks) {
    t.deadlines = t.deadlines.filter((d) => !past.has(d));
    if (t.sharedDeadline && past.has(t.sharedDeadline)) t.sharedDeadline = null;
  }
}

/**
 * Deadlines whose year OCR read unsure and that the rest of the document contradicts (see uncertain-years):
 * their dates move to the document's year; returns them so their confidence can be lowered.
 */
function resolveUnsureYears(drafts: readonly DeadlineDraft[], sure: ReadonlyMap<string, number>, planYear: string | null): Set<DeadlineDraft> {
  const changed = new Set<DeadlineDraft>();
  if (sure.size === 0) return changed;
  for (const d of drafts) {
    for (const key of ['date', 'startDate'] as const) {
      const date = d.hit[key];
      if (!date) continue;
      const year = resolveYear(d.block, d.from, d.to, date.slice(0, 4), sure, planYear);
      const fixed = year ? withYear(date, year) : null;
      if (fixed) {
        d.hit[key] = fixed;
        changed.add(d);
      }
    }
  }
  return changed;
}
