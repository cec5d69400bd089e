/**
 * Read-only string tables over the model header's `key\tvalue` lines, without one string per entry: an open-addressing
 * hash index of line offsets is built in one pass over the text (load time), and a value string is made only on a hit.
 * Used for the lemma table and the word classes (tens of thousands of lines), where building a Map dominated load time.
 */

export interface StringLookup<V> {
  get(key: string): V | undefined;
  readonly size: number;
  entries(): IterableIterator<[string, V]>;
}

function fnv(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class LineTable<V> implements StringLookup<V> {
  readonly size: number;
  private readonly keyStart: Int32Array;
  private readonly keyEnd: Int32Array;
  private readonly lineEnd: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** text: lines `key\tvalue` (the key is everything before the last tab); parse turns a value string into V */
  constructor(private readonly text: string, private readonly parse: (v: string) => V) {
    let lines = 0;
    if (text.length) { lines = 1; for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++; }
    this.size = lines;
    this.keyStart = new Int32Array(lines); this.keyEnd = new Int32Array(lines); this.lineEnd = new Int32Array(lines);
    let cap = 16;
    while (cap < lines * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap).fill(-1);
    let start = 0;
    for (let k = 0; k < lines; k++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.lastIndexOf('\t', end - 1);
      const ke = tab >= start ? tab : end;
      this.keyStart[k] = start; this.keyEnd[k] = ke; this.lineEnd[k] = end;
      let s = fnv(text, start, ke) & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = k;
      start = end + 1;
    }
  }

  private find(key: string): number {
    const t = this.text;
    let s = fnv(key, 0, key.length) & this.mask;
    for (;;) {
      const k = this.slots[s]!;
      if (k < 0) return -1;
      const a = this.keyStart[k]!;
      if (this.keyEnd[k]! - a === key.length) {
        let i = 0;
        while (i < key.length && t.charCodeAt(a + i) === key.charCodeAt(i)) i++;
        if (i === key.length) return k;
      }
      s = (s + 1) & this.mask;
    }
  }

  get(key: string): V | undefined {
    const k = this.find(key);
    if (k < 0) return undefined;
    const ke = this.keyEnd[k]!, le = this.lineEnd[k]!;
    return this.parse(ke < le ? this.text.slice(ke + 1, le) : '');
  }

  *entries(): IterableIterator<[string, V]> {
    for (let k = 0; k < this.size; k++) {
      const ke = this.keyEnd[k]!, le = this.lineEnd[k]!;
      yield [this.text.slice(this.keyStart[k]!, ke), this.parse(ke < le ? this.text.slice(ke + 1, le) : '')];
    }
  }
}
