/** German word classes for reading names: capitalised non-names and the endings of common nouns. */
import type { NamesProfile } from '../../doc/language-profile.js';
import { words } from '../words.js';

/** Capitalised function words and other capitalised non-names that must not start or continue a name. */
export const GERMAN_CAPITALISED_STOP_WORDS: ReadonlySet<string> = words(`
  Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Und Oder Aber Doch In Im Am An Auf Aus Bei Mit Nach Von Vom
  Zu Zum Zur Für Über Unter Vor Hinter Neben Zwischen Durch Gegen Ohne Um Als Wie Wenn Dass Ob Weil Da Es Er Sie Wir Ihr
  Ich Man Dies Diese Dieser Dieses Jener Alle Viele Einige Mehrere Beide Laut Seit Bis Nun Auch Noch Schon Nicht Kein
  Keine So Dann Damit Deshalb Jedoch Zudem Außerdem Hier Dort Heute Gestern Morgen Jetzt Bereits Sein Seine Ihre Unser
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September
  Oktober November Dezember Jahr Jahre Jahren Woche Wochen Tag Tage Tagen Monat Monate Uhr Prozent Euro Dollar Millionen
  Milliarden Regierung Erklärung Angaben Zeitung Nachrichtenagentur Agentur Bericht Berichten Sprecher Sprecherin
  Was Wer Wo Warum Welche Welcher Nachdem Während Trotz Wegen Sowie Sondern Mehr Weitere Andere Neue Erste Zweite
`);

/** Noun endings: a capitalised word with these is a common noun, not a name ("Erklärung", "Freiheit"). */
const COMMON_NOUN_ENDING = /(ung|heit|keit|schaft|tion|ismus|ität|tum|nis|ungen|heiten|keiten|schaften|tionen|ment|ments)$/;

export const germanNames: NamesProfile = {
  capitalisedStopWords: GERMAN_CAPITALISED_STOP_WORDS,
  isCommonNounForm: (word) => COMMON_NOUN_ENDING.test(word),
};
