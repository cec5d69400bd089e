/**
 * Every relative link in README.md and docs/**\/*.md points at a file that exists, and, because those pages ship in
 * the npm package (package.json "files"), at a file the package contains: a link to src/ or scripts/ reads fine on
 * GitHub but is dead in node_modules/ereignis. Links into other Markdown files may name a heading (#anchor); that
 * heading must exist too.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from './helpers/corpus.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
/** npm packs these whatever "files" says. */
const ALWAYS_PACKED = ['package.json', 'README.md', 'LICENSE'];
const PACKED = [...pkg.files, ...ALWAYS_PACKED];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(path);
    return e.name.endsWith('.md') ? [path] : [];
  });
}

const toPosix = (path: string) => path.split(sep).join('/');
const isPacked = (rel: string) => PACKED.some((entry) => rel === entry || rel.startsWith(`${entry}/`));

/** Code blocks and code spans are text, not links: blank them out (keeping line breaks for the messages). */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)[^`\n]+?\1/g, (span) => ' '.repeat(span.length));
}

interface Link { target: string; line: number }

function linksIn(markdown: string): Link[] {
  const text = withoutCode(markdown);
  const links: Link[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(/\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: m[1]!, line: lineOf(m.index) });
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) links.push({ target: m[1]!, line: lineOf(m.index) });
  return links;
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '');
    const base = plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
}

/** What is wrong with one link, or undefined when it is fine. */
function problem(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto:
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const path = decodeURIComponent(pathPart.split('?')[0]!);
  if (path.startsWith('/')) return 'absolute path: write it relative to this file';
  const abs = path === '' ? file : resolve(dirname(file), path);
  const rel = toPosix(relative(ROOT, abs));
  if (rel.startsWith('..')) return `points outside the repository (${rel})`;
  if (!existsSync(abs)) return `${rel} does not exist`;
  if (!isPacked(rel)) return `${rel} is not in the npm package: link to the repository or rephrase`;
  if (anchor && abs.endsWith('.md') && statSync(abs).isFile() && !headingIds(readFileSync(abs, 'utf8')).has(anchor.toLowerCase())) {
    return `${rel} has no heading #${anchor}`;
  }
  return undefined;
}

function brokenLinks(file: string): string[] {
  return linksIn(readFileSync(file, 'utf8')).flatMap(({ target, line }) => {
    const why = problem(file, target);
    return why ? [`${toPosix(relative(ROOT, file))}:${line}: (${target}) ${why}`] : [];
  });
}

function report(broken: string[]): void {
  if (broken.length) assert.fail(`${broken.length} broken link(s) (package "files": ${pkg.files.join(', ')}):\n  ${broken.join('\n  ')}`);
}

describe('links in the shipped Markdown', () => {
  const docs = join(ROOT, 'docs');
  const api = join(docs, 'api');
  const written = [join(ROOT, 'README.md'), ...markdownFiles(docs).filter((f) => !f.startsWith(api + sep))].sort();

  it('README.md and docs/ are in the package, so their links are checked against it', () => {
    assert.ok(isPacked('README.md') && isPacked('docs/models.md'));
    assert.ok(!isPacked('src/index.ts') && !isPacked('scripts/train-de.ts') && !isPacked('bench/ner.ts'));
  });

  it('the link finder sees inline and reference links, and not those in code', () => {
    const md = 'a [x](one.md#h) b\n`[no](two.md)`\n```\n[no](three.md)\n```\n[ref]: four.md\n';
    assert.deepEqual(linksIn(md).map((l) => l.target), ['one.md#h', 'four.md']);
    assert.ok(headingIds('## Licence and attribution\n## Files (`models/`)\n').has('files-models'));
  });

  for (const file of written) {
    it(`${toPosix(relative(ROOT, file))}: every relative link resolves to a packed file`, () => {
      report(brokenLinks(file));
    });
  }

  it('docs/api (generated by npm run docs:api): every relative link resolves to a packed file', () => {
    assert.ok(existsSync(join(api, 'README.md')), 'docs/api/README.md missing: run npm run docs:api');
    report(markdownFiles(api).flatMap(brokenLinks));
  });
});
