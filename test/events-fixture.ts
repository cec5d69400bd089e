/**
 * Hand-made WorkingDocs for the event tests: sentences split at ". ", tokens from the real tokeniser, mentions
 * placed by searching their text, entities grouped by key (or name).
 */
import type { Entity, EntityTypeT, SectionKindT } from '../src/schema/document.js';
import type { RawMention, WorkingDoc } from '../src/pipeline/types.js';
import { tokenizeRange } from '../src/segment/tokenize.js';

export interface MentionSpec {
  text: string;
  type: EntityTypeT;
  subtype?: string;
  key?: string;
  /** Canonical name (entity name); defaults to text. */
  name?: string;
  /** Which occurrence of text (0-based) when it appears several times. */
  nth?: number;
  derived?: boolean;
  title?: { text: string; affiliationKey?: string };
}

export interface DocSpec {
  text: string;
  language: 'de' | 'en';
  mentions: MentionSpec[];
  /** Section kind per paragraph (paragraphs split at blank lines); default body. */
  sections?: SectionKindT[];
}

function nthIndex(text: string, needle: string, nth: number, from = 0): number {
  let at = text.indexOf(needle, from);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: '${needle}' (#${nth}) not in text`);
  return at;
}

export function makeDoc(spec: DocSpec): WorkingDoc {
  const { text } = spec;
  // Paragraphs → sections; sentences end at . ! ? followed by space/newline, or at a blank line.
  const sections: { start: number; end: number; kind: SectionKindT }[] = [];
  const paraRe = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = paraRe.exec(text), i = 0; m; m = paraRe.exec(text), i++) {
    sections.push({ start: m.index, end: m.index + m[0].length, kind: spec.sections?.[i] ?? 'body' });
  }
  const sentences: { start: number; end: number; section: number }[] = [];
  sections.forEach((sec, si) => {
    const body = text.slice(sec.start, sec.end);
    const re = /[^.!?\n]+(?:[.!?]+|$)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = sec.start + m.index + lead;
      const end = sec.start + m.index + m[0].trimEnd().length;
      if (end > start) sentences.push({ start, end, section: si });
    }
  });
  const tokens = sentences.flatMap((s, i) => tokenizeRange(text, s.start, s.end).map((t) => ({ ...t, sentence: i })));
  const sentenceOf = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const entities = new Map<string, Entity>();
  const mentions: RawMention[] = spec.mentions.map((ms) => {
    const start = nthIndex(text, ms.text, ms.nth ?? 0);
    const end = start + ms.text.length;
    const sentence = sentenceOf(start);
    const groupKey = ms.key ?? `${ms.type}:${ms.name ?? ms.text}`;
    let entity = entities.get(groupKey);
    if (!entity && !ms.derived) {
      entity = {
        id: `e${entities.size + 1}`,
        type: ms.type,
        name: ms.name ?? ms.text,
        mentions: [],
        confidence: 0.9,
        ...(ms.subtype ? { subtype: ms.subtype } : {}),
        ...(ms.key ? { key: ms.key } : {}),
      };
      entities.set(groupKey, entity);
    }
    if (entity && !ms.derived) entity.mentions.push({ start, end, text: ms.text, sentence });
    const m: RawMention = {
      start, end, text: ms.text, type: ms.type, source: 'rule', confidence: 0.9, sentence,
      ...(ms.subtype ? { subtype: ms.subtype } : {}),
      ...(ms.key ? { key: ms.key } : {}),
      ...(ms.name ? { canonical: ms.name } : {}),
      ...(ms.derived ? { derived: true } : {}),
      ...(entity ? { entity: entity.id } : {}),
    };
    if (ms.title) {
      const ts = text.lastIndexOf(ms.title.text, start);
      if (ts < 0) throw new Error(`fixture: title '${ms.title.text}' not before '${ms.text}'`);
      m.title = { start: ts, end: ts + ms.title.text.length, text: ms.title.text, ...(ms.title.affiliationKey ? { affiliationKey: ms.title.affiliationKey } : {}) };
    }
    return m;
  });
  // Derived adjectives link to the entity with their key when it exists.
  for (const m of mentions) if (m.derived && m.key) {
    const e = [...entities.values()].find((x) => x.key === m.key);
    if (e) m.entity = e.id;
  }
  return {
    text,
    language: { code: spec.language, iso639_3: spec.language === 'de' ? 'deu' : 'eng', confidence: 1 },
    sections,
    sentences,
    tokens,
    mentions,
    entities: [...entities.values()].filter((e) => e.mentions.length > 0),
    diagnostics: [],
  };
}

/** Entity id of the entity named `name` in the doc. */
export function entityId(doc: WorkingDoc, name: string): string {
  const e = doc.entities?.find((x) => x.name === name);
  if (!e) throw new Error(`no entity '${name}'`);
  return e.id;
}
