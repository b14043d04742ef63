// One notice read twice (an overlapping export: the same messages in an mbox and in a Maildir; two
// copies of one DSN in a folder) is counted once by the reports. A notice is known by its own
// Message-ID with its Date, else by a digest of its bytes (MessageInfo.noticeDigest), and by the
// address, reason and status its first result gives (a copy gives the same): hand-made or scrubbed
// notices that share one Message-ID and Date (Sisimai's test messages do) are told apart. A result with neither (a text, a log line, an event)
// is never a repeat. Each notice counted costs 8 bytes here: a 64-bit hash of its key, not the key.
import type { ResultLite } from './tally.js';

const EMPTY = 0;
const FIRST_SLOTS = 1 << 10;

export class RepeatedNotices {
  /** Messages set aside as repeats. */
  messages = 0;
  /** Open addressing, two 32-bit halves per slot; a hash of 0:0 is stored as 0:1. */
  private slots = new Uint32Array(FIRST_SLOTS * 2);
  private size = 0;
  /**
   * The results of one message come one after the other, with its file: those are no repeat of each
   * other. The same file read again right after (named twice, overlapping globs) is a new reading: a new
   * item (newItem()), or, in an item of several messages, its first result's key again.
   */
  private lastFile: string | null | undefined = undefined;
  private lastNotice = '';
  private lastRepeat = false;
  private firstHi = 0;
  private firstLo = 0;

  /** The next result starts another input item (the CLI's: one message): no result of the message before. */
  newItem(): void {
    this.lastFile = undefined;
  }

  /** True when `r` is a result of a notice counted before (then it is to be set aside). */
  isRepeat(r: Pick<ResultLite, 'file' | 'message' | 'recipient' | 'originalRecipient' | 'reason' | 'status'>): boolean {
    const m = r.message;
    const notice = m?.noticeId ? `${m.noticeId}\n${m.noticeDate ?? ''}` : m?.noticeDigest ? `#${m.noticeDigest}` : null;
    if (notice === null) {
      this.lastFile = undefined;
      return false;
    }
    const [hi, lo] = hash64(`${notice}\n${r.originalRecipient ?? r.recipient ?? ''}\n${r.reason}\n${r.status}`);
    // another result of the message just read; its first result again starts another reading of it
    if (r.file === this.lastFile && notice === this.lastNotice && (hi !== this.firstHi || lo !== this.firstLo)) return this.lastRepeat;
    this.lastFile = r.file;
    this.lastNotice = notice;
    this.firstHi = hi;
    this.firstLo = lo;
    this.lastRepeat = !this.insert(hi, lo);
    if (this.lastRepeat) this.messages++;
    return this.lastRepeat;
  }

  /** Adds a hash; false when it was there already. */
  private insert(hi: number, lo: number): boolean {
    if (hi === EMPTY && lo === EMPTY) lo = 1;
    const mask = (this.slots.length >>> 1) - 1;
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      const h = this.slots[2 * i]!;
      const l = this.slots[2 * i + 1]!;
      if (h === EMPTY && l === EMPTY) break;
      if (h === hi && l === lo) return false;
    }
    if ((this.size + 1) * 2 > this.slots.length >>> 1) this.grow();
    this.place(hi, lo);
    this.size++;
    return true;
  }

  private place(hi: number, lo: number): void {
    const mask = (this.slots.length >>> 1) - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.slots[2 * i] !== EMPTY || this.slots[2 * i + 1] !== EMPTY) i = (i + 1) & mask;
    this.slots[2 * i] = hi;
    this.slots[2 * i + 1] = lo;
  }

  /** Twice the slots, kept at most half full. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY || old[i + 1] !== EMPTY) this.place(old[i]!, old[i + 1]!);
  }
}

/** Two 32-bit FNV-1a style hashes of a string, unsigned. */
function hash64(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, h2 >>> 0];
}
