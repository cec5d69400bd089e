import { loadSyntaxModel, parseSentence, splitGermanContractions } from '../src/syntax/index.js';
const de = loadSyntaxModel('de', process.argv[2] === '-' ? undefined : process.argv[2]);
for (const b of [1, 2, 4, 8, 16]) {
  de.model.parser.beam = b;
  const out: string[] = [];
  for (const s of ['Der Kanzler, ein Sozialdemokrat, lobte den Vertrag.', 'Der Kanzler lobte Frankreich und Polen.']) {
    const w = splitGermanContractions(s.replace(/([.,!?])/g, ' $1').split(/\s+/).filter(Boolean)).words;
    const p = parseSentence(de, w);
    out.push(w.map((x, i) => `${x}/${p[i]!.deprel}>${p[i]!.head}`).join(' '));
  }
  console.log(b, out.join('  |  '));
}
