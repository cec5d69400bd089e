/**
 * The RuleDoc: everything the rule families share for one document, built once by index.ts. It holds the input
 * (tokens, text, the profile's word lists, the gazetteer), indexes over the gazetteer's mentions, and what the rules
 * have found so far (mentions, covered tokens), which later rules read. Also the small helpers every family uses.
 */
import type { CapitalisedNounWords, EntityRuleWords, LanguageProfile } from '../../doc/language-profile.js';
import { joinable as joinableTokens } from '../../doc/tokens.js';
import type { RawMention, Token } from '../../doc/types.js';
import type { GazetteerMatcher, OrgCue } from '../gazetteer/index.js';
import { compile, type Compiled } from './lexicon.js';

/** A title found at a token: "Präsidentin", "Prof. Dr.", "NATO-Generalsekretär" (prefix = affiliation). */
export interface TitleMatch {
  /** Token range [i, j) of the title words. */
  i: number;
  j: number;
  /** Span of the title text (a compound's whole token). */
  start: number;
  end: number;
  affiliationStart?: number;
  affiliationEnd?: number;
}

/** A noun describing an organisation ("Batteriehersteller", "Unternehmen", "firm"). */
export interface Descriptor {
  cue: OrgCue;
  /** A generic word ("Unternehmen", "company") needs more evidence for the name after it. */
  generic: boolean;
  plural: boolean;
}

export interface RuleDoc {
  readonly text: string;
  readonly tokens: Token[];
  readonly profile: LanguageProfile;
  readonly rules: EntityRuleWords;
  /** The gazetteer lexicon and lookup language of the rules. */
  readonly lang: 'de' | 'en';
  /** Set where nouns are capitalised: the tests that tell a capitalised noun from a name. */
  readonly nouns: CapitalisedNounWords | undefined;
  /** Capitalised words that never start or continue a name. */
  readonly stop: ReadonlySet<string>;
  readonly g: GazetteerMatcher;
  /** The gazetteer's titles and organisation cues, indexed for this language. */
  readonly cx: Compiled;
  /** 1 where a token starts with a capital letter: most tokens do not, and the rules skip them cheaply. */
  readonly capital: Uint8Array;

  // Gazetteer mentions by token: which token starts/ends/lies inside one (whole-token mentions only).
  /** tokenStart → mention */
  readonly gzAt: Map<number, RawMention>;
  /** tokenEnd → mention */
  readonly gzEndingAt: Map<number, RawMention>;
  readonly gzCovered: Set<number>;
  /** "start:end" → mention, all gazetteer mentions. */
  readonly gzSpans: Map<string, RawMention>;

  // What the rules found so far.
  readonly out: RawMention[];
  readonly personCovered: Set<number>;
  readonly orgCovered: Set<number>;
  /** "start:end" of the organisations found, so no span is added twice. */
  readonly orgSpans: Set<string>;
  /** Company names found; their first word names the company again later ("Lumera Energie" … "Lumera hatte"). */
  readonly shortNames: Map<string, { words: string[]; subtype: string }>;
  /** Mentions found as company names by descriptors, lists and tails (not by heads or legal forms). */
  readonly companyFinds: Set<RawMention>;

  // Caches, filled on first use.
  readonly titleCache: (TitleMatch | null | undefined)[];
  /** Where each capitalised word occurs: a second mention is evidence that a word is a name. */
  occurrences?: Map<string, number[]>;
  /** First parts of capitalised hyphen compounds ("Velora" in "Velora-Kunden"). */
  hyphenPrefixes?: Set<string>;
  readonly nameUses: Map<string, number>;
  readonly nameUsesStrict: Map<string, number>;
}

