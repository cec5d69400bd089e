/**
 * Hand-written entity rules (German and English) that find names no list holds:
 *   - persons after titles and roles ("Präsidentin Malwina Oberkirch", "NATO-Generalsekretär Jens Stoltenberg",
 *     "der südkoreanische Präsident Yoon Suk-yeol", "U.N. Secretary-General António Guterres"), with the title
 *     and its affiliation (compound prefix, preceding country adjective or organisation, "of France");
 *   - known first name + capitalised word ("Annalena Baerbock"), Korean-style "Yoon Suk-yeol";
 *   - news agencies in attribution ("die Nachrichtenagentur Kyodo", "Yonhap news agency");
 *   - organisations by cue words ("Siemens AG", "Europäische Kommission", "Bundesamt für Migration",
 *     "Ministry of Defence", "Verteidigungsministerium").
 * One pass over the tokens with set lookups; no regex per entry.
 */
import type { RawMention, Token } from '../pipeline/types.js';
import { loadGazetteer, type GazetteerMatcher, type OrgCue } from './gazetteer.js';

type Title = NonNullable<RawMention['title']>;

/** Capitalised function words and other capitalised non-names that must not start or continue a name. */
const STOP_DE = new Set(
  ('Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Und Oder Aber Doch In Im Am An Auf Aus Bei Mit Nach Von Vom ' +
    'Zu Zum Zur Für Über Unter Vor Hinter Neben Zwischen Durch Gegen Ohne Um Als Wie Wenn Dass Ob Weil Da Es Er Sie Wir Ihr ' +
    'Ich Man Dies Diese Dieser Dieses Jener Alle Viele Einige Mehrere Beide Laut Seit Bis Nun Auch Noch Schon Nicht Kein ' +
    'Keine So Dann Damit Deshalb Jedoch Zudem Außerdem Hier Dort Heute Gestern Morgen Jetzt Bereits Sein Seine Ihre Unser ' +
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September ' +
    'Oktober November Dezember Jahr Jahre Jahren Woche Wochen Tag Tage Tagen Monat Monate Uhr Prozent Euro Dollar Millionen ' +
    'Milliarden Regierung Erklärung Angaben Zeitung Nachrichtenagentur Agentur Bericht Berichten Sprecher Sprecherin ' +
    'Was Wer Wo Warum Welche Welcher Nachdem Während Trotz Wegen Sowie Sondern Mehr Weitere Andere Neue Erste Zweite')
    .split(' '),
);
const STOP_EN = new Set(
  ('The A An And Or But In On At Of For To From By With As Is Was Were Be Been Are He She They It We I His Her Their Its ' +
    'This That These Those There Here Who What When Where Why How After Before While During Since Until Also Not No Yes ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Said Says Told Today Yesterday Tomorrow Year Years Week Percent Dollars Euros Million Billion ' +
    'However Meanwhile Earlier Later Last Next New Former Acting Interim Deputy Vice Chief Senior Top')
    .split(' '),
);
/** Lowercase particles inside names ("Ursula von der Leyen", "Bashar al-Assad" is one token). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'ben', 'ter', 'zu', 'la', 'le']);
/** German noun endings: a capitalised word with these is a common noun, not a name ("Erklärung", "Freiheit"). */
const NOUN_SUFFIX_DE = /(ung|heit|keit|schaft|tion|ismus|ität|tum|nis|ungen|heiten|keiten|schaften|tionen|ment|ments)$/;

