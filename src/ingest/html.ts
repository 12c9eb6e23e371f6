/**
 * A simple, safe HTML-to-text converter: one linear scan, no DOM, no script ever run.
 * Drops page furniture (script, style, nav, header, footer, ...), turns block elements
 * into blank-line-separated paragraphs and decodes character references.
 */

export interface HtmlText {
  text: string;
  title: string | null;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'svg', 'iframe', 'head',
  'form', 'button', 'select', 'textarea', 'object', 'canvas', 'math',
]);
/** Elements whose content is raw text: the next `</name` ends them, whatever lies between. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp', 'iframe']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•',
  shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', euro: '€', pound: '£',
  yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', prime: '′', Prime: '″',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ccedil: 'ç', uuml: 'ü', ouml: 'ö',
  auml: 'ä', szlig: 'ß', ntilde: 'ñ', oacute: 'ó', iacute: 'í', uacute: 'ú', Eacute: 'É',
};

/** Decodes named (common ones) and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

/** Index just past the `>` that closes the tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/** Index of the `<` of the closing tag `</name` at or after `from`, or the end. */
function closingTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}`, 'gi');
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

/**
 * Converts an HTML page to plain text paragraphs and its `<title>`.
 * @example htmlToText('<p>One &amp; two</p><p>Three</p>').text // 'One & two\n\nThree'
 */
export function htmlToText(html: string): HtmlText {
  const paragraphs: string[] = [];
  let current = '';
  let title: string | null = null;
  let dropDepth = 0;
  const flush = () => {
    const lines = current.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n');
    for (const para of lines.split(/\n{2,}/)) {
      const clean = para.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
      if (clean) paragraphs.push(clean);
    }
    current = '';
  };
  const emit = (raw: string) => {
    if (dropDepth === 0 && raw) current += decodeEntities(raw.replace(/\s+/g, ' '));
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emit(html.slice(i));
      break;
    }
    emit(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = tagEnd(html, lt);
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      emit('<');
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const end = tagEnd(html, lt + m[0].length);
    const selfClosing = html[end - 2] === '/';
    i = end;
    if (!closing && RAW_TEXT.has(name)) {
      const close = closingTag(html, name, end);
      if (name === 'title' && title === null) title = decodeEntities(html.slice(end, close)).replace(/\s+/g, ' ').trim() || null;
      i = tagEnd(html, close);
      continue;
    }
    if (DROPPED.has(name)) {
      if (closing) dropDepth = Math.max(0, dropDepth - 1);
      else if (!selfClosing) dropDepth++;
      continue;
    }
    if (name === 'br') current += '\n';
    else if (BLOCKS.has(name)) current += '\n\n';
  }
  flush();
  return { text: paragraphs.join('\n\n'), title };
}
