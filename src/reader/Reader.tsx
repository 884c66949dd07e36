import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../core/cite';
import type { SummaryResponse } from '../messages';
import { reasonText, t, uiLocale } from '../ui/i18n';
import { send } from '../ui/send';
import { sanitizeArticleHtml } from './sanitize';

/** The decluttered article of a tab, sanitized, with its key points on top. */
export function Reader({ tabId }: { tabId: number }) {
  const [state, setState] = useState<SummaryResponse | 'loading'>('loading');
  useEffect(() => {
    send<'summarize'>({ type: 'summarize', tabId }).then(setState, () => setState({ ok: false, reason: 'script-error' }));
  }, [tabId]);

  useEffect(() => {
    if (state !== 'loading' && state.ok) document.title = `${state.article.title} — Ringkas`;
  }, [state]);

  if (state === 'loading') return <main class="reader"><p role="status">{t('readerLoading')}</p></main>;
  if (!state.ok) return <main class="reader"><p role="alert">{reasonText(state.reason)}</p></main>;
  const { article, keyPoints } = state;
  const meta = [article.site, formatDate(article.date, uiLocale()), t('minutesRead', article.readingMinutes)].filter(Boolean).join(' · ');
  return (
    <main class="reader" lang={article.lang} dir={article.dir}>
      <header>
        <p class="meta">{meta}</p>
        <h1>{article.title}</h1>
        {article.byline && <p class="byline">{t('by', article.byline)}</p>}
        {article.url && <p class="original"><a href={article.url} rel="noopener noreferrer">{t('readerOriginal')}</a></p>}
      </header>
      {keyPoints.length > 0 && (
        <details class="key-points" open>
          <summary>{t('keyPoints')}</summary>
          <ul>{keyPoints.map((p) => <li key={`${p.sentence.block}:${p.sentence.start}`}>{p.text}</li>)}</ul>
        </details>
      )}
      <article class="content" dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(article.html) }} />
    </main>
  );
}
