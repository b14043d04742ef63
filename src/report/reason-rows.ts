// The reason counts of a run as the summary, the HTML report and the page show them.
import { shownReasonName } from '../explain/shown-kind.js';
import { percentText } from '../i18n/group-digits.js';
import { deliveriesCounted, type DeliveryCounts } from '../reply/delivery-counts.js';
import type { Locale, Reason } from '../types.js';
import { REPORTS } from './catalog.js';
import type { ReasonCount, Tally } from './tally.js';

/** A reason count as shown: the reason, its name in the report's language (feedback's by what it is), the count. */
export interface ReasonRow {
  /** reasonRowKey() of its results. */
  key: string;
  reason: Reason;
  name: string;
  count: number;
}

/**
 * A reason count's name in `lang`, as its results show it (shownReasonName): feedback's by what it is (a
 * complaint, an unsubscribe request...), a rule's own name (greylisting), a deferral's.
 */
export function reasonCountName(e: Pick<ReasonCount, 'reason' | 'feedbackType' | 'kind' | 'action' | 'signature' | 'status'>, lang: Locale): string {
  return e.reason === 'feedback'
    ? shownReasonName({ reason: 'feedback', feedbackType: e.feedbackType, kind: 'success', action: null }, lang)
    : shownReasonName(e, lang);
}

/** The tally's reason counts, most frequent first (then by key), named in `lang`. */
export function reasonRows(tally: Tally, lang: Locale): ReasonRow[] {
  const rows = [...tally.byReason].map(([key, e]) => ({ key, reason: e.reason, name: reasonCountName(e, lang), count: e.count }));
  return rows.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The refusals of incoming mail (Tally.inboundByReason), most first, each reason named in `lang`. */
export function inboundRows(tally: Tally, lang: Locale): { reason: Reason; name: string; count: number }[] {
  return [...tally.inboundByReason].map(([reason, count]) => ({ reason, name: REPORTS[lang].reasonName[reason], count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
}

/** A row of a mail log's deliveries as shown (deliveryRows): its id ("delivered"), its label, its count, a note. */
export interface DeliveryRow {
  id: 'total' | keyof DeliveryCounts;
  label: string;
  count: number;
  note: string;
}

/**
 * How the deliveries a mail log recorded ended (Tally.deliveries), as --summary, the HTML report and the
 * page show them: the total, then delivered, failed (with its share), deferred (when any); [] when no log
 * recorded a delivery.
 */
export function deliveryRows(d: DeliveryCounts | null | undefined, lang: Locale): DeliveryRow[] {
  const total = d ? deliveriesCounted(d) : 0;
  if (!d || !total) return [];
  const t = REPORTS[lang].deliveries;
  return [
    { id: 'total', label: t.total, count: total, note: '' },
    { id: 'delivered', label: t.delivered, count: d.delivered, note: '' },
    { id: 'failed', label: t.failed, count: d.failed, note: t.share(percentText(d.failed, total, lang)) },
    ...(d.deferred ? [{ id: 'deferred' as const, label: t.deferred, count: d.deferred, note: '' }] : []),
  ];
}
