// A pasted text that holds several replies (an SMTP session copied from a terminal or a log: the greeting,
// "250 2.1.0 Ok" for MAIL FROM, then the refusal): the reply to explain is the one that failed, not the
// first one. Read by hand, line by line; only texts with a line break come here.
import { splitLines } from './clean-text.js';
import { cleanAddress, findAddress } from './find-address.js';
import { isDigit, isLineBreak } from './scan-chars.js';
import { lowerCase } from './lower-case.js';

/**
 * The answer a server gives once every RCPT TO was refused ("554 5.5.1 Error: no valid recipients",
 * Postfix): it sums up the refusals before it, whose reply says why.
 */
const SUMMARY_REPLIES: readonly string[] = ['no valid recipients', 'no valid recipient', 'no recipients'];

/** Client commands of a session, as a transcript quotes them (upper or lower case), and the command each names. */
const CLIENT_COMMANDS: ReadonlyArray<readonly [string, string]> = [
  ['rcpt to', 'RCPT'], ['mail from', 'MAIL'], ['data', 'DATA'], ['bdat', 'DATA'],
  ['ehlo', 'EHLO'], ['helo', 'HELO'], ['starttls', 'STARTTLS'], ['auth', 'AUTH'],
];

export interface FailingReply {
  /** The failing reply's lines (and the lines without a code that continue it), as pasted. */
  text: string;
  /** The client's command it answers (RCPT, DATA...), when the transcript quotes it. */
  command: string | null;
  /** The address of the RCPT TO it answers, when it answers one. */
  recipient: string | null;
}

/**
 * In a text whose lines start with different reply codes, the reply that failed: the last 4xx/5xx one,
 * or the one before a summary of them ("no valid recipients"). Null when the text holds one reply (its
 * lines share one code, as a multi-line reply's do), or no failing one.
 */
export function failingReply(text: string): FailingReply | null {
  const lines = splitLines(text);
  if (lines.length < 2) return null;
  // read as sessionReplies reads them: a protocol log row by its data, a server line without its "S: " or "<<<"
  const codes = lines.map((l) => lineCode(serverLine(protocolLogRow(l)?.data ?? l)));
  let distinct = '';
  let failing = false;
  for (const code of codes) {
    if (!code) continue;
    if (!distinct) distinct = code;
    else if (code !== distinct) distinct = '*';
    if (code[0] === '4' || code[0] === '5') failing = true;
  }
  if (distinct !== '*' || !failing) return null;
  const replies = sessionReplies(lines);
  const failed = replies.filter((r) => r.code[0] === '4' || r.code[0] === '5');
  if (!failed.length) return null;
  let chosen = failed[failed.length - 1]!;
  if (failed.length > 1 && isSummaryReply(chosen.text)) {
    // the refusal it sums up: the last one before it that is no summary itself
    const earlier = failed.slice(0, -1).reverse().find((r) => !isSummaryReply(r.text));
    if (earlier) chosen = earlier;
  }
  return { text: chosen.text, command: chosen.command, recipient: chosen.recipient };
}

/** A reply that sums up the refusals before it ("554 5.5.1 Error: no valid recipients"), no failure of its own. */
export function isSummaryReply(text: string): boolean {
  const words = lowerCase(text);
  return SUMMARY_REPLIES.some((w) => words.includes(w));
}

/** A server's reply in a session, and the client's command it answers. */
export interface SessionReply {
  /** Its lines (and the lines without a code that continue it), as pasted; of a protocol log, its data. */
  text: string;
  code: string;
  /** The command it answers (RCPT, DATA...), or null: the greeting, or a command the text does not quote. */
  command: string | null;
  /** The address of the RCPT TO it answers. */
  recipient: string | null;
  /** The session (a protocol log's session id; '' for a pasted one) and its mail transaction (counted by MAIL FROM). */
  session: string;
  transaction: number;
}

interface SentCommand {
  command: string;
  recipient: string | null;
  line: number;
  transaction: number;
  /** DATA itself (its "354" is followed by the message), not the message's closing "." nor BDAT. */
  opensData: boolean;
  answered: boolean;
}

