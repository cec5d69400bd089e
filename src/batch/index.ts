/**
 * `ereignis/batch`: corpus runs from code, the same engine as `ereignis extract --jsonl` (docs/scale.md):
 * runBatch (inputs → JSON lines and tables, all cores, resume, shards), openTable (event/entity tables from
 * Documents), the shard function and the resume scan.
 */
export { runBatch, type BatchOptions, type BatchSummary } from './run.js';
export { openTable, tableFormat, tableRows, EVENT_COLUMNS, ENTITY_COLUMNS, TABLE_COLUMNS, type TableWriter, type TableFormat, type TableOptions } from './tables.js';
export type { TableColumn, TableKind, Cell, RowOptions, ColumnType } from './table-rows.js';
export type { WorkerPipelineOptions } from './work.js';
export type { ProgressMode } from './progress.js';
export { parseShard, inShard, keyHash, type Shard } from './shard.js';
export { prepareResume, outputKey, type ResumeState } from './resume.js';
export { IdSet } from './id-set.js';
export { defaultWorkers, DEFAULT_WORKER_HEAP_MB } from './pool.js';
