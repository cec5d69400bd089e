/**
 * The rows of the event and entity tables (src/batch/tables.ts writes them): their columns, and how a Document's
 * events and entities become rows: CAMEO root, Phoenix QuadClass, Goldstein value, source and target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EreignisError } from '../errors.js';
import { resourceDir } from '../resources/locate.js';
import type { Document, Entity, Participant } from '../schema/document.js';

export type TableKind = 'events' | 'entities';
/** Parquet types: string = BYTE_ARRAY/UTF8, int32 = INT32, double = DOUBLE; every column may be null. */
export type ColumnType = 'string' | 'int32' | 'double';
export interface TableColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
}
/** One field of a row; null is an empty field in CSV/TSV and a null in Parquet. */
export type Cell = string | number | null;

const docColumns: readonly TableColumn[] = [
  { name: 'doc_id', type: 'string', description: 'Document id (file name, JSONL id or option id).' },
  { name: 'doc_date', type: 'string', description: "The document's metadata.date as given (JSONL field date), else empty." },
];

function actorColumns(side: 'source' | 'target'): TableColumn[] {
  return [
    { name: `${side}_entity`, type: 'string', description: `Entity id of the ${side} participant.` },
    { name: `${side}_name`, type: 'string', description: `Canonical name of the ${side} (entity name).` },
    { name: `${side}_key`, type: 'string', description: `Language-independent key of the ${side} (iso:KR, org:NATO, …), where known.` },
    {
      name: `${side}_country`,
      type: 'string',
      description: `ISO 3166-1 alpha-2 country of the ${side}: its own iso: key, else the iso: key of the country it acts for (affiliation).`,
    },
    { name: `${side}_agent`, type: 'string', description: `CAMEO agent code of the ${side} (GOV, MIL, COP, …), where named.` },
  ];
}

export const EVENT_COLUMNS: readonly TableColumn[] = [
  ...docColumns,
  { name: 'event_id', type: 'string', description: 'Event id within the document (v1, v2, …).' },
  { name: 'event_type', type: 'string', description: 'Readable event type (meet, sign_agreement, …; docs/schema.md).' },
  { name: 'cameo_code', type: 'string', description: 'CAMEO event code, a string: leading zeros count ("040").' },
  { name: 'cameo_root', type: 'string', description: 'CAMEO root event class: the first two digits ("04").' },
  {
    name: 'quad_class',
    type: 'int32',
    description: 'Phoenix QuadClass of the root: 0 neutral (01–02), 1 verbal cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13, 16), 4 material conflict (14–15, 17–20).',
  },
  { name: 'goldstein', type: 'double', description: "Goldstein scale (-10 … +10) of the CAMEO code; its root's value when the code has none." },
  ...actorColumns('source'),
  ...actorColumns('target'),
  { name: 'participant_count', type: 'int32', description: 'Number of participants (symmetric events may have more than two parties).' },
  { name: 'location_name', type: 'string', description: 'Canonical name of the place where it happened.' },
  { name: 'location_key', type: 'string', description: 'Key of the place (geo:…, iso:…), where known.' },
  { name: 'time_text', type: 'string', description: 'The time expression as written ("am Montag" → "Montag").' },
  { name: 'time_value', type: 'string', description: 'ISO 8601 value of the time (YYYY, YYYY-MM or YYYY-MM-DD), when it can be read.' },
  { name: 'trigger', type: 'string', description: 'The word(s) that report the event.' },
  { name: 'sentence_index', type: 'int32', description: 'Index of the sentence of the trigger.' },
  { name: 'sentence_text', type: 'string', description: 'Text of that sentence; empty when the writer was not given the text.' },
  { name: 'confidence', type: 'double', description: 'Confidence of the event (0 … 1).' },
  { name: 'factuality', type: 'string', description: 'asserted, negated, hypothetical, planned or reported-claim.' },
  { name: 'section', type: 'string', description: 'headline or body (main story), related or boilerplate.' },
];

