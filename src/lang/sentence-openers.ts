/**
 * Words capitalised only because they open a sentence: never the first word of a tagger name ("Laut Bauer …",
 * "According to …"). German and English in one list, which both taggers use (news in one language quotes the other).
 * Not here: articles ("Die Zeit" is a name) and name particles ("Von der Leyen", "Zu Guttenberg").
 */
import { union, words } from './words.js';

export const GERMAN_SENTENCE_OPENERS: ReadonlySet<string> = words(`
  Laut Nach Mit Bei Vor Für Gegen Seit Während Trotz Wegen Auch Auf Aus Als Und Aber Doch Denn Im Am Beim
  In Um Über Unter Neben Dass Wie Wenn Ob So Dann Nun Jetzt Heute Gestern Noch Schon Nur Sogar Hier Dort Damals Bis Ab
  Außer Ohne Gemäß Zwischen Hinter
`);

export const ENGLISH_SENTENCE_OPENERS: ReadonlySet<string> = words('According After With From For Against Since During Also And But In On At To');

export const SENTENCE_OPENERS: ReadonlySet<string> = union(GERMAN_SENTENCE_OPENERS, ENGLISH_SENTENCE_OPENERS);
