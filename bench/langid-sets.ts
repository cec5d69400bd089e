/**
 * Evaluation sets for language identification, built from text nobody in this project wrote (plus one small
 * constructed set, reported apart because constructed text flatters). Used by bench/langid-eval.ts.
 *
 * Sources: /work/shared/data for German and English (news sentences, headlines, tweets, short sentences, Wikipedia
 * name fragments, whole Bundestag speeches). The data holds no other language, so the other languages come from the
 * gettext catalogues of this machine's Debian image (/usr/share/locale/<lang>/LC_MESSAGES/*.mo: translators' text,
 * short UI messages and long --help texts); those sets are skipped where the catalogues are missing.
 *
 * Every sentence falls into the `tune` or the `report` half by a hash of its text: settings are chosen on `tune`,
 * docs/langid.md reports `report`.
 */
import { existsSync, readdirSync, readFileSync, createReadStream } from 'node:fs';
import { gunzipSync, createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { sharedData } from '../scripts/lib/shared-data.js';
import { LOCALE_DIR, readMo } from './gettext.js';

export type Half = 'tune' | 'report';
export type Origin = 'data' | 'machine' | 'constructed';

export interface LangSet {
  name: string;
  /** ISO 639-1 code of the gold language. */
  gold: string;
  origin: Origin;
  sentences: string[];
}

const DATA = sharedData();
/** Sets are capped (a deterministic hash-ordered sample) so that the whole evaluation stays around a minute. */
const CAP = 800;


/** FNV-1a: a stable hash for the tune/report split and the capped samples. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function halfOf(sentence: string): Half {
  return hash(sentence) % 2 === 0 ? 'tune' : 'report';
}

/** Distinct non-empty sentences, at most `cap`, chosen by hash (not by file order, which clusters topics). */
function sample(sentences: Iterable<string>, cap = CAP): string[] {
  const unique = [...new Set([...sentences].map((s) => s.trim()).filter((s) => s !== ''))];
  if (unique.length <= cap) return unique;
  return unique.sort((a, b) => hash(a) - hash(b)).slice(0, cap);
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const shortSentence = (s: string) => wordCount(s) >= 3 && wordCount(s) <= 8;

/** Join tokens to text: no space before closing punctuation, none after opening brackets/quotes. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let insideStraightQuote = false;
  let glueNext = false;
  for (const token of tokens) {
    const closing = /^[.,;:!?)\]}%“]$/.test(token) || /^['’](s|re|ve|ll|d|m)$/i.test(token) || token === "n't" || (token === '"' && insideStraightQuote);
    if (out !== '' && !closing && !glueNext) out += ' ';
    glueNext = /^[(\[{„]$/.test(token) || (token === '"' && !insideStraightQuote);
    if (token === '"') insideStraightQuote = !insideStraightQuote;
    out += token;
  }
  return out;
}

export function unerSentences(lang: 'de' | 'en'): string[] {
  return textLines(`${DATA}/uner-pud-de-en/${lang}_pud-ud-test.iob2`);
}

/** `# text = ` lines of a CoNLL-U (or UNER iob2) file. */
function textLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('# text = '))
    .map((line) => line.slice('# text = '.length));
}

/** The first sentence of every document of a CoNLL-U file: titles and subject lines in UD EWT. */
function firstSentences(path: string): string[] {
  const out: string[] = [];
  let newDoc = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) newDoc = true;
    else if (line.startsWith('# text = ') && newDoc) {
      out.push(line.slice('# text = '.length));
      newDoc = false;
    }
  }
  return out;
}

/** Sentences of a CoNLL-style file (token in the first column, blank line between sentences). */
function conllSentences(path: string, separator: RegExp, stripPrefix = ''): string[] {
  const out: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (tokens.length > 0) out.push(detokenize(tokens));
      tokens = [];
      continue;
    }
    let token = line.split(separator)[0]!;
    if (stripPrefix && token.startsWith(stripPrefix)) token = token.slice(stripPrefix.length);
    if (token !== '-DOCSTART-') tokens.push(token);
  }
  if (tokens.length > 0) out.push(detokenize(tokens));
  return out;
}

interface SmartDataDoc {
  text: { string: string };
  refids?: { map?: { source?: string } };
}

