/**
 * Every error and diagnostic code ereignis emits, in one catalogue (searchable, stable).
 * E0xx: misuse (bad options, missing model), thrown as EreignisError.
 * E1xx: bad input that stops one document (per-document error record in batch runs).
 * W0xx: problems found in the text, reported as Document diagnostics.
 */
export const CODES = {
  E001: 'Invalid option',
  E002: 'Model file missing or unreadable',
  E003: 'Model file failed its checksum or manifest check',
  E004: 'Pipeline stage requirements not met',
  E005: 'Unknown language requested',
  E101: 'Input is not text (binary data)',
  E102: 'Input is not valid UTF-8',
  E103: 'Input is larger than maxLength',
  E104: 'Input file could not be read',
  E105: 'JSONL line is not valid JSON or has no "text" string',
  E106: 'Input is not a string',
  E107: 'Token file line lacks a required column (the token column; the 10 columns of CoNLL-U)',
  E108: 'Duplicate document id in a batch run (the later record is not processed)',
  E109: 'Internal error while processing this document (a bug: please report it with the input)',
  W001: 'Text is empty or whitespace only',
  W002: 'Language could not be determined (text too short or too mixed)',
  W003: 'Language has no dedicated pipeline; entities and events use the language-independent resources only',
  W004: 'Text contains control characters or replacement characters (U+FFFD)',
  W005: 'Part of the text is not main story content (related-story teaser or site boilerplate)',
  W006: 'Text is long; a slow finder (compromise) ran on a bounded part of it',
  W007: 'The language has no syntax model; its tokens carry offsets only',
  W008: 'Very long sentences were parsed in pieces',
  W009: 'No syntax model in the model folder; event arguments come from word order and cue words only',
  W010: 'The reference date (option date, a JSONL record\'s "date") is not an ISO 8601 date; relative dates stay unresolved',
  W011: "Text looks like HTML markup; pass format 'html' (CLI --html) to read the article text",
  W012: 'No article found in the HTML; the text is the page body without script, style, navigation, header, footer and aside',
  W013: 'Text extracted from HTML (info: its length and title); all offsets refer to the extracted text',
  W014: 'HTML bytes decoded in a charset other than UTF-8 (the one declared, or windows-1252 for undeclared bytes that are not UTF-8)',
} as const;

export type ErrorCode = keyof typeof CODES;

export class EreignisError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail: string) {
    super(`[${code}] ${CODES[code]}: ${detail}`);
    this.name = 'EreignisError';
    this.code = code;
  }
}

export function isEreignisError(e: unknown): e is EreignisError {
  return e instanceof EreignisError;
}
