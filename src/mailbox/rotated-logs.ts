// The files of a rotated log in the order they were written: the shell sorts "mail.log*" as mail.log,
// mail.log.1, mail.log.2.gz (newest first), and a folder is walked in name order; read as one log
// (LogRun), a deferral must come before the later file's line that resolves it.

/**
 * A rotated file's name: the log's name, then logrotate's number (".1", ".2.gz", Exim's exicyclog
 * ".01") or date ("-20261129", dateext; "-2026112900" with an hour), then ".gz" if compressed.
 */
const ROTATED = /^(.+?)(?:\.(\d{1,4})|-(\d{8}|\d{10}))(\.gz)?$/;

interface Rotation {
  /** The log's own name, with its folder. */
  base: string;
  /** Numbered: higher is older. Dated: higher is newer. The log itself: neither. */
  number: number | null;
  date: string | null;
}

function rotationOf(name: string): Rotation {
  const m = ROTATED.exec(name);
  if (!m) return { base: name, number: null, date: null };
  return { base: m[1]!, number: m[2] === undefined ? null : Number(m[2]), date: m[3] ?? null };
}

/**
 * Items in the same places, but each log's rotated files oldest first and the log itself last
 * (mail.log.2.gz, mail.log.1, mail.log); anything else keeps its place. A group is reordered only when
 * its order is plain: the log named once, all its files numbered or all dated, no number or date twice.
 */
export function inWrittenOrder<T>(items: readonly T[], name: (item: T) => string): T[] {
  if (items.length < 2) return [...items];
  const groups = new Map<string, { at: number[]; rotation: Rotation[] }>();
  items.forEach((item, at) => {
    const rotation = rotationOf(name(item));
    let group = groups.get(rotation.base);
    if (!group) groups.set(rotation.base, (group = { at: [], rotation: [] }));
    group.at.push(at);
    group.rotation.push(rotation);
  });
  const out = [...items];
  for (const { at, rotation } of groups.values()) {
    if (at.length < 2 || !plainOrder(rotation)) continue;
    const order = at.map((i, k) => ({ item: items[i]!, r: rotation[k]! })).sort((a, b) => age(b.r) - age(a.r));
    at.forEach((i, k) => (out[i] = order[k]!.item));
  }
  return out;
}

function plainOrder(rotations: readonly Rotation[]): boolean {
  const numbered = rotations.filter((r) => r.number !== null);
  const dated = rotations.filter((r) => r.date !== null);
  const plain = rotations.length - numbered.length - dated.length;
  if (plain > 1 || (numbered.length && dated.length) || (!numbered.length && !dated.length)) return false;
  return new Set(rotations.map(age)).size === rotations.length;
}

/** How old a file of one group is, larger older: the log itself 0, "mail.log.3" 3, "mail.log-20261129" by its date. */
function age(r: Rotation): number {
  if (r.number !== null) return r.number;
  return r.date === null ? 0 : 1e10 - Number(r.date.slice(0, 8)) + (r.date.length > 8 ? (100 - Number(r.date.slice(8))) / 100 : 0);
}
