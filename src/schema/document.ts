/**
 * The Document schema: the one source of truth for ereignis output.
 * TypeScript types are derived from it (Static<>), the JSON Schema file in schema/ is generated from it
 * (npm run schema), and the ajv validator compiles it. Field names here are the public contract.
 */
import { Type, type Static } from '@sinclair/typebox';

/** Version of the Document schema (semver: minor for additions, major for breaking changes). */
export const SCHEMA_VERSION = '0.5.0';

const Offset = Type.Integer({ minimum: 0, description: 'Offset into Document text, in the unit named by offsetUnit.' });

export const SpanSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String({ description: 'Exactly text.slice(start, end) of the input.' }),
  },
  { $id: 'Span', description: 'A stretch of the input text, end-exclusive.' },
);

export const LanguageSchema = Type.Object(
  {
    code: Type.String({ description: "ISO 639-1 code ('de', 'en', …) or 'und' when undetermined.", pattern: '^([a-z]{2}|und)$' }),
    iso639_3: Type.String({ description: "ISO 639-3 code ('deu', 'eng', …) or 'und'.", pattern: '^[a-z]{3}$' }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    method: Type.Optional(Type.String({ description: "How it was decided: 'franc', 'forced' (options.language) or 'none'." })),
    pipeline: Type.Optional(
      Type.Union([Type.Literal('de'), Type.Literal('en'), Type.Literal('none')], {
        description:
          "Which language's finders ran: 'de' or 'en'; for undetermined short text the likelier of the two; 'none' = gazetteers only (other languages).",
      }),
    ),
  },
  { $id: 'Language' },
);

export const SentenceSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    section: Type.Optional(Type.Integer({ minimum: 0, description: 'Index into sections.' })),
  },
  { $id: 'Sentence' },
);

export const SectionKind = Type.Union(
  [Type.Literal('headline'), Type.Literal('body'), Type.Literal('related'), Type.Literal('boilerplate')],
  { description: "'related' = teaser for another story (after 'Check Also', 'Lesen Sie auch', …); 'boilerplate' = comment forms, cookie/newsletter lines." },
);

export const SectionSchema = Type.Object(
  { start: Offset, end: Offset, kind: SectionKind },
  { $id: 'Section' },
);

export const EntityType = Type.Union([Type.Literal('PER'), Type.Literal('LOC'), Type.Literal('ORG'), Type.Literal('MISC')]);

export const MentionSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String(),
    sentence: Type.Integer({ minimum: 0, description: 'Index into sentences.' }),
    source: Type.Optional(
      Type.String({
        description:
          "What found it: 'gazetteer', 'rule', 'model' (the German or English tagger), 'compromise' (English: the capitalised-run rules with compromise's word list, and compromise's tagger with the option compromise: true).",
      }),
    ),
    derived: Type.Optional(
      Type.Boolean({ description: 'A derived form that refers to the entity without naming it ("südkoreanische" → Südkorea).' }),
    ),
  },
  { $id: 'Mention' },
);

export const EntitySchema = Type.Object(
  {
    id: Type.String({ pattern: '^e[0-9]+$' }),
    type: EntityType,
    subtype: Type.Optional(
      Type.String({ description: 'country, city, region, media, intergovernmental, company, government, party, person, …' }),
    ),
    name: Type.String({ description: 'Canonical form: the fullest mention in the text, or the gazetteer base form.' }),
    key: Type.Optional(
      Type.String({ description: "Language-independent key where known: 'iso:KR' (country), 'org:NATO', 'geo:Vilnius', 'media:yonhap'." }),
    ),
    mentions: Type.Array(MentionSchema, { minItems: 1 }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    section: Type.Optional(SectionKind),
  },
  { $id: 'Entity' },
);

export const ParticipantRole = Type.Union(
  [Type.Literal('source'), Type.Literal('target'), Type.Literal('party')],
  { description: "'source' acts on 'target' (CAMEO actor roles); 'party' for symmetric events where all sides act alike." },
);

export const ParticipantSchema = Type.Object(
  {
    entity: Type.String({ description: 'Entity id.' }),
    role: ParticipantRole,
    affiliation: Type.Optional(Type.String({ description: 'Entity id of the country/organisation the participant acts for.' })),
    agent: Type.Optional(Type.String({
      pattern: '^[A-Z]{3}$',
      description: "CAMEO/Phoenix agent code when the participant is a state organ or agent named for the entity ('the Israeli army' → Israel, 'MIL'): GOV, MIL, COP (police, security forces), JUD, LEG, BUS, MED, SPY.",
    })),
  },
  { $id: 'Participant' },
);

export const TimeSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String(),
    value: Type.Optional(Type.String({ description: 'ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) when it can be read off the text.' })),
  },
  { $id: 'Time' },
);

export const AreaSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String(),
    sentence: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { $id: 'Area' },
);

export const FactualitySchema = Type.Union(
  [Type.Literal('asserted'), Type.Literal('negated'), Type.Literal('hypothetical'), Type.Literal('planned'), Type.Literal('reported-claim')],
  { description: 'Whether the text asserts the event happened, denies it, only supposes it (condition, question, modal), announces it for later, or reports it as a source\'s claim ("X accused Y of attacking": the attack). The default output keeps asserted and planned events; option allFactualities keeps all.' },
);

