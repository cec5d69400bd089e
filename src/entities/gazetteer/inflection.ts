/**
 * German inflection helpers for gazetteer lookup: genitive -s of names ("Litauens"), adjective endings inside
 * multi-word names ("der Europäischen Union"), country adjectives ("südkoreanischen") and demonym nouns
 * ("Südkoreaner"). Pure string functions, no lexicon: callers check the candidates against their tables.
 */

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'] as const;

/** Uninflected stems a German adjective token may come from, most specific first ("südkoreanischen" → "südkoreanisch"). */
export function adjectiveStemCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  for (let i = ADJ_ENDINGS.length - 1; i >= 0; i--) {
    const e = ADJ_ENDINGS[i]!;
    if (w.length > e.length + 2 && w.endsWith(e)) out.push(w.slice(0, w.length - e.length));
  }
  return out;
}

/** Bases a German genitive name form may come from: "Litauens" → ["Litauen"], "Bundestages" → ["Bundestage", "Bundestag"]. */
export function genitiveBases(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s')) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith('es') && word.length > 5) out.push(word.slice(0, -2));
  return out;
}

/**
 * Inflected variants of a multi-word German name: attributive adjectives take -n after the article
 * ("Vereinigte Staaten" → "Vereinigten Staaten", "Internationaler Währungsfonds" → "Internationalen Währungsfonds",
 * "Europäisches Parlament" → "Europäischen Parlament"). Returns [] for single words.
 */
export function germanNameVariants(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  let changed = false;
  const weak = words.map((w, i) => {
    if (i === words.length - 1 || w.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(w)) return w;
    if (w.endsWith('e')) {
      changed = true;
      return `${w}n`;
    }
    if (w.endsWith('es') || w.endsWith('er')) {
      changed = true;
      return `${w.slice(0, -2)}en`;
    }
    return w;
  });
  return changed ? [weak.join(' ')] : [];
}

/** Demonym nouns derived from an adjective stem in -isch: "südkoreanisch" → "Südkoreaner" (also -n, -in, -innen). */
export function demonymNounForms(stem: string): string[] {
  if (!stem.endsWith('isch') || stem.includes('-')) return [];
  const base = stem.slice(0, -4);
  const noun = `${base.charAt(0).toUpperCase()}${base.slice(1)}er`;
  return [noun, `${noun}n`, `${noun}s`, `${noun}in`, `${noun}innen`];
}
