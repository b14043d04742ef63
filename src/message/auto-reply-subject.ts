// Whether a subject is an automatic reply's ("Automatic reply: Proposta", "Resposta automática: ...",
// "Out of Office: ..."), and whether it is a person's forward of a message ("Fwd: ...", "ENC: ...").
import { autoReplySubjectPrefixes } from '../knowledge/phrases/not-failures.js';
import { stripAccents } from '../knowledge/phrases/without-accents.js';

/** The prefixes, each also without its accents ("Resposta automatica:"), as strings. */
const PREFIXES: readonly string[] = [...new Set(autoReplySubjectPrefixes.flatMap((p) => [p, stripAccents(p)]))];

/** Prefixes a mail client puts before a forwarded message's subject: English, Portuguese, French, German, Spanish. */
const FORWARD_PREFIX = /^(?:fwd?|enc|tr|wg|rv)\s*:\s*/i;
/** Brackets some systems put around the words ("[Auto-Reply] ...", "【自動返信】..."). */
const OPENING = /^[\s[(\u3010*]+/;

/** The subject without the forward prefixes before it ("Fwd: ENC: x" -> "x"), or null when it has none. */
export function forwardedSubject(subject: string): string | null {
  let rest = subject.trimStart();
  let found = false;
  for (let i = 0; i < 5; i++) {
    const m = FORWARD_PREFIX.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    found = true;
  }
  return found ? rest : null;
}

/** A subject that starts as automatic replies' do; a French " :" is read as ":". */
export function isAutoReplySubject(subject: string): boolean {
  const lower = subject.toLowerCase().replace(OPENING, '').replaceAll(' :', ':');
  return PREFIXES.some((p) => lower.startsWith(p));
}
