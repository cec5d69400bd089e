/**
 * Builds the German word lexicon once, deterministically: models/de/word-lexicon-de.bin + word-lexicon-manifest.json.
 * It replaces the hunspell dictionary (igerman98, GPL) as the German NER model's word list (issue 15): for every word
 * form seen at least MIN_COUNT times, the part of speech the German syntax tagger (UD-trained, CC BY-SA) gives it
 * across the unlabeled corpus, and how often it occurs. A capitalised form tagged NOUN nearly always is a common noun
 * ("Bereich"); one tagged PROPN, or one absent, is more likely a name.
 *
 *   npm run build:word-lexicon                      (~10 min, one core; needs models/de/syntax-de.bin)
 *   npm run build:word-lexicon -- --out /tmp/wl     (for a reproducibility check)
 *
 * Text: bundestag-speeches-de (26.6 M words, unlabeled: read to learn word statistics, never shipped as text).
 * Classes (lexiconClass in src/ner/word-lexicon.ts): `${upos}=${share}/f${freq}` with the form's most frequent
 * UPOS among NOUN PROPN ADJ VERB ADV OTHER, its share (9: >= 90 %, 6: >= 60 %, 0: less) and a log frequency bucket.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadSyntaxModel } from '../src/syntax/index.js';
import { splitGermanContractions } from '../src/syntax/contractions.js';
import { wordHashes } from '../src/syntax/features.js';
import { tagPass } from '../src/syntax/tagger.js';
import { lexiconClass, LEXICON_UPOS } from '../src/ner/word-lexicon.js';
import { sharedData } from './lib/shared-data.js';
import { SPEECH_FILES, speechLines, speechSentences } from '../src/ner/train/speeches.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const OUT_DIR = opt('out') ? resolve(opt('out')!) : join(REPO, 'models', 'de');
/** --limit N: only the first N lines of each file (quick trials; the shipped file reads everything). */
const LIMIT = Number(opt('limit') ?? Infinity);
/** --min-count N: forms seen fewer times are left out (default 5). */
const MIN_COUNT = Number(opt('min-count') ?? 5);
const t0 = Date.now();
const log = (s: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);

const model = loadSyntaxModel('de');
const { model: m } = model;
const U = LEXICON_UPOS.length;
const uposIndex = m.upos.map((u) => { const k = LEXICON_UPOS.indexOf(u as (typeof LEXICON_UPOS)[number]); return k >= 0 ? k : LEXICON_UPOS.indexOf('OTHER'); });
/** UPOS only, as tagWords decides it (both passes; morphology and lemmas are not needed here). */
let margins = new Float64Array(512);
function uposOf(h: ReturnType<typeof wordHashes>): Int32Array {
  const p = model.tagger, upos = new Int32Array(h.n);
  if (!p.pos2) { tagPass(p, p.pos, h, upos, model.scratch); return upos; }
  if (margins.length < h.n * 2) margins = new Float64Array(h.n * 2);
  const margin = p.pos2Margin !== undefined && p.pos2Margin > 0 ? margins : undefined;
  tagPass(p, p.pos, h, upos, model.scratch, undefined, margin);
  tagPass(p, p.pos2, h, upos, model.scratch, Int32Array.from(upos), undefined, margin, p.pos2Margin);
  return upos;
}
/**
 * Speakers address each other by title and surname ("Frau von der Leyen", "Herr Kollege Merz"): a capitalised word
 * after such a title (and name particles) counts as a name, whatever the tagger says. Without this, "Leyen", which
 * the UD-trained tagger reads as a noun after "der", became a common noun, and the NER model stopped finding
 * "Ursula von der Leyen".
 */
const TITLES = new Set(['Frau', 'Herr', 'Herrn', 'Kollege', 'Kollegin', 'Kollegen', 'Minister', 'Ministerin', 'Bundesminister', 'Bundesministerin',
  'Staatssekretär', 'Staatssekretärin', 'Präsident', 'Präsidentin', 'Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Dr.', 'Prof.']);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'zu', 'vom', 'zur', 'ten', 'ter', 'di', 'da', 'del', 'Dr.']);
