/**
 * Page sections of a news text pasted from a web page: the headline, the story body, teasers for other stories
 * ('related', after markers like "Lesen Sie auch", "Check Also", "Read more") and site boilerplate (comment
 * forms, cookie/newsletter/share lines). Decided per sentence from general German + English marker lists,
 * in one pass; sections are contiguous and cover the whole text.
 *
 * Rules: the first sentence is the headline if it is a short line of its own without final punctuation.
 * A related marker alone on its line starts a related section that lasts until boilerplate or the end; a marker
 * with the teaser on the same line ("Lesen Sie auch: …") makes only that line related. A comment-form start
 * ("Schreibe einen Kommentar", "Leave a Reply") makes the rest boilerplate (unless a related marker follows);
 * other boilerplate lines (cookies, newsletter, share buttons, required-field notes) are boilerplate on their own.
 */
import type { SentenceSpan } from './sentences.js';

export type SectionKindName = 'headline' | 'body' | 'related' | 'boilerplate';

export interface SectionSpan {
  start: number;
  end: number;
  kind: SectionKindName;
}

/** Markers and boilerplate lines are short; longer sentences are story text and skip the pattern checks. */
const MAX_MARKER_SENTENCE = 300;
const MAX_HEADLINE_CHARS = 200;
/** Consent/newsletter wording counts as boilerplate only on a short line (an article may discuss cookies). */
const MAX_BOILERPLATE_LINE = 400;

/** Markers that introduce another story, normalised (lower case, no final punctuation). */
const RELATED_MARKERS: readonly string[] = [
  // German
  'lesen sie auch', 'lesen sie außerdem', 'lesen sie mehr', 'lies auch', 'lies mehr', 'mehr zum thema', 'mehr zu diesem thema',
  'mehr dazu', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'das könnte sie interessieren',
  'das könnte dich interessieren', 'auch interessant', 'ebenfalls interessant', 'interessant auch', 'siehe auch',
  'weitere artikel', 'weitere beiträge', 'weitere nachrichten', 'weitere meldungen', 'ähnliche artikel', 'ähnliche beiträge',
  'ähnliche themen', 'verwandte artikel', 'verwandte beiträge', 'verwandte themen', 'empfohlene artikel', 'unsere empfehlungen',
  'empfehlungen der redaktion', 'auch lesenswert', 'zum thema', 'meistgelesen', 'meistgelesene artikel', 'top-themen',
  'weitere themen', 'neueste artikel', 'neueste beiträge', 'aktuelle nachrichten',
  // English
  'check also', 'see also', 'read also', 'also read', 'read more', 'related', 'related articles', 'related stories',
  'related posts', 'related news', 'related content', 'related coverage', 'related topics', 'more on this', 'more on this story',
  'more on this topic', 'more stories', 'more news', 'more from', 'you may also like', 'you might also like',
  'you may be interested in', 'you might be interested in', 'recommended', 'recommended for you', 'recommended stories',
  'don’t miss', "don't miss", 'most read', 'most popular', 'trending', 'top stories', 'latest news', 'latest stories',
  'further reading', 'also on', 'in other news',
];

/** Comment-form starts: what follows is comments or the form. */
const COMMENT_FORM_RE =
  /^(?:(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie|verfasse|verfassen sie) (?:einen |einen neuen |hier einen )?kommentar|kommentar (?:schreiben|verfassen|hinzufügen|abgeben)|(?:leave|post|add|write|submit) a (?:reply|comment|response)|(?:\d+ )?(?:kommentare?|comments?|antworten|replies|responses)(?: \(\d+\))?|diskutieren sie mit|diskutiere mit|join the (?:discussion|conversation))$/u;

