/** Language routing shared by the stages. */
import type { WorkingDoc } from './types.js';

/** The language code the language-specific stages route by: 'de', 'en', another ISO 639-1 code, or 'none'. */
export function pipelineLanguage(doc: WorkingDoc): string {
  const l = doc.language;
  if (!l) return 'none';
  return l.pipeline === 'de' || l.pipeline === 'en' ? l.pipeline : l.code === 'und' ? 'none' : l.code;
}
