// Phrases of notices that report a delay (the sending server still retries) rather than a final failure.
// Such a notice without a DSN Action is read as Action: delayed, a temporary failure.

/**
 * The sending server's own words in a delay warning (Postfix's "THIS IS A WARNING ONLY", "will be
 * retried until"). Remote replies do not say them, so they tell a whole notice apart even when it
 * quotes a reply.
 */
const WARNING_MARKERS: readonly string[] = [
  'this is a warning only', 'will be retried', 'is still being retried', 'delivery has been delayed',
  // Gmail's older notice: "Delivery to the following recipient has been delayed: ana@example.com"
  'recipient has been delayed', 'recipients has been delayed',
  'has not yet been delivered', 'not been delivered yet', 'will continue trying', 'will keep trying',
  // Gmail: "There was a temporary problem delivering your message to x. Gmail will retry for 47 more hours."
  'temporary problem delivering', 'will retry for', 'if the delivery fails permanently',
  // Microsoft 365: "Delivery is delayed to these recipients or groups: ... This message hasn't been
  // delivered yet. Delivery will continue to be attempted."
  "hasn't been delivered yet", 'delivery will continue to be attempted', 'delivery is delayed to these recipients',
  // the same notices in Portuguese ("O Gmail tentará novamente por mais 47 horas", "A entrega está
  // atrasada para estes destinatários ou grupos", "A entrega continuará sendo tentada")
  'problema temporário na entrega', 'tentará novamente por mais', 'se a entrega falhar permanentemente',
  'a entrega está atrasada', 'a entrega continuará sendo tentada', 'ainda não foi entregue',
  // other servers' Portuguese: "A entrega para ana@x está atrasada. O servidor continuará tentando"
  'está atrasada', 'foi adiada', 'continuará tentando', 'continuaremos tentando', 'continuará a tentar',
  'será tentada novamente', 'novas tentativas serão feitas',
];

/** The warning's words and the ones a remote reply may also hold ("temporarily deferred"). */
export const DELAY_MARKERS: readonly string[] = [
  ...WARNING_MARKERS,
  'this is a temporary error', 'delay reason', 'message delayed', 'delivery delayed', 'still trying',
  'warning: could not send message', 'delivery is delayed', 'temporarily deferred', 'retry until',
];

export function soundsDelayed(lowerNotice: string): boolean {
  return DELAY_MARKERS.some((m) => lowerNotice.includes(m));
}

export function noticeIsWarning(lowerNotice: string): boolean {
  return warningMarker(lowerNotice) !== null;
}

/** The first words of a delay warning in a lower-cased notice, or null. */
export function warningMarker(lowerNotice: string): string | null {
  return WARNING_MARKERS.find((m) => lowerNotice.includes(m)) ?? null;
}
