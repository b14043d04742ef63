// Units of work the mailbox readers produce, in input order: one per text, message or unreadable thing.
import type { ArchiveProblem } from '../archive/archive-entries.js';
import type { EspEvent } from '../reply/esp-events.js';

/** Why an input or a message could not be read. The words are in src/i18n/<locale>/report.ts. */
export type MailProblem =
  | 'not-found'
  | 'unreadable-file'
  | 'unreadable-folder'
  | 'empty-message'
  | 'no-headers'
  /** A sending service's events (JSON or CSV) past MAX_MESSAGE_BYTES: cut, they would be read wrong. */
  | 'events-too-large'
  /** A text (no e-mail) past MAX_MESSAGE_BYTES: its start was read, the rest left out (a log whose lines were not told as a log's, mostly). */
  | 'text-cut'
  /** Rows of a large events file read as a stream (event-stream.ts) that could not be read, from this line on. */
  | 'events-unreadable'
  | 'internal'
  /** A zip or tar archive, or one file in it, that could not be read. */
  | ArchiveProblem;

/** Where a message came from: mbox and Maildir messages must be e-mails; a lone file may be any text. */
export type Container = 'mbox' | 'maildir' | 'file';

export type MailItem =
  /** A code, reply or log line given as an argument, or a whole non-mbox standard input. */
  | { kind: 'text'; file: null; text: string }
  | { kind: 'message'; file: string; bytes: Uint8Array; container: Container; truncated: boolean }
  /**
   * A failed or deferred delivery line of a mail log; `file` names the line ("mail.log:120"); `gaveUp`,
   * the words of a later line that gave its message up (FailedLine.gaveUp); `inbound`, the server's refusal
   * of incoming mail in a log with deliveries (FailedLine.inbound: counted apart, listed with --inbound).
   */
  | { kind: 'log-line'; file: string; text: string; gaveUp: string | null; inbound?: true }
  /**
   * Standard input that brought nothing (`grep pattern mail.log | smtp-explain` when nothing matched), or
   * (`emptyFile`) a file named on the command line with nothing in it (a log logrotate has just emptied).
   */
  | { kind: 'empty-input'; file: string; emptyFile?: true }
  /** A mail log none of whose `deliveries` lines failed or was deferred. */
  | { kind: 'quiet-log'; file: string; deliveries: number }
  /**
   * A failure (or complaint) among a sending service's events (a JSON or CSV file); `first`, the file's
   * first such item (the counts read a file of events as one input, as the web page does).
   */
  | { kind: 'esp-event'; file: string; event: EspEvent; first: boolean }
  /** A sending service's events none of which failed; `others` were deliveries, opens... */
  | { kind: 'quiet-events'; file: string; others: number }
  /** scope "path": a file or folder could not be read; "message": one message of a mailbox is unusable. */
  | { kind: 'error'; file: string; problem: MailProblem; detail: string; scope: 'path' | 'message' };
