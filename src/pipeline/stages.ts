/** The default stages, in order: language → segmentation → entities → clustering → events. */
import type { Language } from '../schema/document.js';
import { detectLanguage, toIso639_3 } from '../langid/index.js';
import { segmentSentences } from '../segment/sentences.js';
import { tokenizeSentences } from '../segment/tokenize.js';
import { detectSections } from '../segment/sections.js';
import { EntityResources, buildEntities, findMentions, type EntityResourceOptions } from '../entities/stage.js';
import { extractEvents } from '../events/index.js';
import { findEnglishValues, findGermanDates } from '../entities/dates.js';
import type { Stage, WorkingDoc } from '../doc/types.js';
import { profileFor, hasPipeline } from '../lang/index.js';
import type { LanguageProfile, PipelineCode } from '../doc/language-profile.js';

export interface StageOptions extends EntityResourceOptions {
  /** Skip detection and treat every text as this ISO 639-1 language ('de', 'en', …). */
  language?: string;
  /** ISO 639-3 codes franc may choose from (default: see docs/langid.md). */
  candidateLanguages?: string[];
}

/**
 * The finders to run: German or English ones for de/en; for text too short to tell (und), the likelier of
 * de and en (a headline like "Olaf Scholz traf Emmanuel Macron." still deserves its names); other
 * languages get the language-independent gazetteers only.
 */
function pipelineFor(text: string, code: string): PipelineCode {
  if (hasPipeline(code)) return code;
  if (code !== 'und' || text.trim() === '') return 'none';
  const guess = detectLanguage(text, { only: ['deu', 'eng'] }).language.code;
  return guess === 'en' ? 'en' : 'de';
}

/** The document's profile; the language stage sets it, and a custom stage list without it gets the generic one. */
function profileOf(doc: WorkingDoc): LanguageProfile {
  return doc.profile ?? profileFor('none');
}

export function languageStage(options: StageOptions): Stage {
  return {
    name: 'language',
    requires: [],
    provides: ['language'],
    run(doc: WorkingDoc) {
      if (options.language) {
        const forced: Language = {
          code: options.language,
          iso639_3: toIso639_3(options.language),
          confidence: 1,
          method: 'forced',
          pipeline: pipelineFor(doc.text, options.language),
        };
        doc.language = forced;
        doc.profile = profileFor(forced.pipeline!);
        return;
      }
      const { language, diagnostics } = detectLanguage(doc.text, options.candidateLanguages ? { only: options.candidateLanguages } : {});
      doc.language = { ...language, pipeline: pipelineFor(doc.text, language.code) };
      doc.profile = profileFor(doc.language.pipeline!);
      if (doc.language.pipeline === 'none' && language.code !== 'und') {
        doc.diagnostics.push({
          code: 'W003',
          severity: 'info',
          message: `No ${language.code} pipeline: entities come from the language-independent gazetteers only, and no events are extracted.`,
        });
      }
      // W001 (empty) is already reported by the input check
      doc.diagnostics.push(...diagnostics.filter((d) => !doc.diagnostics.some((x) => x.code === d.code)));
    },
  };
}

export function segmentStage(): Stage {
  return {
    name: 'segment',
    requires: ['language'],
    provides: ['sentences', 'sections', 'tokens'],
    run(doc: WorkingDoc) {
      const { segment } = profileOf(doc);
      const spans = segmentSentences(doc.text, segment);
      const sections = detectSections(doc.text, spans);
      let s = 0;
      doc.sentences = spans.map(({ start, end }) => {
        while (s < sections.length - 1 && sections[s]!.end <= start) s++;
        return { start, end, section: s };
      });
      doc.sections = sections;
      doc.tokens = tokenizeSentences(doc.text, doc.sentences, segment);
      const aside = sections.filter((x) => x.kind === 'related' || x.kind === 'boilerplate');
      if (aside.length) {
        doc.diagnostics.push({
          code: 'W005',
          severity: 'info',
          message: `${aside.length} part(s) of the text are not main story (${[...new Set(aside.map((x) => x.kind))].join(', ')}); their events are marked with that section.`,
          start: aside[0]!.start,
          end: aside[aside.length - 1]!.end,
        });
      }
    },
  };
}

export function entityStage(resources: EntityResources): Stage {
  return {
    name: 'entities',
    requires: ['language', 'tokens', 'sentences'],
    provides: ['mentions'],
    run(doc: WorkingDoc) {
      doc.mentions = findMentions(doc, resources);
    },
  };
}

export function clusterStage(): Stage {
  return {
    name: 'cluster',
    requires: ['mentions', 'sections'],
    provides: ['entities'],
    run(doc: WorkingDoc) {
      doc.entities = buildEntities(doc);
    },
  };
}

export function eventStage(): Stage {
  return {
    name: 'events',
    requires: ['entities', 'tokens', 'sections'],
    provides: ['events'],
    run(doc: WorkingDoc) {
      // The event lexicons follow the finders that ran (see pipelineFor), not the detected label.
      const lang = profileOf(doc).pipeline;
      const language = doc.language && { ...doc.language, code: lang === 'none' ? doc.language.code : lang };
      doc.events = extractEvents(language ? { ...doc, language } : doc);
    },
  };
}

/** Dates, times, numbers and amounts: wink-nlp's entity types for English, our date reader for German. */
export function valueStage(): Stage {
  return {
    name: 'values',
    requires: ['language'],
    provides: ['values'],
    run(doc: WorkingDoc) {
      const lang = profileOf(doc).pipeline;
      if (lang === 'en') doc.values = findEnglishValues(doc.text);
      else if (lang === 'de') {
        doc.values = findGermanDates(doc.text).map(({ start, end, text, value }) => ({ start, end, text, type: 'DATE', ...(value ? { value } : {}) }));
      } else doc.values = [];
    },
  };
}

export function defaultStages(options: StageOptions = {}): Stage[] {
  const resources = new EntityResources({
    ...(options.ner !== undefined ? { ner: options.ner } : {}),
    ...(options.modelDir !== undefined ? { modelDir: options.modelDir } : {}),
  });
  return [languageStage(options), segmentStage(), entityStage(resources), clusterStage(), eventStage(), valueStage()];
}
