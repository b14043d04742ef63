// The new address a reply or an automatic answer gives for a recipient who moved: RFC 5321 §3.4's
// "551 User not local; please try <forward-path>", Sendmail's "User has moved; please try <new>",
// "my new address is ...", "o meu novo endereço é ...". Only words that name the same person's new
// address: "contact bia@..." in a departed employee's reply names someone else.
import { findAddresses } from './find-address.js';

/** Lower case; each is followed, within NEW_ADDRESS_WINDOW characters, by the new address. */
const NEW_ADDRESS_MARKERS: readonly string[] = [
  'please try', 'has moved to', 'moved to', 'new address', 'new e-mail address', 'new email address', 'new mail address',
  'replaced by', 'changed to', 'novo endereço', 'novo endereco', 'novo e-mail', 'novo email', 'substituído por',
  'substituido por', 'mudou para', 'alterado para',
];
const NEW_ADDRESS_WINDOW = 80;

/** The new address the text gives after its words for one, other than the recipient's own; null when none. */
export function findNewAddress(text: string, recipient: string | null): string | null {
  const lower = text.toLowerCase();
  const own = recipient?.toLowerCase() ?? null;
  let best: { at: number; address: string } | null = null;
  for (const marker of NEW_ADDRESS_MARKERS) {
    const at = lower.indexOf(marker);
    if (at < 0 || (best && at >= best.at)) continue;
    const start = at + marker.length;
    const window = text.slice(start, start + NEW_ADDRESS_WINDOW + 320);
    const address = findAddresses(window, 3).find((a) => a.toLowerCase() !== own && window.toLowerCase().indexOf(a.toLowerCase()) <= NEW_ADDRESS_WINDOW);
    if (address) best = { at, address };
  }
  return best?.address ?? null;
}
