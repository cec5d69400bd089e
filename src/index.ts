/**
 * ereignis: language, named entities and events from German and English news text.
 *
 * ```ts
 * import { extract } from 'ereignis';
 * const doc = extract('Der südkoreanische Präsident Yoon Suk-yeol traf NATO-Generalsekretär Jens Stoltenberg in Vilnius.');
 * ```
 *
 * @module ereignis
 */
export { extract, createPipeline, Pipeline, checkStageOrder } from './pipeline/pipeline.js';
export type { PipelineOptions, ExtractOptions, SafeResult, ManyInput } from './pipeline/pipeline.js';
export type { Stage, Layer, WorkingDoc, Token, TokenSyntax, RawMention, MentionSource, TimeExpression } from './doc/types.js';
export type { LanguageProfile, PipelineCode, SyntaxProfile } from './doc/language-profile.js';
export { languageStage, segmentStage, syntaxStage, entityStage, clusterStage, eventStage, valueStage, defaultStages, type StageOptions } from './pipeline/stages.js';
export type { LanguageStageOptions } from './lang/stage.js';
export type { EventStageOptions } from './events/index.js';
export type { SyntaxStageOptions, ParserProvider, WordParser, WordAnalysis } from './syntax/index.js';
export { parserProvider } from './syntax/index.js';
export { EntityResources, type EntityResourceOptions } from './entities/index.js';
export type { Input } from './pipeline/input.js';
export type { OffsetUnit } from './pipeline/emit.js';
export { EreignisError, isEreignisError, CODES, type ErrorCode } from './errors.js';
export { validateDocument, checkSpans } from './schema/validate.js';
export { toCodePointOffsets } from './pipeline/emit.js';
export { SCHEMA_VERSION } from './schema/document.js';
export type * from './schema/document.js';
export { VERSION } from './version.js';
