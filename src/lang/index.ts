/**
 * The language seam. profileFor() maps a pipeline code to its LanguageProfile; choosePipeline() decides, once per
 * document, which pipeline a detected or forced language gets. No other file compares language codes.
 */
import type { LanguageProfile, PipelineCode } from '../doc/language-profile.js';
import { german } from './de/index.js';
import { english } from './en/index.js';
import { otherLanguage } from './other.js';

export type { LanguageProfile, PipelineCode } from '../doc/language-profile.js';
export { german, english, otherLanguage };

/** The profile for 'de' or 'en'; every other code (or 'none') gets the language-independent profile. */
export function profileFor(code: string): LanguageProfile {
  return code === 'de' ? german : code === 'en' ? english : otherLanguage;
}

/** True for the languages that have their own pipeline. */
export function hasPipeline(code: string): code is 'de' | 'en' {
  return code === 'de' || code === 'en';
}

/** The document's profile; the language stage sets it, and a custom stage list without it gets the generic one. */
export function profileOf(doc: { readonly profile?: LanguageProfile }): LanguageProfile {
  return doc.profile ?? otherLanguage;
}
