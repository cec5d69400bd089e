/**
 * Decoding constraint: a person name contains no lower-case word except name particles ("von", "de", "al-Nuaimi").
 * Without it a sentence-initial first name could pull the verb after it into the name ("Anna lachte" as one PER).
 * In the GermEval dev gold every lower-case token inside a PER span is such a particle.
 */
import { LABELS } from './labels.js';

/** Lower-case particles inside person names ("Ursula von der Leyen"); the rule finder (src/entities/rules/names.ts) joins names over them. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'ben', 'ter', 'zu', 'la', 'le',
]);
/**
 * What the tagger may keep inside a person name: NAME_PARTICLES and rarer ones, without "das" (in German text almost
 * always the article).
 */
const PERSON_PARTICLES = new Set([
  ...[...NAME_PARTICLES].filter((p) => p !== 'das'),
  'vom', 'zum', 'zur', 'des', 'dello', 'do', 'les', 'los', 'las', 'bint', 'abu', 'y', 'ten', 'te', 'op', 'af', 'av',
]);
/** Particles written together with the name: "al-Nuaimi", "d'Alembert", "bin-Laden". */
const PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|az|ibn|bin|ben|abu|d|l|o)[-'’]\p{L}/u;
const B_PER = LABELS.indexOf('B-PER'), I_PER = LABELS.indexOf('I-PER');
const L = LABELS.length;
const FORBIDDEN = -1e9;

/** True if `w` may be part of a person name although it starts with a lower-case letter. */
export function isPersonParticle(w: string): boolean {
  return PERSON_PARTICLES.has(w) || PARTICLE_PREFIX.test(w);
}

/** Sets the B-PER and I-PER scores of lower-case words that are no name particles to a prohibitive value, in place. */
export function forbidLowercasePersons(words: readonly string[], scores: Float32Array): void {
  for (let t = 0; t < words.length; t++) {
    const w = words[t]!;
    const c = w.charAt(0);
    // upper-case letters, digits and punctuation are their own upper case; only lower-case words are constrained
    if (c === c.toUpperCase() || isPersonParticle(w)) continue;
    scores[t * L + B_PER] = FORBIDDEN;
    scores[t * L + I_PER] = FORBIDDEN;
  }
}
