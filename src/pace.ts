// Long loops of the library (an mbox's messages, an archive's files, a log's lines) hand the event loop
// back now and then, and stop when the caller's AbortSignal says so. Without it a 7.7 MB mbox froze a Node
// service for 3 s (no other request served, no timeout fired) and a page's thread as long. Browser-safe.

/** Work done between two turns given back to the event loop: a service's other requests wait about this (50 ms left gaps of 170 ms while the code was still cold). */
export const TURN_MS = 25;

interface Scheduling {
  setImmediate?: (callback: () => void) => unknown;
  scheduler?: { yield?: () => Promise<void> };
}

/**
 * A promise that settles on a later turn of the event loop, after timers and I/O that are due: Node's
 * setImmediate, a browser's scheduler.yield(), else setTimeout(0). (A resolved promise or a message on a
 * MessageChannel lets no timer run in between.)
 */
export function nextTurn(): Promise<void> {
  const g = globalThis as Scheduling;
  if (typeof g.setImmediate === 'function') {
    const immediate = g.setImmediate;
    return new Promise((resolve) => { immediate(resolve); });
  }
  if (typeof g.scheduler?.yield === 'function') return g.scheduler.yield();
  return new Promise((resolve) => { setTimeout(resolve, 0); });
}

/** Throws the signal's reason (as fetch() rejects) when it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  // (a signal of a polyfill may have no reason)
  if (signal?.aborted) throw signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * A long loop's steps: `await pace.step()` before each; it throws when the signal is aborted, and gives a
 * turn back to the event loop once TURN_MS of work went by since the last (a clock read per step, ~50 ns,
 * where a message takes ~0.5 ms).
 */
export class Pace {
  private until: number;

  constructor(readonly signal?: AbortSignal) {
    this.until = performance.now() + TURN_MS;
  }

  async step(): Promise<void> {
    throwIfAborted(this.signal);
    if (performance.now() < this.until) return;
    await nextTurn();
    // (aborted by a timer or a request served in that turn)
    throwIfAborted(this.signal);
    this.until = performance.now() + TURN_MS;
  }
}
