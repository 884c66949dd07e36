/** Pages where browsers forbid extension scripts: say so at once instead of trying. */
const STORE_URLS = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try { parsed = new URL(url); } catch { return true; }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return true;
  if (STORE_URLS.some((re) => re.test(url))) return true;
  // The built-in PDF viewer runs no content scripts.
  return /\.pdf$/i.test(parsed.pathname);
}
