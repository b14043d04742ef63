// Reads the "key=value, key=value" fields of Postfix and Sendmail log lines.

/**
 * Returns the fields of a log line. `lastKeys` name fields whose value runs to the end of the
 * line (Postfix `status=`, Sendmail `stat=`), since their text may hold commas.
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
  for (const piece of rest.split(/,\s*/)) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    const key = piece.slice(piece.lastIndexOf(' ', eq) + 1, eq).toLowerCase();
    if (key && !fields.has(key)) fields.set(key, piece.slice(eq + 1).trim());
  }
  return fields;
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
