/** A word list written as whitespace-separated words, as a set. */
export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const union = <T>(...sets: ReadonlySet<T>[]): Set<T> => new Set(sets.flatMap((s) => [...s]));
