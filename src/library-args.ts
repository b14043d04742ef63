// The library's public functions check what a caller hands them (src/index.ts, src/node.ts): a wrong
// type or an unknown language is a clear TypeError or RangeError naming the function, not an error from
// deep inside ("Cannot read properties of undefined (reading 'reasons')"). The engine's own calls skip
// these checks.
import { matchLocale } from './i18n/match-locale.js';
import type { DeliveryCounts } from './reply/delivery-counts.js';
import { DEFAULT_LOCALE, type Locale } from './types.js';

/** What a value is, in an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') {
    const name = (value.constructor as { name?: string } | undefined)?.name ?? 'object';
    // ("a Uint8Array": its U is said "you")
    return `${/^[aeio]/i.test(name) ? 'an' : 'a'} ${name}`;
  }
  return `${typeof value} ${String(value)}`;
}

/**
 * `lang`: "pt-BR" or "en", or any tag that starts with pt or en ("pt", "en-US"), in any case; absent
 * means pt-BR.
 */
export function libraryLocale(value: unknown, fn: string): Locale {
  if (value === undefined || value === null) return DEFAULT_LOCALE;
  if (value === 'pt-BR' || value === 'en') return value;
  const locale = typeof value === 'string' ? matchLocale(value) : null;
  if (!locale) throw new RangeError(`smtp-explain ${fn}(): lang is "pt-BR" or "en" (or a tag that starts with pt or en), not ${describe(value)}`);
  return locale;
}

/** An options object, or nothing. */
export function libraryOptions<T extends object>(value: unknown, fn: string): Partial<T> {
  if (value === undefined || value === null) return {};
  if (typeof value === 'string') throw new TypeError(`smtp-explain ${fn}(): options is an object, such as { lang: ${JSON.stringify(value)} }, not a string`);
  if (typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`smtp-explain ${fn}(): options is an object, not ${describe(value)}`);
  return value as Partial<T>;
}

export function libraryText(value: unknown, fn: string, what = 'input'): string {
  if (typeof value !== 'string') throw new TypeError(`smtp-explain ${fn}(): ${what} is a string, not ${describe(value)}`);
  return value;
}

/**
 * A text, or bytes as a Uint8Array (a Buffer is one), an ArrayBuffer, a SharedArrayBuffer or any view of
 * one, from this realm or another (a test runner's vm, an iframe): told by their tag, not instanceof.
 */
export function libraryInput(value: unknown, fn: string): string | Uint8Array {
  if (typeof value === 'string' || value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(value as ArrayBuffer);
  // an object or an array: most likely a webhook's body, parsed as JSON by the server's framework
  const proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) as unknown : undefined;
  const parsed = Array.isArray(value) || proto === Object.prototype || proto === null ? ': a webhook\'s JSON is given as its text, the raw body (or JSON.stringify(body))' : '';
  throw new TypeError(`smtp-explain ${fn}(): input is a string or bytes (Uint8Array, Buffer, ArrayBuffer), not ${describe(value)}${parsed}`);
}

/** `maxResults`: a whole number from 1 up, Infinity (no cap at all), or absent (the function's default). */
export function libraryMaxResults(value: unknown, fn: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !(Number.isInteger(value) || value === Infinity) || value < 1) {
    throw new RangeError(`smtp-explain ${fn}(): maxResults is a whole number from 1 up (or Infinity), not ${describe(value)}`);
  }
  return value;
}

/** A count: a whole number from 0 up (`what` says what it counts). */
export function libraryCount(value: unknown, fn: string, name: string, what: string): number {
  if (typeof value !== 'number') throw new TypeError(`smtp-explain ${fn}(): ${name} is ${what}, a number, not ${value === undefined ? 'absent' : describe(value)}`);
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`smtp-explain ${fn}(): ${name} is ${what}, a whole number from 0 up, not ${describe(value)}`);
  return value;
}

