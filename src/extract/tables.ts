import type { Block } from './blocks.ts';
import { fold } from './fold.ts';
import type { Role } from './labels.ts';

/** What a column of a task table holds, from its header ("Đơn vị chủ trì", "Thời gian hoàn thành", …). */
export type ColumnKind = 'number' | 'task' | 'shortcoming' | 'deadline' | 'note' | { role: Role };

export interface TableCell {
  text: string;
  from: number;
  to: number;
}

export interface TableRow {
  block: Block;
  cells: TableCell[];
}

export interface TaskTable {
  columns: ColumnKind[];
  rows: TableRow[];
  /** The header row's text, to know it when a page break repeats it. */
  header: string;
}

/** Cells of a "| a | b |" line with their offsets in the block text; null when the line is no table row. */
export function tableCells(text: string): TableCell[] | null {
  const t = text.trim();
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return null;
  const out: TableCell[] = [];
  let start = text.indexOf('|') + 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] !== '|') continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), from: start + lead, to: start + lead + raw.trim().length });
    start = i + 1;
  }
  return out;
}

function columnKind(header: string): ColumnKind {
  const f = fold(header).trim();
  if (/^(stt|tt|so tt|so thu tu)$/.test(f)) return 'number';
  if (/han che|khuyet diem|ton tai|yeu kem/.test(f) && !/giai phap|bien phap|nhiem vu|khac phuc/.test(f)) return 'shortcoming';
  if (/thoi gian|thoi han|tien do|han hoan thanh|lo trinh/.test(f)) return 'deadline';
  if (/chu tri/.test(f)) return { role: 'lead' };
  if (/phoi hop/.test(f)) return { role: 'support' };
  if (/tham muu/.test(f)) return { role: 'advise' };
  if (/chi dao|phu trach/.test(f)) return { role: 'direct' };
  if (/theo doi|giam sat/.test(f)) return { role: 'monitor' };
  if (/(don vi|co quan|bo phan|nguoi|ca nhan|tap the|phan cong).*(thuc hien|trach nhiem)|^(thuc hien|trach nhiem|phan cong)/.test(f)) return { role: 'execute' };
  if (/noi dung|nhiem vu|giai phap|bien phap|cong viec|hoat dong|viec can lam|khac phuc/.test(f)) return 'task';
  return 'note';
}

const isRule = (cells: readonly TableCell[]) => cells.every((c) => /^:?-{2,}:?$/.test(c.text) || c.text === '');

/** A header row's cells all name a column; a data row's cells hold values. */
const isHeaderRow = (cells: readonly TableCell[]) => cells.some((c) => c.text !== '') && cells.every((c) => c.text === '' || columnKind(c.text) !== 'note');

/**
 * Task tables ("| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |"): a header row
 * naming a task column, an optional "|---|" row, then one task per row. As converters emit them from PDFs:
 * a second header row refines the first ("Cơ quan thực hiện" over "Chủ trì | Phối hợp"), and a table cut by a
 * page break goes on below a page's foot, with or without its header repeated.
 */
export function readTables(blocks: readonly Block[]): TaskTable[] {
  const tables: TaskTable[] = [];
  let current: TaskTable | null = null;
  let last: TaskTable | null = null;
  for (const b of blocks) {
    const cells = b.lines.length === 1 ? tableCells(b.text) : null;
    if (!cells) {
      current = null;
      continue;
    }
    if (isRule(cells)) continue;
    if (!current) {
      const columns = cells.map((c) => columnKind(c.text));
      if (columns.includes('task')) {
        current = { columns, rows: [], header: cells.map((c) => c.text).join('|') };
        tables.push(current);
        last = current;
      } else if (last && cells.length === last.columns.length && !isHeaderRow(cells)) {
        // The rest of a table cut by a page break, without its header.
        current = last;
        current.rows.push({ block: b, cells });
      }
      continue;
    }
    // The header repeated at the top of the next page.
    if (current.rows.length > 0 && cells.map((c) => c.text).join('|') === current.header) continue;
    if (current.rows.length === 0 && isHeaderRow(cells)) {
      cells.forEach((c, i) => {
        const k = columnKind(c.text);
        if (c.text && k !== 'task' && k !== 'number') current!.columns[i] = k;
      });
      continue;
    }
    current.rows.push({ block: b, cells });
  }
  return tables;
}

