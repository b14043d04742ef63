// The lower case of the latest text asked for. One explanation lowers the same reply text in the parser
// (the command it answered, its recipient) and again in the classifier, and the recipients of one notice
// share one text. A single entry: it pays off within one explanation, whatever the next input is.

let lastText = '';
let lastLower = '';

/** `text.toLowerCase()`, computed once for the latest text. */
export function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
