/**
 * Entity-rule word lists read in German and English text alike: news in one language names things in the other
 * ("Korea Times" in a German article, "Maria Kirche" in an English one), so both profiles carry the same list.
 */
import { words } from './words.js';

/** Last words that make a capitalised sequence a thing, not a person ("Roman Empire", "Winston Cup", "Maria Kirche"). */
export const NON_PERSON_HEADS: ReadonlySet<string> = words(`
  Republic Empire Kingdom Street Road Avenue Square Park River Lake Mountain Airport Station Bridge Tower Center Centre
  Hall Cup Show Prize Award Awards Festival Games Church Cathedral Hotel Stadium Museum Gallery Island Islands Bay Valley
  League Series Open Championship Championships Motors Electric Airlines Airways
  Straße Platz Kirche Preis Brücke Turm Bahnhof Flughafen Stadion Museum Halle Insel Tal Allee Weg Ring Markt Dom Pokal Liga
`);

/** Last words of media names ("Korea Times", "Yonhap News", "Frankfurter Allgemeine Zeitung"). */
export const MEDIA_HEADS: ReadonlySet<string> = words(`
  News Agency Times Post Journal Herald Press Zeitung Agentur Nachrichten TV Radio Tribune Daily Gazette Telegraph Express
`);

/** Articles between an attribution word and a media name ("berichtete die Korea Times", "told the Daily Mail"). */
export const MEDIA_ARTICLES = /^(die|der|den|dem|the)$/i;

/** Descriptors that also describe people ("der Investor Buffett", "the developer Persson"). */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = words('investor entwickler produzent händler developer producer maker operator distributor');

/** Conjunctions joining two words after an organisation's connector ("für Migration und Flüchtlinge", "of Trade and Industry"). */
export const NAME_CONJUNCTIONS: ReadonlySet<string> = words('und and');
