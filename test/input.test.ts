/** Bad input: a coded error or a diagnostic, never a crash and never a silent empty result. */
import assert from 'node:assert/strict';
import { extract, createPipeline, EreignisError, validateDocument } from '../src/index.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof EreignisError, `not an EreignisError: ${String(e)}`);
    return e.code;
  }
  return undefined;
};

describe('bad input', () => {
  it('empty and whitespace-only text: a valid empty Document with W001', () => {
    for (const text of ['', '   \n\t  ']) {
      const doc = extract(text);
      assert.ok(validateDocument(doc, text).valid);
      assert.equal(doc.language.code, 'und');
      assert.deepEqual(doc.entities, []);
      assert.deepEqual(doc.events, []);
      assert.ok(doc.diagnostics.some((d) => d.code === 'W001'));
    }
  });

  it('binary bytes: E101', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    assert.equal(codeOf(() => extract(bytes)), 'E101');
  });

  it('invalid UTF-8: E102', () => {
    const bytes = new Uint8Array([0x44, 0x65, 0x72, 0x20, 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x41]);
    assert.equal(codeOf(() => extract(bytes)), 'E102');
  });

  it('valid UTF-8 bytes are decoded, BOM and all', () => {
    const bytes = new TextEncoder().encode('\uFEFFBundeskanzler Olaf Scholz reiste nach Paris.');
    const doc = extract(bytes);
    assert.equal(doc.language.code, 'de');
    assert.ok(doc.entities.some((e) => e.name === 'Paris'));
  });

  it('not a string: E106', () => {
    assert.equal(codeOf(() => extract(42 as unknown as string)), 'E106');
    assert.equal(codeOf(() => extract(null as unknown as string)), 'E106');
  });

  it('text over maxLength: E103; safeExtract returns it as data', () => {
    const p = createPipeline({ maxLength: 100 });
    assert.equal(codeOf(() => p.extract('a'.repeat(101))), 'E103');
    const r = p.safeExtract('a'.repeat(101));
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'E103');
  });

  it('control and replacement characters: W004 diagnostic, still processed', () => {
    const text = 'Die NATO tagte in Brüssel.\u0001 Das Treffen \uFFFD endete.';
    const doc = extract(text);
    assert.ok(doc.diagnostics.some((d) => d.code === 'W004'));
    assert.ok(doc.entities.some((e) => e.name === 'NATO'));
  });

  it('lone surrogates and astral characters keep offsets exact in both units', () => {
    const text = 'Emoji 😀 vor Angela Merkel in Berlin \uD800 und danach 😀 Paris.';
    for (const offsets of ['utf16', 'codepoint'] as const) {
      const doc = extract(text, { offsets, language: 'de' });
      const r = validateDocument(doc, text);
      assert.ok(r.valid, r.errors.join('; '));
    }
    const cp = extract(text, { offsets: 'codepoint', language: 'de' });
    const paris = cp.entities.find((e) => e.name === 'Paris');
    assert.ok(paris);
    assert.equal(Array.from(text).slice(paris.mentions[0]!.start, paris.mentions[0]!.end).join(''), 'Paris');
  });

  it('a 5 MB text is processed in full: sentences reach the end', () => {
    const para = 'Der Präsident der Republik Litauen, Gitanas Nausėda, traf am Montag in Vilnius den NATO-Generalsekretär. ';
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const doc = extract(text, { language: 'de' });
    assert.ok(doc.sentences.length >= 40000);
    assert.equal(doc.sentences[doc.sentences.length - 1]!.end, text.trimEnd().length);
    assert.ok(doc.entities.find((e) => e.name === 'Vilnius')!.mentions.length >= 40000);
  });

  it('a 1.2 MB English text: every finder runs to the end, compromise\'s tagger (option) on its first million characters (W006)', function () {
    this.timeout(180000);
    const para = 'Prime Minister Justin Trudeau met President Joe Biden in Washington on Tuesday, according to Reuters. ';
    const text = para.repeat(Math.ceil(1_200_000 / para.length));
    const doc = extract(text, { language: 'en', compromise: true });
    assert.ok(doc.diagnostics.some((d) => d.code === 'W006'));
    // By default compromise's tagger does not run, so nothing is cut short.
    assert.ok(!extract(text.slice(0, 1_100_000), { language: 'en' }).diagnostics.some((d) => d.code === 'W006'));
    const washington = doc.entities.find((e) => e.name === 'Washington');
    assert.ok(washington && washington.mentions.length >= 11000, `${washington?.mentions.length}`);
    assert.ok(washington.mentions[washington.mentions.length - 1]!.start > 1_150_000);
  });

  it('bad options: E001 with the option named', () => {
    assert.throws(() => createPipeline({ offsets: 'bytes' as 'utf16' }), /E001.*offsets/);
    assert.throws(() => createPipeline({ colour: true } as never), /E001.*colour/);
    assert.throws(() => createPipeline({ language: 'German' }), /E001.*language/);
  });
});