export const ENTITY_COLUMNS: readonly TableColumn[] = [
  ...docColumns,
  { name: 'entity_id', type: 'string', description: 'Entity id within the document (e1, e2, …).' },
  { name: 'type', type: 'string', description: 'PER, LOC, ORG or MISC.' },
  { name: 'subtype', type: 'string', description: 'country, city, intergovernmental, person, …, where known.' },
  { name: 'name', type: 'string', description: 'Canonical name (fullest mention or gazetteer base form).' },
  { name: 'key', type: 'string', description: 'Language-independent key (iso:KR, org:NATO, geo:593116, …), where known.' },
  { name: 'mention_count', type: 'int32', description: 'Number of mentions in the document.' },
  { name: 'first_start', type: 'int32', description: 'Start offset of the first mention (in the Document offsetUnit).' },
  { name: 'first_end', type: 'int32', description: 'End offset (exclusive) of the first mention.' },
  { name: 'first_text', type: 'string', description: 'Text of the first mention.' },
  { name: 'first_sentence', type: 'int32', description: 'Sentence index of the first mention.' },
  { name: 'forms', type: 'string', description: 'Distinct mention texts in order of appearance, joined by " | ".' },
  { name: 'event_count', type: 'int32', description: 'Number of events of the document the entity takes part in.' },
  { name: 'confidence', type: 'double', description: 'Confidence of the entity (0 … 1).' },
  { name: 'section', type: 'string', description: 'headline or body (main story), related or boilerplate: where its first mention is.' },
];

/** The columns of each table, in file order (shared by the writers, docs/cli.md and the tests). */
export const TABLE_COLUMNS: Readonly<Record<TableKind, readonly TableColumn[]>> = { events: EVENT_COLUMNS, entities: ENTITY_COLUMNS };

// Phoenix's QuadClass of each CAMEO root (openeventdata/phoenix_pipeline, postprocess.py): unlike GDELT it keeps 01–02
// neutral (0) and counts 16 (reduce relations) as verbal conflict.
const QUAD_CLASS: ReadonlyMap<string, number> = new Map(
  ([['01 02', 0], ['03 04 05', 1], ['06 07 08', 2], ['09 10 11 12 13 16', 3], ['14 15 17 18 19 20', 4]] as const).flatMap(
    ([roots, quad]) => roots.split(' ').map((root) => [root, quad] as [string, number]),
  ),
);

export function quadClass(cameo: string): number | null {
  return QUAD_CLASS.get(cameo.slice(0, 2)) ?? null;
}

const goldsteinTables = new Map<string, ReadonlyMap<string, number>>();

/** The Goldstein scale per CAMEO code from models/events/goldstein.json (compiled from the CAMEO codebook). */
export function goldsteinScale(modelDir?: string): ReadonlyMap<string, number> {
  const file = join(resourceDir('events', modelDir), 'goldstein.json');
  let table = goldsteinTables.get(file);
  if (!table) {
    let raw: { goldstein?: Record<string, number> };
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as typeof raw;
    } catch (e) {
      throw new EreignisError('E002', `${file}: ${(e as Error).message}`);
    }
    if (!raw.goldstein) throw new EreignisError('E002', `${file} has no "goldstein" table`);
    table = new Map(Object.entries(raw.goldstein));
    goldsteinTables.set(file, table);
  }
  return table;
}

/** Source and target: the first 'source' and first 'target' participant; symmetric events ('party' roles) fill a
 * free side with their parties in Document order, so two parties become source and target. */
export function sourceAndTarget(participants: readonly Participant[]): [Participant | undefined, Participant | undefined] {
  const parties = participants.filter((p) => p.role === 'party');
  const source = participants.find((p) => p.role === 'source') ?? parties.shift();
  const target = participants.find((p) => p.role === 'target') ?? parties.shift();
  return [source, target];
}

const isoCountry = (key: string | undefined): string | null => (key?.startsWith('iso:') ? key.slice(4) : null);

