import type { Json, JsonObject, QueueEntry, ReviewField, ReviewItem, ReviewPage } from './review-types.ts';

/** Keys that are bookkeeping, not values a reviewer edits. */
const NOT_EDITABLE = new Set(['id', 'confidence', 'provenance', 'review', 'fuzzy', 'sectionId', 'parentId', 'taskId',
  'shortcomingIds', 'children', 'level', 'schema', 'schemaVersion']);
/** Top-level collections that are not reviewed item by item (page text is reviewed word by word). */
const SKIP_TOP = new Set(['pages', 'errors', 'source', 'schema', 'schemaVersion', 'sections', 'status']);

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(root: Json, pointer: string): Json | undefined {
  let cur: Json | undefined = root;
  for (const part of pointerParts(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isObject(cur)) cur = cur[part];
    else return undefined;
  }
  return cur;
}

/** Sets a value at a JSON Pointer whose parent exists; returns false when the path is gone. */
export function setAt(root: Json, pointer: string, value: Json): boolean {
  const parts = pointerParts(pointer);
  const last = parts.pop();
  if (last === undefined) return false;
  const parent = getAt(root, '/' + parts.map(escapePointer).join('/'));
  const parentNode = parts.length === 0 ? root : parent;
  if (Array.isArray(parentNode)) {
    parentNode[Number(last)] = value;
    return true;
  }
  if (isObject(parentNode)) {
    parentNode[last] = value;
    return true;
  }
  return false;
}

/** Editable leaves under an item: scalars, and scalars of nested id-less objects (e.g. `responsible/0/unit`). */
function fieldsOf(node: Json, pointer: string, name: string, out: ReviewField[], depth = 0): void {
  if (depth > 4) return;
  if (node === null || typeof node !== 'object') {
    out.push({ pointer, name, value: node });
    return;
  }
  if (Array.isArray(node)) {
    // Arrays of plain strings (e.g. ids) are references, not values; arrays of objects are walked.
    node.forEach((child, i) => {
      if (isObject(child) && !(typeof child.id === 'string' && typeof child.confidence === 'number')) {
        fieldsOf(child, `${pointer}/${i}`, `${name}/${i}`, out, depth + 1);
      }
    });
    return;
  }
  if (typeof node.id === 'string' && typeof node.confidence === 'number' && depth > 0) return; // its own item
  for (const [k, v] of Object.entries(node)) {
    if (NOT_EDITABLE.has(k)) continue;
    fieldsOf(v, `${pointer}/${escapePointer(k)}`, name ? `${name}/${k}` : k, out, depth + 1);
  }
}

/**
 * Fields in a fixed, meaningful order (the stored JSON may come back with keys reordered, e.g. by jsonb):
 * dates and kinds first — what reviewers correct most — and the long source text last.
 */
const FIELD_ORDER = ['date', 'startDate', 'kind', 'deadline', 'unit', 'role', 'name', 'purpose', 'number', 'symbol', 'type', 'typeCode',
  'issuer', 'place', 'title', 'signature', 'status', 'group', 'heading', 'text'];

function fieldRank(name: string): number {
  const head = name.split('/')[0] ?? '';
  const i = FIELD_ORDER.indexOf(head);
  return i < 0 ? FIELD_ORDER.length - 1 : i;
}

export function sortFields(fields: ReviewField[]): ReviewField[] {
  return fields.sort((a, b) => fieldRank(a.name) - fieldRank(b.name) || a.name.localeCompare(b.name));
}

function provenanceOf(node: JsonObject): Pick<ReviewItem, 'page' | 'lineStart' | 'charStart'> {
  const p = node.provenance;
  if (!isObject(p)) return {};
  const out: Pick<ReviewItem, 'page' | 'lineStart' | 'charStart'> = {};
  if (typeof p.page === 'number') out.page = p.page;
  if (typeof p.lineStart === 'number') out.lineStart = p.lineStart;
  if (isObject(p.charSpan) && typeof p.charSpan.start === 'number') out.charStart = p.charSpan.start;
  return out;
}

function reviewed(node: JsonObject): boolean {
  return isObject(node.review) && node.review.reviewed === true;
}

/**
 * Every editable item of a plan document: each object carrying a string `id` and a numeric `confidence`
 * in the top-level collections (tasks, shortcomings, deadlines, references, …), plus the metadata fields of
 * `document` described by `document.fields` (FieldInfo: id, confidence, provenance per field).
 */
