/** German syntax: the models/de syntax model, on UD German's syntactic words ("im" = "in" + "dem"). */
import type { SyntaxProfile } from '../../doc/language-profile.js';

export const germanSyntax: SyntaxProfile = { model: 'de', splitContractions: true, splitClitics: false, separableVerbs: true };
