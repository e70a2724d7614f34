// HTML → the article's text and title. Readability (on linkedom's DOM) finds the main text
// without navigation, scripts, iframes and footers; paragraphs become lines. Pages too deep or too
// big for Readability's recursion, or where it finds nothing, fall back to the body's text. Every
// walk over the DOM here is iterative, so 10,000 nested tags cannot overflow the stack.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The part of linkedom's DOM this module uses. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  remove?(): void;
}

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  source?: string;
}

const ELEMENT = 1;
const TEXT = 3;

// Readability recurses over the tree; beyond these it is not asked (and would be slow anyway).
const READABILITY_LIMITS = { maxDepth: 200, maxElements: 20_000 };

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'SELECT', 'BUTTON', 'HEAD', 'TITLE']);
// The page's chrome around the article, removed before Readability looks (on a short page it
// keeps everything) and left out of the fallback body text. A <header> inside an <article> is the
// article's own and stays.
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
const PAGE_CHROME = new Set([...NEVER_TEXT, ...CHROME]);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

// An <h1> longer than this is not a headline.
const MAX_HEADLINE = 100;

// <meta> names Chinese government and news CMSs use for the publication date and the source.
const DATE_META = ['article:published_time', 'pubdate', 'publishdate', 'publish_date', 'firstpublishedtime', 'date'];
const SOURCE_META = ['contentsource', 'source', 'og:site_name', 'sitename'];

// 标题_济南市人民政府 / 标题 | 新华网: the site's name after a separator.
const TITLE_SITE_SUFFIX = /\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|——)\s*/;

/** Visits every node below `root` in document order, without recursion; `enter` returning false skips a subtree. */
function walk(root: DomNode, enter: (node: DomNode, depth: number) => boolean, leave?: (node: DomNode) => void): void {
  let node = root.firstChild;
  let depth = 1;
  while (node) {
    if (enter(node, depth) && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    leave?.(node);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (node && node !== root) leave?.(node);
    }
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

function textOf(root: DomNode, skip: Set<string>): string {
  const out: string[] = [];
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT) out.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      if (node.nodeType !== ELEMENT) return false;
      const name = node.nodeName.toUpperCase();
      if (name === 'BR' || BLOCKS.has(name)) out.push('\n');
      return !skip.has(name);
    },
    (node) => {
      if (node.nodeType === ELEMENT && BLOCKS.has(node.nodeName.toUpperCase())) out.push('\n');
    },
  );
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const ARTICLE_ELEMENTS = new Set(['ARTICLE', 'MAIN']);

function hasAncestor(node: DomNode, names: Set<string>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (names.has(p.nodeName.toUpperCase())) return true;
  return false;
}

function isChrome(node: DomNode): boolean {
  const name = node.nodeName.toUpperCase();
  return CHROME.has(name) && !(name === 'HEADER' && hasAncestor(node, ARTICLE_ELEMENTS));
}

/** The chrome elements of the page, outermost only. */
function chromeOf(root: DomNode): DomNode[] {
  const found: DomNode[] = [];
  walk(root, (node) => {
    if (node.nodeType !== ELEMENT) return false;
    if (!isChrome(node)) return true;
    found.push(node);
    return false;
  });
  return found;
}

interface PageFacts {
  depth: number;
  elements: number;
  headline?: DomNode;
  metas: Map<string, string>;
}

function survey(root: DomNode): PageFacts {
  const facts: PageFacts = { depth: 0, elements: 0, metas: new Map() };
  walk(root, (node, depth) => {
    if (node.nodeType !== ELEMENT) return false;
    facts.elements++;
    facts.depth = Math.max(facts.depth, depth);
    const name = node.nodeName.toUpperCase();
    // The headline, not a site logo in an <h1> of the page header.
    if (name === 'H1' && !facts.headline && !hasAncestor(node, CHROME)) facts.headline = node;
    if (name === 'META') {
      const key = (node.getAttribute?.('name') ?? node.getAttribute?.('property') ?? '').toLowerCase();
      const content = node.getAttribute?.('content')?.trim();
      if (key && content && !facts.metas.has(key)) facts.metas.set(key, content);
    }
    return true;
  });
  return facts;
}

function mainText(document: DomNode, root: DomNode, facts: PageFacts): { text: string; title?: string; date?: string; source?: string } | undefined {
  if (facts.depth > READABILITY_LIMITS.maxDepth || facts.elements > READABILITY_LIMITS.maxElements) return undefined;
  try {
    for (const node of chromeOf(root)) node.remove?.();
    const article = new Readability<DomNode>(document, { serializer: (node: unknown) => node as DomNode }).parse();
    const text = article?.content ? textOf(article.content, NEVER_TEXT) : '';
    if (!text) return undefined;
    return { text, title: article?.title ?? undefined, date: article?.publishedTime ?? undefined, source: article?.siteName ?? undefined };
  } catch {
    // Readability gave up on this page: the body text will do.
    return undefined;
  }
}

function firstOf(metas: Map<string, string>, names: string[]): string | undefined {
  for (const name of names) if (metas.has(name)) return metas.get(name);
  return undefined;
}

// linkedom builds a broken tree for a page without <html> (its content lands beside an empty body).
function wholePage(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return /<body[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><body>${html}</body></html>`;
}

export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(wholePage(html)) as unknown as {
    document: DomNode & { title?: string; body?: DomNode | null; documentElement?: DomNode | null };
  };
  // From <html> down: a doctype before it is not linked to it as a sibling.
  const root = document.documentElement ?? document;
  const facts = survey(root);
  const h1 = facts.headline ? textOf(facts.headline, NEVER_TEXT).replace(/\n/g, ' ') : '';
  const headline = h1.length <= MAX_HEADLINE ? h1 : '';
  const pageTitle = (document.title ?? '').trim();
  const found = mainText(document, root, facts);
  let text = found?.text ?? textOf(document.body ?? root, PAGE_CHROME);
  // Readability drops a headline that repeats the page title: it is part of the article.
  if (headline && text.split('\n', 1)[0] !== headline) text = `${headline}\n${text}`;
  const siteTitle = found?.title || pageTitle;
  const [beforeSuffix] = siteTitle.split(TITLE_SITE_SUFFIX);
  return {
    text,
    title: headline || (beforeSuffix && beforeSuffix.length >= 4 ? beforeSuffix : siteTitle) || undefined,
    date: found?.date ?? firstOf(facts.metas, DATE_META),
    source: firstOf(facts.metas, SOURCE_META) ?? found?.source,
  };
}
