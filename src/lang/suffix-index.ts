/**
 * Words indexed by their last three letters, to find the known word a compound ends in ("Rekordumsatz" → "umsatz",
 * "Oberlandesgericht" → "gericht") with one map lookup instead of a scan of the whole list.
 */
const KEY_LENGTH = 3;

export class SuffixIndex<V> {
  private readonly byKey = new Map<string, { form: string; value: V }[]>();

  /** Adds `form` (lower case, at least three letters long) with its value; forms keep the order they were added in. */
  add(form: string, value: V): void {
    const key = form.slice(-KEY_LENGTH);
    const list = this.byKey.get(key);
    if (list) list.push({ form, value });
    else this.byKey.set(key, [{ form, value }]);
  }

  /** The first added form that `word` ends in with at least `minPrefix` letters before it, or undefined. */
  find(word: string, minPrefix: number): { form: string; value: V } | undefined {
    for (const hit of this.byKey.get(word.slice(-KEY_LENGTH)) ?? []) {
      if (word.length >= hit.form.length + minPrefix && word.endsWith(hit.form)) return hit;
    }
    return undefined;
  }

  /** Every added form that `word` ends in with at least `minPrefix` letters before it, in the order added. */
  *matches(word: string, minPrefix: number): Generator<{ form: string; value: V }> {
    for (const hit of this.byKey.get(word.slice(-KEY_LENGTH)) ?? []) {
      if (word.length >= hit.form.length + minPrefix && word.endsWith(hit.form)) yield hit;
    }
  }
}
