// How the deliveries of a mail log ended, as counts (DeliveryTracker counts them): browser-safe and
// small, for the reports and the web page, which show them.

/**
 * How the deliveries a log recorded ended, one per message (queue id) and recipient as DeliveryTracker
 * settles them: a deferral later delivered is one delivery, delivered; one the server then gave up, one
 * failure; one no later line settled, still deferred at the log's end. A local mailbox (Postfix's
 * local(8), Dovecot's LMTP) is a delivery to the recipient; a hand-off to a content filter on the server
 * (log-file.ts handedBackToQueue) is none and is left out, as are the delivery reports the server itself sent.
 */
export interface DeliveryCounts {
  delivered: number;
  failed: number;
  deferred: number;
}

/** What `now` counts past `before` (the deliveries a run of logs settled meanwhile). */
export function countsSince(now: DeliveryCounts, before: DeliveryCounts): DeliveryCounts {
  return { delivered: now.delivered - before.delivered, failed: now.failed - before.failed, deferred: now.deferred - before.deferred };
}

/** The deliveries counted (DeliveryCounts): all three outcomes. */
export function deliveriesCounted(c: DeliveryCounts): number {
  return c.delivered + c.failed + c.deferred;
}

/**
 * The deliveries of what was read, from analyzeInput's counts (logDelivered, logFailed, logDeferred; the
 * page's ReadCount holds them too); null when no mail log recorded any.
 */
export function deliveriesOf(read: { logDelivered?: number; logFailed?: number; logDeferred?: number }): DeliveryCounts | null {
  const d = { delivered: read.logDelivered ?? 0, failed: read.logFailed ?? 0, deferred: read.logDeferred ?? 0 };
  return deliveriesCounted(d) ? d : null;
}
