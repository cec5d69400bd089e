/**
 * The unlabeled German text of ../shared/data/bundestag-speeches-de, one speech per line, split into sentences of
 * GermEval-style tokens with their offsets in the line. Build scripts read it to learn features (word lexicon, self-training);
 * it is never shipped as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const SPEECH_FILES = ['wp19.txt.gz', 'wp20.txt.gz'] as const;

/** The speeches of one file, one per line (the file is read whole: about 90 MB of text each). */
export function* speechLines(dataRoot: string, file: (typeof SPEECH_FILES)[number]): Generator<string> {
  const text = gunzipSync(readFileSync(join(dataRoot, 'bundestag-speeches-de', file))).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield text.slice(start, end);
    start = end + 1;
  }
}

export interface SpeechToken { text: string; start: number; end: number }

// Words with inner hyphens and apostrophes stay one token ("EU-Beamter"), as in GermEval; a final period is its own
// token unless the word is a known abbreviation.
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const ABBREVIATIONS = new Set(['z.B.', 'u.a.', 'd.h.', 'bzw.', 'ca.', 'Dr.', 'Prof.', 'Nr.', 'usw.', 'vgl.', 'etc.', 'Abs.', 'Art.', 'Mio.', 'Mrd.', 'S.', 'St.', 'Jh.', 'evtl.', 'ggf.', 'inkl.', 'sog.', 'z.', 'u.', 'Hr.', 'Fr.']);
const MAX_SENTENCE_TOKENS = 120;

/** Sentences of one line, split at . ! ? (and every 120 tokens); offsets index `line`. Soft hyphens are removed first. */
export function speechSentences(line: string): SpeechToken[][] {
  // offsets in the text without soft hyphens -> offsets in `line` (only built when the line has any)
  let at: ((k: number) => number) | undefined;
  let text = line;
  if (line.includes('\u00ad')) {
    const map: number[] = [];
    for (let k = 0; k < line.length; k++) if (line[k] !== '\u00ad') map.push(k);
    map.push(line.length);
    text = line.replace(/\u00ad/g, '');
    at = (k) => map[k]!;
  }
  const out: SpeechToken[][] = [];
  let cur: SpeechToken[] = [];
  const push = (t: string, s: number, e: number) => cur.push({ text: t, start: at ? at(s) : s, end: at ? at(e - 1) + 1 : e });
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    const start = m.index, end = start + t.length;
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATIONS.has(t)) {
      push(t.slice(0, -1), start, end - 1);
      push('.', end - 1, end);
      t = '.';
    } else push(t, start, end);
    if ((t === '.' || t === '!' || t === '?') && cur.length > 1) { out.push(cur); cur = []; }
    if (cur.length >= MAX_SENTENCE_TOKENS) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}
