import { useEffect, useState } from 'preact/hooks';
import { api, getToken, setToken, type Me } from './api.ts';
import { DocumentList } from './document-list.tsx';
import { L, ROLE } from './labels.ts';
import { ReviewPage } from './review-page.tsx';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = (): void => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}

/** Token bar + hash routing: `#/` document list, `#/doc/<id>` review view. */
export function App() {
  const hash = useHash();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState('');
  const [draft, setDraft] = useState(getToken());
  const [version, setVersion] = useState(0);

  useEffect(() => {
    // A token may also arrive in the URL (e.g. a link handed to a reviewer); keep it and clean the URL.
    const q = new URLSearchParams(location.search);
    const t = q.get('token');
    if (t) {
      setToken(t);
      setDraft(t);
      history.replaceState(null, '', location.pathname + location.hash);
    }
    api.me().then((m) => { setMe(m); setError(''); }, (e: Error) => { setMe(null); setError(e.message); });
  }, [version]);

  const docMatch = /^#\/doc\/([^/?]+)/.exec(hash);
  return (
    <div class="app">
      <header class="top">
        <h1><a href="#/">{L.appTitle}</a></h1>
        <form class="token" onSubmit={(e) => { e.preventDefault(); setToken(draft.trim()); setVersion((v) => v + 1); }}>
          <input type="password" aria-label={L.token} placeholder={L.token} value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <button type="submit" aria-label={L.saveToken}>{L.saveToken}</button>
        </form>
        <span class="who" role="status" aria-label="user">
          {me ? L.signedAs(me.name, me.role) : error || L.noToken}
        </span>
      </header>
      <main>
        {!me ? null : docMatch ? (
          <ReviewPage key={docMatch[1]} id={decodeURIComponent(docMatch[1] ?? '')} me={me} />
        ) : (
          <DocumentList me={me} />
        )}
      </main>
      {me && <footer class="role-note" aria-hidden="true">{ROLE[me.role]}</footer>}
    </div>
  );
}
