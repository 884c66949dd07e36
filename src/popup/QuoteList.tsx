import { useState } from 'preact/hooks';
import { citeQuote, citeQuoteMarkdown, spokenText, type Source } from '../core/cite';
import type { ArticleQuote } from '../core/summarize';
import { CopyButton } from '../ui/CopyButton';
import { quoteBy, t, uiLocale } from '../ui/i18n';
import { groupBySpeaker } from './group-quotes';

function QuoteItem({ q, source, showSpeaker }: { q: ArticleQuote; source: Source; showSpeaker: boolean }) {
  const locale = uiLocale();
  const by = quoteBy(q);
  const who = by ?? t('unknownSpeaker');
  const said = spokenText(q.parts);
  return (
    <li class="quote">
      <blockquote>{said}</blockquote>
      {/* Under its speaker's heading, a second-hand quote still says whose account it is. */}
      {showSpeaker ? <p class="speaker">— {who}</p> : q.via && <p class="speaker">— {t('accordingTo', q.via)}</p>}
      <div class="actions">
        <CopyButton label={t('copy')} ariaLabel={t('copyQuoteLabel', who)} text={() => citeQuote(said, by, source, locale)} />
        <CopyButton label={t('copyMarkdown')} ariaLabel={t('copyMarkdownLabel', who)} text={() => citeQuoteMarkdown(said, by, source, locale)} />
      </div>
    </li>
  );
}

/** The article's direct quotes, each with its speaker and copy actions; optionally grouped by speaker. */
export function QuoteList({ quotes, source }: { quotes: ArticleQuote[]; source: Source }) {
  const [grouped, setGrouped] = useState(false);
  const locale = uiLocale();
  const key = (q: ArticleQuote) => `${q.block}:${q.start}`;
  // Grouping only means something when someone speaks more than once.
  const canGroup = new Set(quotes.map((q) => q.speaker)).size < quotes.length;
  return (
    <section class="quotes" aria-labelledby="q-heading">
      <div class="section-head">
        <h2 id="q-heading">{t('quotes')}</h2>
        {canGroup && (
          <button type="button" class="toggle group-toggle" aria-pressed={grouped} onClick={() => setGrouped(!grouped)}>{t('groupBySpeaker')}</button>
        )}
      </div>
      {quotes.length === 0 ? <p class="empty">{t('noQuotes')}</p> : grouped ? (
        groupBySpeaker(quotes).map((g) => {
          const who = g.speaker ?? t('unknownSpeaker');
          return (
            <section class="speaker-group" key={who} aria-label={who}>
              <div class="group-head">
                <h3>{who} <span class="count">({g.quotes.length})</span></h3>
                <CopyButton label={t('copyAll')} ariaLabel={t('copyAllLabel', who)}
                  text={() => g.quotes.map((q) => citeQuote(spokenText(q.parts), quoteBy(q), source, locale)).join('\n\n')} />
              </div>
              <ul>{g.quotes.map((q) => <QuoteItem key={key(q)} q={q} source={source} showSpeaker={false} />)}</ul>
            </section>
          );
        })
      ) : (
        <ul>{quotes.map((q) => <QuoteItem key={key(q)} q={q} source={source} showSpeaker />)}</ul>
      )}
    </section>
  );
}
