import { useState } from 'preact/hooks';
import { citeQuote, citeQuoteMarkdown, type Source } from '../core/cite';
import type { ArticleQuote } from '../core/summarize';
import { copyText } from '../ui/clipboard';
import { t, uiLocale } from '../ui/i18n';

function CopyButton({ label, ariaLabel, text }: { label: string; ariaLabel: string; text: () => string }) {
  const [done, setDone] = useState(false);
  return (
    <button type="button" class="copy" aria-label={done ? t('copied') : ariaLabel} aria-live="polite" onClick={async () => {
      if (await copyText(text())) { setDone(true); setTimeout(() => setDone(false), 1500); }
    }}>
      {done ? t('copied') : label}
    </button>
  );
}

/** The article's direct quotes, each with its speaker and copy actions. */
export function QuoteList({ quotes, source }: { quotes: ArticleQuote[]; source: Source }) {
  const locale = uiLocale();
  return (
    <section class="quotes" aria-labelledby="q-heading">
      <h2 id="q-heading">{t('quotes')}</h2>
      {quotes.length === 0 ? <p class="empty">{t('noQuotes')}</p> : (
        <ul>
          {quotes.map((q) => {
            const who = q.speaker ?? t('unknownSpeaker');
            return (
              <li key={`${q.block}:${q.start}`} class="quote">
                <blockquote>{q.text}</blockquote>
                <p class="speaker">— {who}</p>
                <div class="actions">
                  <CopyButton label={t('copy')} ariaLabel={t('copyQuoteLabel', who)} text={() => citeQuote(q.text, q.speaker, source, locale)} />
                  <CopyButton label={t('copyMarkdown')} ariaLabel={t('copyMarkdownLabel', who)} text={() => citeQuoteMarkdown(q.text, q.speaker, source, locale)} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
