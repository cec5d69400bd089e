/** Issue 14, item 9: HTML input (option format 'html') and the warning for markup passed as plain text. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, createPipeline, EreignisError, extract, validateDocument, type Document } from '../src/index.js';
import { ROOT } from './helpers/corpus.js';

const PAGE = readFileSync(join(ROOT, 'test', 'fixtures', 'news-page.html'), 'utf8');
const html = createPipeline({ format: 'html', includeText: true });

/** Names that stand only in the page's script, style, JSON-LD, cookie banner, menu and footer. */
const NOT_ARTICLE = ['Angela Merkel', 'Friedrich Merz', 'München', 'Wladimir Putin', 'Moskau', 'Boris Johnson', 'Joe Biden', 'Washington', 'Hamburg', 'Leipzig', 'Google', 'Meta Platforms', 'Köln', 'Impressum', 'Jana Weber'];

const mentionTexts = (doc: Document): string[] => doc.entities.flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);

describe('HTML input (format: "html")', function () {
  this.timeout(120_000);
  let doc: Document;

  before(() => {
    doc = html.extract(PAGE, { id: 'page' });
  });

  it('reads the article: Olaf Scholz, Emmanuel Macron and Berlin', () => {
    const names = doc.entities.map((e) => e.name);
    for (const name of ['Olaf Scholz', 'Emmanuel Macron', 'Berlin']) assert.ok(names.includes(name), `${name} not in ${names.join(', ')}`);
  });

  it('never reads script, style, navigation, cookie banner or footer', () => {
    const text = doc.text!;
    for (const name of NOT_ARTICLE) assert.ok(!text.includes(name), `"${name}" in the text`);
    for (const code of ['dataLayer', 'font-family', 'function', '{', 'Akzeptieren', 'Politik', 'Mehr zum Thema']) assert.ok(!text.includes(code), `"${code}" in the text`);
    const mentioned = mentionTexts(doc);
    for (const name of NOT_ARTICLE) assert.ok(!mentioned.some((m) => m.includes(name)), `"${name}" mentioned`);
  });

  it('headline first, then one paragraph per block, "\\n\\n" between them', () => {
    const paragraphs = doc.text!.split('\n\n');
    assert.equal(paragraphs[0], 'Scholz empfängt Macron in Berlin');
    assert.ok(paragraphs[1]!.startsWith('Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron. Im Mittelpunkt'));
    assert.ok(paragraphs.some((p) => p.includes('seit 24\u00a0Jahren')), 'the no-break space of &nbsp; stays');
    assert.ok(paragraphs.some((p) => p.includes('„Seite an Seite“')), 'character references are decoded');
    assert.ok(paragraphs.every((p) => p === p.trim() && !p.includes('  ')));
    assert.deepEqual(doc.sections[0], { start: 0, end: 'Scholz empfängt Macron in Berlin\n\n'.length, kind: 'headline' });
  });

  it('offsets are exact into Document.text, also as code points; every Document validates', () => {
    assert.deepEqual(validateDocument(doc, doc.text).errors, []);
    for (const e of doc.entities) for (const m of e.mentions) assert.equal(doc.text!.slice(m.start, m.end), m.text);
    for (const v of doc.values) assert.equal(doc.text!.slice(v.start, v.end), v.text);
    const astral = PAGE.replace('Foto: dpa', 'Foto: dpa 📷');
    const cp = createPipeline({ format: 'html', includeText: true, offsets: 'codepoint' }).extract(astral);
    assert.ok(cp.text!.includes('📷'));
    assert.deepEqual(validateDocument(cp, cp.text).errors, []);
  });

  it('says where the text came from (W013, info) and finds no reason for W011 or W012', () => {
    const info = doc.diagnostics.find((d) => d.code === 'W013');
    assert.equal(info?.severity, 'info');
    assert.match(info!.message, new RegExp(`${doc.text!.length} UTF-16 units, title "Scholz empfängt Macron in Berlin"`));
    assert.ok(!doc.diagnostics.some((d) => d.code === 'W011' || d.code === 'W012'));
  });

  it('bytes and the one-line extract() work too; the same page gives the same Document', () => {
    const fromBytes = html.extract(new TextEncoder().encode(PAGE), { id: 'page' });
    assert.deepEqual(fromBytes, doc);
    assert.deepEqual(extract(PAGE, { format: 'html', includeText: true, id: 'page' }), doc);
  });

  it('a fragment or a short page: no frame outside <article>, the article\'s own header kept', () => {
    const fragment = '<header>Stadtportal Hamburg</header><nav>Leipzig</nav><p>Olaf Scholz <b>traf</b> Emmanuel Macron in Paris.</p><aside>Köln</aside><footer>Impressum</footer><script>var x = "Joe Biden";</script>';
    const d = html.extract(fragment);
    assert.equal(d.text, 'Olaf Scholz traf Emmanuel Macron in Paris.');
    assert.ok(d.entities.some((e) => e.name === 'Emmanuel Macron'));
    assert.deepEqual(validateDocument(d, d.text).errors, []);
    const short = html.extract(`<html><body>${fragment.replace('<p>', '<article><header><h1>Treffen in Paris</h1></header><p>').replace('</p>', '</p></article>')}</body></html>`);
    assert.equal(short.text, 'Treffen in Paris\n\nOlaf Scholz traf Emmanuel Macron in Paris.');
    assert.equal(short.sections[0]?.kind, 'headline');
  });

  it('no article found: the page title and body without their frame, and W012', () => {
    const titleOnly = html.extract('<html><head><title>Olaf Scholz in Paris</title><script>alert("Joe Biden")</script></head><body><nav>Start</nav><footer>Köln</footer></body></html>');
    assert.equal(titleOnly.text, 'Olaf Scholz in Paris');
    assert.equal(titleOnly.diagnostics.find((x) => x.code === 'W012')?.severity, 'warning');
    assert.deepEqual(validateDocument(titleOnly, titleOnly.text).errors, []);
    const empty = html.extract('<html><head><script>alert(1)</script></head><body><nav>Start</nav></body></html>');
    assert.equal(empty.text, '');
    assert.ok(empty.diagnostics.some((x) => x.code === 'W001') && empty.diagnostics.some((x) => x.code === 'W012'));
  });

  it('a bad format is E001', () => {
    assert.throws(() => createPipeline({ format: 'pdf' as 'html' }), (e: unknown) => e instanceof EreignisError && e.code === 'E001' && /format/.test(e.message));
  });
});

