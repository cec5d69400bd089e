import assert from 'node:assert/strict';
import { createPipeline, checkStageOrder, extract, type Stage } from '../src/index.js';
import { validateDocument } from '../src/schema/index.js';

describe('pipeline', () => {
  it('runs the stages in their declared order', () => {
    assert.deepEqual(createPipeline().stageNames, ['language', 'segment', 'entities', 'cluster', 'values', 'events']);
  });

  it('reports every missing requirement once, when built', () => {
    const lonely: Stage = { name: 'events-only', requires: ['entities', 'tokens'], provides: ['events'], run() {} };
    assert.throws(() => checkStageOrder([lonely]), (e: Error) => /E004/.test(e.message) && /entities/.test(e.message) && /tokens/.test(e.message));
    assert.throws(() => createPipeline({ stages: [lonely] }), /E004/);
  });

  it('accepts a custom stage list whose requirements are met', () => {
    const p = createPipeline();
    const marker: Stage = {
      name: 'marker',
      requires: ['entities'],
      provides: [],
      run(doc) {
        doc.diagnostics.push({ code: 'W999', severity: 'info', message: `${doc.entities?.length ?? 0} entities` });
      },
    };
    const custom = createPipeline({ stages: [...p.stages.slice(0, 4), marker] });
    const doc = custom.extract('Die NATO tagte in Vilnius.');
    assert.ok(doc.diagnostics.some((d) => d.code === 'W999' && /[1-9] entities/.test(d.message)));
    assert.deepEqual(doc.events, []);
  });

  it('forced language skips detection', () => {
    const doc = extract('NATO Vilnius', { language: 'de' });
    assert.equal(doc.language.code, 'de');
    assert.equal(doc.language.method, 'forced');
  });

  it('includeText copies the text; id is kept', () => {
    const doc = extract('Olaf Scholz traf Emmanuel Macron.', { includeText: true, id: 'a-1' });
    assert.equal(doc.text, 'Olaf Scholz traf Emmanuel Macron.');
    assert.equal(doc.id, 'a-1');
    assert.equal(extract('Olaf Scholz traf Emmanuel Macron.').text, undefined);
  });

  it('is deterministic across pipelines', () => {
    const text = 'Der französische Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz unterzeichneten in Aachen einen Vertrag.';
    assert.equal(JSON.stringify(createPipeline().extract(text)), JSON.stringify(createPipeline().extract(text)));
  });

  it('extractMany: one result per input, in order, each as extract() gives it; input errors and bugs stay with their document', () => {
    const p = createPipeline();
    // a stage of our own that fails on one text: a bug inside one document of a group
    const fragile: Stage = { name: 'fragile', requires: [], provides: [], run(doc) { if (doc.text.includes('BOOM')) throw new Error('fragile stage failed'); } };
    const withFragile = createPipeline({ stages: [fragile, ...p.stages] });
    const texts = ['Olaf Scholz traf Emmanuel Macron in Paris.', 'BOOM in Berlin.', 'Joe Biden met Rishi Sunak in London.'];
    const results = withFragile.extractMany([texts[0]!, { input: texts[1]!, id: 'b' }, new Uint8Array([0, 1, 2, 0]), { input: texts[2]!, id: 'c', date: '2023-07-11', metadata: { url: 'u' } }, 42 as unknown as string]);
    assert.equal(results.length, 5);
    assert.ok(results[0]!.ok && results[3]!.ok);
    assert.deepEqual(results[0]!.ok && results[0]!.document, p.extract(texts[0]!));
    assert.deepEqual(results[3]!.ok && results[3]!.document, p.extract(texts[2]!, { id: 'c', date: '2023-07-11', metadata: { url: 'u' } }));
    assert.equal(validateDocument(results[3]!.ok && results[3]!.document, texts[2]!).errors.length, 0);
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    assert.deepEqual(codes, ['ok', 'E109', 'E101', 'ok', 'E106']);
    assert.match(!results[1]!.ok ? results[1]!.error.message : '', /fragile stage failed/);
    assert.deepEqual(p.extractMany([]), []);
    // the pipeline's own options (HTML input, code point offsets, the text copied) hold for every document of a group
    const html = createPipeline({ format: 'html', offsets: 'codepoint', includeText: true });
    const pages = ['<article><p>Olaf Scholz traf 😀 Emmanuel Macron in Paris.</p></article>', new TextEncoder().encode('<p>Joe Biden met Rishi Sunak in London.</p>')];
    html.extractMany(pages.map((input, i) => ({ input, id: `h${i}` }))).forEach((r, i) => {
      assert.ok(r.ok);
      assert.deepEqual(r.document, html.extract(pages[i]!, { id: `h${i}` }));
      assert.ok(r.document.text && !r.document.text.includes('<'));
    });
  });

  it('English text goes through the English finders', () => {
    const doc = extract('Prime Minister Justin Trudeau met President Joe Biden in Washington on Tuesday.');
    assert.equal(doc.language.code, 'en');
    const names = doc.entities.map((e) => `${e.name}/${e.type}`);
    for (const n of ['Justin Trudeau/PER', 'Joe Biden/PER', 'Washington/LOC']) assert.ok(names.includes(n), names.join(', '));
  });
});