interface SessionState {
  /** The commands sent, in order; those before `head` are answered, and some after it (by address). */
  pending: SentCommand[];
  head: number;
  /** Every command sent, for the reading by nearest command when replies are missing. */
  sent: SentCommand[];
  open: (SessionReply & { last: number; more: boolean }) | null;
  transaction: number;
  /** After "354" to DATA: the message's lines, up to ".". */
  inData: boolean;
  replies: (SessionReply & { last: number; more: boolean; first: number })[];
}

/**
 * The replies of a session and the command each answers. RFC 2920 (PIPELINING): the client may send
 * MAIL FROM, the RCPT TOs and DATA without waiting, and the server answers them in the order sent; so
 * each reply answers the oldest command not yet answered, and one that names the address of a pending
 * RCPT TO ("550 5.1.1 <ana@example.org>: ...") answers that one. A transcript that leaves out replies
 * (a command still unanswered before a later reply) is read the older way: a reply answers the nearest
 * command before it. Lines of one code continue a reply while it goes on ("550-") or while no command
 * waits for an answer. An Exchange protocol log's rows ("date-time,connector-id,session-id,...,event,data,context")
 * are read by their data, each session on its own.
 */
export function sessionReplies(lines: readonly string[]): SessionReply[] {
  const sessions = new Map<string, SessionState>();
  const all: SessionState['replies'] = [];
  for (let i = 0; i < lines.length; i++) {
    const row = protocolLogRow(lines[i]!);
    const line = row ? row.data : lines[i]!;
    const id = row ? row.session : '';
    let s = sessions.get(id);
    if (!s) sessions.set(id, (s = { pending: [], head: 0, sent: [], open: null, transaction: 0, inData: false, replies: [] }));
    const code = lineCode(serverLine(line));
    if (s.inData) {
      // the message's lines, up to its closing "."; a transcript that leaves them out goes on with the reply
      if (!code && line.trim() !== '.') continue;
      s.inData = false;
      send(s, 'DATA', null, i, false);
      if (!code) continue;
    }
    if (!code) {
      const command = clientCommand(line);
      if (command) {
        s.open = null;
        if (command === 'MAIL') s.transaction++;
        const opensData = command === 'DATA' && line.trim() !== '.' && !lowerCase(line).includes('bdat');
        send(s, command, command === 'RCPT' ? cleanAddress(findAddress(line) ?? '') : null, i, opensData);
      } else if (s.open && s.open.last === i - 1 && line.trim() && !row) {
        // a wrapped line of the reply
        s.open.last = i;
        s.open.text += '\n' + line;
      }
      continue;
    }
    const text = serverLine(line);
    const open = s.open;
    if (open && open.code === code && (open.more || !waiting(s))) {
      open.last = i;
      open.text += '\n' + text;
      open.more = isContinued(serverLine(line));
      continue;
    }
    const answered = answer(s, text);
    const reply = {
      text, code, first: i, last: i, more: isContinued(serverLine(line)), session: id,
      command: answered?.command ?? null, recipient: answered?.recipient ?? null,
      transaction: answered?.transaction ?? s.transaction,
    };
    if (answered?.opensData && code === '354') s.inData = true;
    s.open = reply;
    s.replies.push(reply);
    all.push(reply);
  }
  for (const s of sessions.values()) {
    const lastReply = s.replies.length ? s.replies[s.replies.length - 1]!.first : -1;
    // a command left unanswered before the session's last reply: replies are missing, the order says nothing
    if (!s.sent.some((c) => !c.answered && c.line < lastReply)) continue;
    let next = 0;
    for (const r of s.replies) {
      while (next < s.sent.length && s.sent[next]!.line < r.first) next++;
      const before = next > 0 ? s.sent[next - 1] : undefined;
      r.command = before?.command ?? null;
      r.recipient = before?.recipient ?? null;
      r.transaction = before?.transaction ?? 0;
    }
  }
  return all.map(({ text, code, command, recipient, session, transaction }) => ({ text, code, command, recipient, session, transaction }));
}

/** A client's command, sent and waiting for its reply. */
function send(s: SessionState, command: string, recipient: string | null, line: number, opensData: boolean): void {
  const sent = { command, recipient, line, transaction: s.transaction, opensData, answered: false };
  s.pending.push(sent);
  s.sent.push(sent);
}

