/** Feature hashing: 32-bit FNV-1a for strings, a multiplicative mixer for combining integer parts into one feature. */

export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hash of s.slice(start, end) without making the substring. */
export function hashSlice(s: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Combine a template number and up to three values into one feature hash (murmur3 finaliser steps). */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b); h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35); h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f); h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic PRNG (mulberry32) for seeded shuffles and exploration. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = xs[i]!; xs[i] = xs[j]!; xs[j] = t;
  }
  return xs;
}