const PROPN = LEXICON_UPOS.indexOf('PROPN');
function afterTitle(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (!/^\p{Lu}\p{Ll}/u.test(w) || TITLES.has(w)) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && PARTICLES.has(words[k]!)) k--;
  // "der"/"den" only inside "von der", "van den": "Bundesministerin der Justiz" is no name
  const first = words[k + 1];
  if (k + 1 < i && (first === 'der' || first === 'den')) return false;
  return k >= 0 && TITLES.has(words[k]!);
}
/** form -> counts per LEXICON_UPOS */
const counts = new Map<string, Uint32Array>();
let tokens = 0, sentences = 0;
const sources: Array<{ source: string; lines: number; tokens: number }> = [];
for (const f of SPEECH_FILES) {
  let lines = 0;
  const before = tokens;
  for (const line of speechLines(sharedData('bundestag-speeches-de'), f)) {
    if (lines >= LIMIT) break;
    lines++;
    for (const sentence of speechSentences(line)) {
      const { words } = splitGermanContractions(sentence.map((t) => t.text));
      const h = wordHashes(words, m.clusters, m.clusterSpec);
      const upos = uposOf(h);
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        let c = counts.get(w);
        if (!c) counts.set(w, (c = new Uint32Array(U)));
        c[afterTitle(words, i) ? PROPN : uposIndex[upos[i]!]!]!++;
      }
      tokens += words.length;
      sentences++;
    }
    if (lines % 5000 === 0) log(`${f}: ${lines} speeches, ${tokens} tokens`);
  }
  sources.push({ source: `bundestag-speeches-de/${f}`, lines, tokens: tokens - before });
}
log(`${tokens} tokens in ${sentences} sentences, ${counts.size} forms`);

const entries: Array<[string, string]> = [];
for (const [w, c] of counts) {
  let total = 0;
  for (let k = 0; k < U; k++) total += c[k]!;
  if (total < MIN_COUNT || w.includes('\n') || w.includes('\t')) continue;
  entries.push([w, lexiconClass(c, total)]);
}
entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const header = {
  format: 'ereignis word lexicon 1', lang: 'de', forms: entries.length, minCount: MIN_COUNT,
  method: 'UPOS of every token by the German syntax model (models/de/syntax-de.bin, tags only), a capitalised word after a title (Frau, Herr, Minister…) and name particles counted as PROPN, counted per case-sensitive form; class = most frequent UPOS, its share bucket and a log frequency bucket',
  tagger: { file: 'models/de/syntax-de.bin', sha256: createHash('sha256').update(readFileSync(join(REPO, 'models', 'de', 'syntax-de.bin'))).digest('hex') },
  sources, tokens, sentences,
};
const body = JSON.stringify(header) + '\n' + entries.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n';
const bytes = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'word-lexicon-de.bin'), bytes);
const sha256 = createHash('sha256').update(bytes).digest('hex');
writeFileSync(join(OUT_DIR, 'word-lexicon-manifest.json'), JSON.stringify({
  name: 'ereignis-word-lexicon-de', version: '1.0.0', file: 'word-lexicon-de.bin', sha256, bytes: bytes.length,
  forms: entries.length, build: 'npm run build:word-lexicon',
  licence: 'derived word statistics: forms of bundestag-speeches-de (official records, §5 UrhG; the text is not shipped), tagged by the German syntax model (trained on UD German GSD + PUD, CC BY-SA 4.0 / 3.0): CC BY-SA 4.0',
}, null, 2) + '\n');
log(`wrote ${join(OUT_DIR, 'word-lexicon-de.bin')}: ${entries.length} forms, ${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${sha256.slice(0, 16)}…`);
