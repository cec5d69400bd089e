/**
 * Per-document lookup tables the event stage builds once: tokens per sentence, mentions per sentence with their
 * token positions, entities by id and key, each person's affiliation, section kind per sentence.
 */
import type { Entity, SectionKindT } from '../schema/document.js';
import type { RawMention, TimeExpression, Token, TokenSyntax, WorkingDoc } from '../doc/types.js';
import type { EventWords, NumberWords } from '../doc/language-profile.js';
import { tokenizeRange } from '../segment/tokenize.js';
import type { EventLexicon } from './lexicon.js';
import { sentenceTokenRanges, tokenAt } from '../doc/tokens.js';

/** "-Verhandlungsführerin " right before a person's name: a role noun hyphenated to a name (German compounds). */
const HYPHEN_ROLE = /(?<=[\p{L}\p{N}])[-‑]\p{Lu}\p{Ll}+\s+$/u;
const MAX_HYPHEN_ROLE_CHARS = 60;
const MAX_HYPHEN_NAME_WORDS = 4;

export interface PlacedMention {
  readonly mention: RawMention;
  readonly entity: Entity | undefined;
  /** Token range [tokenStart, tokenEnd) covering the mention. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** First token of the title before a person ("NATO-Generalsekretär"), else tokenStart. */
  readonly headStart: number;
}

export interface DocContext {
  readonly text: string;
  /** The profile's event words: word order, spelling and the word lists the rules name. */
  readonly words: EventWords;
  readonly lex: EventLexicon;
  /** The document's dates (from the values stage), in text order. */
  readonly times: readonly TimeExpression[];
  /** Number words for counts; undefined: digits only. */
  readonly numbers: NumberWords | undefined;
  readonly tokens: readonly Token[];
  /** Lower-cased token texts. */
  readonly lower: readonly string[];
  /** Per sentence: token range [start, end). */
  readonly sentenceTokens: readonly (readonly [number, number])[];
  readonly sentenceCount: number;
  /** Per sentence: its mentions in text order. */
  readonly mentionsBySentence: readonly (readonly PlacedMention[])[];
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Entity id → entity id of the country/organisation a person acts for. */
  readonly affiliation: ReadonlyMap<string, string>;
  /** Per sentence: section kind ('body' when the document has no sections) and section index (-1 when none). */
  readonly sectionKind: readonly SectionKindT[];
  readonly sectionIndex: readonly number[];
  /** Token index → true when inside a title span of a person mention or a derived adjective (affiliation cues). */
  readonly affiliationToken: Uint8Array;
  /** Token index → 1 when inside a mention (a name or a derived adjective). */
  readonly nameToken: Uint8Array;
  /** Per token: its analysis (heads as token indices of the document), once its sentence is parsed. */
  readonly syntax: readonly (TokenSyntax | undefined)[];
  /** Parses the sentence on first request (the syntax stage's layer when it ran, else the event stage's parser);
   * false when no parse is available (no parser, or a language without a syntax model). */
  readonly parsed: (sentence: number) => boolean;
}

/** Tags and parses one sentence's token texts: per token its analysis, heads as token indices in the sentence. */
export type SentenceParser = (texts: readonly string[]) => TokenSyntax[];


export function isCountry(entity: Entity): boolean {
  return entity.type === 'LOC' && (entity.subtype === 'country' || (entity.key?.startsWith('iso:') ?? false));
}

/** A name that can take part in an event as itself: a person, an organisation or a country (`places`: any place),
 * not a news medium, and not only the affiliation inside a person's title ("NATO" in "NATO-Generalsekretär"). */
export function actsAsName(ctx: DocContext, pm: PlacedMention, places = false): boolean {
  const e = pm.entity;
  if (!e || (e.type !== 'PER' && e.type !== 'ORG' && !isCountry(e) && !(places && e.type === 'LOC'))) return false;
  if (isMedia(e, pm.mention)) return false;
  if (pm.mention.derived) return true;
  for (let k = pm.tokenStart; k < pm.tokenEnd; k++) if (!ctx.affiliationToken[k]) return true;
  return false;
}

/** The nearest mention before token `at` of `sentence`, or in the `lookBack` sentences before it (stopping at another
 * story), that `accept` takes; undefined when none. The antecedent search of pronouns, descriptions and "dort". */
