/**
 * The language stage: detects (or takes the forced) language and decides, once per document, which pipeline
 * serves it. It sets `doc.language` and `doc.profile`; later stages read the profile and never the code.
 */
import type { Language } from '../schema/document.js';
import type { Stage, WorkingDoc } from '../doc/types.js';
import type { PipelineCode } from '../doc/language-profile.js';
import { detectLanguage, toIso639_3 } from './detect/index.js';
import { hasPipeline, profileFor } from './index.js';

export interface LanguageStageOptions {
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

/** W003: the document's language (detected or forced) has no pipeline of its own; und text gets de or en instead. */
function reportMissingPipeline(doc: WorkingDoc, language: Language): void {
  if (language.pipeline !== 'none' || language.code === 'und') return;
  doc.diagnostics.push({
    code: 'W003',
    severity: 'info',
    message: `No ${language.code} pipeline: entities come from the language-independent gazetteers only, and no events are extracted.`,
  });
}

export function languageStage(options: LanguageStageOptions = {}): Stage {
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
        reportMissingPipeline(doc, forced);
        return;
      }
      const { language, diagnostics } = detectLanguage(doc.text, options.candidateLanguages ? { only: options.candidateLanguages } : {});
      doc.language = { ...language, pipeline: pipelineFor(doc.text, language.code) };
      doc.profile = profileFor(doc.language.pipeline!);
      reportMissingPipeline(doc, doc.language);
      // W001 (empty) is already reported by the input check
      doc.diagnostics.push(...diagnostics.filter((d) => !doc.diagnostics.some((x) => x.code === d.code)));
    },
  };
}
