/**
 * Build-time compilation of the model lexicon (run by scripts/train-de.ts, never at run time): hunspell
 * dictionary-de word forms with their stem's flag class (tells common nouns from names), and gazetteer
 * membership bits from list files.
 */
import { GAZ_BITS, type Lexicon } from '../features.js';

interface SuffixRule { strip: string; add: string; cond: RegExp }

/** Flags that say nothing about inflection class (compounding, forbidden, keep-case, need-affix). */
const IGNORED_FLAGS = new Set(['x', 'y', 'z', 'c', 'o', 'h', 'w', 'd']);

function parseAff(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const p = line.trim().split(/\s+/);
    if (p[0] !== 'SFX' || p.length < 5) continue;
    const [, flag, stripRaw, addRaw, condRaw] = p as [string, string, string, string, string];
    const strip = stripRaw === '0' ? '' : stripRaw;
    const add = addRaw.split('/')[0] === '0' ? '' : addRaw.split('/')[0]!;
    let list = rules.get(flag);
    if (!list) rules.set(flag, (list = []));
    list.push({ strip, add, cond: new RegExp(`${condRaw === '.' ? '' : condRaw}$`, 'u') });
  }
  return rules;
}

/**
 * Expand a hunspell .dic/.aff pair into word form -> class. Class of a capitalised stem: "U:" + its inflection
 * flags (nouns carry plural/case flags, names mostly only genitive "S"); lower-case stems: "l".
 */
export function hunspellForms(aff: string, dic: string): Map<string, string> {
  const rules = parseAff(aff);
  const out = new Map<string, Set<string>>();
  const put = (form: string, cls: string) => {
    let s = out.get(form);
    if (!s) out.set(form, (s = new Set()));
    s.add(cls);
  };
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#') || /^\s/.test(lines[i]!)) continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0]!;
    if (flags.includes('d')) continue;
    const upper = /^\p{Lu}/u.test(stem);
    const infl = [...flags].filter((f) => !IGNORED_FLAGS.has(f)).sort().join('');
    const cls = upper ? `U:${infl}` : 'l';
    if (!flags.includes('h') && !flags.includes('o')) put(stem, cls);
    for (const f of flags) {
      for (const r of rules.get(f) ?? []) {
        if (!r.cond.test(stem)) continue;
        if (r.strip && !stem.endsWith(r.strip)) continue;
        put(stem.slice(0, stem.length - r.strip.length) + r.add, cls);
      }
    }
  }
  const res = new Map<string, string>();
  for (const [form, set] of out) res.set(form, [...set].sort().join('|'));
  return res;
}

/** Turn form -> class strings into the lexicon's indexed representation (classes sorted for determinism). */
export function indexDict(forms: Map<string, string>): { dict: Map<string, number>; dictClasses: string[] } {
  const classes = [...new Set(forms.values())].sort();
  const idx = new Map(classes.map((c, i) => [c, i]));
  const dict = new Map<string, number>();
  for (const [f, c] of [...forms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) dict.set(f, idx.get(c)!);
  return { dict, dictClasses: classes };
}

export type GazName = (typeof GAZ_BITS)[number];

/** Accumulates gazetteer entries; multi-word entries mark their first/other tokens (multiFirst/multiRest). */
export class GazetteerBuilder {
  readonly bits = new Map<string, number>();
  /** One token as it is, symbols included ("€"): for the currency list. */
  addToken(name: GazName, token: string): void {
    this.bits.set(token, (this.bits.get(token) ?? 0) | (1 << GAZ_BITS.indexOf(name)));
  }
  add(name: GazName, entry: string): void {
    const tokens = entry.match(/[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?/gu);
    if (!tokens || tokens.length === 0 || tokens.length > 6) return;
    const bit = 1 << GAZ_BITS.indexOf(name);
    if (tokens.length === 1) { this.set(tokens[0]!, bit); return; }
    if (name === 'surname' || name === 'firstname' || name === 'knownSurname') return;
    const org = name === 'company';
    this.set(tokens[0]!, (1 << GAZ_BITS.indexOf(org ? 'orgFirst' : 'locFirst')) | (org ? bit : 0));
    for (const t of tokens.slice(1)) if (/^\p{Lu}/u.test(t)) this.set(t, 1 << GAZ_BITS.indexOf(org ? 'orgRest' : 'locRest'));
  }
  private set(token: string, bit: number): void {
    if (token.length < 2 || !/\p{L}/u.test(token)) return;
    this.bits.set(token, (this.bits.get(token) ?? 0) | bit);
  }
}

export function emptyLexicon(): Lexicon {
  return { dict: new Map(), dictClasses: [], gaz: new Map(), clusters: new Map() };
}
