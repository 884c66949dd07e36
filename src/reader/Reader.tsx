import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../core/cite';
import { articleMarkdown, articlePlainText } from '../core/export/article-export';
import type { SummaryResponse } from '../messages';
import { reasonText, t, uiLocale } from '../ui/i18n';
import { send } from '../ui/send';
import { ArticleContent } from './ArticleContent';
import { leadImage } from './lead-image';
import { ReaderControls } from './ReaderControls';
import { SelectionCopy } from './SelectionCopy';
import { DEFAULT_SETTINGS, type ReaderSettings } from './settings';
import { loadSettings, onSettingsChanged, saveSettings } from './settings-storage';

/** Settings live on <html>, so the page background and the print sheet follow them too. */
function applySettings(s: ReaderSettings): void {
  const root = document.documentElement;
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.dataset.width = s.width;
  root.dataset.lineHeight = s.lineHeight;
  root.style.setProperty('--text-size', `${s.size}px`);
}

/** The decluttered article of a tab: reading controls, key points, the sanitized text with its quotes marked. */
export function Reader({ tabId }: { tabId: number }) {
  const [state, setState] = useState<SummaryResponse | 'loading'>('loading');
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const contentRef = useRef<HTMLElement>(null);
  const locale = uiLocale();

  useEffect(() => {
    send<'summarize'>({ type: 'summarize', tabId }).then(setState, () => setState({ ok: false, reason: 'script-error' }));
    loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, [tabId]);
  useEffect(() => applySettings(settings), [settings]);
  useEffect(() => {
    if (state !== 'loading' && state.ok) document.title = `${state.article.title} — Ringkas`;
  }, [state]);

  const change = (s: ReaderSettings) => { setSettings(s); void saveSettings(s); };

  if (state === 'loading') return <main class="reader"><p role="status">{t('readerLoading')}</p></main>;
  if (!state.ok) return <main class="reader failure" data-reason={state.reason}><p role="alert">{reasonText(state.reason)}</p></main>;
  const { article, keyPoints, quotes } = state;
  const date = formatDate(article.date, locale);
  const meta = [article.site, date, t('minutesRead', article.readingMinutes)].filter(Boolean).join(' · ');
  const source = { site: article.site, date: article.date, url: article.url, title: article.title, byline: article.byline };
  const lead = leadImage(article.image, article.html);
  return (
    <>
      <ReaderControls settings={settings} onChange={change}
        markdown={() => articleMarkdown(article, contentRef.current!)} plainText={() => articlePlainText(article, date)} />
      <main class="reader" lang={article.lang} dir={article.dir}>
        <header>
          <p class="meta">{meta}</p>
          <h1>{article.title}</h1>
          {article.standfirst && <p class="standfirst">{article.standfirst}</p>}
          {article.byline && <p class="byline">{t('by', article.byline)}</p>}
          {article.url && <p class="original"><a href={article.url} rel="noopener noreferrer">{t('readerOriginal')}</a></p>}
        </header>
        {keyPoints.length > 0 && (
          <details class="key-points" open>
            <summary>{t('keyPoints')}</summary>
            <ul>{keyPoints.map((p) => <li key={`${p.sentence.block}:${p.sentence.start}`}>{p.text}</li>)}</ul>
          </details>
        )}
        {lead && <figure class="lead-image"><img src={lead} alt="" referrerpolicy="no-referrer" /></figure>}
        <ArticleContent html={article.html} quotes={quotes} source={source} locale={locale} contentRef={contentRef} />
      </main>
      <SelectionCopy contentRef={contentRef} quotes={quotes} source={source} locale={locale} />
    </>
  );
}
