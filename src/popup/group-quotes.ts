/** Quotes grouped by who said them, speakers in order of first quote; unattributed quotes last. */
export function groupBySpeaker<Q extends { speaker: string | null }>(quotes: readonly Q[]): { speaker: string | null; quotes: Q[] }[] {
  const groups = new Map<string | null, Q[]>();
  for (const q of quotes) groups.set(q.speaker, [...(groups.get(q.speaker) ?? []), q]);
  const named = [...groups].filter(([s]) => s !== null);
  const unknown = groups.get(null);
  return [...named, ...(unknown ? [[null, unknown] as const] : [])].map(([speaker, qs]) => ({ speaker, quotes: qs }));
}
