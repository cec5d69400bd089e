/**
 * createPipeline(options) builds an explicit, ordered list of stages, checks once that every stage's
 * requirements are provided by an earlier one, and runs them in order. extract() is the one-line form.
 */
import { EreignisError, isEreignisError, type ErrorCode } from '../errors.js';
import type { Document } from '../schema/document.js';
import { decodeHtmlInput, decodeInput, inspectText, type Input } from './input.js';
import { toDocument, type OffsetUnit } from './emit.js';
import { htmlDiagnostics, htmlToText, markupDiagnostics } from './html.js';
import { defaultStages, type StageOptions } from './stages.js';
import { referenceDay } from '../values/index.js';
import type { Layer, Stage, WorkingDoc } from '../doc/types.js';

/** Options of createPipeline() and extract(); the stage options (language, ner, …) come from StageOptions. */
export interface PipelineOptions extends StageOptions {
  /** Offsets in the Document: 'utf16' (JavaScript string indices, default) or 'codepoint' (Python str indices). */
  offsets?: OffsetUnit;
  /** Copy the input text into Document.text. Default false. */
  includeText?: boolean;
  /** 'text' (default) or 'html': the article text of a web page is extracted (Readability) and every offset refers
   * to that extracted text, which includeText puts into Document.text. */
  format?: 'text' | 'html';
  /** Longest text accepted, in UTF-16 code units; longer input throws E103. Default 10,000,000. */
  maxLength?: number;
  /** Replace the default stages (advanced; the requirement check still runs). */
  stages?: Stage[];
}

/** Per-call options of Pipeline.extract(). */
export interface ExtractOptions {
  /** Copied into Document.id. */
  id?: string;
  /** The date the text was published (ISO 8601, "2023-07-11" or a timestamp starting so): resolves relative dates
   * ("gestern", "am Dienstag", "11. Juli" without a year). Not a date → diagnostic W010, dates stay unresolved. */
  date?: string;
  /** Copied into Document.metadata (the other fields of a corpus record: url, source, date, …). */
  metadata?: Record<string, unknown>;
}

/** One document of Pipeline.extractMany(): the input alone, or with its per-call options. */
export type ManyInput = Input | ({ input: Input } & ExtractOptions);

function manyInput(item: ManyInput): { input: Input; options: ExtractOptions } {
  // anything that is not an { input } object goes to the input checks as it is (they give the coded error)
  if (typeof item !== 'object' || item === null || item instanceof Uint8Array) return { input: item, options: {} };
  const { input, ...options } = item;
  return { input, options };
}

/** A failure as extractMany's per-document result: coded errors keep their code, anything else is a bug (E109). */
function failed(e: unknown): SafeResult {
  if (isEreignisError(e)) return { ok: false, error: { code: e.code, message: e.message } };
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return { ok: false, error: { code: 'E109', message: new EreignisError('E109', detail).message } };
}

/** What Pipeline.safeExtract() returns (and extractMany() per document): the Document, or the coded error instead of a throw. */
export type SafeResult = { ok: true; document: Document } | { ok: false; error: { code: ErrorCode; message: string } };

const OPTION_KEYS = new Set(['offsets', 'includeText', 'format', 'maxLength', 'stages', 'language', 'candidateLanguages', 'ner', 'compromise', 'modelDir', 'syntax', 'allFactualities', 'eventParse']);

function checkOptions(o: PipelineOptions): void {
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.has(k)) throw new EreignisError('E001', `unknown option "${k}"; known: ${[...OPTION_KEYS].join(', ')}`);
  }
  if (o.offsets !== undefined && o.offsets !== 'utf16' && o.offsets !== 'codepoint') {
    throw new EreignisError('E001', `offsets must be "utf16" or "codepoint", got ${JSON.stringify(o.offsets)}`);
  }
  if (o.format !== undefined && o.format !== 'text' && o.format !== 'html') {
    throw new EreignisError('E001', `format must be "text" or "html", got ${JSON.stringify(o.format)}`);
  }
  if (o.maxLength !== undefined && !(Number.isInteger(o.maxLength) && o.maxLength > 0)) {
    throw new EreignisError('E001', `maxLength must be a positive integer, got ${String(o.maxLength)}`);
  }
  if (o.syntax !== undefined && typeof o.syntax !== 'boolean') {
    throw new EreignisError('E001', `syntax must be true or false, got ${JSON.stringify(o.syntax)}`);
  }
  if (o.eventParse !== undefined && typeof o.eventParse !== 'boolean') {
    throw new EreignisError('E001', `eventParse must be true or false, got ${JSON.stringify(o.eventParse)}`);
  }
  if (o.compromise !== undefined && typeof o.compromise !== 'boolean') {
    throw new EreignisError('E001', `compromise must be true or false, got ${JSON.stringify(o.compromise)}`);
  }
  if (o.allFactualities !== undefined && typeof o.allFactualities !== 'boolean') {
    throw new EreignisError('E001', `allFactualities must be true or false, got ${JSON.stringify(o.allFactualities)}`);
  }
  if (o.language !== undefined && !/^[a-z]{2}$/.test(o.language)) {
    throw new EreignisError('E001', `language must be an ISO 639-1 code such as "de" or "en", got ${JSON.stringify(o.language)}`);
  }
}

/** Throws E004 listing every requirement that no earlier stage provides. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const have = new Set<Layer>();
  const missing: string[] = [];
  for (const s of stages) {
    for (const r of s.requires) if (!have.has(r)) missing.push(`${s.name} needs "${r}"`);
    for (const p of s.provides) have.add(p);
  }
  if (missing.length) throw new EreignisError('E004', `${missing.join('; ')} (no earlier stage provides it)`);
}

/** The ordered stages for one set of options; models load once, so reuse it for many texts. */
export class Pipeline {
  readonly stages: readonly Stage[];
  private readonly offsets: OffsetUnit;
  private readonly includeText: boolean;
  private readonly maxLength: number;
  private readonly format: 'text' | 'html';

