/** Readers for token-per-line NER corpora (CoNLL, GermEval/UNER layouts) into sentences of words + IOB2 tags. */
import { EreignisError } from '../errors.js';
import { iob1ToIob2, repairIob2 } from './labels.js';

export interface Sentence { words: string[]; tags: string[] }
export type GoldFormat = 'conll' | 'germeval';

const TAG_RE = /^(?:O|[BIE]-.+|[BI]_.+)$/;

/**
 * Token-only reader for `ereignis tag`: one token per line (tab-separated column `column`, 0-based, default the
 * first), `#` lines skipped, blank line between sentences. Returns the words of each sentence; a line without that
 * column is an error (E107), so that no token goes missing silently.
 */
export function readTokenSentences(text: string, column = 0): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let line = 0;
  for (const raw of text.split(/\r?\n/)) {
    line++;
    if (raw.startsWith('#')) continue;
    if (raw.trim() === '') { if (cur.length) out.push(cur); cur = []; continue; }
    if (column === 0) {
      const tab = raw.indexOf('\t');
      cur.push(tab < 0 ? raw.trim() : raw.slice(0, tab));
      continue;
    }
    const cell = raw.split('\t')[column];
    if (cell === undefined || cell === '') throw new EreignisError('E107', `line ${line} has no column ${column + 1}: ${JSON.stringify(raw.slice(0, 60))}`);
    cur.push(cell);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** True when every token line starts with a number column and has more columns: CoNLL-U, GermEval and UNER layouts. */
export function looksIndexed(text: string): boolean {
  let lines = 0;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('#') || raw.trim() === '') continue;
    if (!/^\d+\t[^\t]/.test(raw)) return false;
    if (++lines >= 1000) break;
  }
  return lines > 0;
}

export interface ColumnOptions {
  /** Column of the token (0-based). */
  tokenCol: number;
  /** Column of the tag, or 'last' (last column that looks like a tag). */
  tagCol: number | 'last';
  /** Split on tabs only (default) or on any whitespace. */
  whitespace?: boolean;
  /** Lines for which this returns true are skipped (comments); a skipped `-DOCSTART-`/comment also ends a sentence when `commentBreaks`. */
  isComment?: (line: string) => boolean;
  commentBreaks?: boolean;
}

/** Generic column reader; tags are returned raw (not normalised). */
export function readColumns(text: string, opt: ColumnOptions): Sentence[] {
  const out: Sentence[] = [];
  let words: string[] = [], tags: string[] = [];
  const flush = () => { if (words.length) out.push({ words, tags }); words = []; tags = []; };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') { flush(); continue; }
    if (opt.isComment?.(raw)) { if (opt.commentBreaks) flush(); continue; }
    if (raw.startsWith('-DOCSTART-')) { flush(); continue; }
    const cols = opt.whitespace ? raw.trim().split(/\s+/) : raw.split('\t');
    const word = cols[opt.tokenCol];
    if (word === undefined || word === '') continue;
    let tag: string | undefined;
    if (opt.tagCol === 'last') {
      for (let c = cols.length - 1; c > opt.tokenCol; c--) if (TAG_RE.test(cols[c]!.trim())) { tag = cols[c]!.trim(); break; }
    } else tag = cols[opt.tagCol]?.trim();
    words.push(word);
    tags.push(tag ?? 'O');
  }
  flush();
  return out;
}

/** Map raw tags with `mapType` (raw type -> PER/LOC/ORG/MISC or null = O) and repair to valid IOB2. */
export function normaliseTags(tags: readonly string[], mapType: (type: string) => string | null, iob1 = false): string[] {
  const mapped = tags.map((t) => {
    const m = /^([BIE])[-_](.+)$/.exec(t.trim());
    if (!m) return 'O';
    const type = mapType(m[2]!);
    return type ? `${m[1] === 'E' ? 'I' : m[1]}-${type}` : 'O';
  });
  return iob1 ? iob1ToIob2(mapped) : repairIob2(mapped);
}

/** Default type mapping for evaluation files: PER/LOC/ORG kept, OTH/MISC -> MISC, -deriv/-part and others -> O. */
export function defaultTypeMap(type: string): string | null {
  const t = type.toUpperCase();
  if (t === 'PER' || t === 'LOC' || t === 'ORG') return t;
  if (t === 'MISC' || t === 'OTH') return 'MISC';
  return null;
}

/**
 * Gold reader for `ereignis eval`: `germeval` = index, token, tag columns (GermEval 2014, UNER); `conll` = token
 * in the first column, tag in the last tag-like column (CoNLL-2002/2003, whitespace- or tab-separated).
 * IOB1 input (no B- tags at all, I- tags present) is converted to IOB2.
 */
export function readGold(text: string, format: GoldFormat): Sentence[] {
  const sents = format === 'germeval'
    ? readColumns(text, { tokenCol: 1, tagCol: 2, isComment: (l) => l.startsWith('#') })
    : readColumns(text, { tokenCol: 0, tagCol: 'last', whitespace: !text.includes('\t'), isComment: (l) => /^#\s/.test(l) || l === '#' });
  let sawB = false, sawI = false;
  for (const s of sents) for (const t of s.tags) { if (t.startsWith('B-')) sawB = true; else if (t.startsWith('I-')) sawI = true; }
  const iob1 = sawI && !sawB;
  return sents.map((s) => ({ words: s.words, tags: normaliseTags(s.tags, defaultTypeMap, iob1) }));
}