/** SmartData v1 test: the headline (first line) of news/RSS documents, and whole tweets. */
function smartData(): { headlines: string[]; tweets: string[] } {
  const raw = gunzipSync(readFileSync(`${DATA}/smartdata-de/test.json.gz`)).toString('utf8');
  const headlines: string[] = [];
  const tweets: string[] = [];
  for (const piece of raw.split(/\n(?=\{\n)/)) {
    if (piece.trim() === '') continue;
    const doc = JSON.parse(piece) as SmartDataDoc;
    const text = doc.text.string;
    if (doc.refids?.map?.source === 'tweet') tweets.push(text.replace(/\s+/g, ' '));
    else {
      const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
      if (first && wordCount(first) >= 2) headlines.push(first);
    }
  }
  return { headlines, tweets };
}

/** The first `count` Bundestag speeches of WP20 with at least 1,000 characters (long text). */
async function bundestagSpeeches(count: number): Promise<string[]> {
  const lines = createInterface({ input: createReadStream(`${DATA}/bundestag-speeches-de/wp20.txt.gz`).pipe(createGunzip()) });
  const out: string[] = [];
  let index = 0;
  for await (const line of lines) {
    // every 25th speech: spread over the file rather than the first sitting
    if (index++ % 25 === 0 && line.length >= 1000) out.push(line);
    if (out.length >= count) break;
  }
  lines.close();
  return out;
}

// ---- gettext catalogues ----

/** Format directives, markup, mnemonics and command-line options out; whitespace normalised. */
function cleanMessage(s: string): string {
  return s
    .replace(/%(\d+\$)?[-+ #0']*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t|I)?[diouxXeEfFgGcsSpm%]/g, ' ')
    .replace(/%\{\w+\}|\{\w*\}|\$\{?\w+\}?|<[^>]{1,40}>/g, ' ')
    .replace(/(?<![\w-])--?[\w-]+(=[^\s\]]*)?/g, ' ')
    .replace(/\[\s*\]|\(\s*\)/g, ' ')
    .replace(/_(?=\p{L})|&(?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Catalogues made of names only (countries, scripts, currencies, keyboard layouts): no sentences. */
const NAME_CATALOGUE = /^(iso_|xkeyboard-config)/;

/** Short messages (3–8 words) and long ones (≥ 300 characters, mostly --help texts) of one language. */
function gettextSets(lang: string, source: 'msgid' | 'msgstr'): { short: string[]; long: string[] } | undefined {
  const dir = join(LOCALE_DIR, lang, 'LC_MESSAGES');
  if (!existsSync(dir)) return undefined;
  const short: string[] = [];
  const long: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.mo') || NAME_CATALOGUE.test(file)) continue;
    for (const [id, translated] of readMo(join(dir, file))) {
      const raw = source === 'msgid' ? id : translated;
      const whole = cleanMessage(raw);
      if (whole.length >= 300) long.push(whole);
      for (const line of raw.split('\n')) {
        const clean = cleanMessage(line);
        if (shortSentence(clean) && clean.replace(/[^\p{L}]/gu, '').length >= 10) short.push(clean);
      }
    }
  }
  return { short, long };
}

/** Languages of the gettext sets: the neighbours German/English short text is mistaken for, and a few more. */
export const GETTEXT_LANGUAGES = ['nl', 'af', 'sv', 'da', 'nb', 'fr', 'es', 'it', 'pt', 'pl'];

// ---- constructed ----

const PEOPLE = [
  'Boris Johnson', 'Joe Biden', 'Olaf Scholz', 'Emmanuel Macron', 'Rishi Sunak', 'Giorgia Meloni', 'Justin Trudeau',
  'Narendra Modi', 'Jens Stoltenberg', 'Yoon Suk-yeol', 'Pedro Sánchez', 'Mark Rutte', 'Ursula von der Leyen',
  'Wolodymyr Selenskyj', 'Xi Jinping', 'Annalena Baerbock', 'Antony Blinken', 'Recep Tayyip Erdoğan',
];
const PLACES = ['London', 'Berlin', 'Paris', 'Vilnius', 'Washington', 'Brüssel', 'Rom', 'Madrid', 'Kiew', 'Tokio', 'Delhi', 'Oslo'];

/** "X met Y in Z." in each language, for every pair of neighbouring names and a place chosen by index. */
const MEETING_TEMPLATES: Record<string, string> = {
  en: '{a} met {b} in {p}.',
  de: '{a} traf {b} in {p}.',
  nl: '{a} ontmoette {b} in {p}.',
  sv: '{a} träffade {b} i {p}.',
  da: '{a} mødtes med {b} i {p}.',
  fr: '{a} a rencontré {b} à {p}.',
  es: '{a} se reunió con {b} en {p}.',
};

const HEADLINES: Record<string, string[]> = {
  de: [
    'NATO-Gipfel in Vilnius beendet', 'Scholz reist nach Washington', 'Streik bei der Bahn', 'Merz kritisiert Ampel',
    'Baerbock in Kiew eingetroffen', 'Inflation in der Eurozone sinkt', 'Erdbeben in der Türkei', 'Macron besucht Berlin',
    'EU einigt sich auf Asylreform', 'Selenskyj bittet um Kampfjets', 'Lufthansa streicht Flüge', 'Bundestag beschließt Haushalt',
  ],
  en: [
    'NATO summit in Vilnius ends', 'Biden to visit Kyiv', 'Sunak wins confidence vote', 'Macron meets Scholz in Berlin',
    'Strike hits London Underground', 'Inflation falls in eurozone', 'Earthquake strikes Turkey', 'Trudeau visits Ottawa base',
    'EU agrees on asylum reform', 'Zelensky asks for fighter jets', 'Boeing shares slump', 'Congress passes budget',
  ],
};

function constructed(): LangSet[] {
  const sets: LangSet[] = [];
  for (const [lang, template] of Object.entries(MEETING_TEMPLATES)) {
    const sentences = PEOPLE.map((a, i) =>
      template.replace('{a}', a).replace('{b}', PEOPLE[(i + 1) % PEOPLE.length]!).replace('{p}', PLACES[i % PLACES.length]!),
    );
    sets.push({ name: `"X met Y in Z." ${lang}`, gold: lang, origin: 'constructed', sentences });
  }
  for (const [lang, headlines] of Object.entries(HEADLINES)) {
    sets.push({ name: `headlines ${lang}`, gold: lang, origin: 'constructed', sentences: headlines });
  }
  return sets;
}

/** All sets: data (de/en), machine gettext catalogues (other languages, and de/en UI text), constructed. */
export async function buildSets(): Promise<LangSet[]> {
  const smart = smartData();
  const sets: LangSet[] = [
    { name: 'UNER-PUD de', gold: 'de', origin: 'data', sentences: unerSentences('de') },
    { name: 'Europarl dev de', gold: 'de', origin: 'data', sentences: sample(conllSentences(`${DATA}/europarl-ner-de-pado/dev.tsv`, /\t/)) },
    { name: 'SmartData headlines de', gold: 'de', origin: 'data', sentences: sample(smart.headlines) },
    { name: 'SmartData tweets de', gold: 'de', origin: 'data', sentences: sample(smart.tweets) },
    { name: 'GSD test de, 3–8 words', gold: 'de', origin: 'data', sentences: sample(textLines(`${DATA}/ud-german/de_gsd-ud-test.conllu`).filter(shortSentence)) },
    {
      name: 'WikiANN de test (names)',
      gold: 'de',
      origin: 'data',
      sentences: sample(conllSentences(`${DATA}/wikiann-xtreme/de/test`, /\t/, 'de:').filter((s) => wordCount(s) >= 2)),
    },
    { name: 'Bundestag speeches (long)', gold: 'de', origin: 'data', sentences: await bundestagSpeeches(200) },
    { name: 'UNER-PUD en', gold: 'en', origin: 'data', sentences: unerSentences('en') },
    { name: 'wikigold en', gold: 'en', origin: 'data', sentences: sample(conllSentences(`${DATA}/wikigold-en/wikigold.conll.txt`, / /)) },
    {
      name: 'EWT titles en',
      gold: 'en',
      origin: 'data',
      sentences: sample(
        ['dev', 'test'].flatMap((split) => firstSentences(`${DATA}/ud-english-ewt/en_ewt-ud-${split}.conllu`)).filter((s) => wordCount(s) >= 2 && wordCount(s) <= 12),
      ),
    },
    {
      name: 'EWT en, 3–8 words',
      gold: 'en',
      origin: 'data',
      sentences: sample(['dev', 'test'].flatMap((split) => textLines(`${DATA}/ud-english-ewt/en_ewt-ud-${split}.conllu`)).filter(shortSentence)),
    },
    {
      name: 'WNUT17 tweets en',
      gold: 'en',
      origin: 'data',
      sentences: sample(['emerging.dev.conll', 'emerging.test.annotated'].flatMap((f) => conllSentences(`${DATA}/wnut17/${f}`, /\t/))),
    },
    {
      name: 'WikiANN en test (names)',
      gold: 'en',
      origin: 'data',
      sentences: sample(conllSentences(`${DATA}/wikiann-xtreme/en/test`, /\t/, 'en:').filter((s) => wordCount(s) >= 2)),
    },
  ];
  const de = gettextSets('de', 'msgstr');
  const en = gettextSets('de', 'msgid');
  if (de && en) {
    sets.push({ name: 'gettext de, 3–8 words', gold: 'de', origin: 'machine', sentences: sample(de.short) });
    sets.push({ name: 'gettext en, 3–8 words', gold: 'en', origin: 'machine', sentences: sample(en.short) });
  }
  for (const lang of GETTEXT_LANGUAGES) {
    const found = gettextSets(lang, 'msgstr');
    if (!found) continue;
    sets.push({ name: `gettext ${lang}, 3–8 words`, gold: lang, origin: 'machine', sentences: sample(found.short, 400) });
    if (found.long.length >= 20) sets.push({ name: `gettext ${lang}, long`, gold: lang, origin: 'machine', sentences: sample(found.long, 100) });
  }
  return [...sets, ...constructed()];
}
