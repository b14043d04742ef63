// Log lines with a prefix another tool put before them: grep -H's and zgrep's file name ("mail.log:",
// "/var/log/mail.log.1:", and grep -n's "120:"), rsyslog's RFC 5424 form ("<22>1 2026-11-30T10:00:00Z
// mx1 postfix/smtp 1234 - - 4ABC: to=<a@x>, ..."), docker compose's service name ("mail-1  | "), kubectl
// logs --prefix's pod and container ("[pod/mail-0/postfix] "). Such a
// line is read as the log line after the prefix; an RFC 5424 header is turned into the classic syslog one
// ("2026-11-30T10:00:00Z mx1 postfix/smtp[1234]: ..."), whose program name the line readers look at.

/**
 * A log line's time stamp: syslog's "Nov 28 10:00:00", or ISO's "2026-11-28T10:00:00" (rsyslog's
 * high-precision format, journalctl -o short-iso) and Exim's "2026-11-28 10:00:00", multilog's TAI64N label
 * "@40000000674869ea1a2b3c4f" (qmail's logs, daemontools; tai64nlocal turns it into ISO's). Anchored, no
 * nested quantifiers: linear.
 */
const LOG_TIME = /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d|@[0-9a-f]{24})/;

export function startsWithLogTime(line: string): boolean {
  return LOG_TIME.test(line);
}

/** Characters of a prefix looked at, at most: a path or a service name is far shorter. */
const MAX_PREFIX_CHARS = 1024;

/**
 * The log line without the prefix a tool put before it (see above); the line itself when it has none,
 * or when what follows a prefix is no time-stamped log line. Scanned by hand: linear in the prefix.
 */
export function unprefixedLogLine(line: string): string {
  if (LOG_TIME.test(line)) return line;
  if (line.charCodeAt(0) === 0x3c) return rfc5424Line(line) ?? line;
  if (line.charCodeAt(0) === 0x5b) return kubectlLine(line) ?? line;
  const end = Math.min(line.length, MAX_PREFIX_CHARS);
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a) {
      // "mail.log:Nov 30 ...", "mail.log:120:Nov 30 ..." (grep -Hn), "mail.log:<22>1 ..." (a path may hold a colon: each is tried)
      const rest = logLineAfter(line, skipLineNumber(line, i + 1));
      if (rest !== null) return rest;
    } else if (c === 0x20 || c === 0x09) {
      // docker compose: "mail-1  | Nov 30 ..." (the names padded to one width), "mail-1  | 2026-11-30T10:00:00.123456789Z Nov 30 ..." (-t)
      if (i === 0) return line;
      let bar = i;
      while (bar < end && line.charCodeAt(bar) === 0x20) bar++;
      if (line.charCodeAt(bar) !== 0x7c || line.charCodeAt(bar + 1) !== 0x20) return line;
      const rest = logLineAfter(line, bar + 2);
      return rest === null ? line : withoutRuntimeTime(rest);
    } else if (c === 0x7c) {
      return line;
    }
  }
  return line;
}

/**
 * kubectl logs --prefix: "[pod/NAME/CONTAINER] " (names of letters, digits, '-' and '.'), then the line,
 * maybe behind --timestamps's RFC 3339 time; null when what follows is no time-stamped log line.
 */
function kubectlLine(line: string): string | null {
  const close = line.indexOf('] ');
  if (close < 0 || close > MAX_PREFIX_CHARS || !KUBECTL_PREFIX.test(line.slice(0, close + 2))) return null;
  const rest = logLineAfter(line, close + 2);
  return rest === null ? null : withoutRuntimeTime(rest);
}

/** The log line behind the time stamp docker or kubectl put before it (logs -t, --timestamps), when there is one. */
function withoutRuntimeTime(rest: string): string {
  const stamped = DOCKER_TIME.exec(rest);
  return stamped && LOG_TIME.test(rest.slice(stamped[0].length)) ? rest.slice(stamped[0].length) : rest;
}