/** Lines that are boilerplate wherever they appear. */
const BOILERPLATE_RES: readonly RegExp[] = [
  /\b(?:deine|ihre|your) e-?mail(?:-| )?(?:adresse|address) (?:wird|will) (?:nicht|not|never)/u,
  /\b(?:erforderliche|markierte|pflicht-?) ?felder|\brequired fields\b|\bfields marked\b/u,
  /\b(?:speichere|speichern sie) (?:meinen|ihren|deinen) namen|\bsave my name\b/u,
  /^(?:name|e-?mail|website|webseite|kommentar|comment|nachricht|message)\s*\*?$/u,
  /^(?:kommentar absenden|post comment|submit comment|antworten|reply|abbrechen|cancel reply|antwort abbrechen)$/u,
  /^(?:©|\(c\)|copyright\b)|\balle rechte vorbehalten\b|\ball rights reserved\b/u,
  /^(?:impressum|datenschutz|datenschutzerklärung|privacy policy|privacy|terms of use|terms of service|nutzungsbedingungen|agb|kontakt|contact us|about us|über uns|cookie policy|cookie-richtlinie|cookie-einstellungen|cookie settings)$/u,
  /^(?:anzeige|werbung|advertisement|advertising|sponsored|sponsored content|gesponsert|promoted|partner content)$/u,
  /^(?:tags|schlagwörter|schlagworte|stichwörter|stichworte|themen|kategorie|kategorien|category|categories|filed under|posted in|veröffentlicht in)\s*:/u,
  /^(?:folgen sie uns|folge uns|follow us|like us|abonnieren sie|subscribe)\b/u,
  /^(?:nach oben|zurück nach oben|back to top|zum seitenanfang|vorheriger artikel|nächster artikel|vorheriger beitrag|nächster beitrag|previous article|next article|previous post|next post)\b/u,
  /^(?:foto|fotos|bild|bilder|photo|photos|image|images|picture|grafik|quelle|source)\s*:\s*\S/u,
];

/** Share buttons: a line made only of network names and share words. */
const SHARE_WORD_RE =
  /^(?:teilen|share|share this|share this article|artikel teilen|beitrag teilen|jetzt teilen|diesen artikel teilen|tweet|tweeten|drucken|print|e-?mail|mail|facebook|twitter|x|whatsapp|telegram|linkedin|xing|pinterest|reddit|flipboard|pocket|messenger|threads|bluesky|mastodon|copy link|link kopieren|auf facebook teilen|auf x teilen|share on facebook|share on twitter|share on x|per e-?mail (?:teilen|senden))$/u;

const COOKIE_RE = /\bcookies?\b/u;
const CONSENT_RE =
  /\b(?:akzeptier|zustimm|stimmen sie|einverstanden|einstellungen|einwilligung|accept|agree|consent|settings|preferences|we use|wir verwenden|wir nutzen|verwendet cookies|nutzt cookies|uses cookies|this (?:web)?site|diese (?:web)?seite|unsere (?:web)?seite|our (?:web)?site)/u;
const NEWSLETTER_RE = /\bnewsletter\b/u;
const SIGN_UP_RE = /\b(?:abonnier|anmeld|bestell|registrier|subscribe|sign up|signup|sign-up|jetzt|kostenlos|free)/u;

