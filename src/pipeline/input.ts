/** Turning raw input (string or bytes) into text, with coded errors for what cannot be text. */
import { EreignisError, isEreignisError } from '../errors.js';
import type { Diagnostic } from '../schema/document.js';

export type Input = string | Uint8Array;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder('latin1');
const windows1252 = new TextDecoder('windows-1252');

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

/** The charset an HTML page declares in its first 1,024 bytes (`<meta charset>` or the http-equiv form), as the HTML
 * standard's prescan finds it; bytes are read as Latin-1 so that any encoding's ASCII markup is visible. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = latin1.decode(bytes.subarray(0, 1024));
  for (const meta of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(meta);
    if (m) return m[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * HTML bytes as text, in the page's own charset (option format 'html'): a byte-order mark, else the charset the page
 * declares, else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for an undeclared
 * Western page). W014 says which charset was used when it was not UTF-8. Errors as decodeInput (a page that declares
 * UTF-8 but is not stays E102), and E102 for a declared charset this Node.js cannot decode.
 */
export function decodeHtmlInput(input: Input): { html: string; diagnostics: Diagnostic[] } {
  if (!(input instanceof Uint8Array)) return { html: decodeInput(input), diagnostics: [] };
  const bom = input[0] === 0xfe && input[1] === 0xff ? 'utf-16be' : input[0] === 0xff && input[1] === 0xfe ? 'utf-16le' : undefined;
  if (bom) return { html: new TextDecoder(bom).decode(input), diagnostics: [charsetNote(bom, 'byte-order mark')] };
  const utf8Bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const declared = utf8Bom ? undefined : declaredHtmlCharset(input);
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  if (declared !== undefined) {
    try {
      decoder = new TextDecoder(declared);
    } catch {
      throw new EreignisError('E102', `the page declares charset "${declared}", which this Node.js cannot decode; re-encode it as UTF-8`);
    }
  }
  if (decoder === undefined || decoder.encoding === 'utf-8') {
    try {
      return { html: decodeInput(input), diagnostics: [] };
    } catch (err) {
      // Only bytes that declare nothing fall back; binary input and a false UTF-8 declaration keep their error.
      if (decoder || utf8Bom || !(isEreignisError(err) && err.code === 'E102')) throw err;
    }
    return { html: windows1252.decode(input), diagnostics: [charsetNote('windows-1252', 'no declared charset, and the bytes are not valid UTF-8', 'warning')] };
  }
  if (looksBinary(input) && !decoder.encoding.startsWith('utf-16')) throw new EreignisError('E101', 'the input contains NUL or many control bytes; pass text');
  return { html: decoder.decode(input), diagnostics: [charsetNote(decoder.encoding, `declared as "${declared}"`)] };
}

function charsetNote(encoding: string, why: string, severity: 'info' | 'warning' = 'info'): Diagnostic {
  return { code: 'W014', severity, message: `The HTML was decoded as ${encoding} (${why}).` };
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
