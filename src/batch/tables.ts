/**
 * Flat tables from Documents for event-data research: one row per event (who did what to whom, where and when, as in
 * the Phoenix, ICEWS and GDELT tables) or one row per entity. The file's extension picks the format: .csv, .tsv or
 * .parquet. Rows go out as documents come in (CSV/TSV at once, Parquet one row group at a time), so memory stays
 * bounded on corpora of any size, and the same documents always give the same bytes. Columns: docs/cli.md.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { extname } from 'node:path';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import { EreignisError } from '../errors.js';
import type { Document } from '../schema/document.js';
import { VERSION } from '../version.js';
import { TABLE_COLUMNS, goldsteinScale, tableRows, type Cell, type ColumnType, type RowOptions, type TableColumn, type TableKind } from './table-rows.js';

export * from './table-rows.js';

export type TableFormat = 'csv' | 'tsv' | 'parquet';

export interface TableOptions extends RowOptions {
  /** Parquet rows per row group, buffered in memory before they are written (default 10,000). */
  rowGroupSize?: number;
}

// hyparquet-writer brings its own hyparquet; its schema type is the one to use.
type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

export interface TableWriter {
  readonly path: string;
  readonly kind: TableKind;
  readonly format: TableFormat;
  /** Rows written so far. */
  readonly rowCount: number;
  /** Adds the rows of one Document; `text` is its original input text, for the sentence_text column. */
  add(doc: Document, text?: string): void;
  /** Writes what is buffered and closes the file; a Parquet file is complete only after this. */
  close(): Promise<void>;
}

const FORMATS: Readonly<Record<string, TableFormat>> = { '.csv': 'csv', '.tsv': 'tsv', '.parquet': 'parquet' };

/** The format a table file's name asks for; EreignisError E001 for any other extension. */
export function tableFormat(path: string): TableFormat {
  const ext = extname(path).toLowerCase();
  const format = FORMATS[ext];
  if (!format) {
    throw new EreignisError('E001', `table file ${path}: unknown extension '${ext || '(none)'}'; use .csv, .tsv or .parquet`);
  }
  return format;
}

/**
 * Opens (and truncates) a table file for one kind of rows; the extension picks the format. Add Documents one by one,
 * then close(). Throws EreignisError E001 for an unknown extension, E002 when the Goldstein table cannot be read.
 */
export function openTable(path: string, kind: TableKind, options: TableOptions = {}): TableWriter {
  const format = tableFormat(path);
  if (kind !== 'events' && kind !== 'entities') throw new EreignisError('E001', `unknown table kind '${String(kind)}'; use events or entities`);
  if (kind === 'events') goldsteinScale(options.modelDir); // a missing table fails here, not at the first add()
  const rows = (doc: Document, text: string | undefined): Cell[][] => tableRows(kind, doc, text, options);
  return format === 'parquet' ? new ParquetTable(path, kind, rows, options.rowGroupSize ?? 10_000) : new DelimitedTable(path, kind, format, rows);
}

type RowSource = (doc: Document, text: string | undefined) => Cell[][];

// RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled.
const csvField = (cell: Cell): string => {
  if (cell === null) return '';
  const s = String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
// TSV has no quoting: tabs and line breaks inside a field become spaces.
const tsvField = (cell: Cell): string => (cell === null ? '' : String(cell).replace(/[\t\r\n]/g, ' '));

/** CSV/TSV: lines are collected up to FLUSH_CHARS and written synchronously, so memory is bounded and add() stays
 * synchronous (no stream backpressure to honour). */
const FLUSH_CHARS = 1 << 16;

class DelimitedTable implements TableWriter {
  rowCount = 0;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly field: (cell: Cell) => string;
  private readonly separator: string;

  constructor(
    readonly path: string,
    readonly kind: TableKind,
    readonly format: 'csv' | 'tsv',
    private readonly rows: RowSource,
  ) {
    this.field = format === 'csv' ? csvField : tsvField;
    this.separator = format === 'csv' ? ',' : '\t';
    this.fd = openSync(path, 'w');
    this.line(TABLE_COLUMNS[kind].map((c) => c.name));
  }

  add(doc: Document, text?: string): void {
    if (this.fd === undefined) throw new Error(`table ${this.path} is closed`);
    for (const row of this.rows(doc, text)) {
      this.line(row);
      this.rowCount++;
    }
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  close(): Promise<void> {
    if (this.fd !== undefined) {
      this.flush();
      closeSync(this.fd);
      this.fd = undefined;
    }
    return Promise.resolve();
  }

  private line(cells: readonly Cell[]): void {
    const line = `${cells.map(this.field).join(this.separator)}\n`;
    this.pending.push(line);
    this.pendingChars += line.length;
  }

  private flush(): void {
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    // writeSync may write less than asked; loop until all of it is out.
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd!, bytes, offset);
    this.pending = [];
    this.pendingChars = 0;
  }
}

const PARQUET_TYPES: Readonly<Record<ColumnType, Pick<SchemaElement, 'type' | 'converted_type'>>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  int32: { type: 'INT32' },
  double: { type: 'DOUBLE' },
};

/** Parquet: rows are buffered column-wise up to rowGroupSize, then written as one row group through
 * hyparquet-writer's ParquetWriter, whose file writer flushes to disk every megabyte. */
class ParquetTable implements TableWriter {
  readonly format = 'parquet';
  rowCount = 0;
  private writer: ParquetWriter | undefined;
  private readonly columns: readonly TableColumn[];
  private buffered: Cell[][];
  private bufferedRows = 0;

  constructor(
    readonly path: string,
    readonly kind: TableKind,
    private readonly rows: RowSource,
    private readonly rowGroupSize: number,
  ) {
    if (!(Number.isInteger(rowGroupSize) && rowGroupSize > 0)) throw new EreignisError('E001', `rowGroupSize ${rowGroupSize} is not a positive integer`);
    this.columns = TABLE_COLUMNS[kind];
    this.buffered = this.columns.map(() => []);
    const schema: SchemaElement[] = [
      { name: 'root', num_children: this.columns.length },
      ...this.columns.map((c): SchemaElement => ({ name: c.name, repetition_type: 'OPTIONAL', ...PARQUET_TYPES[c.type] })),
    ];
    this.writer = new ParquetWriter({
      writer: fileWriter(path),
      schema,
      createdBy: `ereignis ${VERSION}`,
      kvMetadata: [{ key: 'ereignis.table', value: kind }],
    });
  }

  add(doc: Document, text?: string): void {
    if (!this.writer) throw new Error(`table ${this.path} is closed`);
    for (const row of this.rows(doc, text)) {
      for (let i = 0; i < row.length; i++) this.buffered[i]!.push(row[i]!);
      this.rowCount++;
      if (++this.bufferedRows >= this.rowGroupSize) this.writeGroup();
    }
  }

  async close(): Promise<void> {
    if (!this.writer) return;
    this.writeGroup();
    const writer = this.writer;
    this.writer = undefined;
    await writer.finish();
  }

  private writeGroup(): void {
    if (this.bufferedRows === 0) return;
    const columnData = this.columns.map((c, i) => ({ name: c.name, data: this.buffered[i]! }));
    // fileWriter writes synchronously, so write() returns no promise here.
    void this.writer!.write({ columnData, rowGroupSize: this.bufferedRows });
    this.buffered = this.columns.map(() => []);
    this.bufferedRows = 0;
  }
}