export function collectItems(doc: JsonObject): ReviewItem[] {
  const items: ReviewItem[] = [];
  const meta = doc.document;
  if (isObject(meta)) {
    // Metadata: one item per scalar leaf of `document` (e.g. `issuer/name`); `document.fields` holds the
    // confidence/provenance of each found field keyed by its dotted path ("issuer.name").
    const infos = isObject(meta.fields) ? meta.fields : {};
    const leaves: ReviewField[] = [];
    for (const [key, value] of Object.entries(meta)) {
      if (key === 'fields' || key === 'recipients') continue;
      fieldsOf(value, `/document/${escapePointer(key)}`, key, leaves, 1);
    }
    for (const f of leaves) {
      const info = infos[f.name.replace(/\//g, '.')];
      const found = isObject(info);
      items.push({
        id: found && typeof info.id === 'string' ? info.id : `document.${f.name.replace(/\//g, '.')}`,
        kind: 'document',
        text: found && typeof info.text === 'string' ? info.text : '',
        // A field the extractor did not find has no confidence of its own: it is editable, not queued.
        confidence: found && typeof info.confidence === 'number' ? info.confidence : 1,
        ...(found ? provenanceOf(info) : {}),
        fields: [f],
        reviewed: found && reviewed(info),
      });
    }
  }
  const visit = (node: Json, pointer: string, kind: string): void => {
    if (Array.isArray(node)) {
      node.forEach((c, i) => visit(c, `${pointer}/${i}`, kind));
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.id === 'string' && typeof node.confidence === 'number') {
      const fields: ReviewField[] = [];
      fieldsOf(node, pointer, '', fields);
      sortFields(fields);
      items.push({
        id: node.id, kind, text: typeof node.text === 'string' ? node.text : '', confidence: node.confidence,
        ...provenanceOf(node), fields, reviewed: reviewed(node),
      });
    }
    for (const [k, v] of Object.entries(node)) {
      if (isObject(v) || Array.isArray(v)) if (!NOT_EDITABLE.has(k) || k === 'children') visit(v, `${pointer}/${escapePointer(k)}`, kind);
    }
  };
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'document' || SKIP_TOP.has(key)) continue;
    visit(value, `/${escapePointer(key)}`, key);
  }
  if (isObject(meta) && Array.isArray(meta.recipients)) visit(meta.recipients, '/document/recipients', 'recipients');
  return items;
}

/** Finds the item object (or the FieldInfo of a metadata field) that carries `review` for an item id. */
export function findItemNode(doc: JsonObject, itemId: string): JsonObject | undefined {
  let found: JsonObject | undefined;
  const visit = (node: Json): void => {
    if (found) return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (node.id === itemId && typeof node.confidence === 'number') {
      found = node;
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(doc);
  return found;
}

/**
 * The review queue: words and items whose confidence is below `threshold`, in reading order (page, line,
 * position), each flagged when a person already reviewed it (the queue stays stable while working through
 * it). Items without provenance go last.
 */
export function buildQueue(pages: ReviewPage[], items: ReviewItem[], threshold: number, reviewedWords: Set<string>): QueueEntry[] {
  const queue: QueueEntry[] = [];
  for (const p of pages) {
    for (const l of p.lines) {
      for (const w of l.words) {
        if (w.confidence < threshold) {
          queue.push({ kind: 'word', id: w.id, page: p.number, line: l.index, pos: w.start, confidence: w.confidence, reviewed: reviewedWords.has(w.id) });
        }
      }
    }
  }
  for (const it of items) {
    if (it.confidence >= threshold) continue;
    queue.push({
      kind: 'field', id: it.id, page: it.page ?? Number.MAX_SAFE_INTEGER,
      line: it.lineStart !== undefined ? it.lineStart - 1 : Number.MAX_SAFE_INTEGER,
      pos: it.charStart ?? Number.MAX_SAFE_INTEGER, confidence: it.confidence, reviewed: it.reviewed,
    });
  }
  return queue.sort((a, b) => a.page - b.page || a.line - b.line || a.pos - b.pos || (a.kind === 'word' ? -1 : 1));
}

/**
 * The model keeps copies of some items under the same id (a task's `deadline` mirrors its entry in
 * `deadlines`): after a field changed, every other object with that id and that key gets the same value.
 */
export function syncCopies(root: Json, pointer: string, value: Json): void {
  const parts = pointerParts(pointer);
  const key = parts.pop();
  const parent = getAt(root, '/' + parts.map(escapePointer).join('/'));
  if (key === undefined || !isObject(parent) || typeof parent.id !== 'string') return;
  const id = parent.id;
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (node !== parent && node.id === id && key in node) node[key] = structuredClone(value);
    Object.values(node).forEach(visit);
  };
  visit(root);
}
