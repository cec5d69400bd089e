/**
 * HTML input (option format 'html'): the article text of a web page, found by Mozilla's Readability over a
 * linkedom DOM, written as plain text with the headline first and one paragraph per block element ("\n\n"
 * between them, as our section stage expects). Script, style and navigation never become text. Every offset of
 * the Document refers to this extracted text. Also: a warning when plain-text input looks like markup.
 */
import { createRequire } from 'node:module';
import type { Diagnostic } from '../schema/document.js';

/** The few DOM members we use (linkedom's types need the DOM lib, which the project does not load). */
interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly textContent: string | null;
}
interface HtmlElement extends HtmlNode {
  remove(): void;
  closest(selectors: string): HtmlNode | null;
}
interface HtmlDocument extends HtmlNode {
  readonly title: string;
  readonly body: HtmlNode | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
}
type ParseHtml = (html: string) => { document: HtmlDocument };
type ReadabilityClass = new (doc: HtmlDocument, options: { serializer: (node: HtmlNode) => HtmlNode }) => {
  parse(): { title?: string | null; content?: HtmlNode | null } | null;
};

export interface HtmlText {
  /** Headline, then one paragraph per block element, separated by "\n\n". */
  text: string;
  /** The article's title (Readability's: JSON-LD, og:title or <title>), when the page has one. */
  title?: string;
  /** 'article' when Readability found the article; 'body' when it did not and the page body was used. */
  from: 'article' | 'body';
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Never text, wherever they are; removed before Readability, which keeps all it finds on a short page. */
const NEVER_TEXT = 'script, style, noscript, template, nav, [role="navigation"], iframe, svg, canvas, button, select, textarea';
/** The page's frame: removed outside <article> and <main> (an article's own <header> holds its h1) and, when no
 * article was found, everywhere. */
const PAGE_FRAME = 'header, footer, aside, [role="banner"], [role="contentinfo"]';
const ARTICLE = 'article, main, [role="main"]';
const BLOCKS = new Set(
  ('address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table td th tr ul').toUpperCase().split(' '),
);
/** HTML collapses ASCII white space only; a no-break space stays. */
const HTML_SPACE_RE = /[ \t\n\r\f]+/g;

let loaded: { parseHTML: ParseHtml; Readability: ReadabilityClass } | undefined;
/** linkedom takes ~0.2 s to load: required on the first HTML document, not on import (both have CommonJS builds). */
function htmlLibraries(): { parseHTML: ParseHtml; Readability: ReadabilityClass } {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = {
      parseHTML: (require('linkedom') as { parseHTML: ParseHtml }).parseHTML,
      Readability: (require('@mozilla/readability') as { Readability: ReadabilityClass }).Readability,
    };
  }
  return loaded;
}

/** The article text of an HTML page; the page body (without its frame) when Readability finds no article. */
export function htmlToText(html: string): HtmlText {
  const { parseHTML, Readability } = htmlLibraries();
  // linkedom builds a document only around an <html> element: a fragment gets one.
  const page = /<html[\s>]/iu.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  removeAll(document, NEVER_TEXT);
  const headings = Array.from(document.querySelectorAll('h1'), (h) => collapse(h.textContent ?? ''));
  removeAll(document, PAGE_FRAME, (frame) => frame.closest(ARTICLE) === null);
  let article: ReturnType<InstanceType<ReadabilityClass>['parse']> = null;
  try {
    article = new Readability(document, { serializer: (node) => node }).parse();
  } catch {
    // A page Readability cannot read is a page without an article: the fallback below, with W012.
  }
  const title = collapse(article?.title ?? '') || undefined;
  const paragraphs = article?.content ? paragraphsOf(article.content) : [];
  if (paragraphs.length > 0) {
    // Titles from <title> often carry the site's name ("… | Zeitung"): the page's own h1 inside it is cleaner.
    const headline = headings.find((h) => h !== '' && title?.toLowerCase().includes(h.toLowerCase())) ?? title;
    return { text: withHeadline(headline, paragraphs), ...(title ? { title } : {}), from: 'article' };
  }
  // Readability changed the document it read: the fallback parses the page again.
  const body = parseHTML(page).document;
  removeAll(body, `${NEVER_TEXT}, ${PAGE_FRAME}`);
  const pageTitle = collapse(body.title) || undefined;
  const text = withHeadline(pageTitle, body.body ? paragraphsOf(body.body) : []);
  return { text, ...(pageTitle ? { title: pageTitle } : {}), from: 'body' };
}

