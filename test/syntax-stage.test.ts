/** The syntax stage (option `syntax`, CLI --tokens): Document.tokens, its trees, offsets, contractions, modelDir. */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline, extract, languageStage, segmentStage, syntaxStage, validateDocument, type Document } from '../src/index.js';
import { tokenAnalyses, syntacticWords, englishWords, type SentenceAnalysis } from '../src/syntax/index.js';
import { ROOT } from './helpers/corpus.js';

const GERMAN =
  'Die Regierung legte am Montag Widerspruch gegen das Urteil ein. Zum Glück kam der Minister „ins“ Haus, sagte Olaf Scholz (SPD) dem Sender 🎤 ntv.\n\n' +
  'Die Reform wurde von der Partei kritisiert, die seit 2021 im Bundestag sitzt.';
const ENGLISH = "The reform was criticized by the party. The minister who signed the treaty didn't meet John's brother 😀 in Washington.";

type Tok = NonNullable<Document['tokens']>[number];

/** Every token annotated; per sentence exactly one root, heads inside the sentence, no cycles. */
function assertTrees(doc: Document): void {
  const tokens = doc.tokens!;
  assert.ok(tokens.length > 0);
  const roots = new Map<number, number>();
  tokens.forEach((t, i) => {
    assert.ok(t.upos && t.lemma !== undefined && t.deprel && t.head !== undefined, `token ${i} ${t.text} not annotated`);
    if (t.head === -1) {
      roots.set(t.sentence, (roots.get(t.sentence) ?? 0) + 1);
      assert.equal(t.deprel, 'root', `${t.text}: root token with relation ${t.deprel}`);
    } else {
      assert.ok(t.head! >= 0 && t.head! < tokens.length && t.head !== i, `token ${i} head ${t.head}`);
      assert.equal(tokens[t.head!]!.sentence, t.sentence, `token ${i} ${t.text} headed across sentences`);
      assert.notEqual(t.deprel, 'root');
    }
    // follow the heads to the root: no cycle
    let j = i, steps = 0;
    while (tokens[j]!.head !== -1) { j = tokens[j]!.head!; assert.ok(++steps <= tokens.length, `cycle through token ${i}`); }
  });
  for (const s of new Set(tokens.map((t) => t.sentence))) assert.equal(roots.get(s), 1, `sentence ${s}: ${roots.get(s) ?? 0} roots`);
}

const byText = (doc: Document, text: string): Tok => {
  const t = doc.tokens!.find((x) => x.text === text);
  assert.ok(t, `no token ${text}`);
  return t;
};
const headText = (doc: Document, t: Tok) => (t.head! < 0 ? 'ROOT' : doc.tokens![t.head!]!.text);