  constructor(options: PipelineOptions = {}) {
    checkOptions(options);
    this.stages = options.stages ?? defaultStages(options);
    checkStageOrder(this.stages);
    this.offsets = options.offsets ?? 'utf16';
    this.includeText = options.includeText ?? false;
    this.maxLength = options.maxLength ?? 10_000_000;
    this.format = options.format ?? 'text';
  }

  /** Names of the stages, in the order they run. */
  get stageNames(): string[] {
    return this.stages.map((s) => s.name);
  }

  /** Extracts one Document. Throws EreignisError for input that is not text (E101, E102, E103, E106). */
  extract(input: Input, options: ExtractOptions = {}): Document {
    const doc = this.prepare(input, options);
    for (const stage of this.stages) stage.run(doc);
    return this.emit(doc, options);
  }

  /**
   * Extracts many Documents, each the same as extract() would give it, but faster per document: each stage runs over
   * all the documents before the next stage starts, so that a stage's model tables stay in the CPU caches instead of
   * being pushed out by the other stages' tables between two documents (1.2–1.4× in docs/benchmarks.md, "Stage-major
   * groups"). Results come in input order; an input error is that document's result, as in safeExtract(), and so
   * is an unexpected failure (E109, a bug), so that one document cannot cost the others. Memory grows with the
   * group: give it tens of documents at a time (16 is as fast as 64), not a whole corpus. A stage of your own must
   * not carry state from one document to the next (the default stages do not), or the order would show.
   */
  extractMany(items: readonly ManyInput[]): SafeResult[] {
    const results: (SafeResult | undefined)[] = items.map(() => undefined);
    const options: ExtractOptions[] = items.map(() => ({}));
    const docs: (WorkingDoc | undefined)[] = items.map((item, i) => {
      try {
        const read = manyInput(item);
        options[i] = read.options;
        return this.prepare(read.input, read.options);
      } catch (e) {
        results[i] = failed(e);
        return undefined;
      }
    });
    for (const stage of this.stages) {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        if (!doc) continue;
        try {
          stage.run(doc);
        } catch (e) {
          results[i] = failed(e);
          docs[i] = undefined;
        }
      }
    }
    return results.map((r, i) => {
      if (r) return r;
      try {
        return { ok: true, document: this.emit(docs[i]!, options[i]!) };
      } catch (e) {
        return failed(e);
      }
    });
  }

  /** The working document before the first stage: the decoded (and, for HTML, extracted) text and its diagnostics. */
  private prepare(input: Input, options: ExtractOptions): WorkingDoc {
    const decoded = this.format === 'html' ? decodeHtmlInput(input) : undefined;
    const received = decoded ? decoded.html : decodeInput(input);
    if (received.length > this.maxLength) {
      throw new EreignisError('E103', `${received.length} UTF-16 units > maxLength ${this.maxLength}; split the text or raise maxLength`);
    }
    const html = decoded ? htmlToText(received) : undefined;
    const text = html ? html.text : received;
    const diagnostics = [...inspectText(text), ...(html ? htmlDiagnostics(html) : markupDiagnostics(text)), ...(decoded?.diagnostics ?? [])];
    const referenceDate = options.date !== undefined ? referenceDay(options.date) : undefined;
    if (options.date !== undefined && referenceDate === undefined) {
      diagnostics.push({ code: 'W010', severity: 'warning', message: `Reference date ${JSON.stringify(options.date)} is not an ISO 8601 date (YYYY-MM-DD); relative dates stay unresolved.` });
    }
    return {
      text,
      ...(options.id !== undefined ? { id: options.id } : {}),
      ...(referenceDate !== undefined ? { referenceDate } : {}),
      diagnostics,
    };
  }

  private emit(doc: WorkingDoc, options: ExtractOptions): Document {
    return toDocument(doc, { offsets: this.offsets, includeText: this.includeText, ...(options.metadata !== undefined ? { metadata: options.metadata } : {}) });
  }

  /** Like extract(), but returns coded input errors as data instead of throwing. */
  safeExtract(input: Input, options: ExtractOptions = {}): SafeResult {
    try {
      return { ok: true, document: this.extract(input, options) };
    } catch (e) {
      if (isEreignisError(e)) return { ok: false, error: { code: e.code, message: e.message } };
      throw e;
    }
  }
}

/** Builds a Pipeline; throws E001 for an unknown or invalid option, E004 when the stage order is broken. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  return new Pipeline(options);
}

// extract() keeps one pipeline per distinct option set, so models load once per process, not per call.
const cached = new Map<string, Pipeline>();

/**
 * One text in, one Document out. Reuses a cached pipeline per option set, so models load once per process.
 * Throws EreignisError for input that is not text (E101, E102, E103, E106) and for invalid options (E001).
 */
export function extract(input: Input, options: PipelineOptions & ExtractOptions = {}): Document {
  const { id, date, metadata, ...pipelineOptions } = options;
  const perCall: ExtractOptions = { ...(id !== undefined ? { id } : {}), ...(date !== undefined ? { date } : {}), ...(metadata !== undefined ? { metadata } : {}) };
  if (pipelineOptions.stages) return createPipeline(pipelineOptions).extract(input, perCall);
  const key = JSON.stringify(Object.entries(pipelineOptions).sort(([a], [b]) => (a < b ? -1 : 1)));
  let p = cached.get(key);
  if (!p) {
    p = createPipeline(pipelineOptions);
    if (cached.size >= 16) cached.clear();
    cached.set(key, p);
  }
  return p.extract(input, perCall);
}
