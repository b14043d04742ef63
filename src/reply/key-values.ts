// Reads the "key=value, key=value" fields of Postfix and Sendmail log lines.

/**
 * Returns the fields of a log line. `lastKeys` name fields whose value runs to the end of the
 * line (Postfix `status=`, Sendmail `stat=`), since their text may hold commas. The other fields are
 * the pieces between commas (and the white space after each), each "... key=value"; the first of a
 * key is kept. Read by hand, one pass: every delivery line of a log comes here.
 */
export function readKeyValues(line: string, lastKeys: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let rest = line;
  for (const key of lastKeys) {
    const at = findKey(line, key);
    if (at >= 0) {
      fields.set(key, line.slice(at + key.length + 1).trim());
      rest = line.slice(0, at);
      break;
    }
  }
  let start = 0;
  for (;;) {
    const comma = rest.indexOf(',', start);
    const end = comma < 0 ? rest.length : comma;
    readField(rest, start, end, fields);
    if (comma < 0) return fields;
    start = comma + 1;
    while (start < rest.length && isSpace(rest, start)) start++;
  }
}

/** The field in [start, end) of `text`, "... key=value": its key (after the last space before "=") and value. */
function readField(text: string, start: number, end: number, fields: Map<string, string>): void {
  const eq = text.indexOf('=', start);
  if (eq <= start || eq >= end) return;
  const space = text.lastIndexOf(' ', eq);
  const key = text.slice(space < start ? start : space + 1, eq).toLowerCase();
  if (key && !fields.has(key)) fields.set(key, text.slice(eq + 1, end).trim());
}

/** White space as a regular expression's \s has it (what the pieces were once split on: /,\s* /). */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 32 || c === 9) return true;
  return (c < 32 || c > 126) && /\s/.test(text[at]!);
}

/** Index of `key=` as a whole key (preceded by a space, a comma or the start). */
function findKey(line: string, key: string): number {
  let from = 0;
  for (;;) {
    const at = line.indexOf(key + '=', from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : line[at - 1]!;
    if (before === ' ' || before === ',' || before === '\t') return at;
    from = at + 1;
  }
}
