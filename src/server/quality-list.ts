// The lists of Accept-Language and Accept-Encoding: values with their weights ("en-US, en;q=0.9,
// pt;q=0.8", "gzip;q=0, identity"). A browser sorts its list, but a client may not, and q=0 means
// "not this": the weights, not the order, say what the client prefers (RFC 9110 §12.4.2).

export interface Weighted {
  /** The value in lower case, parameters other than q left out: "pt-br", "gzip", "*". */
  value: string;
  /** 0 to 1; 1 when not given. */
  q: number;
}

/** Entries read of one header: a longer list is a client's mistake or a probe, not a preference. */
export const MAX_LIST_ENTRIES = 20;

/** RFC 9110's qvalue: 0, 0.5, 0.125, 1, 1.000. */
const QVALUE = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/** The entries of the header in their order, each with its weight; an entry with a malformed weight is left out. */
export function qualityList(header: string | undefined): Weighted[] {
  if (!header) return [];
  const list: Weighted[] = [];
  for (const part of header.split(',').slice(0, MAX_LIST_ENTRIES)) {
    const [value = '', ...params] = part.split(';').map((s) => s.trim());
    if (!value) continue;
    let q = 1;
    let malformed = false;
    for (const p of params) {
      if (!/^q\s*=/i.test(p)) continue;
      const m = QVALUE.exec(p);
      if (m) q = Number(m[1]);
      else malformed = true;
    }
    if (!malformed) list.push({ value: value.toLowerCase(), q });
  }
  return list;
}

/**
 * The value of the list's highest weight that `pick` maps to something (q=0 never), the first one
 * listed among equal weights; null when none.
 */
export function bestOf<T>(header: string | undefined, pick: (value: string) => T | null): T | null {
  let best: T | null = null;
  let bestQ = 0;
  for (const { value, q } of qualityList(header)) {
    if (q <= bestQ) continue;
    const picked = pick(value);
    if (picked !== null) {
      best = picked;
      bestQ = q;
    }
  }
  return best;
}
