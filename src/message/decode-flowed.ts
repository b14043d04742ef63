// Text sent format=flowed (RFC 3676: soft line breaks marked by a trailing space, DelSp=yes for
// languages without spaces) joined into its paragraphs, as postal-mime joins them, so that a reason
// wrapped over lines reads as one sentence whichever reader read the message.

/** RFC 3676 format=flowed, unfolded as postal-mime does. */
export function decodeFlowed(str: string, delSp: boolean): string {
  const parts: string[] = [];
  let lineStart = 0;
  let lineLength = 0;
  const lines = str.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.charAt(0) === ' ') line = line.slice(1);
    if (i) {
      const last = parts.length ? parts[parts.length - 1]! : '';
      const isSignature = lineLength === 3 && parts.slice(lineStart).join('') === '-- ';
      if (last.endsWith(' ') && !isSignature) {
        if (delSp) {
          if (last.length > 1) parts[parts.length - 1] = last.slice(0, -1);
          else parts.pop();
          lineLength--;
        }
      } else {
        parts.push('\n');
        lineStart = parts.length;
        lineLength = 0;
      }
    }
    if (line) {
      parts.push(line);
      lineLength += line.length;
    }
  }
  return parts.join('');
}
