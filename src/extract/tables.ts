import type { Block } from './blocks.ts';
import { fold } from './fold.ts';
import type { Role } from './labels.ts';

/** What a column of a task table holds, from its header ("Đơn vị chủ trì", "Thời gian hoàn thành", …). */
export type ColumnKind = 'number' | 'task' | 'shortcoming' | 'deadline' | 'note' | { role: Role };

export interface TableRow {
  block: Block;
  cells: { text: string; from: number; to: number }[];
}

export interface TaskTable {
  columns: ColumnKind[];
  rows: TableRow[];
}

/** Cells of a "| a | b |" line with their offsets in the block text; null when the line is no table row. */
export function tableCells(text: string): { text: string; from: number; to: number }[] | null {
  const t = text.trim();
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return null;
  const out: { text: string; from: number; to: number }[] = [];
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
  const f = fold(header);
  if (/^(stt|tt|so tt|so thu tu)$/.test(f)) return 'number';
  if (/han che|khuyet diem|ton tai|yeu kem/.test(f) && !/giai phap|bien phap|nhiem vu/.test(f)) return 'shortcoming';
  if (/thoi gian|thoi han|tien do|han hoan thanh/.test(f)) return 'deadline';
  if (/chu tri/.test(f)) return { role: 'lead' };
  if (/phoi hop/.test(f)) return { role: 'support' };
  if (/tham muu/.test(f)) return { role: 'advise' };
  if (/chi dao/.test(f)) return { role: 'direct' };
  if (/theo doi|giam sat/.test(f)) return { role: 'monitor' };
  if (/(don vi|co quan|bo phan|nguoi).*(thuc hien|trach nhiem)|^(thuc hien|trach nhiem)/.test(f)) return { role: 'execute' };
  if (/noi dung|nhiem vu|giai phap|bien phap|cong viec|hoat dong/.test(f)) return 'task';
  return 'note';
}

/**
 * Task tables ("| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |"): a header row
 * naming a task column, an optional "|---|" row, then one task per row.
 */
export function readTables(blocks: readonly Block[]): TaskTable[] {
  const tables: TaskTable[] = [];
  let current: TaskTable | null = null;
  for (const b of blocks) {
    const cells = b.lines.length === 1 ? tableCells(b.text) : null;
    if (!cells) {
      current = null;
      continue;
    }
    if (cells.every((c) => /^:?-{2,}:?$/.test(c.text) || c.text === '')) continue;
    if (!current) {
      const columns = cells.map((c) => columnKind(c.text));
      if (columns.includes('task')) {
        current = { columns, rows: [] };
        tables.push(current);
      }
      continue;
    }
    current.rows.push({ block: b, cells });
  }
  return tables;
}

export function isTableBlock(b: Block): boolean {
  return b.lines.length === 1 && tableCells(b.text) !== null;
}