export function createRuleDoc(
  text: string,
  tokens: Token[],
  profile: LanguageProfile,
  rules: EntityRuleWords,
  gazetteerMentions: RawMention[],
  g: GazetteerMatcher,
): RuleDoc {
  const gzAt = new Map<number, RawMention>();
  const gzEndingAt = new Map<number, RawMention>();
  const gzCovered = new Set<number>();
  const gzSpans = new Map<string, RawMention>();
  for (const m of gazetteerMentions) {
    gzSpans.set(`${m.start}:${m.end}`, m);
    if (m.tokenStart === undefined || m.tokenEnd === undefined) continue;
    const whole = tokens[m.tokenStart]?.start === m.start && tokens[m.tokenEnd - 1]?.end === m.end;
    if (whole) {
      gzAt.set(m.tokenStart, m);
      gzEndingAt.set(m.tokenEnd, m);
      for (let k = m.tokenStart; k < m.tokenEnd; k++) gzCovered.add(k);
    }
  }
  const capital = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const c0 = tokens[k]!.text.charCodeAt(0);
    if ((c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(tokens[k]!.text))) capital[k] = 1;
  }
  return {
    text,
    tokens,
    profile,
    rules,
    lang: rules.lexicon,
    nouns: rules.capitalisedNouns,
    stop: profile.names.capitalisedStopWords,
    g,
    cx: compile(g, rules),
    capital,
    gzAt,
    gzEndingAt,
    gzCovered,
    gzSpans,
    out: [],
    personCovered: new Set(),
    orgCovered: new Set(),
    orgSpans: new Set(),
    shortNames: new Map(),
    companyFinds: new Set(),
    titleCache: new Array(tokens.length),
    nameUses: new Map(),
    nameUsesStrict: new Map(),
  };
}

/** Tokens a and b (indexes) can belong to one name: same sentence, only spaces between them. */
export function joinable(doc: RuleDoc, a: number, b: number): boolean {
  return joinableTokens(doc.text, doc.tokens[a], doc.tokens[b]);
}

/** Noun describing an organisation at token k ("Batteriehersteller", "Unternehmen", "firm"). */
export function descriptorAt(doc: RuleDoc, k: number): Descriptor | undefined {
  const { tokens, rules, cx, capital, g } = doc;
  const t = tokens[k]!.text;
  const whole = cx.descriptorWords.get(t);
  if (whole) return { cue: whole, generic: whole.kind === 'generic', plural: rules.companies.isPluralDescriptor(t, whole.word) };
  // "chipmaker", "drugmakers": lowercase compounds of a descriptor.
  const head = rules.companies.descriptorCompoundHead;
  if (head && cx.descriptorCompound && t.length > 7 && cx.descriptorCompound.test(t)) {
    const maker = cx.descriptorWords.get(t.endsWith('s') ? `${head}s` : head);
    if (maker) return { cue: maker, generic: false, plural: false };
  }
  if (!rules.compounds || !capital[k] || t.length < 6 || g.surnames.has(t)) return undefined;
  const lw = t.toLowerCase();
  const cue = cx.descriptorForms.find(lw, 3)?.value;
  return cue && { cue, generic: cue.kind === 'generic', plural: rules.companies.isPluralDescriptor(lw, cue.word) };
}

/** The organisation head after a word's last hyphen ("Koch-Institut", "Max-Planck-Gesellschaft"). */
export function orgHeadAfterHyphen(doc: RuleDoc, t: string): OrgCue | undefined {
  const cut = t.lastIndexOf('-');
  return cut > 0 ? doc.cx.headCues.get(t.slice(cut + 1)) : undefined;
}

/** Adds an organisation over tokens [ni, nj) (or the given characters) unless the gazetteer or a rule has that span. */
export function addOrg(doc: RuleDoc, ni: number, nj: number, subtype: string, confidence: number, start = doc.tokens[ni]!.start, end = doc.tokens[nj - 1]!.end): void {
  const { text, tokens, out, orgSpans, gzSpans } = doc;
  if (gzSpans.has(`${start}:${end}`) || orgSpans.has(`${start}:${end}`)) return;
  orgSpans.add(`${start}:${end}`);
  out.push({ start, end, text: text.slice(start, end), type: 'ORG', subtype, source: 'rule', confidence, sentence: tokens[ni]!.sentence, tokenStart: ni, tokenEnd: nj });
}
