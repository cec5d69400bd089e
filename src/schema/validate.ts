/** ajv validators compiled once from the TypeBox schema. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { DocumentSchema, ErrorRecordSchema, type Document, type ErrorRecord } from './document.js';

let compiled: { doc: ValidateFunction<Document>; err: ValidateFunction<ErrorRecord> } | undefined;

function validators() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    compiled = { doc: ajv.compile<Document>(DocumentSchema), err: ajv.compile<ErrorRecord>(ErrorRecordSchema) };
  }
  return compiled;
}

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Schema check plus the span invariant: every span's text equals the input's slice (needs the text). */
export function validateDocument(doc: unknown, text?: string): ValidationResult {
  const v = validators().doc;
  if (!v(doc)) return { valid: false, errors: describe(v.errors) };
  const errors = text === undefined ? [] : checkSpans(doc, text);
  return { valid: errors.length === 0, errors };
}

export function validateErrorRecord(rec: unknown): ValidationResult {
  const v = validators().err;
  const valid = v(rec);
  return { valid, errors: valid ? [] : describe(v.errors) };
}

/** Every span-shaped object (start, end, text) must equal the slice of the input in the Document's offset unit. */
export function checkSpans(doc: Document, text: string): string[] {
  const slice =
    doc.offsetUnit === 'utf16'
      ? (s: number, e: number) => text.slice(s, e)
      : (() => {
          const cps = Array.from(text);
          return (s: number, e: number) => cps.slice(s, e).join('');
        })();
  const errors: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => visit(x, `${path}/${i}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (o.start > o.end) errors.push(`${path}: start ${o.start} > end ${o.end}`);
      if (o.end > doc.textLength) errors.push(`${path}: end ${o.end} beyond textLength ${doc.textLength}`);
      if (typeof o.text === 'string' && slice(o.start, o.end) !== o.text) {
        errors.push(`${path}: text ${JSON.stringify(o.text)} != slice ${JSON.stringify(slice(o.start, o.end))}`);
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text' && typeof v === 'object') visit(v, `${path}/${k}`);
  };
  visit(doc, '');
  return errors;
}