/** A slicer of the original text by Document offsets, which count code points when offsetUnit is 'codepoint'. */
function textSlicer(doc: Document, text: string | undefined): (start: number, end: number) => string | null {
  if (text === undefined) return () => null;
  if (doc.offsetUnit !== 'codepoint') return (start, end) => text.slice(start, end);
  let units: number[] | undefined;
  return (start, end) => {
    if (!units) {
      units = [];
      for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) units.push(i);
      units.push(text.length);
    }
    return text.slice(units[start] ?? text.length, units[end] ?? text.length);
  };
}

function docDate(doc: Document): string | null {
  const date = doc.metadata?.['date'];
  if (typeof date === 'string') return date;
  return typeof date === 'number' && Number.isFinite(date) ? String(date) : null;
}

/** Main-story events and entities carry no section in the Document; the table names headline or body instead, so
 * that filters such as section <> 'related' keep them (SQL drops rows where the column is null). */
function mainSection(doc: Document, sentence: number | undefined): string {
  const index = sentence === undefined ? undefined : doc.sentences[sentence]?.section;
  return index !== undefined && doc.sections[index]?.kind === 'headline' ? 'headline' : 'body';
}

function eventRows(doc: Document, slice: (start: number, end: number) => string | null, goldstein: ReadonlyMap<string, number>): Cell[][] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const actor = (p: Participant | undefined): Cell[] => {
    if (!p) return [null, null, null, null, null];
    const entity = byId.get(p.entity);
    const country = isoCountry(entity?.key) ?? (p.affiliation ? isoCountry(byId.get(p.affiliation)?.key) : null);
    return [p.entity, entity?.name ?? null, entity?.key ?? null, country, p.agent ?? null];
  };
  const meta = [doc.id ?? null, docDate(doc)];
  return doc.events.map((v) => {
    const [source, target] = sourceAndTarget(v.participants);
    const root = v.cameo.slice(0, 2);
    const place = v.location ? byId.get(v.location.entity) : undefined;
    const sentence = doc.sentences[v.sentence];
    return [
      ...meta,
      v.id,
      v.type,
      v.cameo,
      root,
      quadClass(v.cameo),
      goldstein.get(v.cameo) ?? goldstein.get(root) ?? null,
      ...actor(source),
      ...actor(target),
      v.participants.length,
      v.location ? (place?.name ?? v.location.text) : null,
      place?.key ?? null,
      v.time?.text ?? null,
      v.time?.value ?? null,
      v.trigger.text,
      v.sentence,
      sentence ? slice(sentence.start, sentence.end) : null,
      v.confidence,
      v.factuality,
      v.section ?? mainSection(doc, v.sentence),
    ];
  });
}

function entityRows(doc: Document): Cell[][] {
  const events = new Map<string, number>();
  for (const v of doc.events) for (const id of new Set(v.participants.map((p) => p.entity))) events.set(id, (events.get(id) ?? 0) + 1);
  const meta = [doc.id ?? null, docDate(doc)];
  return doc.entities.map((e: Entity) => {
    const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
    const first = mentions[0]!;
    return [
      ...meta,
      e.id,
      e.type,
      e.subtype ?? null,
      e.name,
      e.key ?? null,
      mentions.length,
      first.start,
      first.end,
      first.text,
      first.sentence,
      [...new Set(mentions.map((m) => m.text))].join(' | '),
      events.get(e.id) ?? 0,
      e.confidence,
      e.section ?? mainSection(doc, first.sentence),
    ];
  });
}

export interface RowOptions {
  /** Folder holding events/goldstein.json; default: the package's models/ (as the pipeline's modelDir). */
  modelDir?: string;
}

/**
 * The rows one Document gives, in the order of TABLE_COLUMNS[kind]. `text` is the original input text (Document
 * offsets point into it); without it, and without doc.text, sentence_text stays null.
 */
export function tableRows(kind: TableKind, doc: Document, text?: string, options: RowOptions = {}): Cell[][] {
  if (kind === 'entities') return entityRows(doc);
  return eventRows(doc, textSlicer(doc, text ?? doc.text), goldsteinScale(options.modelDir));
}