/** Last words that make a capitalised sequence a thing, not a person ("Roman Empire", "Winston Cup", "Maria Kirche"). */
const NON_PERSON_HEADS = new Set(
  ('Republic Empire Kingdom Street Road Avenue Square Park River Lake Mountain Airport Station Bridge Tower Center Centre ' +
    'Hall Cup Show Prize Award Awards Festival Games Church Cathedral Hotel Stadium Museum Gallery Island Islands Bay Valley ' +
    'League Series Open Championship Championships Motors Electric Airlines Airways ' +
    'Straße Platz Kirche Preis Brücke Turm Bahnhof Flughafen Stadion Museum Halle Insel Tal Allee Weg Ring Markt Dom Pokal Liga')
    .split(' '),
);
const MEDIA_CUES_DE = new Set(['Nachrichtenagentur', 'Nachrichtenagenturen', 'Agentur', 'Presseagentur', 'Staatsagentur', 'Nachrichtenportal', 'Sender', 'Fernsehsender', 'Zeitung', 'Tageszeitung', 'Wochenzeitung', 'Magazin', 'Nachrichtenmagazin']);
const MEDIA_HEADS = new Set(['News', 'Agency', 'Times', 'Post', 'Journal', 'Herald', 'Press', 'Zeitung', 'Agentur', 'Nachrichten', 'TV', 'Radio', 'Tribune', 'Daily', 'Gazette', 'Telegraph', 'Express']);
const ATTRIBUTION_DE = new Set(['laut', 'Laut', 'berichtete', 'berichteten', 'berichtet', 'meldete', 'meldet', 'zitierte', 'zitiert', 'sagte', 'sagten', 'zufolge']);
const ATTRIBUTION_EN = new Set(['told', 'to', 'by', 'reported', 'said', 'cited', 'quoted']);

export interface RuleOptions {
  /** The gazetteer whose lexicons (titles, first names, cues) the rules use; default: the package's gazetteer. */
  gazetteer?: GazetteerMatcher;
}

interface TitleMatch {
  /** Token range [i, j) of the title words. */
  i: number;
  j: number;
  /** Span of the title text (a compound's whole token). */
  start: number;
  end: number;
  affiliationStart?: number;
  affiliationEnd?: number;
}

interface Compiled {
  /** Per language: first token of a title → longest title length in tokens. */
  titlePhrases: Record<'de' | 'en', Map<string, number>>;
  /** Per language: title phrases (tokens joined by one space). */
  titleSet: Record<'de' | 'en', Set<string>>;
  /** Inflected forms of German compound title heads, indexed by their last three letters. */
  headFormsDe: Map<string, string[]>;
  /** Inflected forms of German compound organisation heads, indexed by their last three letters. */
  compoundFormsDe: Map<string, { form: string; cue: OrgCue }[]>;
  suffixCues: Map<string, OrgCue>;
  headCues: Record<'de' | 'en', Map<string, OrgCue>>;
}
const compiledFor = new WeakMap<GazetteerMatcher, Compiled>();

function compile(g: GazetteerMatcher): Compiled {
  let c = compiledFor.get(g);
  if (c) return c;
  const titlePhrases = { de: new Map<string, number>(), en: new Map<string, number>() };
  const titleSet = { de: new Set<string>(), en: new Set<string>() };
  for (const lang of ['de', 'en'] as const) {
    for (const t of g.lexicon.titles[lang]) {
      const parts = t.split(/\s+/);
      titleSet[lang].add(parts.join(' '));
      titlePhrases[lang].set(parts[0]!, Math.max(titlePhrases[lang].get(parts[0]!) ?? 0, parts.length));
    }
  }
  const suffixCues = new Map<string, OrgCue>();
  const headCues = { de: new Map<string, OrgCue>(), en: new Map<string, OrgCue>() };
  const compoundCues: OrgCue[] = [];
  for (const cue of g.lexicon.orgCues) {
    if (cue.kind === 'suffix') suffixCues.set(cue.word.replace(/\.$/, ''), cue);
    else if (cue.kind === 'head' && (cue.lang === 'de' || cue.lang === 'en')) headCues[cue.lang].set(cue.word, cue);
    else compoundCues.push(cue);
  }
  compoundCues.sort((a, b) => b.word.length - a.word.length);
  const headFormsDe = new Map<string, string[]>();
  for (const head of g.lexicon.titleHeads.de) {
    for (const tail of ['', 'en', 'n', 's']) {
      const f = head + tail;
      const list = headFormsDe.get(f.slice(-3)) ?? [];
      list.push(f);
      headFormsDe.set(f.slice(-3), list);
    }
  }
  const compoundFormsDe = new Map<string, { form: string; cue: OrgCue }[]>();
  for (const cue of compoundCues) {
    if (cue.lang !== 'de') continue;
    for (const tail of ['', 's', 'es', 'en']) {
      const f = cue.word + tail;
      const list = compoundFormsDe.get(f.slice(-3)) ?? [];
      list.push({ form: f, cue });
      compoundFormsDe.set(f.slice(-3), list);
    }
  }
  c = { titlePhrases, titleSet, headFormsDe, compoundFormsDe, suffixCues, headCues };
  compiledFor.set(g, c);
  return c;
}

