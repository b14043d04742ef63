// Finds which SMTP command a reply answered, from the phrases MTAs write around it:
// Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:<...>", "after end of data",
// Sendmail "... while talking to ...: >>> DATA", qmail/Courier "RCPT TO:<...>".

import type { TextScan } from '../classify/multi-matcher.js';

/** Words that name a command, in the order they are tried after a lead-in phrase. */
const COMMAND_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['rcpt', 'RCPT'], ['mail from', 'MAIL'], ['mail', 'MAIL'], ['end of data', 'DATA'], ['data', 'DATA'],
  ['bdat', 'DATA'], ['ehlo', 'EHLO'], ['helo', 'HELO'], ['starttls', 'STARTTLS'], ['auth', 'AUTH'],
  ['quit', 'QUIT'], ['rset', 'RSET'], ['message', 'DATA'], ['initial connection', 'CONN'],
];

/** Phrases after which a command name follows. */
const LEAD_INS = [
  'in reply to ', 'after ', '>>> ', 'while sending ', 'sent: ', 'command was: ', 'smtp command ', 'smtp:', 'did not like our ',
  'most progress was ', 'in response to ', 'response to ',
];

/** A command named with the word "command" and no lead-in: "SMTP error from remote server for RCPT TO command" (GMX, web.de). */
const COMMAND_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['rcpt to command', 'RCPT'], ['rcpt command', 'RCPT'], ['mail from command', 'MAIL'], ['data command', 'DATA'],
];

/** Phrases that mean the connection itself failed (no command was answered). */
const CONNECTION_PHRASES = [
  'connect to ', 'connection refused', 'connection timed out', 'connection reset', 'no route to host',
  'network is unreachable', 'host not found', 'name service error', 'lost connection with', 'while connecting',
];

/**
 * Every phrase above: a reply that holds none of them answered no command we can name. The classifier's
 * scan of a text looks for them too (src/classify/find-phrase.ts), which answers without a search of its own.
 */
export const COMMAND_MARKERS: readonly string[] = [
  ...LEAD_INS, ...COMMAND_PHRASES.map(([phrase]) => phrase), 'rcpt to:', 'mail from:', ...CONNECTION_PHRASES,
];

/** Every phrase above, as one search: most replies hold none of them, and are answered in one pass. */
const ANY_PHRASE = new RegExp(COMMAND_MARKERS.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * The command `lowerText` says the reply answered. `scan`, the classifier's scan of this same text, says
 * whether it holds a marker at all (the classifier scans every reply text anyway: the regex run was a
 * second pass over most texts for nothing).
 */
export function findCommand(lowerText: string, scan?: TextScan): string | null {
  if (scan ? !scan.matches(COMMAND_MARKERS) : !ANY_PHRASE.test(lowerText)) return null;
  for (const lead of LEAD_INS) {
    let from = 0;
    for (let guard = 0; guard < 8; guard++) {
      const at = lowerText.indexOf(lead, from);
      if (at < 0) break;
      const rest = lowerText.slice(at + lead.length, at + lead.length + 24);
      for (const [word, command] of COMMAND_WORDS) if (rest.startsWith(word)) return command;
      from = at + lead.length;
    }
  }
  for (const [phrase, command] of COMMAND_PHRASES) if (lowerText.includes(phrase)) return command;
  if (lowerText.includes('rcpt to:')) return 'RCPT';
  if (lowerText.includes('mail from:')) return 'MAIL';
  for (const phrase of CONNECTION_PHRASES) if (lowerText.includes(phrase)) return 'CONN';
  return null;
}
