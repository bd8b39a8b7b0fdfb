import { effectiveCorrections, targetKey } from './apply-corrections.ts';
import { collectItems } from './review-items.ts';
import type { Correction, Json, JsonObject } from './review-types.ts';

/** One field a person corrected or confirmed: what the machine said and what is right, for evaluation. */
export interface LabelledExample {
  documentId: string;
  itemId: string;
  /** Collection of the item (`tasks`, `deadlines`, `document`, …). */
  kind: string;
  /** Field path relative to the item, e.g. `deadline` or `responsible/0/unit`. */
  field: string;
  pointer: string;
  /** The source text the item was read from. */
  text: string;
  page?: number;
  machine: Json;
  label: Json;
  /** True when the reviewer confirmed the machine's value unchanged. */
  confirmed: boolean;
  reviewer: string;
  at: string;
}

/**
 * Turns a document's field corrections into labelled examples, one per field (latest value wins);
 * fields undone back to the machine's value are left out. `plan` is the uncorrected plan, for context.
 */
export function labelledExamples(documentId: string, plan: JsonObject | undefined, corrections: Correction[]): LabelledExample[] {
  const items = plan ? collectItems(plan) : [];
  const out: LabelledExample[] = [];
  for (const c of effectiveCorrections(corrections.filter((x) => x.target.kind === 'field')).values()) {
    if (c.target.kind !== 'field') continue;
    const key = targetKey(c);
    const machine = corrections.find((x) => targetKey(x) === key)?.before ?? null;
    if (c.action === 'undo' && c.after === machine) continue;
    const item = items.find((i) => i.id === (c.target.kind === 'field' ? c.target.itemId : ''));
    const field = item?.fields.find((f) => c.target.kind === 'field' && f.pointer === c.target.pointer);
    const ex: LabelledExample = {
      documentId, itemId: c.target.itemId, kind: item?.kind ?? 'unknown', field: field?.name ?? c.target.pointer,
      pointer: c.target.pointer, text: item?.text ?? '', machine, label: c.after, confirmed: machine === c.after,
      reviewer: c.author, at: c.at,
    };
    if (item?.page !== undefined) ex.page = item.page;
    out.push(ex);
  }
  return out;
}
