// fml mailing list manager notices (X-MLServer: fml ...): the list refused a post. The recipient is
// the list; the reason is in fml's own sentence ("You are not a member of this mailing list").
import { findAddress } from '../../reply/find-address.js';
import type { Reason } from '../../types.js';
import type { BounceDoc, Decoder } from '../types.js';
import { toFacts } from './lhost-common.js';

/** fml's notice sentences and subjects, and what each one means. */
const MESSAGES: ReadonlyArray<readonly [RegExp, Reason]> = [
  [/are not (?:a )?member|members only|not a member of this mailing list/i, 'rejected'],
  [/security alert/i, 'securityerror'],
  [/fml system error message|loop alert|loop back warning|unix from loop/i, 'systemerror'],
];

/** fml's footer: "If you know the general guide of this list, please send mail with the mail body guide to the address <ctl>". */
const FML_FOOTER = /if you know the general guide of this list,\s+please send mail/i;

export const fmlDecoder: Decoder = {
  id: 'fml',
  decode(doc: BounceDoc) {
    // pasted without its headers: fml's footer, which names the list's control address (no recipient)
    if (!/^fml\b/i.test((doc.headers.get('x-mlserver') ?? '').trim()) && !(doc.pasted && FML_FOOTER.test(doc.notice))) return null;
    const about = `${doc.subject}\n${doc.notice}`;
    const hit = MESSAGES.find(([re]) => re.test(about));
    if (!hit) return null;
    const list = /mailing list\s*<([^>]+)>/i.exec(doc.notice)?.[1] ?? doc.headers.get('from') ?? '';
    const text = doc.notice.trim().split(/\r?\n\r?\n/, 1)[0] ?? '';
    const facts = toFacts({ recipient: findAddress(list), text: text || doc.subject });
    facts.reasonHint = hit[1];
    facts.hintRule = `fml:${hit[1]}`;
    return [facts];
  },
};