function removeAll(document: HtmlDocument, selectors: string, when: (element: HtmlElement) => boolean = () => true): void {
  for (const element of Array.from(document.querySelectorAll(selectors))) if (when(element)) element.remove();
}

/** The diagnostics of an HTML document: where its text came from (info), and W012 when there was no article. */
export function htmlDiagnostics(extracted: HtmlText): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (extracted.from === 'body') {
    out.push({ code: 'W012', severity: 'warning', message: 'No article found in the HTML: the text is the page body without script, style, navigation, header, footer and aside.' });
  }
  const title = extracted.title ? `, title ${JSON.stringify(extracted.title)}` : '';
  out.push({
    code: 'W013',
    severity: 'info',
    message: `Text extracted from HTML (${extracted.text.length} UTF-16 units${title}); all offsets refer to the extracted text (Document.text with includeText).`,
  });
  return out;
}

/** The paragraphs under `root`: each block element ends one; <br> is a line break inside it. */
function paragraphsOf(root: HtmlNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.replace(/ *\n */g, '\n').replace(/ {2,}/g, ' ').replace(/^[ \n]+|[ \n]+$/g, '');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: HtmlNode): void => {
    if (node.nodeType === TEXT_NODE) current += (node.textContent ?? '').replace(HTML_SPACE_RE, ' ');
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') current += '\n';
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

/** The headline as the first paragraph, unless the article already starts with it. */
function withHeadline(headline: string | undefined, paragraphs: string[]): string {
  const starts = paragraphs[0] !== undefined && headline !== undefined && collapse(paragraphs[0]).toLowerCase() === headline.toLowerCase();
  return (headline && !starts ? [headline, ...paragraphs] : paragraphs).join('\n\n');
}

function collapse(text: string): string {
  return text.replace(HTML_SPACE_RE, ' ').trim();
}

// ---------------------------------------------------------------- markup in plain-text input

const MARKUP_TAG_RE = /<\/?(?:!doctype|html|head|body|script|style|p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|img|meta|link|nav|header|footer|article|section|iframe|strong|em|b|i)(?=[\s/>])[^<>]{0,1000}>/giu;
const PAGE_TAG_RE = /^<\/?(?:!doctype|html|head|body|script|style)/iu;
const CHARACTER_REFERENCE_RE = /&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/giu;
const MARKUP_TAGS = 3;
const CHARACTER_REFERENCES = 5;

/** W011 when plain-text input looks like HTML: a page tag (doctype, html, body, script, style), three tags or five
 * character references; without the option, markup would be read as words and names. */
export function markupDiagnostics(text: string): Diagnostic[] {
  if (!text.includes('<') && !text.includes('&')) return [];
  const tags = firstMatches(text, MARKUP_TAG_RE, MARKUP_TAGS);
  const references = firstMatches(text, CHARACTER_REFERENCE_RE, CHARACTER_REFERENCES);
  const page = tags.some((m) => PAGE_TAG_RE.test(m[0]));
  if (!page && tags.length < MARKUP_TAGS && references.length < CHARACTER_REFERENCES) return [];
  const first = [...tags, ...references].sort((a, b) => a.index! - b.index!)[0]!;
  const start = first.index!;
  return [
    {
      code: 'W011',
      severity: 'warning',
      message: `Text looks like HTML (markup from offset ${start}): pass format 'html' (CLI: --html) to read the article text instead of reading the markup as words.`,
      start,
      end: start + first[0].length,
    },
  ];
}

function firstMatches(text: string, re: RegExp, limit: number): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const m of text.matchAll(re)) if (out.push(m) >= limit) break;
  return out;
}
