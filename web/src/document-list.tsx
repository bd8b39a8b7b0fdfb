import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, normaliseDoc, withToken, type DocRow, type Me } from './api.ts';
import { L, STATUS } from './labels.ts';

type SortKey = 'newest' | 'name' | 'status' | 'low';

const statusGroup = (s: string): string => STATUS[s] ?? s;
const DONE = /^(done|completed|partial)$/;

/** Document list: live status and progress (SSE, with polling as a fallback), filter, sort, upload. */
export function DocumentList({ me }: { me: Me }) {
  const [docs, setDocs] = useState<DocRow[]>([]);
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState<SortKey>('newest');
  const [note, setNote] = useState('');
  const counted = useRef(new Map<string, number>());

  const refresh = useCallback(async () => {
    const rows = await api.documents();
    const ids = rows.filter((r) => DONE.test(r.status) && !counted.current.has(r.id)).map((r) => r.id);
    if (ids.length > 0) {
      const counts = await api.counts(ids).catch(() => ({} as Record<string, { lowConfidence: number }>));
      for (const [id, c] of Object.entries(counts)) counted.current.set(id, c.lowConfidence);
    }
    setDocs(rows.map((r) => ({ ...r, lowConfidence: r.lowConfidence ?? counted.current.get(r.id) ?? null })));
  }, []);

  useEffect(() => {
    void refresh().catch((e: Error) => setNote(e.message));
    // Live progress: the server pushes `event: document` with the document's summary whenever its status
    // or progress changes (GET /api/progress). A slow poll covers proxies that drop SSE.
    let es: EventSource | undefined;
    try {
      es = new EventSource(withToken('/api/progress'));
      es.addEventListener('document', (ev: MessageEvent) => {
        let row: DocRow;
        try {
          row = normaliseDoc(JSON.parse(String(ev.data)) as Record<string, unknown>);
        } catch {
          return;
        }
        setDocs((list) => {
          const old = list.find((r) => r.id === row.id);
          const merged = { ...row, lowConfidence: old?.lowConfidence ?? counted.current.get(row.id) ?? null };
          return old ? list.map((r) => (r.id === row.id ? merged : r)) : [merged, ...list];
        });
        if (DONE.test(row.status) && !counted.current.has(row.id)) {
          void api.counts([row.id]).then((c) => {
            const n = c[row.id]?.lowConfidence;
            if (n === undefined) return;
            counted.current.set(row.id, n);
            setDocs((list) => list.map((r) => (r.id === row.id ? { ...r, lowConfidence: n } : r)));
          }, () => undefined);
        }
      });
    } catch { /* no SSE */ }
    const poll = setInterval(() => void refresh().catch(() => undefined), 15000);
    return () => { es?.close(); clearInterval(poll); };
  }, [refresh]);

  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const list = docs.filter((d) => (!f || d.name.toLowerCase().includes(f)) && (!status || statusGroup(d.status) === status));
    const by: Record<SortKey, (a: DocRow, b: DocRow) => number> = {
      newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
      name: (a, b) => a.name.localeCompare(b.name, 'vi'),
      status: (a, b) => statusGroup(a.status).localeCompare(statusGroup(b.status), 'vi'),
      low: (a, b) => (b.lowConfidence ?? -1) - (a.lowConfidence ?? -1),
    };
    return [...list].sort(by[sort]);
  }, [docs, filter, status, sort]);

  const statuses = [...new Set(docs.map((d) => statusGroup(d.status)))];

  return (
    <section class="list" aria-label={L.documents}>
      <h2>{L.documents}</h2>
      {me.role === 'archivist' && <Uploader onDone={(msg) => { setNote(msg); void refresh(); }} />}
      <div class="toolbar">
        <input type="search" aria-label={L.filter} placeholder={L.filter} value={filter}
          onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        <label>{L.status}{' '}
          <select aria-label={L.status} value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
            <option value="">{L.all}</option>
            {statuses.map((s) => <option value={s}>{s}</option>)}
          </select>
        </label>
        <label>{L.sort}{' '}
          <select aria-label={L.sort} value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as SortKey)}>
            <option value="newest">Mới nhất</option>
            <option value="name">Tên tệp</option>
            <option value="status">Trạng thái</option>
            <option value="low">Nhiều mục cần rà soát</option>
          </select>
        </label>
      </div>
      {note && <p class="note" role="status">{note}</p>}
      <table class="docs">
        <thead>
          <tr><th>{L.name}</th><th>{L.status}</th><th>{L.progress}</th><th>{L.pages}</th><th>{L.lowConfidence}</th><th>{L.actions}</th></tr>
        </thead>
        <tbody>
          {shown.length === 0 && <tr><td colSpan={6}>{L.empty}</td></tr>}
          {shown.map((d) => (
            <tr key={d.id} data-doc-id={d.id} data-status={d.status}>
              <td class="name">{d.name}{d.error && <div class="err">{d.error}</div>}</td>
              <td>{statusGroup(d.status)}</td>
              <td><progress max={1} value={d.progress} aria-label={`${L.progress} ${d.name}`} /> {Math.round(d.progress * 100)}%</td>
              <td>{d.pages ?? '—'}</td>
              <td>{d.lowConfidence ?? '—'}</td>
              <td>{DONE.test(d.status)
                ? <a href={`#/doc/${encodeURIComponent(d.id)}`} aria-label={`${L.review} ${d.name}`}>{L.review}</a> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Drag-and-drop (or picker) upload of many files, three at a time so a large batch does not stall the page. */
function Uploader({ onDone }: { onDone: (msg: string) => void }) {
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const send = async (files: File[]): Promise<void> => {
    let done = 0;
    let failed = 0;
    setBusy(L.uploading(0, files.length));
    const queue = [...files];
    const worker = async (): Promise<void> => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        try { await api.upload(f); } catch { failed++; }
        done++;
        setBusy(L.uploading(done, files.length));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    setBusy('');
    onDone(L.uploaded(done - failed, failed));
  };

  return (
    <div class={`drop${over ? ' over' : ''}`} role="region" aria-label={L.drop}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); const fs = [...(e.dataTransfer?.files ?? [])]; if (fs.length) void send(fs); }}>
      <p>{L.drop}</p>
      <label class="btn">{L.choose}
        <input ref={input} type="file" multiple class="sr-only" accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/*"
          aria-label={L.choose} onChange={(e) => { const fs = [...((e.target as HTMLInputElement).files ?? [])]; if (fs.length) void send(fs); (e.target as HTMLInputElement).value = ''; }} />
      </label>
      {busy && <p role="status">{busy}</p>}
    </div>
  );
}
