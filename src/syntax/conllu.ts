/**
 * CoNLL-U reader and writer (https://universaldependencies.org/format.html).
 * A sentence keeps its comment lines in order (`# sent_id`, `# text`, any others), its syntactic words (integer IDs)
 * and its multi-word tokens (range IDs such as `19-20 im`). Empty nodes (decimal IDs such as `8.1`, enhanced
 * graphs only) are skipped: the basic tree does not contain them.
 */

export interface ConlluWord {
  /** 1-based position among the sentence's syntactic words. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** `_` or `Key=Value|Key=Value`, as in the file. */
  feats: string;
  /** 0 = root; -1 when the file has `_`. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multi-word token: surface form spanning syntactic words first..last (`19-20	im` covers `in` + `dem`). */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading `# ` (e.g. `sent_id = test-s1`, `text = Der Hauptgang …`). */
  comments: string[];
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
}

/** The value of a `# key = value` comment, if present. */
export function comment(s: ConlluSentence, key: string): string | undefined {
  const prefix = `${key} = `;
  for (const c of s.comments) if (c.startsWith(prefix)) return c.slice(prefix.length);
  for (const c of s.comments) if (c === key || c === `${key} =`) return '';
  return undefined;
}

const dash = (x: string) => (x === '' ? '_' : x);

/** Parse CoNLL-U text into sentences. Throws an Error naming the line when a token line does not have 10 columns. */
export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], words: [], multiwords: [] };
  const flush = () => {
    if (cur.words.length > 0 || cur.comments.length > 0) out.push(cur);
    cur = { comments: [], words: [], multiwords: [] };
  };
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    let line = lines[ln]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') { flush(); continue; }
    if (line.startsWith('#')) {
      if (cur.words.length > 0) flush();
      cur.comments.push(line.replace(/^# ?/, ''));
      continue;
    }
    const c = line.split('\t');
    if (c.length !== 10) throw new Error(`CoNLL-U line ${ln + 1}: expected 10 tab-separated columns, found ${c.length}`);
    const id = c[0]!;
    if (id.includes('.')) continue; // empty node
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      cur.multiwords.push({ first: Number(range[1]), last: Number(range[2]), form: c[1]!, misc: c[9]! });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new Error(`CoNLL-U line ${ln + 1}: bad ID ${id}`);
    cur.words.push({
      id: Number(id), form: c[1]!, lemma: c[2]!, upos: c[3]!, xpos: c[4]!, feats: c[5]!,
      head: c[6] === '_' ? -1 : Number(c[6]), deprel: c[7]!, deps: c[8]!, misc: c[9]!,
    });
  }
  flush();
  return out;
}

/** Serialise sentences as CoNLL-U (comments, then multi-word token lines before their first word, blank line after each). */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(`# ${c}`);
    const mw = [...s.multiwords].sort((a, b) => a.first - b.first);
    let m = 0;
    for (const w of s.words) {
      while (m < mw.length && mw[m]!.first <= w.id) {
        const t = mw[m++]!;
        parts.push(`${t.first}-${t.last}\t${t.form}\t_\t_\t_\t_\t_\t_\t_\t${dash(t.misc)}`);
      }
      parts.push([w.id, w.form, dash(w.lemma), dash(w.upos), dash(w.xpos), dash(w.feats), w.head < 0 ? '_' : w.head, dash(w.deprel), dash(w.deps), dash(w.misc)].join('\t'));
    }
    parts.push('');
  }
  return parts.length ? parts.join('\n') + '\n' : '';
}