/** `deliveries` of mailboxReport(): { delivered, failed, deferred }, counts, or absent (null). */
export function libraryDeliveries(value: unknown, fn: string): DeliveryCounts | null {
  if (value === undefined || value === null) return null;
  const counts = value as Partial<Record<keyof DeliveryCounts, unknown>>;
  if (typeof value !== 'object' || !(['delivered', 'failed', 'deferred'] as const).every((k) => Number.isInteger(counts[k]) && (counts[k] as number) >= 0)) {
    throw new TypeError(`smtp-explain ${fn}(): deliveries is { delivered, failed, deferred }, counts (analyzeInput's logDelivered, logFailed, logDeferred), not ${describe(value)}`);
  }
  return value as DeliveryCounts;
}

/** `file`: the name results carry, or absent. */
export function libraryFile(value: unknown, fn: string): string | null | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value;
  throw new TypeError(`smtp-explain ${fn}(): file is a string, not ${describe(value)}`);
}

/**
 * `signal`: an AbortSignal (AbortController's signal, AbortSignal.timeout(ms)), from this realm or
 * another (told by its tag, as a polyfill's by its `aborted` and addEventListener), or absent.
 */
export function librarySignal(value: unknown, fn: string): AbortSignal | undefined {
  if (value === undefined || value === null) return undefined;
  const signal = value as Partial<AbortSignal>;
  const tagged = Object.prototype.toString.call(value) === '[object AbortSignal]';
  if (typeof value === 'object' && (tagged || (typeof signal.aborted === 'boolean' && typeof signal.addEventListener === 'function'))) return value as AbortSignal;
  throw new TypeError(`smtp-explain ${fn}(): signal is an AbortSignal (an AbortController's signal, AbortSignal.timeout(ms)), not ${describe(value)}`);
}

/**
 * `source` of analyzeStream(): a ReadableStream (a browser's File.stream(), a fetch's body, Node's
 * Readable.toWeb()), from this realm or another (told by its getReader), or any async iterable (a Node
 * Readable, an async generator). Its chunks: bytes (a Uint8Array, a Buffer, any view, an ArrayBuffer) or
 * text; another chunk fails the reading with a TypeError naming the function. The iterator's return()
 * closes it at once, a read still pending or not (a ReadableStream's reader is cancelled).
 */
export function libraryStream(value: unknown, fn: string): AsyncIterable<Uint8Array | string> {
  const source = value as Partial<ReadableStream<unknown> & AsyncIterable<unknown>> | null | undefined;
  let open: () => AsyncIterator<unknown>;
  if (typeof source?.getReader === 'function') {
    const stream = source as ReadableStream<unknown>;
    open = () => {
      const reader = stream.getReader();
      return {
        next: async () => {
          const r = await reader.read();
          return r.done ? { done: true, value: undefined } : { done: false, value: r.value };
        },
        return: async () => {
          await reader.cancel().catch(() => undefined);
          return { done: true, value: undefined };
        },
      };
    };
  } else if (typeof value === 'object' && value !== null && typeof source?.[Symbol.asyncIterator] === 'function') {
    open = () => (value as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  } else {
    const whole = typeof value === 'string' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer ? ': a whole input is analyze()\'s' : '';
    throw new TypeError(`smtp-explain ${fn}(): source is a ReadableStream (file.stream(), Readable.toWeb(...)) or an async iterable of Uint8Array or string chunks, not ${describe(value)}${whole}`);
  }
  return {
    [Symbol.asyncIterator]() {
      const it = open();
      return {
        next: async () => {
          const n = await it.next();
          if (n.done) return { done: true, value: undefined };
          const chunk: unknown = n.value;
          if (typeof chunk === 'string' || chunk instanceof Uint8Array) return { done: false, value: chunk };
          if (ArrayBuffer.isView(chunk)) return { done: false, value: new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) };
          if (Object.prototype.toString.call(chunk) === '[object ArrayBuffer]') return { done: false, value: new Uint8Array(chunk as ArrayBuffer) };
          throw new TypeError(`smtp-explain ${fn}(): each chunk of the source is a Uint8Array (a Buffer) or a string, not ${describe(chunk)}`);
        },
        return: async () => {
          await it.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