describe('syntax stage: Document.tokens', function () {
  this.timeout(30000);

  it('the default Document has no tokens, and the stage does not run', () => {
    assert.equal('tokens' in extract(GERMAN), false);
    assert.deepEqual(createPipeline().stageNames, ['language', 'segment', 'entities', 'cluster', 'values', 'events']);
    assert.deepEqual(createPipeline({ syntax: true }).stageNames, ['language', 'segment', 'syntax', 'entities', 'cluster', 'values', 'events']);
  });

  it('rejects a syntax option that is not a boolean (E001)', () => {
    assert.throws(() => createPipeline({ syntax: 'yes' as never }), /E001/);
  });

  for (const [lang, text] of [['German', GERMAN], ['English', ENGLISH]] as const) {
    for (const offsets of ['utf16', 'codepoint'] as const) {
      it(`${lang}, ${offsets} offsets: every token annotated, one tree per sentence, exact offsets, valid Document`, () => {
        const doc = extract(text, { syntax: true, offsets });
        const r = validateDocument(doc, text);
        assert.ok(r.valid, r.errors.slice(0, 5).join('; '));
        assertTrees(doc);
        const chars = offsets === 'utf16' ? null : Array.from(text);
        for (const t of doc.tokens!) assert.equal(chars ? chars.slice(t.start, t.end).join('') : text.slice(t.start, t.end), t.text);
        // the same tokens as the entity stage reads, and the rest of the Document unchanged
        const plain = extract(text, { offsets });
        assert.deepEqual({ ...doc, tokens: undefined }, { ...plain, tokens: undefined });
      });
    }
  }

  it('German: contractions, separable verbs, subjects and objects', () => {
    const doc = extract(GERMAN, { syntax: true });
    const zum = byText(doc, 'Zum');
    assert.equal(zum.upos, 'ADP');
    assert.equal(zum.lemma, 'zu');
    assert.match(zum.feats ?? '', /Case=Dat/);
    assert.equal(headText(doc, zum), 'Glück');
    assert.equal(byText(doc, 'legte').lemma, 'einlegen');
    assert.equal(byText(doc, 'ein').deprel, 'compound:prt');
    assert.equal(byText(doc, 'Regierung').deprel, 'nsubj');
    assert.equal(headText(doc, byText(doc, 'Regierung')), 'legte');
    assert.equal(byText(doc, 'Reform').deprel, 'nsubj:pass');
    assert.equal(headText(doc, byText(doc, 'im')), 'Bundestag');
  });

  it('English: clitics map back onto their token; passive agent', () => {
    const doc = extract(ENGLISH, { syntax: true });
    assert.equal(byText(doc, "didn't").upos, 'AUX');
    assert.equal(byText(doc, "didn't").lemma, 'do');
    assert.equal(headText(doc, byText(doc, "didn't")), 'meet');
    assert.equal(byText(doc, "John's").upos, 'PROPN');
    assert.equal(headText(doc, byText(doc, "John's")), 'brother');
    assert.equal(byText(doc, 'party').deprel, 'obl:agent');
    assert.equal(byText(doc, 'reform').deprel, 'nsubj:pass');
  });

  it('a language without a syntax model: tokens with offsets only, W007', () => {
    const text = 'Le président français a rencontré le chancelier allemand à Berlin mardi.';
    const doc = extract(text, { syntax: true });
    assert.equal(doc.language.pipeline, 'none');
    assert.ok(doc.tokens!.length > 5);
    assert.ok(doc.tokens!.every((t) => t.upos === undefined && t.head === undefined));
    assert.ok(doc.diagnostics.some((d) => d.code === 'W007'));
    assert.ok(validateDocument(doc, text).valid);
  });

  it('odd tokens (URLs, numbers, long words, lone clitics, emoji, upper-case contractions) never break the trees', () => {
    const text =
      'ZUM Beispiel: https://example.com/a?b=c&d=e, z. B. 3,5 Mio. Euro am 11.07.2023 — ' + 'Donaudampfschiff'.repeat(60) + " n't 's im IM Im " +
      '🤷‍♀️ ##### ... ?!';
    for (const language of ['de', 'en']) {
      const doc = extract(text, { syntax: true, language });
      assert.ok(validateDocument(doc, text).valid);
      assertTrees(doc);
    }
  });

  it('a very long sentence is parsed in pieces (W008), still one tree per sentence', () => {
    const text = Array.from({ length: 320 }, (_, i) => `Wort${i % 7},`).join(' ') + ' Ende.';
    const doc = extract(text, { syntax: true, language: 'de' });
    assert.ok(doc.diagnostics.some((d) => d.code === 'W008'), JSON.stringify(doc.diagnostics));
    assertTrees(doc);
    const pieces = createPipeline({ stages: [languageStage({ language: 'de' }), segmentStage(), syntaxStage({ maxSentenceWords: 8 })] }).extract(GERMAN);
    const w008 = pieces.diagnostics.filter((d) => d.code === 'W008');
    assert.equal(w008.length, 1, 'one W008 per document');
    assert.match(w008[0]!.message, /^[2-9] sentence\(s\)/);
    assertTrees(pieces);
  });

  it('modelDir is honoured: a copied model folder is used, a folder without the syntax model fails with E002', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ereignis-synstage-'));
    try {
      cpSync(join(ROOT, 'models'), dir, { recursive: true });
      const fromCopy = createPipeline({ syntax: true, modelDir: dir }).extract(GERMAN);
      assert.deepEqual(fromCopy.tokens, extract(GERMAN, { syntax: true }).tokens);
      rmSync(join(dir, 'de', 'syntax-manifest.json'));
      const p = createPipeline({ syntax: true, modelDir: dir }); // the model loads on first use, not here
      assert.throws(() => p.extract(GERMAN), /E002/);
      const withoutSyntax = createPipeline({ modelDir: dir }).extract(GERMAN);
      assert.ok(withoutSyntax.entities.length > 0, 'without syntax the copy still serves');
      assert.ok(withoutSyntax.diagnostics.some((d) => d.code === 'W009'), 'and says that event arguments are read without the parse');
      assert.ok(!extract(GERMAN).diagnostics.some((d) => d.code === 'W009'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('syntax stage: words and tokens', () => {
  it('splits German contractions and English clitics as UD does', () => {
    assert.deepEqual(syntacticWords(['Zum', 'Glück'], { splitContractions: true, splitClitics: false }).words, ['Zu', 'dem', 'Glück']);
    for (const [tok, words] of [["don't", ['do', "n't"]], ["can't", ['ca', "n't"]], ['cannot', ['can', 'not']], ["John's", ['John', "'s"]], ['I’m', ['I', '’m']], ["Jones'", ['Jones', "'"]], ["O'Neil", ["O'Neil"]], ["n't", ["n't"]], ["'s", ["'s"]]] as const) {
      assert.deepEqual(englishWords(tok), words, tok);
    }
  });

  it('a token of two words takes the word nearest the root, and the token heads stay a tree', () => {
    // "zum Haus kam": zu(ADP) dem(DET) Haus kam; the parser (wrongly) hangs "zu" from "dem" and "dem" from "Haus"
    const a: SentenceAnalysis = {
      words: ['zu', 'dem', 'Haus', 'kam'],
      source: [0, 0, 1, 2],
      pieces: 1,
      parsed: [
        { upos: 'ADP', lemma: 'zu', feats: '_', head: 2, deprel: 'case' },
        { upos: 'DET', lemma: 'der', feats: 'Case=Dat|Gender=Neut|Number=Sing', head: 3, deprel: 'det' },
        { upos: 'NOUN', lemma: 'Haus', feats: 'Case=Dat', head: 4, deprel: 'obl' },
        { upos: 'VERB', lemma: 'kommen', feats: '_', head: 0, deprel: 'root' },
      ],
    };
    assert.deepEqual(tokenAnalyses(a, 3, true), [
      { upos: 'DET', lemma: 'der', feats: 'Case=Dat|Gender=Neut|Number=Sing', head: 1, deprel: 'det' },
      { upos: 'NOUN', lemma: 'Haus', feats: 'Case=Dat', head: 2, deprel: 'obl' },
      { upos: 'VERB', lemma: 'kommen', feats: '_', head: -1, deprel: 'root' },
    ]);
    // both words on the noun (the normal parse): the preposition describes the token, the article gives the features
    a.parsed[0] = { ...a.parsed[0]!, head: 3 };
    assert.deepEqual(tokenAnalyses(a, 3, true)[0], { upos: 'ADP', lemma: 'zu', feats: 'Case=Dat|Gender=Neut|Number=Sing', head: 1, deprel: 'case' });
    // the noun hangs from the article inside the contraction: no self-loop, the token takes the article's head
    a.parsed[2] = { ...a.parsed[2]!, head: 2 };
    a.parsed[1] = { ...a.parsed[1]!, head: 4 };
    const t = tokenAnalyses(a, 3, true);
    assert.equal(t[0]!.head, 2);
    assert.equal(t[1]!.head, 0);
  });
});
