/** Event and entity tables (src/batch/tables.ts): CSV, TSV and Parquet from the same Documents. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { createPipeline, isEreignisError, type Document } from '../src/index.js';
import {
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  openTable,
  quadClass,
  sourceAndTarget,
  tableRows,
  type Cell,
  type TableKind,
  type TableOptions,
} from '../src/batch/tables.js';
import { ROOT, SAMPLES } from './helpers/corpus.js';

/** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'the file ends with a line break');
  return rows;
}

const records = (rows: string[][]): Record<string, string>[] =>
  rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((name, i) => [name, r[i]!])));

describe('event and entity tables', function () {
  this.timeout(120000);
  const dir = mkdtempSync(join(tmpdir(), 'ereignis-tables-'));
  const pipeline = createPipeline();
  const deText = 'Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.';
  const enText = 'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.';
  const natoText = readFileSync(join(SAMPLES, 'nato-suedkorea.txt'), 'utf8');
  const docs: Array<[Document, string]> = [
    [pipeline.extract(deText, { id: 'de-1', date: '2024-03-06', metadata: { date: '2024-03-06', url: 'https://example.org/a' } }), deText],
    [pipeline.extract(enText, { id: 'en-1' }), enText],
    [pipeline.extract(natoText, { id: 'nato-suedkorea', metadata: { date: '2023-07-12' } }), natoText],
  ];

  async function write(file: string, kind: TableKind, options: TableOptions = {}, input = docs): Promise<string> {
    const path = join(dir, file);
    const table = openTable(path, kind, options);
    for (const [doc, text] of input) table.add(doc, text);
    await table.close();
    return path;
  }

  it('CSV: one row per event with header, actors, CAMEO root, quad class, Goldstein and place', async () => {
    const rows = parseCsv(readFileSync(await write('events.csv', 'events'), 'utf8'));
    assert.deepEqual(rows[0], EVENT_COLUMNS.map((c) => c.name));
    assert.equal(rows.length - 1, docs.reduce((n, [d]) => n + d.events.length, 0));
    for (const r of rows) assert.equal(r.length, EVENT_COLUMNS.length);
    const byDoc = (id: string) => records(rows).filter((r) => r['doc_id'] === id);

    const meet = byDoc('de-1').find((r) => r['event_type'] === 'meet');
    assert.ok(meet, 'the German meeting is a row');
    assert.equal(meet['doc_date'], '2024-03-06');
    assert.equal(meet['source_name'], 'Olaf Scholz');
    assert.equal(meet['target_name'], 'Emmanuel Macron');
    assert.equal(meet['target_country'], 'FR', 'the affiliation gives the country');
    assert.equal(meet['cameo_code'], '040');
    assert.equal(meet['cameo_root'], '04');
    assert.equal(meet['quad_class'], '1');
    assert.equal(meet['goldstein'], '1');
    assert.equal(meet['location_name'], 'Berlin');
    assert.equal(meet['time_text'], 'Montag');
    assert.equal(meet['time_value'], '2024-03-04', 'relative to the reference date');
    assert.equal(meet['trigger'], 'traf');
    assert.equal(meet['sentence_text'], deText);
    assert.equal(meet['factuality'], 'asserted');
    assert.equal(meet['section'], 'body');

    const met = byDoc('en-1').find((r) => r['event_type'] === 'meet');
    assert.ok(met, 'the English meeting is a row');
    assert.deepEqual([met['source_name'], met['target_name'], met['location_name'], met['doc_date']], ['Olaf Scholz', 'Emmanuel Macron', 'Paris', '']);

    const signed = byDoc('nato-suedkorea').find((r) => r['cameo_code'] === '057');
    assert.ok(signed, 'the reference article signs an agreement');
    assert.deepEqual([signed['source_name'], signed['target_name'], signed['source_country']], ['Yoon Suk-yeol', 'Jens Stoltenberg', 'KR']);
    assert.deepEqual([signed['cameo_root'], signed['quad_class'], signed['goldstein'], signed['location_name']], ['05', '1', '8', 'Vilnius']);
    assert.match(signed['sentence_text']!, /unterzeichnet/);
    assert.ok(byDoc('nato-suedkorea').some((r) => r['section'] === 'related'), 'the teaser events keep their section');
  });

  it('CSV quotes commas, quotes and line breaks (RFC 4180); TSV turns tabs and line breaks into spaces', async () => {
    const [doc, text] = docs[0]!;
    const odd: Document = { ...doc, id: 'a,"b"\nc\td', metadata: { date: '4.\r\n3.' } };
    const csv = readFileSync(await write('odd.csv', 'events', {}, [[odd, text]]), 'utf8');
    assert.match(csv, /^"a,""b""\nc\td","4\.\r\n3\.",v1,/m);
    const rows = records(parseCsv(csv));
    assert.equal(rows[0]!['doc_id'], 'a,"b"\nc\td');
    assert.equal(rows[0]!['doc_date'], '4.\r\n3.', 'a line break alone is quoted too');

    const tsv = readFileSync(await write('odd.tsv', 'events', {}, [[odd, text]]), 'utf8');
    const lines = tsv.split('\n');
    assert.equal(lines.length, 2 + doc.events.length, 'header, one line per event, final line break');
    assert.equal(lines[0], EVENT_COLUMNS.map((c) => c.name).join('\t'));
    const fields = lines[1]!.split('\t');
    assert.equal(fields.length, EVENT_COLUMNS.length);
    assert.deepEqual(fields.slice(0, 3), ['a,"b" c d', '4.  3.', 'v1']);
  });

  it('Parquet reads back (hyparquet) with the same rows as the CSV, typed, in several row groups', async () => {
    const path = await write('events.parquet', 'events', { rowGroupSize: 3 });
    const file = await asyncBufferFromFile(path);
    const meta = await parquetMetadataAsync(file);
    const total = docs.reduce((n, [d]) => n + d.events.length, 0);
    assert.equal(Number(meta.num_rows), total);
    assert.equal(meta.row_groups.length, Math.ceil(total / 3));
    const types = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, s.type]));
    assert.deepEqual([types['quad_class'], types['goldstein'], types['cameo_code']], ['INT32', 'DOUBLE', 'BYTE_ARRAY']);

    const objects = await parquetReadObjects({ file });
    const csv = records(parseCsv(readFileSync(join(dir, 'events.csv'), 'utf8')));
    assert.equal(objects.length, csv.length);
    const asCsv = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    objects.forEach((o, i) => assert.deepEqual(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, asCsv(v)])), csv[i]));
    const meet = objects.find((o) => o['doc_id'] === 'de-1' && o['event_type'] === 'meet')!;
    assert.equal(meet['quad_class'], 1);
    assert.equal(meet['goldstein'], 1);
    assert.equal(meet['source_key'], null, 'missing values are nulls');
  });

  it('the same documents give the same bytes', async () => {
    for (const [a, b] of [['d1.parquet', 'd2.parquet'], ['d1.csv', 'd2.csv']] as const) {
      assert.ok(readFileSync(await write(a, 'events', { rowGroupSize: 2 })).equals(readFileSync(await write(b, 'events', { rowGroupSize: 2 }))));
    }
  });

  it('an empty Parquet table is a valid file with no rows', async () => {
    const file = await asyncBufferFromFile(await write('empty.parquet', 'entities', {}, []));
    assert.deepEqual(await parquetReadObjects({ file }), []);
    assert.equal(readFileSync(await write('empty.csv', 'entities', {}, []), 'utf8'), `${ENTITY_COLUMNS.map((c) => c.name).join(',')}\n`);
  });

  it('entities: one row per entity with mentions, first mention and events taken part in', async () => {
    const csvRows = parseCsv(readFileSync(await write('entities.csv', 'entities'), 'utf8'));
    assert.deepEqual(csvRows[0], ENTITY_COLUMNS.map((c) => c.name));
    const rows = records(csvRows);
    assert.equal(rows.length, docs.reduce((n, [d]) => n + d.entities.length, 0));
    const nato = docs[2]![0];
    const korea = rows.find((r) => r['doc_id'] === 'nato-suedkorea' && r['key'] === 'iso:KR');
    const entity = nato.entities.find((e) => e.key === 'iso:KR')!;
    assert.ok(korea);
    assert.deepEqual([korea['type'], korea['subtype'], korea['name'], korea['doc_date']], ['LOC', 'country', 'Südkorea', '2023-07-12']);
    assert.equal(korea['mention_count'], String(entity.mentions.length));
    assert.equal(Number(korea['first_start']), Math.min(...entity.mentions.map((m) => m.start)));
    assert.equal(natoText.slice(Number(korea['first_start']), Number(korea['first_end'])), korea['first_text']);
    assert.ok(korea['forms']!.split(' | ').includes('Südkorea'));
    const yoon = rows.find((r) => r['doc_id'] === 'nato-suedkorea' && r['name'] === 'Yoon Suk-yeol')!;
    assert.ok(Number(yoon['event_count']) >= 2, 'Yoon signs and meets');

    const parquet = await parquetReadObjects({ file: await asyncBufferFromFile(await write('entities.parquet', 'entities')) });
    assert.equal(parquet.length, rows.length);
    assert.equal(parquet.find((o) => o['key'] === 'iso:KR')!['mention_count'], entity.mentions.length);
  });

  it('an unknown extension is a usage error (E001) and creates no file', () => {
    const path = join(dir, 'events.xlsx');
    assert.throws(
      () => openTable(path, 'events'),
      (e: unknown) => isEreignisError(e) && e.code === 'E001' && /\.xlsx/.test(e.message) && /\.csv, \.tsv or \.parquet/.test(e.message),
    );
    assert.throws(() => openTable(join(dir, 'events'), 'events'), /E001/);
    assert.equal(existsSync(path), false);
  });

  it('sentence text: empty without the text, taken from doc.text, sliced by code points when offsets are code points', () => {
    const col = EVENT_COLUMNS.findIndex((c) => c.name === 'sentence_text');
    const [doc] = docs[0]!;
    assert.equal(tableRows('events', doc)[0]![col], null);
    const withText = createPipeline({ includeText: true }).extract(deText);
    assert.equal(tableRows('events', withText)[0]![col], deText);
    const astral = `𝔄𝔅 Überschrift\n\n${deText}`;
    const cp = createPipeline({ offsets: 'codepoint' }).extract(astral);
    const meet = tableRows('events', cp, astral).find((r) => r[EVENT_COLUMNS.findIndex((c) => c.name === 'event_type')] === 'meet');
    assert.equal(meet?.[col], deText);
  });

  it('docs/cli.md lists every column with its type and description', () => {
    const page = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    for (const c of [...EVENT_COLUMNS, ...ENTITY_COLUMNS]) {
      const row = `| \`${c.name}\` | ${c.type} | ${c.description.replaceAll('|', '\\|')} |`;
      assert.ok(page.includes(row), `docs/cli.md lacks the row ${row}`);
    }
  });

  it('Phoenix quad classes, Goldstein with root fallback, source and target of symmetric events', () => {
    const quads: Array<[string, number | null]> = [
      ['010', 0], ['020', 0], ['036', 1], ['057', 1], ['061', 2], ['080', 2], ['090', 3], ['130', 3], ['163', 3], ['141', 4], ['173', 4], ['190', 4], ['204', 4], ['99', null],
    ];
    for (const [code, quad] of quads) assert.equal(quadClass(code), quad, code);

    const [doc] = docs[0]!;
    const at = (name: string) => EVENT_COLUMNS.findIndex((c) => c.name === name);
    const coded = (cameo: string): Cell => tableRows('events', { ...doc, events: [{ ...doc.events[0]!, cameo }] })[0]![at('goldstein')]!;
    assert.equal(coded('163'), -8);
    assert.equal(coded('0357'), 4, 'a code without its own value takes its root\'s');

    const p = (entity: string, role: 'source' | 'target' | 'party') => ({ entity, role });
    const names = (ps: ReturnType<typeof p>[]) => sourceAndTarget(ps).map((x) => x?.entity);
    assert.deepEqual(names([p('e1', 'party'), p('e2', 'party'), p('e3', 'party')]), ['e1', 'e2']);
    assert.deepEqual(names([p('e1', 'target'), p('e2', 'source')]), ['e2', 'e1']);
    assert.deepEqual(names([p('e1', 'party'), p('e2', 'target')]), ['e1', 'e2']);
    assert.deepEqual(names([p('e1', 'source')]), ['e1', undefined]);
  });
});