export function mentionBefore(
  ctx: DocContext, sentence: number, at: number, lookBack: number, sameStory: (s: number) => boolean,
  accept: (pm: PlacedMention) => boolean,
): PlacedMention | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - lookBack); s--) {
    if (!sameStory(s)) break;
    const list = ctx.mentionsBySentence[s] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const pm = list[i]!;
      if (s === sentence && pm.tokenStart >= at) continue;
      if (accept(pm)) return pm;
    }
  }
  return undefined;
}

const MEDIA_SUBTYPES = new Set(['media', 'news-agency', 'newspaper', 'broadcaster', 'magazine', 'news', 'publisher']);

/** News media report events; they are never participants. */
export function isMedia(entity: Entity, mention: RawMention): boolean {
  return MEDIA_SUBTYPES.has(entity.subtype ?? '') || MEDIA_SUBTYPES.has(mention.subtype ?? '') ||
    (entity.key?.startsWith('media:') ?? false) || (mention.key?.startsWith('media:') ?? false);
}

const MAX_APPOSITION_ROLE = 4;

/** Tokens [from, to) are a role phrase before an organisation: 1–4 words, only role nouns (capitalised where nouns
 * are) and linking articles/prepositions ("Vorständin der X", "head of the X"), at least one role word, no trigger
 * word ("sagte"), no relative pronoun start. */
function isAppositionRole(
  tokens: readonly Token[], lex: EventLexicon, words: EventWords, from: number, to: number, possessive: boolean,
): boolean {
  if (to <= from || to - from > MAX_APPOSITION_ROLE) return false;
  const capitalised = words.capitalisesNouns;
  let roleWords = 0;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    const lw = w.toLowerCase();
    if (words.appositionLinks.has(lw)) continue;
    if (!/^\p{L}[\p{L}-]*$/u.test(w) || lex.byForm.has(lw) || lex.cues.functionWords.has(lw) || lex.cues.relatives.has(lw)) return false;
    if (capitalised && !/^\p{Lu}/u.test(w)) return false;
    roleWords++;
  }
  // German "…, der die Verbraucherzentrale …" is a relative clause: the role phrase starts with its noun.
  if (capitalised && words.appositionLinks.has(tokens[from]!.text.toLowerCase())) return false;
  // English "…, the CMA's executive director": only an article before the organisation, its role after "'s".
  return roleWords > 0 || (!capitalised && possessive);
}

