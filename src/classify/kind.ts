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
