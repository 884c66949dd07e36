import { CopyButton } from '../ui/CopyButton';
import { t } from '../ui/i18n';
import { FONTS, LINE_HEIGHTS, stepSize, THEMES, WIDTHS, type ReaderSettings } from './settings';

const LABEL_KEYS: Record<string, string> = {
  system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', serif: 'fontSerif', sans: 'fontSans',
  narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide', compact: 'lineCompact', normal: 'lineNormal', loose: 'lineLoose',
};

function Choice<K extends 'theme' | 'font' | 'width' | 'lineHeight'>({ name, label, options, settings, onChange }: {
  name: K; label: string; options: readonly ReaderSettings[K][]; settings: ReaderSettings; onChange: (s: ReaderSettings) => void;
}) {
  return (
    <label class="control">
      <span>{label}</span>
      <select name={name} value={settings[name]} onChange={(e) => onChange({ ...settings, [name]: (e.currentTarget as HTMLSelectElement).value })}>
        {options.map((o) => <option key={o} value={o}>{t(LABEL_KEYS[o])}</option>)}
      </select>
    </label>
  );
}

interface Props {
  settings: ReaderSettings;
  onChange: (s: ReaderSettings) => void;
  markdown: () => string;
  plainText: () => string;
}

/** Reading settings (remembered) and export actions, above the article. */
export function ReaderControls({ settings, onChange, markdown, plainText }: Props) {
  const common = { settings, onChange };
  return (
    <nav class="controls" aria-label={t('readerSettings')}>
      <Choice name="theme" label={t('theme')} options={THEMES} {...common} />
      <Choice name="font" label={t('font')} options={FONTS} {...common} />
      <div class="control" role="group" aria-label={t('textSize')}>
        <span aria-hidden="true">{t('textSize')}</span>
        <button type="button" class="size-down" aria-label={t('smaller')} disabled={stepSize(settings.size, -1) === settings.size}
          onClick={() => onChange({ ...settings, size: stepSize(settings.size, -1) })}>−</button>
        <output class="size" aria-live="polite">{settings.size}</output>
        <button type="button" class="size-up" aria-label={t('larger')} disabled={stepSize(settings.size, 1) === settings.size}
          onClick={() => onChange({ ...settings, size: stepSize(settings.size, 1) })}>+</button>
      </div>
      <Choice name="width" label={t('lineWidth')} options={WIDTHS} {...common} />
      <Choice name="lineHeight" label={t('lineHeight')} options={LINE_HEIGHTS} {...common} />
      <div class="export" role="group" aria-label={t('export')}>
        <CopyButton class="copy-markdown" label={t('copyArticleMarkdown')} text={markdown} />
        <CopyButton class="copy-text" label={t('copyArticleText')} text={plainText} />
        <button type="button" class="print" onClick={() => window.print()}>{t('print')}</button>
      </div>
    </nav>
  );
}
