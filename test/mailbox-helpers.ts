// Synthetic mail for the mailbox, CLI and report tests: unmistakable bounces with example.com addresses.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { CliIo } from '../src/cli/io.js';
import { parseCsv as parseCsvWith } from '../src/reply/esp-csv.js';

export interface BounceSpec {
  recipient: string;
  status?: string;
  code?: string;
  text?: string;
  /** A line of the notification body; may start with "From " to test mbox quoting. */
  bodyLine?: string;
  id?: string;
  /** An Original-Recipient field: the address the sender wrote, before a forward or an alias. */
  original?: string;
  /** The DSN's Action (RFC 3464 §2.3.3). Default: failed. */
  action?: string;
  /** The notice's Date field. Default: Mon, 1 Jan 2024 10:00:00 +0000. */
  date?: string;
  /** The report's Arrival-Date (per message) and the recipient's Last-Attempt-Date (RFC 3464). Default: none. */
  arrival?: string;
  lastAttempt?: string;
  /** The returned message's Date. Default: none. */
  sent?: string;
}

/** A Postfix-style DSN (multipart/report) with one recipient. Default: 5.1.1 User unknown. */
export function dsn(spec: BounceSpec): string {
  const status = spec.status ?? '5.1.1';
  const code = spec.code ?? '550';
  const text = spec.text ?? `<${spec.recipient}>: Recipient address rejected: User unknown in virtual mailbox table`;
  // two notices of one address about other things are two messages: their Message-IDs differ (a copy's do not)
  const id = spec.id ?? `${spec.recipient}-${status}-${spec.action ?? 'failed'}`.replace(/[^a-z0-9-]/gi, '');
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: news@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${spec.date ?? 'Mon, 1 Jan 2024 10:00:00 +0000'}`,
    `Message-ID: <bounce-${id}@mx.example.com>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    '',
    '--BOUNDARY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    ...(spec.bodyLine !== undefined ? [spec.bodyLine, ''] : []),
    `<${spec.recipient}>: host mx.example.com said: ${code} ${status} ${text}`,
    '',
    '--BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    ...(spec.arrival !== undefined ? [`Arrival-Date: ${spec.arrival}`] : []),
    '',
    ...(spec.original !== undefined ? [`Original-Recipient: rfc822; ${spec.original}`] : []),
    `Final-Recipient: rfc822; ${spec.recipient}`,
    `Action: ${spec.action ?? 'failed'}`,
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${code} ${status} ${text}`,
    ...(spec.lastAttempt !== undefined ? [`Last-Attempt-Date: ${spec.lastAttempt}`] : []),
    '',
    '--BOUNDARY',
    'Content-Type: text/rfc822-headers',
    '',
    'From: news@example.com',
    `To: ${spec.recipient}`,
    'Subject: Our newsletter',
    `Message-ID: <news-${id}@example.com>`,
    ...(spec.sent !== undefined ? [`Date: ${spec.sent}`] : []),
    '',
    '--BOUNDARY--',
    '',
  ].join('\n');
}

export const userUnknown = (recipient: string, extra: Partial<BounceSpec> = {}): string => dsn({ recipient, ...extra });
export const mailboxFull = (recipient: string, extra: Partial<BounceSpec> = {}): string =>
  dsn({ recipient, status: '4.2.2', code: '452', text: `<${recipient}>: Mailbox full, quota exceeded`, ...extra });
/** The Date of a notice written on that day of January 2024. */
export const january = (day: number): string => `Mon, ${day} Jan 2024 10:00:00 +0000`;
export const authFailure = (recipient: string): string =>
  dsn({
    recipient, status: '5.7.26', code: '550',
    text: 'This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
  });

/** An ordinary message, not a bounce, from someone on no list (a message from a failed address tells it is alive). */
export function plainMessage(n: number): string {
  return [
    'From: Lia <lia@example.com>',
    'To: news@example.com',
    `Subject: Hello ${n}`,
    'Date: Mon, 1 Jan 2024 11:00:00 +0000',
    `Message-ID: <hello-${n}@example.com>`,
    '',
    'Just saying hello.',
    '',
  ].join('\n');
}

/** mboxrd: "From " separators, ">From " quoting of body lines that start with (>*)From. */
export function mbox(messages: readonly string[]): string {
  return messages.map((m) => {
    const body = m.replace(/^(>*From )/gm, '>$1');
    return `From MAILER-DAEMON Mon Jan  1 10:00:00 2024\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
  }).join('');
}

export function tempDir(prefix = 'smtp-explain-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeTree(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/** A writable that keeps what is written; isTTY as asked. */
export class Capture extends Writable {
  chunks: string[] = [];
  isTTY: boolean;
  constructor(isTTY = false) {
    super({ decodeStrings: false });
    this.isTTY = isTTY;
  }
  override _write(chunk: string | Buffer, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with fake streams. */
export async function runCli(
  argv: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; stderrTTY?: boolean; progressDelayMs?: number } = {},
): Promise<RunOutcome> {
  const { run } = await import('../src/cli/run.js');
  const stdout = new Capture();
  const stderr = new Capture(options.stderrTTY ?? false);
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const io: CliIo = { stdout, stderr, stdin, env: options.env ?? { LANG: 'C' } };
  if (options.progressDelayMs !== undefined) io.progressDelayMs = options.progressDelayMs;
  const code = await run(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** What we write as CSV, read back by the RFC 4180 reader of sending services' bounce lists. */
/** Our CSV, split by its language's separator: ";" when the header row holds one (pt-BR), else ",". */
export function parseCsv(text: string): string[][] {
  const header = text.slice(0, text.indexOf('\n') + 1 || undefined);
  return parseCsvWith(text, header.includes(';') ? ';' : ',');
}

/** An RFC 5965 spam complaint about a newsletter sent to `recipient`. */
export function complaint(recipient: string): string {
  return [
    'From: staff@example.net', 'To: news@example.com', 'Subject: feedback report', 'Date: Tue, 2 Jan 2024 08:00:00 +0000',
    'Message-ID: <arf-1@example.net>', 'Content-Type: multipart/report; report-type=feedback-report; boundary="b"', '',
    '--b', 'Content-Type: text/plain', '', 'This is a feedback report.', '',
    '--b', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse', 'User-Agent: Example/1.0', 'Version: 1',
    `Original-Rcpt-To: ${recipient}`, '',
    '--b', 'Content-Type: text/rfc822-headers', '', 'From: news@example.com', `To: ${recipient}`, 'Subject: Novidades', '',
    '--b--', '',
  ].join('\n');
}
