// Phrases of notices that report a delay (the sending server still retries) rather than a final failure.
// Such a notice without a DSN Action is read as Action: delayed, a temporary failure.

export const DELAY_MARKERS: readonly string[] = [
  'this is a temporary error', 'delay reason', 'will be retried', 'has not yet been delivered', 'message delayed',
  'delivery delayed', 'delivery has been delayed', 'still trying', 'will continue trying', 'will keep trying',
  'warning: could not send message', 'not been delivered yet', 'delivery is delayed', 'temporarily deferred',
  'is still being retried', 'retry until',
];

export function soundsDelayed(lowerNotice: string): boolean {
  return DELAY_MARKERS.some((m) => lowerNotice.includes(m));
}