/**
 * Rule mentions for one document. `gazetteerMentions` are the gazetteer's mentions over the same tokens (used for
 * affiliations, to keep names from running into known places, and to avoid repeating a gazetteer span).
 * Returns mentions with source 'rule', sorted by start offset.
 */
export function findRuleMentions(
  text: string,
  tokens: Token[],
  lang: string,
  gazetteerMentions: RawMention[],
  options: RuleOptions = {},
): RawMention[] {
  if (lang !== 'de' && lang !== 'en') return [];
  const L: 'de' | 'en' = lang;
  const g = options.gazetteer ?? loadGazetteer();
  const cx = compile(g);
  const stop = lang === 'de' ? STOP_DE : STOP_EN;
  const out: RawMention[] = [];

  // Gazetteer mentions by token: which token starts/ends/lies inside one.
  const gzAt = new Map<number, RawMention>(); // tokenStart → mention
  const gzEndingAt = new Map<number, RawMention>(); // tokenEnd → mention (whole-token mentions only)
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
  const personCovered = new Set<number>();
  // Most tokens are lowercase words or punctuation: one pass marks capitalised ones, so the rules skip the rest cheaply.
  const capital = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const c0 = tokens[k]!.text.charCodeAt(0);
    if ((c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(tokens[k]!.text))) capital[k] = 1;
  }

  const joinable = (a: number, b: number): boolean => {
    const ta = tokens[a];
    const tb = tokens[b];
    if (!ta || !tb || ta.sentence !== tb.sentence) return false;
    for (let p = ta.end; p < tb.start; p++) {
      const ch = text.charCodeAt(p);
      if (ch !== 0x20 && ch !== 0xa0 && ch !== 0x09) return false;
    }
    return true;
  };

  const isNameWord = (k: number): boolean => {
    const t = tokens[k]!.text;
    if (stop.has(t)) return false;
    const gm = gzAt.get(k);
    if (gm && gm.type !== 'PER' && !gm.derived) return false;
    if (gzCovered.has(k) && !gm) return false;
    if (isTitleAt(k)) return false;
    // Initials ("J.") come as "J" followed by "."; names are capitalised words, possibly hyphenated ("Suk-yeol", "al-Assad").
    if (/^\p{Lu}$/u.test(t)) return tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tokens[k]!.end;
    if (!/^(\p{Lu}[\p{Ll}\p{M}'’]+|(al|el|ad|as|ash|bin|ibn|abu)[-‐]\p{Lu}[\p{L}\p{M}]+)([-‐'’]\p{L}[\p{L}\p{M}]*)*$/u.test(t) && !/^\p{Lu}[\p{Ll}\p{M}]*\p{Lu}\p{Ll}+$/u.test(t)) {
      return false;
    }
    if (lang === 'de' && NOUN_SUFFIX_DE.test(t)) return false;
    // "Koch-Institut", "Max-Planck-Gesellschaft": an organisation head after the last hyphen.
    if (lang === 'de' && orgHeadAfterHyphen(t)) return false;
    return true;
  };
  function orgHeadAfterHyphen(t: string): OrgCue | undefined {
    const cut = t.lastIndexOf('-');
    return cut > 0 ? cx.headCues.de.get(t.slice(cut + 1)) : undefined;
  }

  /** Name tokens from k: capitalised words, particles inside, at most 4 words. Returns the end token index. */
  const nameFrom = (k: number): number => {
    let j = k;
    let words = 0;
    while (j < tokens.length && words < 4) {
      if (j > k && !joinable(j - 1, j)) break;
      const t = tokens[j]!.text;
      if (isNameWord(j)) {
        // An initial with its dot: "J." → two tokens.
        if (/^\p{Lu}$/u.test(t)) j += 2;
        else j++;
        words++;
        continue;
      }
      if (j > k && PARTICLES.has(t) && j + 1 < tokens.length && joinable(j, j + 1)) {
        let p = j + 1;
        while (p < tokens.length && PARTICLES.has(tokens[p]!.text) && joinable(p, p + 1)) p++;
        if (p < tokens.length && isNameWord(p)) {
          j = p;
          continue;
        }
      }
      break;
    }
    if (!words) return k;
    // German: a last word in -e that is no known name is usually a noun after the name ("Erdogan Pläne", "Johnson Regie").
    const lastTok = tokens[j - 1]!.text;
    // A known first name before it ("Mark Rutte") or punctuation after it ("Rutte,") says it is a surname after all.
    const nameFirst = g.firstNames.has(tokens[k]!.text) && words === 2;
    const closesPhrase = /^[,.;:!?)\]–—"“”»«]$/u.test(tokens[j]?.text ?? '.');
    if (lang === 'de' && words > 1 && lastTok.endsWith('e') && !/[-‐']/.test(lastTok) && !g.surnames.has(lastTok) && !g.firstNames.has(lastTok) && !nameFirst && !closesPhrase) j--;
    return j;
  };

  // ---- titles ----
  const titlesHere = cx.titleSet[L];
  function titleWordDe(word: string): boolean {
    // German titles are capitalised nouns.
    const c0 = word.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90) && !/^\p{Lu}/u.test(word)) return false;
    if (titlesHere.has(word)) return true;
    for (const cut of ['en', 'n', 's', 'es']) {
      if (word.length > cut.length + 3 && word.endsWith(cut) && titlesHere.has(word.slice(0, -cut.length))) return true;
    }
    const lw = word.toLowerCase();
    for (const h of cx.headFormsDe.get(lw.slice(-3)) ?? []) if (lw.length >= h.length + 3 && lw.endsWith(h)) return true;
    return false;
  }

  const titleCache: (TitleMatch | null | undefined)[] = new Array(tokens.length);
  function titleAt(k: number): TitleMatch | null {
    const cached = titleCache[k];
    if (cached !== undefined) return cached;
    let found: TitleMatch | null = null;
    const tok = tokens[k]!;
    if (tok.text.length < 2) return (titleCache[k] = null);
    const max = cx.titlePhrases[L].get(tok.text) ?? 0;
    for (let n = max; n >= 1 && !found; n--) {
      if (k + n > tokens.length) continue;
      let ok = true;
      for (let x = k + 1; x < k + n; x++) if (!joinable(x - 1, x)) ok = false;
      if (!ok) continue;
      const phrase = tokens.slice(k, k + n).map((t) => t.text).join(' ');
      if (titlesHere.has(phrase)) {
        // "Dr." and "Mr." come as "Dr" + "."
        let j = k + n;
        let end = tokens[j - 1]!.end;
        if (tokens[j]?.text === '.' && tokens[j]!.start === end && titlesHere.has(`${phrase}.`)) end = tokens[j++]!.end;
        found = { i: k, j, start: tok.start, end };
      }
    }
    if (!found && tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tok.end && titlesHere.has(`${tok.text}.`)) {
      found = { i: k, j: k + 2, start: tok.start, end: tokens[k + 1]!.end };
    }
    if (!found && /[-‐]/.test(tok.text)) {
      // "NATO-Generalsekretär", "US-Präsident", "SPD-Chefin", "U.N.-Secretary-General": prefix = affiliation.
      const cut = Math.max(tok.text.lastIndexOf('-'), tok.text.lastIndexOf('‐'));
      const head = tok.text.slice(cut + 1);
      const isTitle = lang === 'de' ? titleWordDe(head) : titlesHere.has(head);
      if (cut > 0 && isTitle && /^\p{Lu}/u.test(head)) {
        found = { i: k, j: k + 1, start: tok.start, end: tok.end, affiliationStart: tok.start, affiliationEnd: tok.start + cut };
      } else if (lang === 'en') {
        const first = tok.text.indexOf('-');
        const rest = tok.text.slice(first + 1);
        if (first > 0 && titlesHere.has(rest)) {
          found = { i: k, j: k + 1, start: tok.start, end: tok.end, affiliationStart: tok.start, affiliationEnd: tok.start + first };
        }
      }
    }
    if (!found && lang === 'de' && titleWordDe(tok.text)) found = { i: k, j: k + 1, start: tok.start, end: tok.end };
    titleCache[k] = found;
    return found;
  }
  function isTitleAt(k: number): boolean {
    return titleAt(k) !== null;
  }

  function affiliationOf(tm: TitleMatch): { key?: string; text?: string; start?: number; end?: number } | undefined {
    if (tm.affiliationStart !== undefined && tm.affiliationEnd !== undefined) {
      const prefix = text.slice(tm.affiliationStart, tm.affiliationEnd);
      const gm = gzSpans.get(`${tm.affiliationStart}:${tm.affiliationEnd}`);
      const e = gm?.key ? g.get(gm.key) : g.lookup(prefix, lang) ?? g.countryOfAdjective(prefix, lang);
      return { key: e?.key, text: prefix };
    }
    // A country adjective, demonym or organisation right before the title ("südkoreanische Präsident", "U.N. Secretary-General").
    const before = gzEndingAt.get(tm.i);
    if (before && before.key && (before.type === 'LOC' || before.type === 'ORG') && joinable(tm.i - 1, tm.i)) {
      return { key: before.key, text: before.text, start: before.start, end: before.end };
    }
    return undefined;
  }

  const addPerson = (ni: number, nj: number, confidence: number, title?: Title): void => {
    const lastWord = tokens[nj - 1]!.text;
    if (NON_PERSON_HEADS.has(lastWord) || MEDIA_HEADS.has(lastWord) || cx.headCues[L].has(lastWord)) return;
    const start = tokens[ni]!.start;
    const end = tokens[nj - 1]!.end;
    for (let x = ni; x < nj; x++) personCovered.add(x);
    const m: RawMention = { start, end, text: text.slice(start, end), type: 'PER', subtype: 'person', source: 'rule', confidence, sentence: tokens[ni]!.sentence, tokenStart: ni, tokenEnd: nj };
    if (title) m.title = title;
    out.push(m);
  };

  for (let k = 0; k < tokens.length; k++) {
    if ((!capital[k] && lang === 'de') || gzCovered.has(k)) continue;
    const tm = titleAt(k);
    if (!tm) continue;
    // Chains of titles: "Frau Dr. Müller", "Prof. Dr. Karl Lauterbach": the last one before the name counts.
    let last = tm;
    const first = tm;
    while (last.j < tokens.length && joinable(last.j - 1, last.j)) {
      const nxt = titleAt(last.j);
      if (!nxt) break;
      last = nxt;
    }
    let aff = affiliationOf(last) ?? (last !== first ? affiliationOf(first) : undefined);
    let ni = last.j;
    // "Präsident Südkoreas Yoon Suk-yeol" (de) / "Prime Minister of Japan Fumio Kishida" (en).
    if (ni < tokens.length && joinable(ni - 1, ni)) {
      let p = ni;
      if (lang === 'en' && tokens[p]!.text === 'of' && joinable(p, p + 1)) p++;
      const gm = gzAt.get(p);
      if (gm && !gm.derived && (gm.type === 'LOC' || gm.type === 'ORG') && gm.tokenEnd !== undefined && (p > ni || lang === 'de')) {
        const after = gm.tokenEnd;
        if (after < tokens.length && joinable(after - 1, after) && isNameWord(after)) {
          aff ??= { key: gm.key, text: gm.text, start: gm.start, end: gm.end };
          ni = after;
        }
      }
    }
    if (ni >= tokens.length || !joinable(ni - 1, ni)) continue;
    const nj = nameFrom(ni);
    if (nj === ni) continue;
    // "President Emmanuel Macron of France".
    if (!aff && lang === 'en' && tokens[nj]?.text === 'of' && joinable(nj - 1, nj) && joinable(nj, nj + 1)) {
      const gm = gzAt.get(nj + 1);
      if (gm && !gm.derived && (gm.type === 'LOC' || gm.type === 'ORG')) aff = { key: gm.key, text: gm.text };
    }
    const words = tokens.slice(ni, nj).filter((t) => /\p{L}{2}/u.test(t.text)).length;
    const known = g.firstNames.has(tokens[ni]!.text) || g.surnames.has(tokens[nj - 1]!.text);
    const title: Title = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    if (aff?.key) title.affiliationKey = aff.key;
    if (aff?.text) title.affiliationText = aff.text;
    addPerson(ni, nj, words > 1 ? (known ? 0.9 : 0.85) : known ? 0.8 : 0.7, title);
    k = nj - 1;
  }

  // ---- first name + capitalised word; Korean-style "Yoon Suk-yeol" ----
  for (let k = 0; k < tokens.length; k++) {
    if (!capital[k] || !capital[k + 1] || personCovered.has(k) || !joinable(k, k + 1) || personCovered.has(k + 1)) continue;
    const t = tokens[k]!.text;
    const nextText = tokens[k + 1]!.text;
    const korean = /^\p{Lu}\p{Ll}{1,4}$/u.test(t) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(nextText) && !stop.has(t) && !gzCovered.has(k);
    // Months and function words that are also first names ("August", "May") do not start a name.
    if (!korean && !(g.firstNames.has(t) && !gzCovered.has(k) && !stop.has(t))) continue;
    const nj = nameFrom(k + 1);
    if (nj === k + 1) continue;
    const conf = korean ? 0.8 : g.surnames.has(tokens[nj - 1]!.text) ? 0.85 : 0.75;
    addPerson(k, nj, conf);
    k = nj - 1;
  }

  // ---- news agencies and media ----
  const gzSpanHas = (s: number, e: number): boolean => gzSpans.has(`${s}:${e}`);
  const orgSpans = new Set<string>();
  const addOrg = (ni: number, nj: number, subtype: string, confidence: number, start = tokens[ni]!.start, end = tokens[nj - 1]!.end): void => {
    if (gzSpanHas(start, end) || orgSpans.has(`${start}:${end}`)) return;
    orgSpans.add(`${start}:${end}`);
    out.push({ start, end, text: text.slice(start, end), type: 'ORG', subtype, source: 'rule', confidence, sentence: tokens[ni]!.sentence, tokenStart: ni, tokenEnd: nj });
  };
  const mediaNameFrom = (k: number): number => {
    // Known media (the gazetteer has the lowercase agencies "dpa", "epd"); otherwise capitalised words:
    // an unknown lowercase word after "Zeitung" is a verb ("der Zeitung sind …"), not a name.
    const gm = gzAt.get(k);
    if (gm && gm.type === 'ORG') return gm.tokenEnd ?? k + 1;
    const t = tokens[k]?.text ?? '';
    if (/^\p{Lu}[\p{L}\d&-]*$/u.test(t) && !stop.has(t)) {
      let j = k + 1;
      while (j < tokens.length && j - k < 4 && joinable(j - 1, j) && /^\p{Lu}[\p{L}\d&-]*$/u.test(tokens[j]!.text) && !stop.has(tokens[j]!.text)) j++;
      return j;
    }
    return k;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (lang === 'de') {
      // "die Nachrichtenagentur Kyodo", "der Sender CNN"; "Yonhap-Nachrichtenagentur".
      if (MEDIA_CUES_DE.has(t) && joinable(k, k + 1)) {
        const nj = mediaNameFrom(k + 1);
        if (nj > k + 1 && !personCovered.has(k + 1)) addOrg(k + 1, nj, 'media', /agentur/i.test(t) ? 0.85 : 0.7);
      }
      const cut = t.lastIndexOf('-');
      if (cut > 0 && !gzCovered.has(k) && /^(Nachrichtenagentur|Agentur|Zeitung|Sender)$/.test(t.slice(cut + 1))) {
        const s = tokens[k]!.start;
        addOrg(k, k + 1, 'media', 0.8, s, s + cut);
      }
      // "laut Yonhap News", "berichtete die Korea Times".
      if (ATTRIBUTION_DE.has(t)) mediaByHead(k + 1);
    } else {
      // "Yonhap news agency", "the state news agency KCNA", "according to Kyodo News".
      if (t === 'news' && tokens[k + 1]?.text === 'agency') {
        let s = k;
        while (s > 0 && joinable(s - 1, s) && /^\p{Lu}/u.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text)) s--;
        if (s < k && !personCovered.has(s)) addOrg(s, k, 'media', 0.85);
        else if (joinable(k + 1, k + 2)) {
          const nj = mediaNameFrom(k + 2);
          if (nj > k + 2) addOrg(k + 2, nj, 'media', 0.85);
        }
      }
      if (ATTRIBUTION_EN.has(t) && (t !== 'to' || tokens[k - 1]?.text === 'according')) mediaByHead(k + 1);
    }
  }
  function mediaByHead(k: number): void {
    let p = k;
    if (/^(die|der|den|dem|the)$/i.test(tokens[p]?.text ?? '')) p++;
    if (p >= tokens.length || !joinable(k - 1, p) || personCovered.has(p)) return;
    const nj = mediaNameFrom(p);
    if (nj > p && MEDIA_HEADS.has(tokens[nj - 1]!.text) && nj - p > 1) addOrg(p, nj, 'media', 0.8);
  }

  // ---- organisations by cue words ----
  // Legal forms first ("Kranzberg Dynamics Inc."), so that a head's trailing words stop before them.
  const orgCovered = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    // The tokeniser may keep an abbreviation's dot ("Inc.") or split it off ("Inc" + ".").
    const tk = tokens[k]!.text;
    const suffix = cx.suffixCues.get(tk) ?? (tk.endsWith('.') ? cx.suffixCues.get(tk.slice(0, -1)) : undefined);
    if (!suffix || !joinable(k - 1, k) || (suffix.lang !== '*' && suffix.lang !== lang)) continue;
    // "Goldman Sachs Group Inc.": the last legal form closes the name.
    const nextText = tokens[k + 1]?.text ?? '';
    if (joinable(k, k + 1) && (cx.suffixCues.has(nextText) || cx.suffixCues.has(nextText.replace(/\.$/, '')))) continue;
    // "Siemens AG", "Apple Inc.": up to three capitalised words (four with another legal form) before the legal form.
    let s = k;
    while (s > 0 && k - s < 4 && (k - s < 3 || cx.suffixCues.has(tokens[k - 1]!.text)) && joinable(s - 1, s) && /^[\p{Lu}\d]/u.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text) && !personCovered.has(s - 1)) s--;
    if (s === k) continue;
    let end = tokens[k]!.end;
    let nj = k + 1;
    if (tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === end && /\./.test(suffix.word)) end = tokens[nj++]!.end;
    for (let x = s; x < nj; x++) orgCovered.add(x);
    addOrg(s, nj, suffix.subtype, 0.8, tokens[s]!.start, end);
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (orgCovered.has(k)) continue;
    const head = cx.headCues[L].get(t);
    if (head) {
      orgAroundHead(k, head);
      continue;
    }
    const hyphenHead = lang === 'de' && capital[k] ? orgHeadAfterHyphen(t) : undefined;
    if (hyphenHead && !gzCovered.has(k)) {
      // "Robert Koch-Institut": the compound with up to two capitalised words before it.
      let s = k;
      while (s > 0 && k - s < 2 && joinable(s - 1, s) && capital[s - 1] && !stop.has(tokens[s - 1]!.text) && !gzCovered.has(s - 1)) s--;
      addOrg(s, k + 1, hyphenHead.subtype, 0.75);
      continue;
    }
    if (lang === 'de' && capital[k] && t.length > 5 && /^\p{Lu}\p{Ll}{5,}$/u.test(t) && !MEDIA_CUES_DE.has(t)) {
      const lw = t.toLowerCase();
      const hit = (cx.compoundFormsDe.get(lw.slice(-3)) ?? []).find(({ form }) => lw.endsWith(form) && lw.length >= form.length + 3);
      if (hit && !gzCovered.has(k)) {
        const cue = hit.cue;
        // "Verteidigungsministerium" alone is generic; a capitalised adjective before it makes a name
        // ("Baltische Handelsagentur"), a country adjective makes it specific ("Südkoreanisches Außenministerium").
        let s = k;
        while (s > 0 && k - s < 2 && joinable(s - 1, s) && /^\p{Lu}\p{Ll}+(e|en|er|es|em)$/u.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text)) s--;
        const before = gzEndingAt.get(k);
        // A bare "Polizeibehörde" or "Verteidigungsministerium" is a generic noun, not a name.
        if (s < k || (before?.derived && joinable(k - 1, k))) addOrg(s, k + 1, cue.subtype, s < k ? 0.7 : 0.6);
      }
    }
  }
  function orgAroundHead(k: number, cue: OrgCue): void {
    const capitalised = (x: number): boolean =>
      /^\p{Lu}/u.test(tokens[x]!.text) && !stop.has(tokens[x]!.text) && !personCovered.has(x) && !orgCovered.has(x) && !cx.suffixCues.has(tokens[x]!.text.replace(/\.$/, ''));
    // Words before the head: German capitalised adjectives ("Europäische Kommission"), English capitalised words.
    let s = k;
    while (s > 0 && k - s < 3 && joinable(s - 1, s) && capitalised(s - 1)) {
      const w = tokens[s - 1]!.text;
      if (lang === 'de' && !/(e|en|er|es|em)$/.test(w)) break;
      if (gzCovered.has(s - 1) && !gzAt.get(s - 1)?.derived && gzAt.get(s - 1)?.type === 'ORG') break;
      s--;
    }
    // Words after the head: "Bundesamt für Migration und Flüchtlinge", "Ministry of Defence", "Universität Hamburg".
    let e = k + 1;
    const connectors = lang === 'de' ? ['für', 'der', 'des'] : ['of', 'for'];
    if (e < tokens.length && joinable(k, e) && connectors.includes(tokens[e]!.text)) {
      let p = e + 1;
      if (lang === 'en' && tokens[p]?.text === 'the' && joinable(p - 1, p)) p++;
      let q = p;
      while (q < tokens.length && q - p < 4 && joinable(q - 1, q)) {
        // A known organisation after "and" is a second name ("the Ministry of Defence and Apple").
        if (capitalised(q) && !(q > p && gzAt.get(q)?.type === 'ORG')) q++;
        else if ((tokens[q]!.text === 'und' || tokens[q]!.text === 'and') && q + 1 < tokens.length && joinable(q, q + 1) && capitalised(q + 1) && gzAt.get(q + 1)?.type !== 'ORG') q += 2;
        else break;
      }
      if (q > p) e = q;
    } else if (lang === 'de' && e < tokens.length && joinable(k, e) && cue.subtype === 'education' && gzAt.get(e)?.type === 'LOC') {
      e = gzAt.get(e)!.tokenEnd ?? e + 1;
    }
    if (s === k && e === k + 1) return;
    // In English a lone capitalised word before a generic head is often a sentence start ("The Commission").
    addOrg(s, e, cue.subtype, s < k && e > k + 1 ? 0.8 : 0.7);
  }

  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