/** True when a command waits for its reply (moving the head past the answered ones). */
function waiting(s: SessionState): boolean {
  while (s.head < s.pending.length && s.pending[s.head]!.answered) s.head++;
  return s.head < s.pending.length;
}

/** Pending commands looked at for the address a reply names (RFC 5321 §4.5.3.1.8: 100 recipients a message at least). */
const NAMED_LOOKAHEAD = 128;

/** The command a reply answers: the pending RCPT TO of the address it names, else the oldest pending one. */
function answer(s: SessionState, reply: string): SentCommand | null {
  if (!waiting(s)) return null;
  let sent = s.pending[s.head]!;
  const named = reply.includes('@') ? cleanAddress(findAddress(reply) ?? '') : null;
  if (named && sent.recipient !== named) {
    const end = Math.min(s.pending.length, s.head + NAMED_LOOKAHEAD);
    for (let i = s.head + 1; i < end; i++) {
      const c = s.pending[i]!;
      if (!c.answered && c.recipient === named) { sent = c; break; }
    }
  }
  sent.answered = true;
  return sent;
}

/** What a session said to one recipient's RCPT TO, or to its message's data. */
export interface RecipientReply {
  text: string;
  code: string;
  command: string;
}

/**
 * Of a session that quotes its RCPT TOs, each recipient's reply (by address, lower case): the one that
 * refused its RCPT TO; when that was accepted, the refusal of the message's data in the same transaction,
 * else the acceptance. A recipient tried again (a later session, a later transaction) has its last word.
 * Empty when no RCPT TO is quoted.
 */
export function recipientReplies(lines: readonly string[]): Map<string, RecipientReply> {
  const out = new Map<string, RecipientReply>();
  if (!lines.some((l) => l.includes('RCPT') || l.includes('rcpt') || l.includes('Rcpt'))) return out;
  const replies = sessionReplies(lines);
  // each transaction's first refusal of the message's data
  const dataRefusals = new Map<string, SessionReply>();
  for (const d of replies) {
    const key = `${d.transaction} ${d.session}`;
    if (d.command === 'DATA' && (d.code[0] === '4' || d.code[0] === '5') && !dataRefusals.has(key)) dataRefusals.set(key, d);
  }
  for (const r of replies) {
    if (!r.recipient || r.command !== 'RCPT') continue;
    const word = (r.code[0] === '2' ? dataRefusals.get(`${r.transaction} ${r.session}`) : undefined) ?? r;
    out.delete(r.recipient);
    out.set(r.recipient, { text: word.text, code: word.code, command: word.command! });
  }
  return out;
}

/** A reply line that says more lines of it follow ("250-SIZE 10240000"). */
function isContinued(line: string): boolean {
  let at = 0;
  for (let c = line.charCodeAt(0); c === 32 || c === 9 || c === 62; c = line.charCodeAt(++at));
  return line.charCodeAt(at + 3) === 45;
}

/**
 * A line of a session: a client's command ("RCPT TO:<...>", ">>> DATA"), a server's line behind its
 * mark as some tools show it ("<<< 550 ...", "S: 550 ..."), or a reply that is no failure ("250 2.1.0 Ok",
 * "354 End data with <CR><LF>.<CR><LF>").
 */
export function isSessionLine(line: string): boolean {
  const code = lineCode(line)[0];
  return code === '2' || code === '3' || clientCommand(line) !== null || serverLine(line) !== line;
}

/** A server's line as some tools show it ("<<< 550 ...", "S: 550 ..."), without that mark. */
function serverLine(line: string): string {
  const t = line.trimStart();
  if (t.startsWith('<<<')) return t.slice(3).trimStart();
  if (t.startsWith('S:') || t.startsWith('s:')) return t.slice(2).trimStart();
  return line;
}

/** Fields of a protocol log row before its event: date-time, connector-id, session-id, sequence-number, local and remote endpoints. */
const ROW_FIELDS_BEFORE_EVENT = 6;

/**
 * A row of Exchange's SMTP protocol log (Send or Receive: "2024-11-28T13:00:01.301Z,Internet Send
 * Connector,08DD0F1A2B3C4D60,6,10.0.0.5:51234,192.0.2.10:25,>,RCPT TO:<ana@example.org>,"): its session id
 * and its data (a command or a reply: which one, its words say). Null for any other line. By hand.
 */
