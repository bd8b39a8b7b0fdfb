import { Fragment } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { QueueEntry, ReviewItem, ReviewPage as Page, ReviewWord } from '../../src/review/review-types.ts';
import { api, withToken, type Correction, type Json, type Me, type ReviewView } from './api.ts';
import { ACTION, fieldLabel, L } from './labels.ts';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);

function findWord(view: ReviewView, id: string): { page: Page; word: ReviewWord } | undefined {
  for (const page of view.pages) for (const l of page.lines) for (const w of l.words) if (w.id === id) return { page, word: w };
  return undefined;
}

function historyFor(view: ReviewView, e: QueueEntry | { kind: 'word' | 'field'; id: string }): Correction[] {
  return view.corrections.filter((c) => (c.target.kind === 'word' ? e.kind === 'word' && c.target.wordId === e.id : e.kind === 'field' && c.target.itemId === e.id));
}

function show(v: Json): string {
  return v === null ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);
}

function confClass(c: number, threshold: number): string {
  return c < 0.5 ? 'c-low' : c < threshold ? 'c-mid' : 'c-ok';
}

/** Review view: page image with word boxes, repaired text by line, structure, queue; keyboard-driven. */
export function ReviewPage({ id, me }: { id: string; me: Me }) {
  const initialT = Number(new URLSearchParams(location.hash.split('?')[1] ?? '').get('t'));
  const [threshold, setThreshold] = useState(initialT > 0 && initialT <= 1 ? initialT : me.threshold);
  const [view, setView] = useState<ReviewView | null>(null);
  const [cursor, setCursor] = useState(0);
  const [editing, setEditing] = useState(false);
  const [boxes, setBoxes] = useState(true);
  const [pageNo, setPageNo] = useState<number | null>(null);
  const [msg, setMsg] = useState('');
  const canEdit = me.canCorrect;

  const load = useCallback(async () => {
    setView(await api.review(id, threshold));
  }, [id, threshold]);
  useEffect(() => { load().catch((e: Error) => setMsg(e.message)); }, [load]);

  const queue = view?.queue ?? [];
  const current = queue[Math.min(cursor, Math.max(0, queue.length - 1))];
  const currentWord = view && current?.kind === 'word' ? findWord(view, current.id) : undefined;
  const currentItem = view && current?.kind === 'field' ? view.items.find((i) => i.id === current.id) : undefined;
  const shownPage = view?.pages.find((p) => p.number === (pageNo ?? current?.page ?? view.pages[0]?.number)) ?? view?.pages[0];

  const move = (d: number): void => {
    setEditing(false);
    setPageNo(null);
    setCursor((c) => Math.max(0, Math.min(queue.length - 1, c + d)));
  };
  const moveKind = (d: number, kind: 'word' | 'field'): void => {
    for (let i = cursor + d; i >= 0 && i < queue.length; i += d) {
      if (queue[i]?.kind === kind) { setPageNo(null); setCursor(i); return; }
    }
  };

  const save = async (target: { kind: 'word'; wordId: string } | { kind: 'field'; itemId: string; pointer: string }, after: Json,
    action: 'edit' | 'alternative' | 'confirm', advance: boolean): Promise<void> => {
    if (!canEdit) return;
    try {
      await api.correct(id, target as never, after, action);
      setMsg(`${L.saved}: ${show(after)}`);
      await load();
      if (advance) move(1);
    } catch (e) {
      setMsg((e as Error).message);
    }
  };

  const undo = async (): Promise<void> => {
    if (!canEdit || !view) return;
    const mine = current ? historyFor(view, current) : view.corrections;
    const last = [...(mine.length ? mine : view.corrections)].reverse().find((c) => !c.undone && c.action !== 'undo');
    if (!last) return;
    try {
      await api.undo(id, last.id);
      setMsg(`${L.undo}: ${show(last.after)} → ${show(last.before)}`);
      await load();
    } catch (e) {
      setMsg((e as Error).message);
    }
  };

  const startEdit = (): void => {
    if (!canEdit || !current) return;
    if (current.kind === 'word') { setEditing(true); return; }
    const first = document.querySelector<HTMLInputElement>(`[data-item-id="${CSS.escape(current.id)}"] input`);
    first?.focus();
    first?.select();
  };

  const keyState = useRef({ move, moveKind, save, undo, startEdit, currentWord, currentItem, current, editing });
  keyState.current = { move, moveKind, save, undo, startEdit, currentWord, currentItem, current, editing };

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const s = keyState.current;
      if (isTyping(e.target) || e.altKey || e.metaKey) return;
      if (e.ctrlKey && e.key.toLowerCase() !== 'z') return;
      const k = e.key;
      let handled = true;
      if (k === 'j' || k === 'ArrowDown') s.move(1);
      else if (k === 'k' || k === 'ArrowUp') s.move(-1);
      else if (k === 'f') s.moveKind(1, 'field');
      else if (k === 'F') s.moveKind(-1, 'field');
      else if (k === 'w') s.moveKind(1, 'word');
      else if (k === 'W') s.moveKind(-1, 'word');
      else if (k === 'Enter' || k === 'e') s.startEdit();
      else if (k === 'u' || (e.ctrlKey && k.toLowerCase() === 'z')) void s.undo();
      else if (k === 'b') setBoxes((b) => !b);
      else if (k === 'a' && s.current) {
        if (s.currentWord) void s.save({ kind: 'word', wordId: s.currentWord.word.id }, s.currentWord.word.text, 'confirm', true);
        else if (s.currentItem?.fields[0]) void s.save({ kind: 'field', itemId: s.currentItem.id, pointer: s.currentItem.fields[0].pointer }, s.currentItem.fields[0].value, 'confirm', true);
      } else if (/^[1-9]$/.test(k) && s.currentWord) {
        const alt = s.currentWord.word.alternatives[Number(k) - 1];
        if (alt !== undefined) void s.save({ kind: 'word', wordId: s.currentWord.word.id }, alt, 'alternative', true);
      } else handled = false;
      if (handled) e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // Keep the current entry visible in the queue and text.
  useEffect(() => {
    if (!current) return;
    document.querySelector(`[data-queue-index="${cursor}"]`)?.scrollIntoView({ block: 'nearest' });
    document.querySelector(`[data-word-id="${current.id}"], [data-item-id="${current.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [cursor, current?.id]);

  if (!view) return <p role="status">{msg || '…'}</p>;

  const exportHref = withToken(`/api/documents/${encodeURIComponent(id)}/reviewed`);
  return (
    <div class="review">
      <div class="review-bar">
        <a href="#/">{L.back}</a>
        <label>{L.threshold}{' '}
          <input type="number" min={0} max={1} step={0.05} value={threshold} aria-label={L.threshold}
            onChange={(e) => { const v = Number((e.target as HTMLInputElement).value); if (v >= 0 && v <= 1) { setThreshold(v); setCursor(0); } }} />
        </label>
        <label><input type="checkbox" checked={boxes} aria-label={L.boxes} onChange={() => setBoxes((b) => !b)} /> {L.boxes}</label>
        <a href={exportHref} target="_blank" rel="noreferrer" aria-label={L.export}>{L.export}</a>
        {!canEdit && <strong class="readonly" role="note">{L.readOnly}</strong>}
        <span class="msg" role="status" aria-live="polite">{msg}</span>
      </div>
      <div class="panes">
        <section class="pane image" aria-label={`${L.page} ${shownPage?.number ?? ''}`}>
          <div class="pager">
            {view.pages.map((p) => (
              <button type="button" aria-label={`${L.page} ${p.number}`} aria-pressed={p.number === shownPage?.number}
                onClick={() => setPageNo(p.number)}>{p.number}</button>
            ))}
          </div>
          {shownPage && <PageImage page={shownPage} boxes={boxes} threshold={view.threshold} currentId={current?.id} />}
        </section>
        <section class="pane text" aria-label={L.text}>
          <h3>{L.text}</h3>
          {shownPage && (
            <ol class="lines">
              {shownPage.lines.map((l) => (
                <li key={l.index} data-line={l.index}>
                  {l.words.map((w) => (
                    // Keyed: unkeyed fragments let Preact reuse a neighbour's text node, so a corrected word could keep its old text.
                    <Fragment key={w.id}>
                      <span data-word-id={w.id} title={`${L.confidence} ${Math.round(w.confidence * 100)}%`}
                        class={`w ${w.confidence < view.threshold ? confClass(w.confidence, view.threshold) : ''}${w.reviewed ? ' reviewed' : ''}${current?.id === w.id ? ' current' : ''}`}
                        onClick={() => { const i = queue.findIndex((q) => q.id === w.id); if (i >= 0) setCursor(i); }}>{w.text}</span>{' '}
                    </Fragment>
                  ))}
                </li>
              ))}
            </ol>
          )}
          <Structure view={view} canEdit={canEdit} currentId={current?.id}
            onSave={(item, pointer, value) => void save({ kind: 'field', itemId: item.id, pointer }, value, 'edit', false)} />
        </section>
        <aside class="pane queue" aria-label={L.queue}>
          <h3>{L.queue} ({queue.filter((q) => q.reviewed).length}/{queue.length})</h3>
          <p class="keys">{L.keys}</p>
          {current && (
            <div class="detail" aria-label="current">
              {currentWord && (
                <WordDetail word={currentWord.word} editing={editing && canEdit} canEdit={canEdit}
                  onSave={(v) => { setEditing(false); void save({ kind: 'word', wordId: currentWord.word.id }, v, 'edit', true); }}
                  onCancel={() => setEditing(false)} />
              )}
              {currentItem && (
                <div>
                  <div class="kind">{L.field} · {currentItem.kind} · {L.confidence} {Math.round(currentItem.confidence * 100)}%</div>
                  <p class="src">{currentItem.text}</p>
                </div>
              )}
              <History list={historyFor(view, current)} />
            </div>
          )}
          {queue.length === 0 && <p>{L.queueEmpty}</p>}
          <ol class="qlist">
            {queue.map((q, i) => {
              const label = q.kind === 'word' ? findWord(view, q.id)?.word.text : view.items.find((it) => it.id === q.id)?.text;
              return (
                <li key={q.kind + q.id} data-queue-index={i} class={`${i === cursor ? 'current' : ''}${q.reviewed ? ' reviewed' : ''}`}
                  aria-current={i === cursor ? 'true' : undefined} onClick={() => { setPageNo(null); setCursor(i); }}>
                  <span class={`dot ${confClass(q.confidence, view.threshold)}`} />
                  <span class="qk">{q.kind === 'word' ? L.word : L.field}</span> {(label ?? q.id).slice(0, 60)}
                  <span class="qc">{Math.round(q.confidence * 100)}%</span>
                </li>
              );
            })}
          </ol>
        </aside>
      </div>
    </div>
  );
}

function PageImage({ page, boxes, threshold, currentId }: { page: Page; boxes: boolean; threshold: number; currentId: string | undefined }) {
  const [size, setSize] = useState<{ w: number; h: number } | null>(page.width && page.height ? { w: page.width, h: page.height } : null);
  const [failed, setFailed] = useState(false);
  const words = page.lines.flatMap((l) => l.words).filter((w) => w.bbox);
  if (!page.imageUrl || failed) return <p class="noimg">—</p>;
  return (
    <div class="pageimg">
      <img src={withToken(page.imageUrl)} alt={`${L.page} ${page.number}`}
        onLoad={(e) => { const im = e.target as HTMLImageElement; if (!size) setSize({ w: im.naturalWidth, h: im.naturalHeight }); }}
        onError={() => setFailed(true)} />
      {boxes && size && (
        <svg viewBox={`0 0 ${size.w} ${size.h}`} preserveAspectRatio="none" aria-hidden="true">
          {words.map((w) => w.bbox && (
            <rect x={w.bbox.x0} y={w.bbox.y0} width={w.bbox.x1 - w.bbox.x0} height={w.bbox.y1 - w.bbox.y0}
              class={`${confClass(w.confidence, threshold)}${w.reviewed ? ' reviewed' : ''}${w.id === currentId ? ' current' : ''}`} />
          ))}
        </svg>
      )}
    </div>
  );
}

function WordDetail({ word, editing, canEdit, onSave, onCancel }: {
  word: ReviewWord; editing: boolean; canEdit: boolean; onSave: (v: string) => void; onCancel: () => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => { if (editing) { ref.current?.focus(); ref.current?.select(); } }, [editing]);
  return (
    <div>
      <div class="kind">{L.word} · {L.confidence} {Math.round(word.confidence * 100)}%</div>
      <p class="big">{word.text}</p>
      {word.machineText && <p class="small">Máy đọc: {word.machineText}</p>}
      {word.original && <p class="small">{L.original}: {word.original}</p>}
      {word.alternatives.length > 0 && (
        <div role="group" aria-label={L.alternatives}>
          <div class="small">{L.alternatives}:</div>
          <ol class="alts">
            {word.alternatives.slice(0, 9).map((a, i) => (
              <li><kbd>{i + 1}</kbd> <button type="button" disabled={!canEdit} aria-label={`${L.alternatives} ${i + 1}: ${a}`}
                onClick={() => onSave(a)}>{a}</button></li>
            ))}
          </ol>
        </div>
      )}
      {editing ? (
        <form onSubmit={(e) => { e.preventDefault(); const v = ref.current?.value.trim() ?? ''; if (v) onSave(v); }}>
          <input ref={ref} defaultValue={word.text} aria-label={`${L.edit} ${L.word}`}
            onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }} />
          <button type="submit" aria-label={L.save}>{L.save}</button>
        </form>
      ) : canEdit ? <p class="small">Enter/e: {L.edit}</p> : null}
    </div>
  );
}

function History({ list }: { list: Correction[] }) {
  return (
    <div class="history" aria-label={L.history}>
      <div class="small">{L.history}</div>
      {list.length === 0 ? <p class="small">{L.noHistory}</p> : (
        <ul>
          {list.map((c) => (
            <li class={c.undone ? 'undone' : ''}>
              <time dateTime={c.at}>{new Date(c.at).toLocaleString('vi-VN')}</time> · {c.author}: «{show(c.before)}» → «{show(c.after)}» ({ACTION[c.action] ?? c.action})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const GROUPS: [string, string][] = [['document', L.metadata], ['shortcomings', L.shortcomings], ['tasks', L.tasks], ['deadlines', L.deadlines], ['references', L.references]];

function Structure({ view, canEdit, currentId, onSave }: {
  view: ReviewView; canEdit: boolean; currentId: string | undefined; onSave: (item: ReviewItem, pointer: string, value: Json) => void;
}) {
  const groups = useMemo(() => {
    const known = new Set(GROUPS.map((g) => g[0]));
    const out = GROUPS.map(([k, label]) => ({ label, items: view.items.filter((i) => i.kind === k) }));
    out.push({ label: L.other, items: view.items.filter((i) => !known.has(i.kind)) });
    return out.filter((g) => g.items.length > 0);
  }, [view]);
  return (
    <div class="structure" aria-label={L.structure}>
      <h3>{L.structure}</h3>
      {groups.map((g) => (
        <details open>
          <summary>{g.label} ({g.items.length})</summary>
          {g.items.map((it) => (
            <fieldset key={it.id} data-item-id={it.id} class={`item${it.id === currentId ? ' current' : ''}${it.reviewed ? ' reviewed' : ''}`}>
              <legend>{it.kind === 'document' && it.fields[0] ? fieldLabel(it.fields[0].name) : it.id} · {Math.round(it.confidence * 100)}%{it.reviewed ? ' ✓' : ''}</legend>
              {it.fields.map((f) => (
                <FieldInput key={f.pointer + JSON.stringify(f.value)} label={fieldLabel(f.name)} value={f.value} disabled={!canEdit}
                  onSave={(v) => onSave(it, f.pointer, v)} />
              ))}
              {historyFor(view, { kind: 'field', id: it.id }).length > 0 && <History list={historyFor(view, { kind: 'field', id: it.id })} />}
            </fieldset>
          ))}
        </details>
      ))}
    </div>
  );
}

/** One field: Enter saves (typed back to the field's JSON type), Escape restores and leaves the field. */
function FieldInput({ label, value, disabled, onSave }: { label: string; value: Json; disabled: boolean; onSave: (v: Json) => void }) {
  const text = value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const commit = (el: HTMLInputElement): void => {
    const raw = el.value;
    if (raw === text) return;
    const v: Json = typeof value === 'number' ? Number(raw) : typeof value === 'boolean' ? raw === 'true' : raw === '' && value === null ? null : raw;
    onSave(v);
  };
  return (
    <label class="field">
      <span>{label}</span>
      <input defaultValue={text} disabled={disabled} aria-label={label} readOnly={disabled}
        onKeyDown={(e) => {
          const el = e.target as HTMLInputElement;
          if (e.key === 'Enter') { e.preventDefault(); commit(el); el.blur(); }
          if (e.key === 'Escape') { e.preventDefault(); el.value = text; el.blur(); }
        }} />
    </label>
  );
}
