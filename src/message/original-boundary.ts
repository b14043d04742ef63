// Where the notification text ends and the returned original message begins, in bounces that carry
// it inline (qmail, Exim, Sendmail, Courier, Exchange, providers...). Markers are lower case.

export const ORIGINAL_MARKERS: readonly string[] = [
  '--- below this line is a copy of the message', // qmail
  '------ this is a copy of the message, including all the headers', // Exim
  '------ this is a copy of the body of the message, without the headers', // Exim
  '------ this is a copy of your message, including all the headers', // Exim
  '----- original message -----',
  '-----original message-----',
  '----- unsent message follows -----', // Sendmail
  '----- message header follows -----', // Sendmail
  '------- returned message --------',
  '--------- original message ---------',
  '----- the header of the original message is following -----',
  '--- original message follows',
  '----- original message follows -----',
  'original message headers:', // Exchange, Office 365
  '------ original message header ------',
  '------------------ original message ------------------',
  'content-type: message/rfc822',
  'content-type: text/rfc822-headers',
  'the original message was:',
  'the header of the original message follows',
  'original message follows',
  '--- the header of the original message is following',
  '--- original message ---',
  'message headers follow', // DragonFly Mail Agent
  '--- message ---',
  '----- below is a copy of the original message',
  'a copy of the original message below this line',
  '------- the original message follows -------',
];

/** Index in `lowerText` where the returned message begins, or -1. */
export function findOriginalStart(lowerText: string): number {
  let best = -1;
  for (const marker of ORIGINAL_MARKERS) {
    const at = lowerText.indexOf(marker);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}
