// temporary: tag+parse words per CPU-second of a model dir at several beam widths (dev sets' words only)
import { readFileSync } from 'node:fs';
import { readConllu } from '../src/syntax/conllu.js';
import { loadSyntaxModel, parseSentence } from '../src/syntax/index.js';
const [lang, dir, widths] = process.argv.slice(2) as ['de' | 'en', string, string];
const file = lang === 'en' ? '/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu' : '/work/shared/data/ud-german/de_gsd-ud-dev.conllu';
const words = readConllu(readFileSync(file, 'utf8')).map((s) => s.words.map((w) => w.form));
const n = words.reduce((a, w) => a + w.length, 0);
const m = loadSyntaxModel(lang, dir === '-' ? undefined : dir);
for (const w of words) parseSentence(m, w);
const res: string[] = [];
for (const b of widths.split(',').map(Number)) {
  m.model.parser.beam = b;
  const r: number[] = [];
  for (let k = 0; k < 3; k++) { const c = process.cpuUsage(); for (const w of words) parseSentence(m, w); const u = process.cpuUsage(c); r.push(n / ((u.user + u.system) / 1e6)); }
  res.push(`beam ${b}: ${r.map((x) => Math.round(x / 100) / 10).join(' / ')}k`);
}
console.log(`${lang} ${dir}: ${res.join('; ')}`);
