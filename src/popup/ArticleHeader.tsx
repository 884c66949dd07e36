import type { Article } from '../core/extract/extract';
import { formatDate } from '../core/cite';
import { t, uiLocale } from '../ui/i18n';

/** Title, site, byline, date and reading time. */
export function ArticleHeader({ article }: { article: Article }) {
  const date = formatDate(article.date, uiLocale());
  const meta = [article.site, date, t('minutesRead', article.readingMinutes)].filter(Boolean);
  return (
    <header class="article-header">
      <p class="meta">{meta.join(' · ')}</p>
      <h1 class="title">{article.title}</h1>
      {article.byline && <p class="byline">{t('by', article.byline)}</p>}
    </header>
  );
}