export const EventSchema = Type.Object(
  {
    id: Type.String({ pattern: '^v[0-9]+$' }),
    type: Type.String({ description: 'Readable event type, see docs/schema.md (agree, sign_agreement, consult, meet, …).' }),
    cameo: Type.String({ pattern: '^[0-9]{2,4}$', description: 'CAMEO event code.' }),
    trigger: SpanSchema,
    sentence: Type.Integer({ minimum: 0 }),
    participants: Type.Array(ParticipantSchema),
    location: Type.Optional(
      Type.Object({ entity: Type.String(), start: Offset, end: Offset, text: Type.String() }, { $id: 'Location' }),
    ),
    time: Type.Optional(TimeSchema),
    areas: Type.Optional(Type.Array(AreaSchema)),
    areaCount: Type.Optional(Type.Integer({ minimum: 0 })),
    mentions: Type.Optional(
      Type.Array(Type.Object({ start: Offset, end: Offset, text: Type.String(), sentence: Type.Integer({ minimum: 0 }) }), {
        description: 'Further triggers in the text that report the same event.',
      }),
    ),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    factuality: FactualitySchema,
    section: Type.Optional(SectionKind),
  },
  { $id: 'Event' },
);

export const ValueSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String(),
    type: Type.String({
      description: 'DATE (our date readers, German and English; the same spans events use as times); English also TIME, DURATION, CARDINAL, ORDINAL, MONEY or PERCENT (wink-nlp), which may contain a DATE.',
    }),
    value: Type.Optional(Type.String({ description: 'ISO 8601 for dates that name a day, month or year.' })),
  },
  { $id: 'Value', description: 'A date, time, number or amount in the text.' },
);

export const TokenSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String({ description: 'Exactly text.slice(start, end) of the input.' }),
    sentence: Type.Integer({ minimum: 0, description: 'Index into sentences.' }),
    upos: Type.Optional(Type.String({ description: 'Universal POS tag (NOUN, VERB, ADP, …). Absent (with lemma, head, deprel) only for a language without a syntax model (diagnostic W007).' })),
    lemma: Type.Optional(Type.String({ description: 'Dictionary form; German verbs with a separated particle take it in ("legte … ein": einlegen).' })),
    feats: Type.Optional(
      Type.String({ description: 'UD features restricted to Case, Gender, Number, Person, VerbForm, Voice ("Case=Nom|Gender=Masc|Number=Sing"); absent when none.' }),
    ),
    head: Type.Optional(Type.Integer({ minimum: -1, description: 'Index into tokens of the head token; -1 for the root of the sentence.' })),
    deprel: Type.Optional(Type.String({ description: "Universal Dependencies relation to the head ('nsubj', 'obj', 'obl:agent', …; 'root' for the root)." })),
  },
  { $id: 'Token', description: 'A token with its syntactic analysis (option syntax / CLI --tokens).' },
);

export const DiagnosticSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[EW][0-9]{3}$' }),
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
    message: Type.String(),
    start: Type.Optional(Offset),
    end: Type.Optional(Offset),
  },
  { $id: 'Diagnostic' },
);

/** TypeBox schema of one Document, the output of extract(); schema/document.schema.json is generated from it. */
export const DocumentSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    id: Type.Optional(Type.String()),
    offsetUnit: Type.Union([Type.Literal('utf16'), Type.Literal('codepoint')]),
    text: Type.Optional(Type.String({ description: "The input text, when requested (includeText); with format 'html' the text extracted from the page, which every offset refers to." })),
    textLength: Type.Integer({ minimum: 0, description: "Length of the input text (with format 'html': of the extracted text) in offsetUnit." }),
    metadata: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description:
          'Fields of the input record other than id and text (date, url, source, …), copied as given (option metadata; CLI: the other fields of a JSONL line).',
      }),
    ),
    language: LanguageSchema,
    sections: Type.Array(SectionSchema),
    sentences: Type.Array(SentenceSchema),
    entities: Type.Array(EntitySchema),
    events: Type.Array(EventSchema),
    values: Type.Array(ValueSchema),
    tokens: Type.Optional(
      Type.Array(TokenSchema, {
        description: 'Every token in text order, with POS, lemma, features and dependency head; only with the option syntax (CLI --tokens).',
      }),
    ),
    diagnostics: Type.Array(DiagnosticSchema),
    generator: Type.Object({ name: Type.Literal('ereignis'), version: Type.String() }),
  },
  { $id: 'https://ereignis.dev/schema/document.schema.json', title: 'ereignis Document', additionalProperties: false },
);

/** An error record in place of a Document, for batch runs (one bad input must not stop the rest). */
export const ErrorRecordSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    id: Type.Optional(Type.String()),
    source: Type.Optional(Type.String({ description: 'File name or "file:line" of the input.' })),
    error: Type.Object({ code: Type.String({ pattern: '^E[0-9]{3}$' }), message: Type.String() }),
  },
  { $id: 'https://ereignis.dev/schema/error-record.schema.json', title: 'ereignis error record', additionalProperties: false },
);

export type Span = Static<typeof SpanSchema>;
export type Language = Static<typeof LanguageSchema>;
export type Sentence = Static<typeof SentenceSchema>;
export type Section = Static<typeof SectionSchema>;
export type SectionKindT = Static<typeof SectionKind>;
export type EntityTypeT = Static<typeof EntityType>;
export type Mention = Static<typeof MentionSchema>;
export type Entity = Static<typeof EntitySchema>;
export type Participant = Static<typeof ParticipantSchema>;
export type EventTime = Static<typeof TimeSchema>;
export type Area = Static<typeof AreaSchema>;
export type Event = Static<typeof EventSchema>;
export type Factuality = Static<typeof FactualitySchema>;
export type Diagnostic = Static<typeof DiagnosticSchema>;
export type DocumentToken = Static<typeof TokenSchema>;
export type Value = Static<typeof ValueSchema>;
/** One analysed text: language, sections, sentences, entities, events, values and diagnostics (docs/schema.md). */
export type Document = Static<typeof DocumentSchema>;
export type ErrorRecord = Static<typeof ErrorRecordSchema>;
