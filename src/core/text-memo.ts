/**
 * `make(text)`, kept for the last text asked about. The core's stages ask about one article many times in a row
 * (each quote, each block through each rule): what is read off the whole text is read once. One text at a time,
 * so nothing of an earlier article is held.
 */
export function lastTextMemo<T>(make: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text: string): T => {
    if (last?.text !== text) last = { text, value: make(text) };
    return last.value;
  };
}
