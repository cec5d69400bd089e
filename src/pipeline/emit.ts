/** Building the public Document from a finished WorkingDoc, in the requested offset unit. */
import { SCHEMA_VERSION, type Document, type DocumentToken } from '../schema/document.js';
import type { WorkingDoc } from '../doc/types.js';
import { VERSION } from '../version.js';

export type OffsetUnit = 'utf16' | 'codepoint';

export function toDocument(doc: WorkingDoc, opts: { offsets: OffsetUnit; includeText: boolean; metadata?: Record<string, unknown> }): Document {
  const out: Document = {
    schemaVersion: SCHEMA_VERSION,
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    offsetUnit: 'utf16',
    ...(opts.includeText ? { text: doc.text } : {}),
    textLength: doc.text.length,
    ...(opts.metadata !== undefined ? { metadata: opts.metadata } : {}),
    language: doc.language ?? { code: 'und', iso639_3: 'und', confidence: 0, method: 'none' },
    sections: doc.sections ?? [],
    sentences: doc.sentences ?? [],
    entities: doc.entities ?? [],
    events: doc.events ?? [],
    values: doc.values ?? [],
    diagnostics: doc.diagnostics,
    generator: { name: 'ereignis', version: VERSION },
  };
  // A deep copy keeps the WorkingDoc untouched and the output free of shared references. Tokens are new objects
  // already (and the largest part of a Document that has them): they join after the copy, before diagnostics.
  let copy = structuredClone(out);
  if (doc.syntax) {
    const { diagnostics, generator, ...rest } = copy;
    copy = { ...rest, tokens: documentTokens(doc), diagnostics, generator };
  }
  return opts.offsets === 'codepoint' ? toCodePointOffsets(copy, doc.text) : copy;
}

/** Document.tokens from the tokens and the syntax layer (present only when the syntax stage ran). */
function documentTokens(doc: WorkingDoc): DocumentToken[] {
  const syntax = doc.syntax ?? [];
  return (doc.tokens ?? []).map((t, i) => {
    const a = syntax[i];
    if (!a) return { start: t.start, end: t.end, text: t.text, sentence: t.sentence };
    return {
      start: t.start, end: t.end, text: t.text, sentence: t.sentence,
      upos: a.upos, lemma: a.lemma, ...(a.feats !== '_' ? { feats: a.feats } : {}), head: a.head, deprel: a.deprel,
    };
  });
}

/** Rewrites every start/end in place from UTF-16 code units to Unicode code points (for Python users). */
export function toCodePointOffsets(doc: Document, text: string): Document {
  if (!/[\uD800-\uDBFF]/.test(text)) {
    doc.offsetUnit = 'codepoint';
    return doc; // no astral characters: both units agree
  }
  // cp[i] = number of code points before UTF-16 index i
  const cp = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    cp[i] = n;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp[i + 1] = n;
        i++;
      }
    }
    n++;
  }
  cp[text.length] = n;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      o.start = cp[o.start];
      o.end = cp[o.end];
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text' && typeof v === 'object') visit(v);
  };
  visit(doc.sections);
  visit(doc.sentences);
  visit(doc.entities);
  visit(doc.events);
  visit(doc.values);
  if (doc.tokens) visit(doc.tokens);
  visit(doc.diagnostics);
  doc.offsetUnit = 'codepoint';
  doc.textLength = n;
  return doc;
}
