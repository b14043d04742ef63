// The kind of a result: from the reply class (RFC 5321 §4.2.1), else the enhanced class (RFC 3463 §3.1),
// else the DSN Action (RFC 3464 §2.3.3).
import type { Kind } from '../types.js';

export function kindOf(replyCode: string, status: string, action: string | null | undefined): Kind | null {
  const c = replyCode[0];
  if (c === '2') return 'success';
  if (c === '3') return 'intermediate';
  if (c === '4') return 'transient';
  if (c === '5') return 'permanent';
  if (c === '1') return 'transient'; // 101, 111: the client failed to connect; no server answered
  const s = status[0];
  if (s === '2') return 'success';
  if (s === '4') return 'transient';
  if (s === '5') return 'permanent';
  switch (action) {
    case 'delivered': case 'relayed': case 'expanded': return 'success';
    case 'delayed': return 'transient';
    case 'failed': return 'permanent';
    default: return null;
  }
}

/**
 * A reply code and a status of different classes (2, 4, 5): "550 2.0.0", "550 4.2.0". The client acts
 * on the reply code (RFC 5321 §4.2.1), so the explanation goes by it and says so.
 */
export function classesDiffer(replyCode: string, status: string): boolean {
  const code = replyCode[0];
  return (code === '2' || code === '4' || code === '5') && !!status && status[0] !== code;
}

/** A reply code and a status of which one says success and the other failure ("550 2.0.0", "250 5.1.1"). */
export function classesDisagree(replyCode: string, status: string): boolean {
  return classesDiffer(replyCode, status) && (replyCode[0] === '2' || status[0] === '2');
}
