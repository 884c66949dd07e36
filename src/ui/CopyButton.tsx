import { useState } from 'preact/hooks';
import { copyText } from './clipboard';
import { t } from './i18n';

/** A button that copies text made on demand and says "Copied" for a moment. */
export function CopyButton({ label, ariaLabel, text, class: className = 'copy' }: { label: string; ariaLabel?: string; text: () => string; class?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button type="button" class={className} aria-label={done ? t('copied') : ariaLabel} aria-live="polite" onClick={async () => {
      if (await copyText(text())) { setDone(true); setTimeout(() => setDone(false), 1500); }
    }}>
      {done ? t('copied') : label}
    </button>
  );
}