const FINAL_PUNCTUATION_RE = /[.!?…:;,]$/u;
/** Leading bullets, arrows and symbols before a marker ("» Lesen Sie auch", "▶ Read more"). */
const LEADING_SYMBOLS_RE = /^(?:(?!©)[\s\p{S}\p{Pd}•·»«›‹>*#|])+/u;
const TRAILING_PUNCT_RE = /[\s:.!?…»«›‹"“”'’)\]>|–—-]+$/u;
const SPACES_RE = /\s+/gu;
const MARKER_SEPARATOR_RE = /^\s*(?::|–|—|-|\|)\s*\S/u;

export function detectSections(text: string, sentences: readonly SentenceSpan[]): SectionSpan[] {
  if (sentences.length === 0) return text.length === 0 ? [] : [{ start: 0, end: text.length, kind: 'body' }];
  const lines = lineIndex(text, sentences);
  const kinds: SectionKindName[] = new Array(sentences.length);
  let state: 'body' | 'related' | 'boilerplate' = 'body';

  for (let i = 0; i < sentences.length; i++) {
    const { start, end } = sentences[i]!;
    const line = lines[i]!;
    const aloneOnLine = line.first === i && line.last === i;
    if (end - start > MAX_MARKER_SENTENCE) {
      kinds[i] = state;
      continue;
    }
    const raw = text.slice(start, end);
    const normalized = normalize(raw);
    if (i === 0 && aloneOnLine && end - start <= MAX_HEADLINE_CHARS && !FINAL_PUNCTUATION_RE.test(raw) && /\p{L}/u.test(raw)) {
      if (!relatedMarker(normalized) && !isBoilerplate(normalized, line.end - line.start)) {
        kinds[i] = 'headline';
        continue;
      }
    }
    const related = relatedMarker(normalized);
    if (related === 'block') {
      kinds[i] = 'related';
      state = 'related';
    } else if (related === 'inline') {
      kinds[i] = 'related';
    } else if (COMMENT_FORM_RE.test(normalized)) {
      kinds[i] = 'boilerplate';
      state = 'boilerplate';
    } else if (isBoilerplate(normalized, line.end - line.start)) {
      kinds[i] = 'boilerplate';
    } else {
      kinds[i] = state;
    }
  }

  // Merge runs of one kind; sections are contiguous: each reaches up to the next one's first sentence.
  const out: SectionSpan[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const kind = kinds[i]!;
    const last = out[out.length - 1];
    if (last && last.kind === kind) continue;
    if (last) last.end = sentences[i]!.start;
    out.push({ start: out.length === 0 ? 0 : sentences[i]!.start, end: text.length, kind });
  }
  return out;
}

/** For each sentence, the first and last sentence of its line and the line's extent. Linear: gaps are scanned once. */
function lineIndex(text: string, sentences: readonly SentenceSpan[]): Array<{ first: number; last: number; start: number; end: number }> {
  const out: Array<{ first: number; last: number; start: number; end: number }> = new Array(sentences.length);
  let first = 0;
  for (let i = 0; i <= sentences.length; i++) {
    const lineEnds = i === sentences.length || hasLineBreak(text, sentences[i - 1]?.end ?? 0, sentences[i]!.start);
    if (i > 0 && lineEnds) {
      const line = { first, last: i - 1, start: sentences[first]!.start, end: sentences[i - 1]!.end };
      for (let j = first; j < i; j++) out[j] = line;
      first = i;
    }
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 11 || c === 12) return true;
  }
  return false;
}

function normalize(sentence: string): string {
  return sentence.replace(LEADING_SYMBOLS_RE, '').replace(TRAILING_PUNCT_RE, '').replace(SPACES_RE, ' ').toLowerCase();
}

/** 'block' for a marker alone ("Check Also"), 'inline' for a marker followed by the teaser ("Lesen Sie auch: …"). */
function relatedMarker(normalized: string): 'block' | 'inline' | undefined {
  for (const marker of RELATED_MARKERS) {
    if (!normalized.startsWith(marker)) continue;
    if (normalized.length === marker.length) return 'block';
    if (MARKER_SEPARATOR_RE.test(normalized.slice(marker.length))) return 'inline';
  }
  return undefined;
}

function isBoilerplate(normalized: string, lineLength: number): boolean {
  if (normalized === '') return false;
  for (const re of BOILERPLATE_RES) if (re.test(normalized)) return true;
  if (isShareLine(normalized)) return true;
  if (lineLength <= MAX_BOILERPLATE_LINE) {
    if (COOKIE_RE.test(normalized) && CONSENT_RE.test(normalized)) return true;
    if (NEWSLETTER_RE.test(normalized) && SIGN_UP_RE.test(normalized)) return true;
  }
  return false;
}

function isShareLine(normalized: string): boolean {
  const parts = normalized.split(/\s*[|,·•/]\s*|\s{2,}/u).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((part) => SHARE_WORD_RE.test(part));
}

/**
 * True for a sentence that is page furniture rather than prose: a related-story marker on its own
 * ("Check Also"), a comment-form start, or a boilerplate line. Name finders skip these: a capitalised
 * "Check Also" is not a person.
 */
export function isPageFurniture(sentence: string): boolean {
  const normalized = normalize(sentence);
  return relatedMarker(normalized) === 'block' || COMMENT_FORM_RE.test(normalized) || isBoilerplate(normalized, sentence.length);
}