/** kubectl's prefix: a resource kind, its name and the container's, each a run of name characters. */
const KUBECTL_PREFIX = /^\[[a-z.]{1,64}\/[\w.-]{1,253}\/[\w.-]{1,253}\] $/;

/** docker's own time stamp (logs -t): RFC 3339 in UTC with nanoseconds, before the program's line. */
const DOCKER_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z /;

/** Past grep -n's "120:" at `at`, if there. */
function skipLineNumber(line: string, at: number): number {
  let i = at;
  while (i < at + 12 && i < line.length && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x39) i++;
  return i > at && line.charCodeAt(i) === 0x3a ? i + 1 : at;
}

/** The time-stamped log line (or RFC 5424 line, made classic) that starts at `at`, or null. */
function logLineAfter(line: string, at: number): string | null {
  const rest = line.slice(at);
  if (LOG_TIME.test(rest)) return rest;
  return rest.charCodeAt(0) === 0x3c ? rfc5424Line(rest) : null;
}

/**
 * RFC 5424's header, up to STRUCTURED-DATA: "<PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID ",
 * each field a run of printable characters of bounded length ("-" when empty). Each run ends at a
 * space it cannot hold: linear.
 */
const RFC5424_HEADER = /^<\d{1,3}>[1-9]\d? (\S{1,64}) (\S{1,255}) (\S{1,48}) (\S{1,128}) \S{1,32} /;

/**
 * An RFC 5424 line as the classic syslog line it stands for: "TIMESTAMP HOSTNAME APP-NAME[PROCID]: MSG"
 * (MSGID and STRUCTURED-DATA left out, a BOM before MSG too); null when the line is none.
 */
export function rfc5424Line(line: string): string | null {
  const head = RFC5424_HEADER.exec(line);
  if (!head) return null;
  const msgAt = afterStructuredData(line, head[0].length);
  if (msgAt < 0) return null;
  let msg = line.slice(msgAt);
  if (msg.charCodeAt(0) === 0xfeff) msg = msg.slice(1);
  const [, time, host, app, pid] = head as unknown as [string, string, string, string, string];
  const tag = app === '-' ? '' : pid === '-' ? `${app}: ` : `${app}[${pid}]: `;
  const classic = `${time} ${host} ${tag}${msg}`;
  return LOG_TIME.test(classic) ? classic : null;
}

/**
 * Where MSG starts after STRUCTURED-DATA at `at`: "-", or elements "[id name=\"value\" ...]" whose
 * values escape '"', '\' and ']' with a backslash; then a space, or the line's end. -1 when malformed.
 */
function afterStructuredData(line: string, at: number): number {
  let i = at;
  if (line[i] === '-') {
    i++;
  } else {
    if (line[i] !== '[') return -1;
    while (line[i] === '[') {
      let quoted = false;
      for (i++; i < line.length; i++) {
        const c = line[i];
        if (quoted && c === '\\') i++;
        else if (c === '"') quoted = !quoted;
        else if (!quoted && c === ']') break;
      }
      if (i >= line.length) return -1;
      i++;
    }
  }
  if (i === line.length) return i;
  return line[i] === ' ' ? i + 1 : -1;
}

/**
 * True when a text (or a file's bytes, read as Latin-1) opens with a log line behind a tool's prefix:
 * "mail.log:Nov 30 ..." looks like a header field ("mail.log:"), and is no e-mail.
 */
export function opensWithPrefixedLogLine(text: string | Uint8Array): boolean {
  const head = typeof text === 'string' ? text.slice(0, MAX_PREFIX_CHARS * 2) : latin1(text.subarray(0, MAX_PREFIX_CHARS * 2));
  const nl = head.indexOf('\n');
  const first = nl < 0 ? head : head.slice(0, nl);
  return !LOG_TIME.test(first) && unprefixedLogLine(first) !== first;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] !== 0x0a; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}
