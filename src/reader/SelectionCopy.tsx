import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { citeExcerpt, type Source } from '../core/cite';
import type { ArticleQuote } from '../core/summarize';
import { CopyButton } from '../ui/CopyButton';
import { quoteBy, t } from '../ui/i18n';

interface Selected { text: string; speaker: string | null; top: number; left: number }

/** Who the quote a selection sits in is from (its speaker, and its account if second-hand), if it sits in one. */
function speakerAt(node: Node | null, quotes: ArticleQuote[]): string | null {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  const mark = el?.closest('mark.quote') as HTMLElement | null;
  const q = mark ? quotes[Number(mark.dataset.quote)] : undefined;
  return q ? quoteBy(q) : null;
}

/** Selecting text in the article offers "Copy as quote", cited with its source. */
export function SelectionCopy({ contentRef, quotes, source, locale }: { contentRef: RefObject<HTMLElement | null>; quotes: ArticleQuote[]; source: Source; locale: string }) {
  const [selected, setSelected] = useState<Selected | null>(null);
  useEffect(() => {
    const update = () => {
      const sel = document.getSelection();
      const root = contentRef.current;
      const text = sel?.toString().trim() ?? '';
      if (!sel || sel.isCollapsed || !root || !text || !root.contains(sel.anchorNode) || !root.contains(sel.focusNode)) {
        setSelected(null);
        return;
      }
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      setSelected({
        text,
        speaker: speakerAt(sel.anchorNode, quotes) ?? speakerAt(sel.focusNode, quotes),
        top: rect.bottom + window.scrollY + 6,
        left: Math.max(8, Math.min(rect.left + window.scrollX, document.documentElement.clientWidth - 160)),
      });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [quotes]);

  if (!selected) return null;
  return (
    // Pressing the button must not clear the selection it is about to copy.
    <div class="selection-copy" style={{ top: `${selected.top}px`, left: `${selected.left}px` }} onMouseDown={(e) => e.preventDefault()}>
      <CopyButton class="copy-as-quote" label={t('copyAsQuote')} text={() => citeExcerpt(selected.text, selected.speaker, source, locale)} />
    </div>
  );
}
