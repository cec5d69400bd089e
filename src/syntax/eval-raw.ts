/**
 * Parse evaluation from raw text, as the CoNLL 2018 shared task scored it: the system segments and tokenises the
 * text itself, gold and system words are aligned by character spans, and every score is an F1 over aligned words
 * (tokens, sentences and words as well, so tokenisation errors count). This is what the published reference
 * points (UDPipe 1.2, the best 2018 systems) were measured with; `evaluateParse` (gold words given) is not.
 *
 * Alignment: tokens (a word, or a multi-word token such as "zum") align when their character spans are equal. Where
 * spans disagree or a multi-word token is involved, the words of each maximal region of overlapping tokens are
 * aligned by the longest common subsequence of their lower-cased forms (the 2018 scorer's rule for multi-word
 * regions); elsewhere only words of equal-span tokens align.
 */

/** One syntactic word with the character span of the token it belongs to (a multi-word token's span for each part). */
export interface SpanWord {
  form: string;
  upos: string;
  lemma: string;
  /** index of the head word in the same list, -1 for the root */
  head: number;
  deprel: string;
  /** span of the surface token (UTF-16 offsets into the raw text) */
  start: number;
  end: number;
  /** index of the surface token: words of one multi-word token share it */
  token: number;
  sentence: number;
}

export interface F1 { gold: number; system: number; correct: number; p: number; r: number; f1: number }

export interface RawParseScores {
  tokens: F1;
  sentences: F1;
  words: F1;
  upos: F1;
  lemma: F1;
  uas: F1;
  /** labelled attachment, universal part of the relation only (CoNLL 2018) */
  las: F1;
}

const round2 = (x: number) => Math.round(x * 1e4) / 100;
function f1(gold: number, system: number, correct: number): F1 {
  const p = system ? correct / system : 0, r = gold ? correct / gold : 0;
  return { gold, system, correct, p: round2(p), r: round2(r), f1: round2(p + r ? (2 * p * r) / (p + r) : 0) };
}

const universal = (r: string) => r.split(':')[0]!;

/** Longest common subsequence of two string lists: matched index pairs, in order (ties: earliest pairs). */
function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length, m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) { out.push([i, j]); i++; j++; } else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++; else j++;
  }
  return out;
}

interface Token { start: number; end: number; words: number[] }

function tokensOf(words: readonly SpanWord[]): Token[] {
  const out: Token[] = [];
  words.forEach((w, i) => {
    const last = out[out.length - 1];
    if (last && i > 0 && words[i - 1]!.token === w.token) last.words.push(i);
    else out.push({ start: w.start, end: w.end, words: [i] });
  });
  return out;
}

/** Gold word index -> aligned system word index (-1 when unaligned). Both lists must be in text order. */
export function alignWords(gold: readonly SpanWord[], system: readonly SpanWord[]): Int32Array {
  const map = new Int32Array(gold.length).fill(-1);
  const gt = tokensOf(gold), st = tokensOf(system);
  let i = 0, j = 0;
  while (i < gt.length && j < st.length) {
    const g = gt[i]!, s = st[j]!;
    if (g.end <= s.start) { i++; continue; }
    if (s.end <= g.start) { j++; continue; }
    // a region of overlapping tokens: grow it until both sides end at the same offset
    let gi = i + 1, sj = j + 1, end = Math.max(g.end, s.end);
    for (;;) {
      if (gi < gt.length && gt[gi]!.start < end) { end = Math.max(end, gt[gi]!.end); gi++; continue; }
      if (sj < st.length && st[sj]!.start < end) { end = Math.max(end, st[sj]!.end); sj++; continue; }
      break;
    }
    const gws = gt.slice(i, gi).flatMap((t) => t.words), sws = st.slice(j, sj).flatMap((t) => t.words);
    const multi = gt.slice(i, gi).some((t) => t.words.length > 1) || st.slice(j, sj).some((t) => t.words.length > 1);
    if (gi - i === 1 && sj - j === 1 && !multi && g.start === s.start && g.end === s.end) map[gws[0]!] = sws[0]!;
    else if (multi) {
      for (const [a, b] of lcsPairs(gws.map((k) => gold[k]!.form.toLowerCase()), sws.map((k) => system[k]!.form.toLowerCase()))) map[gws[a]!] = sws[b]!;
    } else {
      // no multi-word token: only tokens with identical spans inside the region align
      for (const gtok of gt.slice(i, gi)) for (const stok of st.slice(j, sj)) if (gtok.start === stok.start && gtok.end === stok.end) map[gtok.words[0]!] = stok.words[0]!;
    }
    i = gi; j = sj;
  }
  return map;
}

