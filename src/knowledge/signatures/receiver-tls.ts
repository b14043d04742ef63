// The receiving server's own TLS is broken, and it says so: Postfix's smtpd answers STARTTLS with
// "454 4.7.0 TLS not available due to local problem" when it cannot load its certificate or key
// (smtpd_tls_cert_file, smtpd_tls_key_file). Nothing on the sending side to fix: its queue retries
// (delivering in clear text where TLS is not required), and only the receiver's admin can mend it.
import type { Signature } from './types.js';

export const receiverTlsSignatures = [
  {
    id: 'postfix:tls-local-problem',
    provider: 'postfix',
    text: [['tls not available', 'local problem']],
    reason: 'failedstarttls',
    ownWords: true,
    actors: ['recipient-admin'],
    retry: 'automatic',
    source: 'https://www.postfix.org/TLS_README.html#server_cert_key',
  },
] as const satisfies readonly Signature[];
