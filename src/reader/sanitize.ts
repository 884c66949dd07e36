import DOMPurify from 'dompurify';

/**
 * Article HTML comes from a hostile page: only plain document markup gets
 * through. No scripts, handlers, styles, forms, frames, or non-web URLs.
 */
const purify = DOMPurify(window);

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  // Images may load from the article's own site (the one remote load we allow); nothing else.
  if (node.tagName === 'IMG') {
    const src = node.getAttribute('src') ?? '';
    if (!/^https?:/i.test(src)) node.removeAttribute('src');
    node.removeAttribute('srcset');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
});

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math', 'video', 'audio', 'source', 'picture', 'template', 'dialog'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'formaction', 'background', 'ping', 'poster', 'action', 'xlink:href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  ALLOW_DATA_ATTR: false,
};

export function sanitizeArticleHtml(html: string): string {
  return purify.sanitize(html, CONFIG);
}

/** The same, as nodes of this document: inserted directly, never serialized and parsed again (no mutation XSS). */
export function sanitizeArticleFragment(html: string): DocumentFragment {
  return purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