export function protocolLogRow(line: string): { session: string; data: string } | null {
  if (!isDigit(line.charCodeAt(0)) || line.charCodeAt(4) !== 45 /* - */ || line.length > 16_384) return null;
  let at = 0;
  let session = '';
  for (let field = 0; field < ROW_FIELDS_BEFORE_EVENT; field++) {
    const comma = line.indexOf(',', at);
    if (comma < 0) return null;
    if (field === 2) session = line.slice(at, comma);
    at = comma + 1;
  }
  const event = line[at];
  if ((event !== '>' && event !== '<') || line[at + 1] !== ',') return null;
  at += 2;
  if (line[at] !== '"') {
    const end = line.lastIndexOf(',');
    return { session, data: line.slice(at, end >= at ? end : undefined) };
  }
  // a quoted field ("" is a quote)
  let data = '';
  for (let i = at + 1; i < line.length; i++) {
    if (line[i] !== '"') data += line[i];
    else if (line[i + 1] === '"') data += line[i++];
    else break;
  }
  return { session, data };
}

/** The reply code a line starts with (after spaces, tabs or '>' quoting), followed by ' ', '-' or the end; '' when none. */
function lineCode(line: string): string {
  let at = 0;
  for (let c = line.charCodeAt(0); c === 32 || c === 9 || c === 62; c = line.charCodeAt(++at));
  const c = line.charCodeAt(at);
  if (c < 50 || c > 53 || !isDigit(line.charCodeAt(at + 1)) || !isDigit(line.charCodeAt(at + 2))) return '';
  const after = line.charCodeAt(at + 3);
  if (after !== 32 && after !== 45 && at + 3 !== line.length && !isLineBreak(after)) return '';
  return line.slice(at, at + 3);
}

/** The command a transcript's client line sends ("RCPT TO:<ana@example.com>", "DATA", "."), or null. */
function clientCommand(line: string): string | null {
  // a session as some tools show it: ">>> RCPT TO:<...>", "C: DATA"
  const lower = lowerCase(line.trim()).replace(/^(?:>>>|<<<|c:)\s*/, '');
  // the line that ends the message's data
  if (lower === '.') return 'DATA';
  for (const [word, command] of CLIENT_COMMANDS) {
    if (!lower.startsWith(word)) continue;
    const next = lower.charCodeAt(word.length);
    if (Number.isNaN(next) || next === 32 || next === 58 /* : */) return command;
  }
  return null;
}

/** Lines a pasted session is looked at for its shape (a greeting, client commands), within its first characters. */
const SESSION_HEAD_LINES = 12;
const SESSION_HEAD_CHARS = 4096;

/**
 * A pasted SMTP session (it opens with the server's greeting or the client's commands, and holds a
 * failing reply), without its message's body: the lines after DATA's 354 up to the lone ".", which a
 * long message (a newsletter's HTML) made read as a message, or pushed the reply past the text's cap.
 * Null for any other text: a bounce that quotes a session opens with its own words.
 */
export function pastedSession(text: string): string | null {
  // told by its head: a long text that is no session is not split whole for it
  const head = splitLines(text.slice(0, SESSION_HEAD_CHARS)).filter((l) => l.trim()).slice(0, SESSION_HEAD_LINES).map((l) => protocolLogRow(l)?.data ?? l);
  if (!head.length) return null;
  const greeting = lineCode(serverLine(head[0]!)) === '220';
  if (!greeting && head.filter((l) => clientCommand(l) !== null).length < 2) return null;
  const lines = splitLines(text);
  const kept: string[] = [];
  /** The lines after a 354, left out once the lone "." that ends the data comes (else they are replies). */
  let data: string[] | null = null;
  for (const line of lines) {
    if (data !== null) {
      if (line.trim() !== '.') {
        data.push(line);
        continue;
      }
      data = null;
    } else if (lineCode(serverLine(line)) === '354') data = [];
    kept.push(line);
  }
  if (data !== null) kept.push(...data);
  return kept.some((l) => { const c = lineCode(serverLine(l))[0]; return c === '4' || c === '5'; }) ? kept.join('\n') : null;
}
