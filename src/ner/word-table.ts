/**
 * Read-only word -> small integer table (a Map while building, a SortedTable once loaded). In its own file because
 * features.ts, name-shape.ts and model.ts all use it, and features.ts imports name-shape.ts.
 */
export interface WordTable { get(key: string): number | undefined; readonly size: number; entries(): Iterable<[string, number]> }
