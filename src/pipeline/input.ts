/** Turning raw input (string or bytes) into text, with coded errors for what cannot be text. */
import { EreignisError } from '../errors.js';
import type { Diagnostic } from '../schema/document.js';

export type Input = string | Uint8Array;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes that are not text: NUL bytes, or many C0 control characters other than tab/newline/CR/FF. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Decode bytes as UTF-8 (BOM stripped); E101 for binary data, E102 for invalid UTF-8. */
export function decodeInput(input: Input): string {
  if (typeof input === 'string') return input;
  if (!(input instanceof Uint8Array)) {
    throw new EreignisError('E106', `expected a string or Uint8Array, got ${input === null ? 'null' : typeof input}`);
  }
  if (looksBinary(input)) throw new EreignisError('E101', 'the input contains NUL or many control bytes; pass text');
  try {
    return utf8.decode(input);
  } catch {
    throw new EreignisError('E102', 'decode the input to a string first, or re-encode it as UTF-8');
  }
}

const CONTROL_RE = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/;

/** Problems in a string that still let us process it. */
export function inspectText(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (text.trim() === '') {
    out.push({ code: 'W001', severity: 'warning', message: 'Text is empty or whitespace only: nothing to extract.' });
  }
  const m = CONTROL_RE.exec(text);
  if (m) {
    out.push({
      code: 'W004',
      severity: 'warning',
      message: `Text contains control or replacement characters (first at offset ${m.index}); it may be mis-decoded or binary.`,
      start: m.index,
      end: m.index + 1,
    });
  }
  return out;
}
