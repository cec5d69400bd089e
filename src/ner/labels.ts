/** The IOB2 label set of the German NER model and helpers to repair/convert tag sequences. */
export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Label index order used by the model weight table; O must stay at 0. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** True when label `next` may follow `prev` in IOB2 (an I-X needs B-X or I-X before it). */
export function allowedTransition(prev: string, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  const t = next.slice(2);
  return prev === `B-${t}` || prev === `I-${t}`;
}

/** Convert IOB1 (I- starts a span unless it continues one of the same type; B- only between adjacent spans) to IOB2. */
export function iob1ToIob2(tags: string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const tag of tags) {
    if (tag === 'O' || tag.length < 3) { out.push('O'); prevType = ''; continue; }
    const type = tag.slice(2);
    if (tag.startsWith('B-') || type !== prevType) out.push(`B-${type}`);
    else out.push(`I-${type}`);
    prevType = type;
  }
  return out;
}

/** Repair an IOB2 sequence: an I-X that does not continue an X span becomes B-X. */
export function repairIob2(tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const tag = out[i]!;
    if (tag.startsWith('I-') && !allowedTransition(i > 0 ? out[i - 1]! : 'O', tag)) out[i] = `B-${tag.slice(2)}`;
  }
  return out;
}
