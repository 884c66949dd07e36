export function rng(seed: number): () => number;
export function randomPage(r: () => number, options?: { heavy?: number }): string;
export function mutatePage(source: string, r: () => number): string;
export function hugePage(elements: number): string;