describe('markup passed as plain text', function () {
  this.timeout(120_000);
  const text = createPipeline({ includeText: true });

  it('a web page without format "html" gets W011, pointing at the first markup', () => {
    const doc = text.extract(PAGE);
    const w = doc.diagnostics.find((d) => d.code === 'W011');
    assert.equal(w?.severity, 'warning');
    assert.match(w!.message, /format 'html' \(CLI: --html\)/);
    assert.equal(PAGE.slice(w!.start, w!.end), '<!DOCTYPE html>');
    assert.deepEqual(validateDocument(doc, PAGE).errors, []);
  });

  it('paragraph tags or many character references also get W011', () => {
    const paragraphs = text.extract('<p>Olaf Scholz traf Emmanuel Macron.</p>\n<p>Sie sprachen über die Ukraine.</p>');
    assert.ok(paragraphs.diagnostics.some((d) => d.code === 'W011' && d.start === 0 && d.end === 3));
    const references = text.extract('Scholz&nbsp;und Macron&nbsp;trafen sich am&nbsp;Montag&nbsp;in Berlin &amp; Potsdam.');
    assert.ok(references.diagnostics.some((d) => d.code === 'W011' && d.start === 6));
  });

  it('plain text with a stray "<", "&" or one tag does not', () => {
    for (const plain of ['Die Inflation lag bei < 2 Prozent & sank weiter.', 'AT&T und Procter & Gamble legten zu; a<b.', 'Olaf Scholz traf <b>Emmanuel Macron</b> in Berlin.']) {
      assert.ok(!text.extract(plain).diagnostics.some((d) => d.code === 'W011'), plain);
    }
  });

  it('the new codes are in the catalogue and match the schema pattern', () => {
    for (const code of ['W011', 'W012', 'W013', 'W014']) {
      assert.ok(code in CODES, code);
      assert.match(code, /^[EW][0-9]{3}$/);
    }
  });

  describe('HTML bytes (format "html") in their own charset', () => {
    const page = (charsetMeta: string) => `<!DOCTYPE html><html><head>${charsetMeta}<title>Gipfel</title></head><body><article><h1>Gipfel in Köln</h1><p>Außenministerin Annalena Baerbock traf am Montag in Köln den französischen Außenminister. Die Gespräche dauerten über drei Stunden.</p><p>Danach reisten beide gemeinsam nach Düsseldorf weiter, wo sie Vertreter der Wirtschaft trafen.</p></article></body></html>`;
    const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

    it('a page that declares windows-1252 / ISO-8859-1 is read in it (W014, info): "Köln", not "K\uFFFDln"', () => {
      for (const meta of ['<meta charset="windows-1252">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">']) {
        const doc = html.extract(latin1(page(meta)));
        assert.ok(doc.text!.includes('Gipfel in Köln'), doc.text);
        assert.ok(doc.entities.some((e) => e.name === 'Köln'), meta);
        const w = doc.diagnostics.find((d) => d.code === 'W014');
        assert.equal(w?.severity, 'info');
        assert.match(w!.message, /windows-1252/);
        assert.ok(!doc.diagnostics.some((d) => d.code === 'W004'), 'no replacement characters');
      }
    });

    it('undeclared bytes that are not UTF-8 are read as windows-1252 (W014, warning); valid UTF-8 stays UTF-8 without W014', () => {
      const doc = html.extract(latin1(page('')));
      assert.ok(doc.text!.includes('Außenministerin Annalena Baerbock'), doc.text);
      assert.equal(doc.diagnostics.find((d) => d.code === 'W014')?.severity, 'warning');
      const utf8 = html.extract(new TextEncoder().encode(page('')));
      assert.ok(utf8.text!.includes('Außenministerin'));
      assert.ok(!utf8.diagnostics.some((d) => d.code === 'W014'));
    });

    it('other declared charsets (ISO-8859-2, UTF-16 with its byte-order mark) and the errors: unknown charset, false UTF-8 declaration', () => {
      // ISO-8859-2: 0xB3 is "ł" (in windows-1252 it would be "³")
      const polish = html.extract(latin1(page('<meta charset="iso-8859-2">').replace('Annalena Baerbock', 'Rados\u00b3aw Sikorski')));
      assert.ok(polish.text!.includes('Radosław Sikorski'), polish.text);
      const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(page(''), (c) => c.charCodeAt(0)).buffer)]);
      assert.ok(html.extract(utf16).text!.includes('Außenministerin'));
      assert.throws(() => html.extract(latin1(page('<meta charset="x-unknown-9">'))), (e: unknown) => e instanceof EreignisError && e.code === 'E102' && /x-unknown-9/.test(e.message));
      assert.throws(() => html.extract(latin1(page('<meta charset="utf-8">'))), (e: unknown) => e instanceof EreignisError && e.code === 'E102');
    });
  });
});
