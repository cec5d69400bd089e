export { loadGermanNer, defaultGermanModelDir, NerTagger, type NerManifest } from './tagger.js';
export { LABELS, ENTITY_TYPES, type EntityType } from './labels.js';
export { evaluateSpans, spansOf, formatEval, type EvalResult, type PRF, type Span } from './eval.js';
export { readGold, readTokenSentences, type Sentence, type GoldFormat } from './corpus.js';
