// An RTF document (an Outlook message's decompressed RTF body) -> its text, in one pass over the bytes.
// RTF that Outlook made from an HTML message (\fromhtml1, [MS-OXRTFEX]) holds that HTML: its tags in
// {\*\htmltag} groups, its text as RTF text, and RTF of its own between \htmlrtf and \htmlrtf0; the
// HTML is put back together and read as any HTML body. RTF made from plain text (\fromtext) and RTF
// typed in Outlook are read as text: groups, control words and the destinations that hold no text of
// the document (the font, colour and style tables, pictures, field codes, any {\*\...} group) are left
// out; \'hh escapes are bytes in the document's code page (\ansicpg), \uN a UTF-16 unit followed by
// \ucN characters written for readers that lack Unicode, which are skipped. Malformed RTF never throws:
// what could be read is returned.
import { charsetDecoder, codepageLabel } from './charset.js';
import { htmlToText } from './html-to-text.js';
import { MAX_NOTICE_CHARS } from './limits.js';

/** Letters of a control word and digits of its parameter ([MS-RTF] 1.9.1: 32 and 10): the rest is text. */
const MAX_WORD_LETTERS = 32;
const MAX_PARAM_DIGITS = 10;
/** Fallback characters after \uN (\ucN): more than a few is a damaged document, not a code page's bytes. */
const MAX_FALLBACK_CHARS = 8;
/** Text read of a document, and HTML of one that carries HTML (as much as a .msg's HTML body is read): the rest is not. */
const MAX_TEXT_CHARS = MAX_NOTICE_CHARS;
const MAX_HTML_CHARS = 2 * MAX_NOTICE_CHARS;
/** Groups nested with a state of their own (real documents nest a few dozen); deeper ones share the last. */
const MAX_GROUP_DEPTH = 256;

/** Destinations that hold no text of the document: the tables, pictures, objects, field codes, the header. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'info', 'pict',
  'object', 'objdata', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'xmlnstbl', 'fldinst',
  'filetbl', 'generator', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'pntext', 'pntxta', 'pntxtb', 'mmathpr', 'userprops', 'docvar', 'bkmkstart', 'bkmkend', 'nonshppict',
]);

/** Control words that stand for a character of the text. */
const CHARACTER_WORDS: ReadonlyMap<string, string> = new Map([
  ['par', '\r\n'], ['line', '\r\n'], ['sect', '\r\n'], ['page', '\r\n'], ['row', '\r\n'], ['tab', '\t'], ['cell', '\t'],
  ['emdash', '\u2014'], ['endash', '\u2013'], ['bullet', '\u2022'], ['lquote', '\u2018'], ['rquote', '\u2019'],
  ['ldblquote', '\u201c'], ['rdblquote', '\u201d'], ['emspace', ' '], ['enspace', ' '], ['qmspace', ' '],
]);

/** Control symbols (a backslash and one sign) that stand for a character. */
const CHARACTER_SYMBOLS: ReadonlyMap<number, string> = new Map([
  [0x5c, '\\'], [0x7b, '{'], [0x7d, '}'], [0x7e, '\u00a0'], [0x5f, '\u2011'], [0x0d, '\r\n'], [0x0a, '\r\n'],
]);