export function isTableBlock(b: Block): boolean {
  return b.lines.length === 1 && tableCells(b.text) !== null;
}

/**
 * The blocks of the tables among `blocks`, with the page's foot and head lines a page break left between two
 * parts of one table (a page number, a running title): none of them is a paragraph of its own.
 */
export function tableBlocks(blocks: readonly Block[]): Set<Block> {
  const out = new Set<Block>();
  let lastRow = -1;
  blocks.forEach((b, i) => {
    if (!isTableBlock(b)) return;
    const gap = blocks.slice(lastRow + 1, i);
    if (lastRow >= 0 && gap.length <= 3 && gap.every((g) => g.lines.length === 1 && g.text.length < 120 && !/[.:;]$/.test(g.text.trim()))) gap.forEach((g) => out.add(g));
    out.add(b);
    lastRow = i;
  });
  return out;
}

/** A row that heads a group of rows ("| **II** | **Về công tác cán bộ** | | |", or one text across merged cells). */
export function isGroupRow(row: TableRow, columns: readonly ColumnKind[]): boolean {
  // The row that numbers the columns ("| (1) | (2) | (3) |"), under the header.
  if (row.cells.every((c) => /^\(?\d{0,2}\)?$/.test(c.text))) return true;
  const filled = row.cells.filter((c, i) => c.text !== '' && columns[i] !== 'number');
  const num = row.cells.find((_, i) => columns[i] === 'number')?.text ?? '';
  if (filled.length === 0) return true;
  if (filled.every((c) => c.text === filled[0]!.text) && filled.length > 1) return true;
  return filled.length === 1 && (/^([IVX]+|[A-ZĐ])\.?$/.test(num) || /^(ve|linh vuc|nhom)\s/.test(fold(filled[0]!.text)));
}

/** The items of a cell holding several ("- Rà soát …; - Ban hành …", from "<br>" or bullets in the cell). */
export function cellItems(cell: TableCell): TableCell[] {
  const re = /(?:^|[;.]\s+|\s*¦\s*)([-+•]\s+|\d{1,2}[.)]\s+|\(\d{1,2}\)\s+|[a-zđ]\)\s+)?/gu;
  const starts: { at: number; text: number }[] = [];
  for (const m of cell.text.matchAll(re)) {
    if (m[0] === '') continue;
    // A ";" or "." alone is no item break; a converted line break ("¦") or a list mark is.
    if (!m[1] && !m[0].includes('¦')) continue;
    starts.push({ at: m.index, text: m.index + m[0].length });
  }
  // "- Xây dựng … - Phân công …": list marks joined into one line, each before a capitalised item long enough
  // not to be a name's hyphen ("Phòng Văn hóa - Xã hội", "xã Tiên - Liên - Mỹ").
  if (/^[-+•]\s/.test(cell.text)) {
    const inner = [...cell.text.matchAll(/\s[-+•]\s+(?=\p{Lu})/gu)].map((m) => ({ at: m.index, text: m.index + m[0].length }));
    inner.forEach((c, i) => {
      const prev = i === 0 ? 0 : inner[i - 1]!.text;
      const next = inner[i + 1]?.at ?? cell.text.length;
      if (c.at - prev >= 20 && next - c.text >= 20) starts.push(c);
    });
    starts.sort((a, b) => a.at - b.at);
  }
  if (starts.length === 0) return [cell];
  const out: TableCell[] = [];
  if (starts[0]!.at > 0) out.push(piece(cell, 0, starts[0]!.at));
  starts.forEach((s, i) => out.push(piece(cell, s.text, starts[i + 1]?.at ?? cell.text.length)));
  return out.filter((c) => c.text !== '');
}

function piece(cell: TableCell, from: number, to: number): TableCell {
  const raw = cell.text.slice(from, to);
  const text = raw.replace(/[\s;.¦]+$/u, '').trim();
  const lead = raw.length - raw.trimStart().length;
  return { text, from: cell.from + from + lead, to: cell.from + from + lead + text.length };
}
