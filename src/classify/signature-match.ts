// Finds the provider signature that fits one recipient's facts.
import type { Signature } from '../knowledge/signatures/types.js';
import type { Evidence, Facts } from '../types.js';
import { findAny } from './pattern.js';

export interface SignatureHit {
  signature: Signature;
  evidence: Evidence[];
}

/** True when `host` is `suffix` or a subdomain of it. */
export function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith('.' + suffix);
}

function statusMatches(status: string, wanted: readonly string[]): boolean {
  if (!status) return false;
  const detail = 'X' + status.slice(status.indexOf('.'));
  return wanted.some((w) => w === status || w === detail);
}

/**
 * Returns the first signature, in table order, whose every condition holds.
 * `lowerText` is the diagnostic text lower-cased once by the caller.
 */
export function matchSignature(
  signatures: readonly Signature[],
  facts: Facts,
  lowerText: string,
): SignatureHit | null {
  const hosts: string[] = [];
  if (facts.remoteHost) hosts.push(facts.remoteHost.toLowerCase());
  const at = facts.recipient ? facts.recipient.lastIndexOf('@') : -1;
  if (facts.recipient && at >= 0) hosts.push(facts.recipient.slice(at + 1).toLowerCase());
  for (const signature of signatures) {
    const evidence: Evidence[] = [];
    if (signature.status) {
      if (!statusMatches(facts.status, signature.status)) continue;
      evidence.push({ rule: signature.id, field: 'status', match: facts.status });
    }
    if (signature.replyCode) {
      if (!signature.replyCode.includes(facts.replyCode)) continue;
      evidence.push({ rule: signature.id, field: 'replyCode', match: facts.replyCode });
    }
    if (signature.hosts) {
      const host = hosts.find((h) => signature.hosts!.some((s) => hostMatches(h, s)));
      if (!host) continue;
      evidence.push({ rule: signature.id, field: 'host', match: host });
    }
    if (signature.text) {
      const hit = findAny(lowerText, signature.text);
      if (!hit) continue;
      evidence.push({ rule: signature.id, field: 'text', match: hit.match });
    }
    return { signature, evidence };
  }
  return null;
}
