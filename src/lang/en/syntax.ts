/** English syntax: the models/en syntax model, on EWT's syntactic words (clitics apart: "don't" = "do" + "n't"). */
import type { SyntaxProfile } from '../../doc/language-profile.js';

export const englishSyntax: SyntaxProfile = { model: 'en', splitContractions: false, splitClitics: true, separableVerbs: false };
