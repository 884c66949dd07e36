import { citeQuote, citeQuoteMarkdown, spokenText, type Source } from '../core/cite';
import type { ArticleQuote } from '../core/summarize';
import { CopyButton } from '../ui/CopyButton';
import { t, uiLocale } from '../ui/i18n';

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
            const said = spokenText(q.parts);
            return (
              <li key={`${q.block}:${q.start}`} class="quote">
                <blockquote>{said}</blockquote>
                <p class="speaker">— {who}</p>
                <div class="actions">
                  <CopyButton label={t('copy')} ariaLabel={t('copyQuoteLabel', who)} text={() => citeQuote(said, q.speaker, source, locale)} />
                  <CopyButton label={t('copyMarkdown')} ariaLabel={t('copyMarkdownLabel', who)} text={() => citeQuoteMarkdown(said, q.speaker, source, locale)} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
