// A text that holds a sending service's events: JSON (webhook bodies, exports) or a CSV bounce list.
import { readEventCsv } from './esp-csv.js';
import { readEspEvents, type EventsReading } from './esp-events.js';

/**
 * The events of the text, failures apart (past `limit` only counted); 'broken' for JSON cut short,
 * 'too-large' for JSON too large to parse (readEspEvents); null when it holds none.
 */
export function readEvents(text: string, limit = Infinity): EventsReading | 'broken' | 'too-large' | null {
  const json = readEspEvents(text, limit);
  if (json) return json;
  return readEventCsv(text, limit);
}
