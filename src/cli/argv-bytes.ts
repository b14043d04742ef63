// The bytes of a command-line argument that is no UTF-8. Node decodes process.argv as UTF-8, a byte
// that is none becoming U+FFFD: a file named in Latin-1 ("relat\xf3rio.eml", from an old Windows
// machine) and given by name, or by a shell glob (smtp-explain *.eml), reaches us as "relat\uFFFDrio.eml",
// which names nothing. On Linux the process's arguments, as bytes, are in /proc/self/cmdline. (macOS
// and Windows keep names in Unicode: there a name is always UTF-8, and this finds nothing.)
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

/** The arguments that are no UTF-8, by the string Node made of them (read once: a glob may give thousands). */
let byText: Map<string, Buffer[]> | null = null;

/**
 * The process's arguments that are no UTF-8 and that Node decoded as `arg`, in their order: more than
 * one when names differ only in bytes that are no UTF-8 ("relat\xf3rio", "relat\xe1rio"). Empty when the
 * arguments cannot be read (no /proc) or `arg` came from none of them (a test calling run()).
 */
export function argvBytes(arg: string): readonly Buffer[] {
  if (byText === null) {
    byText = new Map();
    let all: Buffer;
    try {
      all = readFileSync('/proc/self/cmdline');
    } catch {
      return [];
    }
    for (let start = 0, end = all.indexOf(0); end >= 0; start = end + 1, end = all.indexOf(0, start)) {
      const bytes = all.subarray(start, end);
      if (isUtf8(bytes)) continue;
      const text = bytes.toString('utf8');
      const list = byText.get(text);
      if (list) list.push(bytes);
      else byText.set(text, [bytes]);
    }
  }
  return byText.get(arg) ?? [];
}
