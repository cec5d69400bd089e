/** The command-line flags that set pipeline options, shared by `extract` and `worker`, and their reading. */
import { EreignisError } from '../errors.js';
import type { PipelineOptions } from '../pipeline/pipeline.js';

export const PIPELINE_FLAGS = {
  lang: { type: 'string' },
  offsets: { type: 'string' },
  'include-text': { type: 'boolean' },
  'no-ner': { type: 'boolean' },
  tokens: { type: 'boolean' },
  'all-factualities': { type: 'boolean' },
  'max-length': { type: 'string' },
  html: { type: 'boolean' },
  compromise: { type: 'boolean' },
  'no-compromise': { type: 'boolean' },
  'no-event-parse': { type: 'boolean' },
} as const;

export interface PipelineFlagValues {
  lang?: string;
  offsets?: string;
  'include-text'?: boolean;
  'no-ner'?: boolean;
  tokens?: boolean;
  'all-factualities'?: boolean;
  'max-length'?: string;
  html?: boolean;
  compromise?: boolean;
  'no-compromise'?: boolean;
  'no-event-parse'?: boolean;
}

/** The options the flags ask for (createPipeline checks their values); contradicting flags throw E001. */
export function pipelineOptionsFrom(v: PipelineFlagValues): PipelineOptions {
  const options: PipelineOptions = {};
  if (v.lang !== undefined) options.language = v.lang;
  if (v.offsets !== undefined) options.offsets = v.offsets as PipelineOptions['offsets'];
  if (v['include-text']) options.includeText = true;
  if (v['no-ner']) options.ner = false;
  if (v.tokens) options.syntax = true;
  if (v['all-factualities']) options.allFactualities = true;
  if (v['max-length'] !== undefined) options.maxLength = Number(v['max-length']);
  if (v.html) options.format = 'html';
  if (v.compromise && v['no-compromise']) throw new EreignisError('E001', '--compromise and --no-compromise contradict each other');
  if (v.compromise) options.compromise = true;
  // The default since 2026-12-06; kept so that scripts written before still run.
  if (v['no-compromise']) options.compromise = false;
  if (v['no-event-parse']) options.eventParse = false;
  return options;
}
