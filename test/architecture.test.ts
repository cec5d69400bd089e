/**
 * The house rules of src/ (docs/architecture.md): rooms import only from rooms below them, no import circles,
 * no language-code comparisons outside the language seam (src/lang/), and no file over 400 lines unless its top
 * comment says why.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Each room's floor: a room may import only from rooms on a lower floor. */
export const FLOORS: Readonly<Record<string, number>> = {
  errors: 0,
  version: 0,
  schema: 1,
  resources: 1,
  doc: 2,
  lang: 3,
  segment: 4,
  syntax: 5,
  ner: 6,
  entities: 7,
  values: 8,
  events: 9,
  pipeline: 10,
  batch: 11,
  queue: 12,
  cli: 13,
  index: 14,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const roomOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!.replace(/\.ts$/, '');

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2]!;
    out.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return out;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => t.startsWith(SRC))]));

describe('architecture: the house rules of src/', () => {
  it('every room has a floor', () => {
    const unknown = [...new Set(files.map(roomOf))].filter((r) => FLOORS[r] === undefined);
    assert.deepEqual(unknown, [], 'add new rooms to FLOORS in test/architecture.test.ts and to docs/architecture.md');
  });

  it('rooms import only from rooms below them', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        const a = roomOf(from);
        const b = roomOf(to);
        if (a !== b && !(FLOORS[b]! < FLOORS[a]!)) upward.push(`${relative(SRC, from)} -> ${relative(SRC, to)}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('no import circles', () => {
    const state = new Map<string, 1 | 2>();
    const circles: string[] = [];
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 1);
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 1) circles.push(stack.slice(stack.indexOf(t)).concat(t).map((x) => relative(SRC, x)).join(' -> '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of files) if (!state.has(f)) visit(f);
    assert.deepEqual(circles, []);
  });

  it('imports resolve to files that exist', () => {
    const missing = [...graph].flatMap(([from, ts]) => ts.filter((t) => !files.includes(t)).map((t) => `${relative(SRC, from)} -> ${relative(SRC, t)}`));
    assert.deepEqual(missing, []);
  });

  it('no language-code comparison outside src/lang/', () => {
    const re = /[!=]==\s*'(de|en)'|'(de|en)'\s*[!=]==/;
    const found = files
      .filter((f) => roomOf(f) !== 'lang')
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => (re.test(line) ? `${relative(SRC, f)}:${i + 1}: ${line.trim()}` : '')))
      .filter(Boolean);
    assert.deepEqual(found, []);
  });

  it('a file over 400 lines says why at its top', () => {
    const long = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text.split('\n').length > 400 && !/Why this file is long:|Over 400 lines:/.test(text.split('\n').slice(0, 30).join('\n'));
    });
    assert.deepEqual(long.map((f) => relative(SRC, f)), []);
  });
});
