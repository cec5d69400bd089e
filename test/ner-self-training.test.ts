import assert from 'node:assert/strict';
import { speechSentences } from '../src/ner/train/speeches.js';
import { silverSentences, type Teacher, type TeacherSpan } from '../src/ner/train/self-training.js';
import { englishLineSentences } from '../src/ner/train/english-lexicon.js';

/** A teacher that finds every listed name (type, confidence) wherever it occurs in the line. */
function listTeacher(names: Array<[string, string, number]>): Teacher {
  return (line) => {
    const spans: TeacherSpan[] = [];
    for (const [name, type, confidence] of names) {
      for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length, type, confidence });
    }
    return spans;
  };
}

describe('self-training data (src/ner/train)', () => {
  it('speechSentences splits sentences into GermEval-style tokens whose offsets slice the line', () => {
    const line = 'Herr Dr. Müller sprach mit der EU-Kommission. Sie kam um 10.30 Uhr nach Berlin!';
    const sentences = speechSentences(line);
    assert.deepEqual(sentences.map((s) => s.map((t) => t.text)), [
      ['Herr', 'Dr.', 'Müller', 'sprach', 'mit', 'der', 'EU-Kommission', '.'],
      ['Sie', 'kam', 'um', '10.30', 'Uhr', 'nach', 'Berlin', '!'],
    ]);
    for (const t of sentences.flat()) assert.equal(line.slice(t.start, t.end), t.text);
  });

  it('speechSentences drops soft hyphens inside words and keeps offsets into the original line', () => {
    const line = 'Der Bundes\u00adtag tagte.';
    const [tokens] = speechSentences(line);
    assert.deepEqual(tokens!.map((t) => t.text), ['Der', 'Bundestag', 'tagte', '.']);
    assert.equal(line.slice(tokens![1]!.start, tokens![1]!.end), 'Bundes\u00adtag');
  });

  it('labels tokens inside names, leaves names inside a token O and drops sentences with a name that cuts a token', () => {
    const line = 'Angela Merkel traf Vertreter der EU-Kommission in Paris. Die Kommission unter von der Leyen tagte in Brüssel.';
    const teacher = listTeacher([['Angela Merkel', 'PER', 0.9], ['EU', 'ORG', 0.9], ['Paris', 'LOC', 0.95], ['von der Ley', 'PER', 0.9]]);
    const { sentences, stats } = silverSentences([line], teacher, { emptyShare: 0 });
    assert.equal(sentences.length, 1);
    assert.deepEqual(sentences[0]!.tags, ['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O']);
    assert.equal(stats.names, 2);
  });

  it('keeps a sentence only when the teacher is sure of every name in it', () => {
    const line = 'Merkel sprach mit Macron in Paris. Merkel sprach mit Scholz in Berlin.';
    const teacher = listTeacher([['Merkel', 'PER', 0.95], ['Macron', 'PER', 0.5], ['Paris', 'LOC', 0.9], ['Scholz', 'PER', 0.9], ['Berlin', 'LOC', 0.9]]);
    const { sentences } = silverSentences([line], teacher, { minConfidence: 0.7 });
    assert.deepEqual(sentences.map((s) => s.words.join(' ')), ['Merkel sprach mit Scholz in Berlin .']);
  });

  it('caps repeats of the same names and keeps sentences without names at the given share', () => {
    const named = Array.from({ length: 6 }, () => 'Die Delegation reiste nach Berlin.').join(' ');
    const plain = Array.from({ length: 6 }, () => 'Das ist eine gute Nachricht heute.').join(' ');
    const teacher = listTeacher([['Berlin', 'LOC', 0.99]]);
    const { sentences, stats } = silverSentences([`${named} ${plain}`], teacher, { repeatCap: 2, emptyShare: 0.5 });
    assert.equal(sentences.filter((s) => s.tags.includes('B-LOC')).length, 2, 'the third "Berlin" sentence repeats a name kept twice');
    // empty sentences are admitted while they stay within half of the named ones (+1)
    assert.equal(stats.keptWithoutNames, 2);
    assert.equal(stats.kept, 4);
  });

  it('reads every k-th line and skips lines the teacher cannot read', () => {
    const lines = ['Merkel reiste nach Berlin.', 'Scholz reiste nach Paris.', 'Macron reiste nach Rom.'];
    const teacher: Teacher = (line) => (line.startsWith('Scholz') ? undefined : listTeacher([['Berlin', 'LOC', 1], ['Rom', 'LOC', 1]])(line));
    const everySecond = silverSentences(lines, teacher, { every: 2, emptyShare: 0 });
    assert.deepEqual(everySecond.sentences.map((s) => s.words[0]), ['Merkel', 'Macron']);
    const all = silverSentences(lines, teacher, { every: 1, emptyShare: 0 });
    assert.equal(all.stats.lines, 2, 'the unreadable line is not counted');
  });
  it('englishLineSentences gives one sentence per line part in run-time English tokens, and silverSentences labels them', () => {
    const line = "Clinton's aides met in Paris.\nThey didn't speak to Reuters.";
    const sentences = englishLineSentences(line);
    assert.deepEqual(sentences.map((s) => s.map((t) => t.text)), [
      ["Clinton's", 'aides', 'met', 'in', 'Paris', '.'],
      ['They', "didn't", 'speak', 'to', 'Reuters', '.'],
    ]);
    for (const t of sentences.flat()) assert.equal(line.slice(t.start, t.end), t.text);
    // a name that covers only part of a token is left O (scripts/train-en.ts therefore extends a name to its "'s")
    const teacher = listTeacher([['Clinton', 'PER', 0.9], ['Paris', 'LOC', 0.9], ['Reuters', 'ORG', 0.9]]);
    const { sentences: silver } = silverSentences([line], teacher, { emptyShare: 0, minTokens: 4 }, englishLineSentences);
    assert.deepEqual(silver.map((s) => s.tags), [
      ['O', 'O', 'O', 'O', 'B-LOC', 'O'],
      ['O', 'O', 'O', 'O', 'B-ORG', 'O'],
    ]);
    const withPossessive = listTeacher([["Clinton's", 'PER', 0.9], ['Paris', 'LOC', 0.9]]);
    assert.deepEqual(silverSentences([line], withPossessive, { emptyShare: 1, minTokens: 4 }, englishLineSentences).sentences[0]!.tags, ['B-PER', 'O', 'O', 'O', 'B-LOC', 'O']);
  });
});