export function buildContext(
  doc: WorkingDoc, lex: EventLexicon, words: EventWords, times: readonly TimeExpression[], numbers: NumberWords | undefined,
  parser?: SentenceParser,
): DocContext {
  const text = doc.text;
  const sentences = doc.sentences && doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: text.length }];
  let tokens: Token[];
  if (doc.tokens) {
    tokens = doc.tokens;
  } else {
    tokens = [];
    sentences.forEach((s, i) => {
      for (const t of tokenizeRange(text, s.start, s.end)) tokens.push({ ...t, sentence: i });
    });
  }
  const lower = tokens.map((t) => t.text.toLowerCase());
  const sentenceTokens = sentenceTokenRanges(tokens, sentences.length);

  const entityById = new Map<string, Entity>();
  const entityByKey = new Map<string, string>();
  for (const e of doc.entities ?? []) {
    entityById.set(e.id, e);
    if (e.key && !entityByKey.has(e.key)) entityByKey.set(e.key, e.id);
  }
  const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of mentions) {
    if (m.key && m.entity && entityById.has(m.entity) && !entityByKey.has(m.key)) entityByKey.set(m.key, m.entity);
  }

  const affiliationToken = new Uint8Array(tokens.length);
  const nameToken = new Uint8Array(tokens.length);
  const mentionsBySentence: PlacedMention[][] = sentences.map(() => []);
  for (const m of mentions) {
    const tokenStart = m.tokenStart ?? tokenAt(tokens, m.start);
    let tokenEnd = m.tokenEnd ?? tokenAt(tokens, m.end - 1) + 1;
    if (tokenEnd <= tokenStart) tokenEnd = tokenStart + 1;
    const headStart = m.title ? Math.min(tokenStart, tokenAt(tokens, m.title.start)) : tokenStart;
    if (m.title) for (let k = headStart; k < tokenStart; k++) affiliationToken[k] = 1;
    if (m.derived) for (let k = tokenStart; k < tokenEnd; k++) affiliationToken[k] = 1;
    for (let k = tokenStart; k < tokenEnd; k++) nameToken[k] = 1;
    const entity = m.entity ? entityById.get(m.entity) : undefined;
    const list = mentionsBySentence[m.sentence];
    if (list) list.push({ mention: m, entity, tokenStart, tokenEnd, headStart });
  }

  // "den US-Softwarehersteller Altair": a name inside a word right before a person or organisation describes that
  // name, as a title's affiliation does; it takes no part itself.
  for (const list of mentionsBySentence) {
    list.forEach((pm, i) => {
      const word = tokens[pm.tokenEnd - 1];
      const next = list[i + 1];
      if (!word || !next?.entity || (next.entity.type !== 'ORG' && next.entity.type !== 'PER') || next.tokenStart !== pm.tokenEnd) return;
      if (pm.mention.end >= word.end || text[pm.mention.end] !== '-') return;
      for (let k = pm.tokenStart; k < pm.tokenEnd; k++) affiliationToken[k] = 1;
    });
  }

  // A person's affiliation: from a title ("NATO-Generalsekretär" → org:NATO) or "Name (Country)".
  const affiliation = new Map<string, string>();
  for (const list of mentionsBySentence) {
    list.forEach((pm, i) => {
      const { mention: m, entity } = pm;
      if (!entity || entity.type !== 'PER' || affiliation.has(entity.id)) return;
      const key = m.title?.affiliationKey;
      const viaTitle = key ? entityByKey.get(key) : undefined;
      if (viaTitle && viaTitle !== entity.id) {
        affiliation.set(entity.id, viaTitle);
        return;
      }
      const next = list[i + 1];
      if (
        next?.entity && (isCountry(next.entity) || next.entity.type === 'ORG') &&
        tokens[pm.tokenEnd]?.text === '(' && next.tokenStart === pm.tokenEnd + 1 && tokens[next.tokenEnd]?.text === ')'
      ) {
        affiliation.set(entity.id, next.entity.id);
        for (let k = next.tokenStart; k < next.tokenEnd; k++) affiliationToken[k] = 1;
      }
    });
  }

  // "Wiebke Sander-Ohlsen, Vorständin der Verbraucherzentrale", "Helen Marsh, the CMA's executive director":
  // an apposition naming the person's role in an organisation/country.
  for (const list of mentionsBySentence) {
    for (let i = 0; i + 1 < list.length; i++) {
      const person = list[i]!;
      if (!person.entity || person.entity.type !== 'PER' || affiliation.has(person.entity.id)) continue;
      if (tokens[person.tokenEnd]?.text !== ',') continue;
      const org = list[i + 1]!;
      if (!org.entity || org.mention.derived || (org.entity.type !== 'ORG' && !isCountry(org.entity))) continue;
      if (isAppositionRole(tokens, lex, words, person.tokenEnd + 1, org.tokenStart, /^['’]s?(?![\p{L}])/u.test(text.slice(org.mention.end, org.mention.end + 2)))) affiliation.set(person.entity.id, org.entity.id);
    }
  }

  // "United Nations Secretary-General António Guterres", "Russia's Foreign Minister Lavrov": an organisation or
  // country right before a person's title is that person's affiliation, not a name of its own in the clause.
  for (const list of mentionsBySentence) {
    for (let i = 0; i + 1 < list.length; i++) {
      const org = list[i]!;
      const person = list[i + 1]!;
      if (!org.entity || !person.entity || person.entity.type !== 'PER' || person.headStart >= person.tokenStart) continue;
      if (org.entity.type !== 'ORG' && !isCountry(org.entity)) continue;
      let gapEnd = org.tokenEnd;
      if (tokens[gapEnd]?.text === "'" || tokens[gapEnd]?.text === '’') gapEnd++;
      if (tokens[gapEnd]?.text.toLowerCase() === 's' && gapEnd > org.tokenEnd) gapEnd++;
      if (gapEnd !== person.headStart) continue;
      const known = affiliation.get(person.entity.id);
      if (known !== undefined && known !== org.entity.id) continue;
      affiliation.set(person.entity.id, org.entity.id);
      for (let k = org.tokenStart; k < org.tokenEnd; k++) affiliationToken[k] = 1;
    }
  }

  // "EU foreign policy chief Kaja Kallas", "Fiji's disaster management head Ana Rova": an organisation/country, then
  // lower-case words ending in a role noun, right before a person's name (where nouns are not capitalised, no title
  // recognised).
  if (!words.capitalisesNouns) {
    for (const list of mentionsBySentence) {
      for (let i = 0; i + 1 < list.length; i++) {
        const org = list[i]!;
        const person = list[i + 1]!;
        if (!org.entity || !person.entity || person.entity.type !== 'PER' || affiliation.has(person.entity.id)) continue;
        if (org.mention.derived || (org.entity.type !== 'ORG' && !isCountry(org.entity))) continue;
        let from = org.tokenEnd;
        if (tokens[from]?.text === "'" || tokens[from]?.text === '’') from++;
        if (from > org.tokenEnd && tokens[from]?.text.toLowerCase() === 's') from++;
        const to = person.headStart;
        if (to <= from || to - from > MAX_APPOSITION_ROLE || !lex.cues.roleNouns.has(tokens[to - 1]!.text)) continue;
        let plain = true;
        for (let k = from; k < to && plain; k++) {
          const w = tokens[k]!.text;
          // A one-word trigger ("welcomed") is a verb; a multi-word trigger's first word ("trade" deal) may be a modifier.
          const verb = lex.byForm.get(w)?.some((entry) => entry.rest.length === 0) ?? false;
          if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || verb || lex.cues.functionWords.has(w)) plain = false;
        }
        if (!plain) continue;
        affiliation.set(person.entity.id, org.entity.id);
        for (let k = org.tokenStart; k < org.tokenEnd; k++) affiliationToken[k] = 1;
      }
    }
  }

  // "Verdi-Verhandlungsführerin Sabine Krolow", "SPD-Chef Lars Klingbeil": an organisation/country named elsewhere and
  // joined by a hyphen to the noun right before a person's name (no title recognised) is that person's affiliation.
  const actorByName = new Map<string, string>();
  for (const list of mentionsBySentence) {
    for (const pm of list) {
      const e = pm.entity;
      if (!e || pm.mention.derived || (e.type !== 'ORG' && !isCountry(e))) continue;
      actorByName.set(pm.mention.text.toLowerCase(), e.id);
      actorByName.set(e.name.toLowerCase(), e.id);
    }
  }
  for (const list of mentionsBySentence) {
    for (const person of list) {
      if (!person.entity || person.entity.type !== 'PER' || affiliation.has(person.entity.id)) continue;
      const window = text.slice(Math.max(0, person.mention.start - MAX_HYPHEN_ROLE_CHARS), person.mention.start);
      const role = HYPHEN_ROLE.exec(window);
      if (!role) continue;
      // The name before the hyphen may have several words ("IG Metall-Bezirksleiter"): longest known name first.
      const words = window.slice(0, role.index).split(/\s+/).slice(-MAX_HYPHEN_NAME_WORDS);
      let org: string | undefined;
      for (let n = words.length; n >= 1 && org === undefined; n--) org = actorByName.get(words.slice(-n).join(' ').toLowerCase());
      if (org !== undefined && org !== person.entity.id) affiliation.set(person.entity.id, org);
    }
  }

  const sectionKind: SectionKindT[] = sentences.map((s) => {
    const sec = s.section !== undefined ? doc.sections?.[s.section] : undefined;
    return sec?.kind ?? 'body';
  });
  const sectionIndex = sentences.map((s) => s.section ?? -1);

  // The syntax stage's layer is used as it is; otherwise sentences are parsed only when an event rule asks.
  const fromStage = doc.syntax !== undefined && doc.tokens !== undefined && tokens === doc.tokens;
  const syntax: (TokenSyntax | undefined)[] = fromStage ? doc.syntax! : new Array(tokens.length).fill(undefined);
  const tried = new Uint8Array(sentences.length);
  const parsed = (s: number): boolean => {
    const range = sentenceTokens[s];
    if (!range || range[1] <= range[0]) return false;
    const [from, to] = range;
    if (fromStage || tried[s]) return syntax[from] !== undefined;
    tried[s] = 1;
    if (!parser) return false;
    const texts: string[] = [];
    for (let k = from; k < to; k++) texts.push(tokens[k]!.text);
    const analyses = parser(texts);
    for (let k = 0; k < analyses.length; k++) {
      const a = analyses[k]!;
      syntax[from + k] = { ...a, head: a.head < 0 ? -1 : a.head + from };
    }
    return true;
  };

  return {
    text,
    words,
    lex,
    times,
    numbers,
    tokens,
    lower,
    sentenceTokens,
    sentenceCount: sentences.length,
    mentionsBySentence,
    entityById,
    affiliation,
    sectionKind,
    sectionIndex,
    affiliationToken,
    nameToken,
    syntax,
    parsed,
  };
}
