// "1 dia, 19 horas e 57 minutos" / "1 day, 19 hours and 57 minutes": a duration in a catalog's words.
import type { RetryWindow } from '../message/retry-window.js';

export interface DurationWords {
  /** [singular, plural] */
  day: readonly [string, string];
  hour: readonly [string, string];
  minute: readonly [string, string];
  /** The word before the last part: "e", "and". */
  and: string;
}

export function duration(w: Pick<RetryWindow, 'days' | 'hours' | 'minutes'>, words: DurationWords): string {
  const parts: string[] = [];
  const add = (n: number, [one, many]: readonly [string, string]) => { if (n) parts.push(`${n} ${n === 1 ? one : many}`); };
  add(w.days, words.day);
  add(w.hours, words.hour);
  add(w.minutes, words.minute);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${words.and} ${parts[parts.length - 1]}` : parts.join('');
}
