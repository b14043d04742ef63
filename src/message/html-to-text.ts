// Just enough HTML to text for bounces sent only as HTML (some providers do). Linear: one pass per step.
// The steps that look for a tag's end are hand-written: a regular expression tried at every "<" searched
// anew for the next ">" from each one, so a text of many "<" without ">" (1 MB of them: 16 s) took time
// growing with the count of "<" times the distance searched.

/** A tag longer than this is no tag: its "<" stays text (a stray "<" must not swallow what follows). */
const MAX_TAG_CHARS = 2000;

export function htmlToText(html: string): string {
  return withoutTags(withoutScripts(html))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');
}

/** The first index at or after `from` of `char`, or the text's length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/** An ASCII word character (\w without the u flag). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const SCRIPT_OR_STYLE = /script|style/iy;
const SCRIPT_END = /<\/script>/iy;
const STYLE_END = /<\/style>/iy;

/**
 * Each `<script ...>...</script>` or `<style ...>...</style>` without a "<" inside, as
 * /<(script|style)\b[^>]*>[^<]*<\/\1>/gi found them, to one space. The next ">" and the "<" after it
 * are kept from one "<" to the next: both only move forward.
 */
function withoutScripts(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  let gt = -1;
  let lt = -1;
  for (let i = html.indexOf('<'); i >= 0;) {
    let end = -1;
    SCRIPT_OR_STYLE.lastIndex = i + 1;
    const name = SCRIPT_OR_STYLE.exec(html);
    const after = i + 1 + (name ? name[0].length : 0);
    if (name && !isWordChar(html.charCodeAt(after))) {
      if (gt < after) gt = indexOrEnd(html, '>', after);
      if (gt < html.length) {
        if (lt <= gt) lt = indexOrEnd(html, '<', gt + 1);
        const close = name[0].length === 6 ? SCRIPT_END : STYLE_END;
        close.lastIndex = lt;
        if (lt < html.length && close.test(html)) end = close.lastIndex;
      }
    }
    if (end < 0) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    parts.push(html.slice(copied, i), ' ');
    copied = end;
    i = html.indexOf('<', end);
  }
  if (!parts.length) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/** Line breaks for the tags that end a line, then every tag to one space (/<[^>]{0,2000}>/g). */
function withoutTags(html: string): string {
  const text = html.replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi, '\n');
  const parts: string[] = [];
  let copied = 0;
  let gt = -1;
  for (let i = text.indexOf('<'); i >= 0;) {
    if (gt <= i) gt = indexOrEnd(text, '>', i + 1);
    if (gt < text.length && gt - i - 1 <= MAX_TAG_CHARS) {
      parts.push(text.slice(copied, i), ' ');
      copied = gt + 1;
      i = text.indexOf('<', copied);
    } else {
      i = text.indexOf('<', i + 1);
    }
  }
  if (!parts.length) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