/** What a group keeps of the group around it. */
interface GroupState {
  /** In a destination that holds no text. */
  skip: boolean;
  /** Between \htmlrtf and \htmlrtf0: RTF that has no part in the encapsulated HTML or text. */
  htmlrtf: boolean;
  /** In an {\*\htmltag} group: HTML markup of an encapsulated HTML document. */
  tag: boolean;
  /** \ucN: characters written after each \uN for readers without Unicode. */
  fallback: number;
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function hexValue(c: number): number {
  if (isDigit(c)) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/** The text of an RTF document: its encapsulated HTML's text, else its own text. */
export function rtfToText(rtf: Uint8Array): string {
  const { text, html } = readRtf(rtf);
  return html ? htmlToText(text) : text;
}

/**
 * One pass over the RTF: the text it shows, or with `html` the HTML it encapsulates (markup as written,
 * text with its < and > escaped, as the HTML had them).
 */
function readRtf(rtf: Uint8Array): { text: string; html: boolean } {
  const out: string[] = [];
  let length = 0;
  let decoder = charsetDecoder('windows-1252');
  /** Bytes of text and of \'hh escapes not yet decoded: a double-byte code page's letter takes two. */
  let bytes: number[] = [];
  let html = false;
  let state: GroupState = { skip: false, htmlrtf: false, tag: false, fallback: 1 };
  const outer: GroupState[] = [];
  /** Groups open past MAX_GROUP_DEPTH, in the state of the deepest one. */
  let deeper = 0;
  /** Fallback characters of the last \uN still to skip. */
  let skipping = 0;
  /** Just after "{" (and "\*"): the next control word may name the group's destination. */
  let groupStart = false;
  let starred = false;

  const shown = () => !state.skip && !state.htmlrtf;
  const flush = () => {
    if (bytes.length) add(decoder.decode(Uint8Array.from(bytes)));
    bytes = [];
  };
  // text of an encapsulated HTML document outside its tags is text, not markup
  const escaped = (s: string) => (html && !state.tag ? s.replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
  const add = (s: string) => {
    const text = escaped(s);
    out.push(text);
    length += text.length;
  };
  const push = (s: string) => {
    flush();
    add(s);
  };
  /** A character of the text: skipped when it is a fallback of \uN, kept when the group shows text. */
  const byte = (b: number) => {
    if (skipping > 0) skipping--;
    else if (shown()) bytes.push(b);
  };

  let i = 0;
  const n = rtf.length;
  while (i < n && length + bytes.length <= (html ? MAX_HTML_CHARS : MAX_TEXT_CHARS)) {
    const c = rtf[i]!;
    if (c === 0x7b /* { */) {
      flush();
      if (outer.length < MAX_GROUP_DEPTH) {
        outer.push(state);
        state = { ...state };
      } else deeper++;
      skipping = 0;
      groupStart = true;
      starred = false;
      i++;
      continue;
    }
    if (c === 0x7d /* } */) {
      flush();
      if (deeper > 0) deeper--;
      else state = outer.pop() ?? state;
      skipping = 0;
      groupStart = false;
      i++;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      // line breaks of the RTF file are no text
      i++;
      continue;
    }
    if (c !== 0x5c /* \ */) {
      groupStart = false;
      byte(c);
      i++;
      continue;
    }
    // a control word, or a control symbol
    const next = rtf[i + 1];
    if (next === undefined) break;
    if (!isLetter(next)) {
      i += 2;
      if (next === 0x2a /* * */) {
        starred = groupStart;
        continue;
      }
      groupStart = false;
      if (next === 0x27 /* ' */) {
        const hi = hexValue(rtf[i] ?? 0);
        const lo = hexValue(rtf[i + 1] ?? 0);
        if (hi < 0 || lo < 0) continue;
        i += 2;
        byte(hi * 16 + lo);
        continue;
      }
      const symbol = CHARACTER_SYMBOLS.get(next);
      if (skipping > 0) skipping--;
      else if (symbol !== undefined && shown()) push(symbol);
      continue;
    }
    let end = i + 1;
    while (end < n && end - i - 1 < MAX_WORD_LETTERS && isLetter(rtf[end]!)) end++;
    let word = '';
    for (let k = i + 1; k < end; k++) word += String.fromCharCode(rtf[k]! | 0x20);
    let param: number | null = null;
    const negative = rtf[end] === 0x2d /* - */ && isDigit(rtf[end + 1] ?? 0);
    if (negative) end++;
    if (isDigit(rtf[end] ?? 0)) {
      param = 0;
      const start = end;
      while (end < n && end - start < MAX_PARAM_DIGITS && isDigit(rtf[end]!)) param = param * 10 + (rtf[end++]! - 0x30);
      if (negative) param = -param;
    }
    // a space ends a control word and is part of it
    if (rtf[end] === 0x20) end++;
    i = end;

    if (word === 'bin') {
      // binary data: never text, never braces
      i += Math.max(0, param ?? 0);
      continue;
    }
    if (groupStart) {
      groupStart = false;
      if (starred) {
        // {\*\htmltag} holds the markup of encapsulated HTML; any other {\*\...} group is unknown to readers
        if (html && word === 'htmltag') state.tag = true;
        else state.skip = true;
        continue;
      }
      if (SKIPPED_DESTINATIONS.has(word)) {
        state.skip = true;
        continue;
      }
    }
    if (state.skip) continue;
    if (skipping > 0) {
      skipping--;
      continue;
    }
    switch (word) {
      case 'fromhtml':
        html = param !== 0;
        break;
      case 'ansicpg':
        flush();
        decoder = charsetDecoder(codepageLabel(param ?? undefined) ?? 'windows-1252');
        break;
      case 'htmlrtf':
        flush();
        state.htmlrtf = param !== 0;
        break;
      case 'uc':
        state.fallback = Math.min(Math.max(param ?? 1, 0), MAX_FALLBACK_CHARS);
        break;
      case 'u':
        if (param !== null && shown()) push(String.fromCharCode(param & 0xffff));
        skipping = state.fallback;
        break;
      default: {
        const char = CHARACTER_WORDS.get(word);
        if (char !== undefined && shown()) push(char);
      }
    }
  }
  flush();
  return { text: out.join(''), html };
}