describe('language routing', () => {
  it('short undetermined text still gets the likelier of the German and English finders', () => {
    const doc = extract('Olaf Scholz traf Emmanuel Macron.');
    assert.ok(['de', 'und'].includes(doc.language.code));
    assert.equal(doc.language.pipeline, 'de');
    const names = doc.entities.map((e) => e.name);
    assert.ok(names.includes('Olaf Scholz') && names.includes('Emmanuel Macron'), names.join(', '));
  });

  it('another language: W003, gazetteer entities only, no events', () => {
    const doc = extract("Le président français Emmanuel Macron a rencontré le chancelier allemand à Berlin mardi pour discuter de l'aide à l'Ukraine.");
    assert.equal(doc.language.code, 'fr');
    assert.equal(doc.language.pipeline, 'none');
    assert.ok(doc.diagnostics.some((d) => d.code === 'W003'));
    assert.ok(doc.entities.some((e) => e.name === 'Berlin' && e.type === 'LOC'));
    assert.ok(doc.entities.every((e) => e.mentions.every((m) => m.source === 'gazetteer')));
    assert.deepEqual(doc.events, []);
  });
});

describe('values (dates, numbers, amounts)', () => {
  it('English: wink-nlp entity types with exact offsets and ISO dates', () => {
    const text = 'The two governments signed a $2 billion pact on July 11, 2023, raising trade by 5 percent.';
    const doc = extract(text);
    const byType = new Map(doc.values.map((v) => [v.type, v]));
    assert.equal(byType.get('MONEY')?.text, '$2 billion');
    assert.equal(byType.get('DATE')?.value, '2023-07-11');
    assert.equal(byType.get('PERCENT')?.text, '5 percent');
    for (const v of doc.values) assert.equal(text.slice(v.start, v.end), v.text);
  });

  it('German: dates wink cannot read ("11. Juli 2023")', () => {
    const doc = extract('Am 11. Juli 2023 unterzeichneten beide Regierungen in Vilnius ein Abkommen über Zusammenarbeit.');
    assert.deepEqual(doc.values.map((v) => [v.text, v.type, v.value]), [['11. Juli 2023', 'DATE', '2023-07-11']]);
  });
});

describe('reference date and metadata (ExtractOptions date, metadata)', () => {
  const text = 'Die Bundesregierung kritisierte gestern in Berlin die Pläne. Am Dienstag traf sich das Kabinett.';

  it('a reference date gives relative dates a value; without it they have none', () => {
    const withDate = extract(text, { date: '2024-03-08' }); // a Friday
    const byText = Object.fromEntries(withDate.values.map((v) => [v.text, v.value]));
    assert.equal(byText['gestern'], '2024-03-07');
    assert.equal(byText['Dienstag'], '2024-03-05');
    const without = extract(text);
    assert.ok(without.values.every((v) => v.value === undefined), JSON.stringify(without.values));
  });

  it('a timestamp counts by its day; a date that is no day gives W010 and no values', () => {
    const stamp = extract(text, { date: '2024-03-08T23:10:00+01:00' });
    assert.ok(stamp.values.some((v) => v.text === 'gestern' && v.value === '2024-03-07'));
    for (const bad of ['08.03.2024', '2024-02-30', 'yesterday']) {
      const doc = extract(text, { date: bad });
      assert.ok(doc.diagnostics.some((d) => d.code === 'W010' && d.message.includes(bad)), bad);
      assert.ok(doc.values.every((v) => v.value === undefined), bad);
    }
  });

  it('metadata is copied into the Document (not shared with the caller) and validates', () => {
    const metadata = { url: 'https://example.org/a', source: 'example', tags: ['politik'], wordCount: 17 };
    const doc = extract(text, { id: 'a1', metadata });
    assert.deepEqual(doc.metadata, metadata);
    assert.notEqual(doc.metadata, metadata);
    assert.ok(validateDocument(doc).valid);
    assert.equal(extract(text).metadata, undefined);
  });
});
