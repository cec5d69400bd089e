/**
 * German separable (particle) verbs: in "Die Regierung legte am Montag Widerspruch ein" the parser attaches "ein" to
 * "legte" as compound:prt; the verb's dictionary form is particle + verb lemma, "einlegen".
 */

export interface LemmaToken { lemma: string; upos: string; head: number; deprel: string }

/**
 * Per word, the lemma with separated particles joined ("legte … ein" -> einlegen on "legte"); other words keep their
 * lemma. Heads are 1-based with 0 = root (CoNLL-U). Several particles join in sentence order ("fest … ein" is rare).
 */
export function particleVerbLemmas(tokens: readonly LemmaToken[]): string[] {
  const out = tokens.map((t) => t.lemma);
  const particles = new Map<number, string[]>();
  tokens.forEach((t, i) => {
    if (t.deprel !== 'compound:prt' || t.head <= 0 || t.head > tokens.length) return;
    const h = t.head - 1;
    const v = tokens[h]!;
    if (v.upos !== 'VERB' && v.upos !== 'AUX') return;
    const p = t.lemma.toLowerCase();
    if (!/^\p{L}+$/u.test(p)) return;
    (particles.get(h) ?? particles.set(h, []).get(h)!).push(p);
  });
  for (const [h, ps] of particles) {
    const base = out[h]!;
    const prefix = ps.join('');
    if (!base.toLowerCase().startsWith(prefix)) out[h] = prefix + base;
  }
  return out;
}
