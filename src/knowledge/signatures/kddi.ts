// KDDI (au): the mobile carrier's mail domains au.com and ezweb.ne.jp.
//
// KDDI's inbound servers answer one fixed sentence in two shapes. "550 <a@au.com>: User unknown",
// with the address, is the address that does not exist. "550 : User unknown", with nothing before the
// colon, is what they send when the recipient's own filter (the "receiving refusal" settings au
// users set in their phone: domain and address filters, refusal of PC mail) refuses the sender: the
// address exists, the mail was filtered. Relaying services quote it in their own words ("550: : User
// unknown", "smtp; 550 : User unknown"), so the rows look for the colon, not the code.
import type { Signature } from './types.js';

const HOSTS = ['au.com', 'ezweb.ne.jp'];
const SOURCE = 'observed';

export const kddiSignatures = [
  {
    // "<a@au.com>: User unknown": the address is not a KDDI mailbox. Before the filtered row,
    // whose pattern is part of this one.
    id: 'kddi:user-unknown',
    provider: 'kddi',
    hosts: HOSTS,
    text: ['>: user unknown'],
    reason: 'userunknown',
    source: SOURCE,
  },
  {
    // "550 : User unknown": no address before the colon, the recipient's receiving filter refused it.
    id: 'kddi:filtered-user-unknown',
    provider: 'kddi',
    hosts: HOSTS,
    text: [': user unknown'],
    reason: 'filtered',
    source: SOURCE,
  },
] as const satisfies readonly Signature[];
