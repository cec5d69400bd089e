/** A word list written as whitespace-separated words, as a set. */
export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const union = <T>(...sets: ReadonlySet<T>[]): Set<T> => new Set(sets.flatMap((s) => [...s]));

/** Like words(), with each word also capitalised ("in" and "In"). */
export const withCapitals = (s: string): Set<string> => new Set([...words(s)].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));
