import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ActiveTabSummary, SummaryResponse } from '../messages';
import { reasonText, t } from '../ui/i18n';
import { send } from '../ui/send';
import { ArticleHeader } from './ArticleHeader';
import { KeyPointList } from './KeyPointList';
import { QuoteList } from './QuoteList';

/**
 * How long the popup stays blank before it says it is working. Most answers come sooner, and painting a loading
 * state first made them later: on a 2-core machine it competes with the extraction (measured: click-to-content
 * ~270 → ~230 ms median with nothing painted before the answer).
 */
const LOADING_DELAY_MS = 150;

interface Props {
  /** The summary of the active tab, asked for before the first render. */
  summary: Promise<ActiveTabSummary>;
}

/** The popup: one summary of the active tab, or a plain reason why there is none. */
export function App({ summary }: Props) {
  const [answer, setAnswer] = useState<ActiveTabSummary>();
  const [slow, setSlow] = useState(false);
  const tabId = answer?.tabId;
  const state: SummaryResponse | 'loading' = answer?.summary ?? 'loading';

  // Subscribed at once, not after the first paint: the answer may already be there.
  useLayoutEffect(() => { void summary.then(setAnswer); }, [summary]);

  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), LOADING_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  // A user-timing mark (local only) that the in-browser benchmark reads as click-to-content time.
  useEffect(() => { if (state !== 'loading') performance.mark('ringkas:content-shown'); }, [state]);

  if (state === 'loading') {
    if (!slow) return <main class="state loading" aria-busy="true" />;
    return <main class="state loading" aria-busy="true"><p role="status">{t('loading')}</p></main>;
  }
  if (!state.ok) {
    return <main class="state failure" data-reason={state.reason}><p role="alert">{reasonText(state.reason)}</p></main>;
  }
  const { article, keyPoints, quotes } = state;
  const source = { site: article.site, date: article.date, url: article.url, title: article.title };
  return (
    <main class="summary" lang={article.lang} dir={article.dir}>
      <ArticleHeader article={article} />
      <KeyPointList points={keyPoints} onShow={(block, text) => tabId !== undefined && send<'highlight'>({ type: 'highlight', tabId, block, text })} />
      <QuoteList quotes={quotes} source={source} />
      <footer>
        <button type="button" class="primary" onClick={async () => { if (tabId !== undefined) { await send<'open-reader'>({ type: 'open-reader', tabId }); window.close(); } }}>
          {t('openReader')}
        </button>
      </footer>
    </main>
  );
}
