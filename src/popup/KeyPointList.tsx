import type { KeyPoint } from '../core/keypoints';
import { t } from '../ui/i18n';

/** The key points in article order; each one scrolls the page to its sentence. */
export function KeyPointList({ points, onShow }: { points: KeyPoint[]; onShow: (block: number, text: string) => void }) {
  if (!points.length) return null;
  return (
    <section class="key-points" aria-labelledby="kp-heading">
      <h2 id="kp-heading">{t('keyPoints')}</h2>
      <ul>
        {points.map((p) => (
          <li key={`${p.sentence.block}:${p.sentence.start}`}>
            <button type="button" class="point" title={t('showInPage')} onClick={() => onShow(p.sentence.block, p.sentence.text)}>
              {p.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
