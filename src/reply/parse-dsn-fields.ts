// Reads RFC 3464 delivery-status fields ("Status: 5.1.1", "Diagnostic-Code: smtp; 550 ...") from text.

/** Field names are matched case-insensitively; values keep continuation lines (RFC 5322 folding) unfolded. */
export function readFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (current && /^[ \t]/.test(line)) {
      fields.set(current, fields.get(current)! + ' ' + line.trim());
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9-]{0,40}):(.*)$/.exec(line); // the value is trimmed below
    if (m) {
      current = m[1]!.toLowerCase();
      if (!fields.has(current)) fields.set(current, m[2]!.trim());
      else current = null;
    } else {
      current = null;
    }
  }
  return fields;
}

/** "smtp; 550 5.1.1 ..." -> "550 5.1.1 ..."; "rfc822; a@x" -> "a@x". */
export function stripType(value: string): string {
  const semi = value.indexOf(';');
  if (semi > 0 && semi < 12 && !value.slice(0, semi).includes(' ')) return value.slice(semi + 1).trim();
  return value.trim();
}

/** Every value of one field (ARF repeats Original-Rcpt-To once per complaining recipient). */
export function fieldValues(text: string, name: string): string[] {
  const wanted = name.toLowerCase() + ':';
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.length > wanted.length && line.slice(0, wanted.length).toLowerCase() === wanted) out.push(line.slice(wanted.length).trim());
  }
  return out;
}