function sentenceSpans(words: readonly SpanWord[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let k = i;
    while (k + 1 < words.length && words[k + 1]!.sentence === words[i]!.sentence) k++;
    out.push(`${words[i]!.start}:${words[k]!.end}`);
    i = k + 1;
  }
  return out;
}

/** CoNLL 2018-style scores of `system` against `gold`, both segmented over the same raw text. */
export function evaluateRawParse(gold: readonly SpanWord[], system: readonly SpanWord[]): RawParseScores {
  const map = alignWords(gold, system);
  const gt = tokensOf(gold), st = tokensOf(system);
  const sysTokens = new Set(st.map((t) => `${t.start}:${t.end}`));
  const tokensCorrect = gt.filter((t) => sysTokens.has(`${t.start}:${t.end}`)).length;
  const gs = sentenceSpans(gold), ss = new Set(sentenceSpans(system));
  const sentencesCorrect = gs.filter((s) => ss.has(s)).length;
  let words = 0, upos = 0, lemma = 0, uas = 0, las = 0;
  gold.forEach((g, i) => {
    const k = map[i]!;
    if (k < 0) return;
    const s = system[k]!;
    words++;
    if (g.upos === s.upos) upos++;
    if (g.lemma === s.lemma) lemma++;
    const headOk = g.head < 0 ? s.head < 0 : s.head >= 0 && map[g.head] === s.head;
    if (headOk) {
      uas++;
      if (universal(g.deprel) === universal(s.deprel)) las++;
    }
  });
  const G = gold.length, S = system.length;
  return {
    tokens: f1(gt.length, st.length, tokensCorrect),
    sentences: f1(gs.length, ss.size, sentencesCorrect),
    words: f1(G, S, words),
    upos: f1(G, S, upos),
    lemma: f1(G, S, lemma),
    uas: f1(G, S, uas),
    las: f1(G, S, las),
  };
}

export function formatRawParseScores(s: RawParseScores): string {
  const rows: [string, F1][] = [['tokens', s.tokens], ['sentences', s.sentences], ['words', s.words], ['UPOS', s.upos], ['lemma', s.lemma], ['UAS', s.uas], ['LAS', s.las]];
  return ['metric        gold  system  correct      P      R     F1', ...rows.map(([n, x]) => `${n.padEnd(10)} ${String(x.gold).padStart(7)} ${String(x.system).padStart(7)} ${String(x.correct).padStart(8)} ${x.p.toFixed(2).padStart(6)} ${x.r.toFixed(2).padStart(6)} ${x.f1.toFixed(2).padStart(6)}`)].join('\n');
}

/** Minimal CoNLL-U sentence shape read here (structurally a ConlluSentence). */
interface GoldSentence {
  comments: readonly string[];
  words: readonly { id: number; form: string; upos: string; lemma: string; head: number; deprel: string }[];
  multiwords: readonly { first: number; last: number; form: string }[];
}

/**
 * The raw text of a gold treebank (its `# text` lines: a blank line before `# newpar` / `# newdoc`, a space
 * otherwise) and its words with character spans. A token whose form is not where the text says is searched
 * forward; one never found gets an empty span (it cannot align).
 */
export function goldFromConllu(sents: readonly GoldSentence[]): { text: string; words: SpanWord[] } {
  let text = '';
  const words: SpanWord[] = [];
  let token = 0;
  sents.forEach((s, si) => {
    const own = s.comments.find((c) => c.startsWith('text = '))?.slice(7) ?? s.words.map((w) => w.form).join(' ');
    const para = s.comments.some((c) => c.startsWith('newpar') || c.startsWith('newdoc'));
    if (si > 0) text += para ? '\n\n' : ' ';
    const base = text.length;
    text += own;
    let at = 0;
    const offset = words.length;
    const place = (form: string): [number, number] => {
      while (at < own.length && /\s/.test(own[at]!)) at++;
      let k = own.startsWith(form, at) ? at : own.indexOf(form, at);
      if (k < 0) return [base + at, base + at];
      at = k + form.length;
      return [base + k, base + at];
    };
    for (let i = 0; i < s.words.length; ) {
      const w = s.words[i]!;
      const mwt = s.multiwords.find((m) => m.first === w.id);
      const parts = mwt ? s.words.slice(i, i + (mwt.last - mwt.first + 1)) : [w];
      const [start, end] = place(mwt ? mwt.form : w.form);
      for (const p of parts) words.push({ form: p.form, upos: p.upos, lemma: p.lemma, head: p.head > 0 ? offset + p.head - 1 : -1, deprel: p.deprel, start, end, token, sentence: si });
      token++;
      i += parts.length;
    }
  });
  return { text, words };
}
