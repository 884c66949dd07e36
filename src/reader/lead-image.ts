/**
 * The article's lead image (from its metadata) when the cleaned text does not
 * already show it: many sites put it above the story, outside what
 * Readability keeps. Only web images; compared with the text's own images by
 * file name, since sites serve one picture at several sizes and query strings.
 */
export function leadImage(image: string | null, html: string): string | null {
  if (!image || !/^https?:\/\//i.test(image)) return null;
  let file: string;
  try {
    file = new URL(image).pathname.split('/').pop() ?? '';
  } catch {
    return null;
  }
  const stem = file.replace(/\.[a-z0-9]+$/i, '');
  if (stem.length < 4) return image;
  const srcs = html.match(/<img\b[^>]*>/gi) ?? [];
  return srcs.some((tag) => tag.includes(stem)) ? null : image;
}
