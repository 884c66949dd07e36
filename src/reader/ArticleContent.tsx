import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { citeQuote, spokenText, type Source } from '../core/cite';
import type { ArticleQuote } from '../core/summarize';
import { copyText } from '../ui/clipboard';
import { quoteBy, t } from '../ui/i18n';
import { markPassages } from './mark-text';
import { sanitizeArticleFragment } from './sanitize';

interface Props {
  html: string;
  quotes: ArticleQuote[];
  source: Source;
  locale: string;
  contentRef: RefObject<HTMLElement | null>;
}

/**
 * The sanitized article, its quotes highlighted, each with a copy button.
 * Preact renders an empty element; its children are the sanitized nodes,
 * inserted as nodes so nothing is parsed twice.
 */
export function ArticleContent({ html, quotes, source, locale, contentRef }: Props) {
  useEffect(() => {
    const root = contentRef.current;
    if (!root) return;
    root.replaceChildren(sanitizeArticleFragment(html));
    // Each quoted part is marked; the attribution that interrupts a quote is not.
    const owner = quotes.flatMap((q, i) => q.parts.map(() => i));
    const marks = markPassages(root, quotes.flatMap((q) => q.parts), (part) => {
      const i = owner[part];
      const mark = document.createElement('mark');
      mark.className = 'quote';
      mark.dataset.quote = String(i);
      const by = quoteBy(quotes[i]);
      if (by) mark.title = `— ${by}`;
      return mark;
    });
    quotes.forEach((q, i) => {
      const last = marks.filter((_, part) => owner[part] === i).flat().at(-1);
      if (!last) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'quote-copy';
      button.dataset.quote = String(i);
      button.textContent = t('copy');
      button.setAttribute('aria-label', t('copyQuoteLabel', quoteBy(q) ?? t('unknownSpeaker')));
      last.after(button);
    });
  }, [html, quotes]);

  const onClick = async (e: MouseEvent) => {
    const button = (e.target as Element).closest?.('button.quote-copy') as HTMLButtonElement | null;
    if (!button) return;
    const q = quotes[Number(button.dataset.quote)];
    if (q && (await copyText(citeQuote(spokenText(q.parts), quoteBy(q), source, locale)))) {
      button.textContent = t('copied');
      setTimeout(() => { button.textContent = t('copy'); }, 1500);
    }
  };

  return <article class="content" ref={contentRef} onClick={onClick} />;
}
