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
  // Portuguese: Exim's templates as Brazilian hosting panels translate them, and mail clients' separator
  '------ esta é uma cópia da mensagem',
  '----- mensagem original -----',
  '-----mensagem original-----',
  '--- mensagem original ---',
  'cabeçalhos da mensagem original',
  'cabecalhos da mensagem original',
  '--- original message headers',
];

/**
 * Every marker holds one of these words. The text is searched for the words only, and each marker is
 * compared where its word was found: one pass per word instead of one per marker.
 */
const ANCHORS: readonly string[] = ['message', 'rfc822', 'mensagem'];

interface Anchored {
  marker: string;
  /** Where the anchor word starts in the marker. */
  offset: number;
}

const BY_ANCHOR: readonly Anchored[][] = ANCHORS.map((anchor, a) => ORIGINAL_MARKERS
  .filter((m) => m.includes(anchor) && !ANCHORS.slice(0, a).some((earlier) => m.includes(earlier)))
  .map((marker) => ({ marker, offset: marker.indexOf(anchor) })));

const MAX_OFFSET = Math.max(...BY_ANCHOR.flat().map((m) => m.offset));

if (BY_ANCHOR.flat().length !== ORIGINAL_MARKERS.length) throw new Error('original-boundary: a marker holds none of the anchor words');

/** Index in `lowerText` where the returned message begins, or -1. */
export function findOriginalStart(lowerText: string): number {
  let best = -1;
  for (let a = 0; a < ANCHORS.length; a++) {
    const anchor = ANCHORS[a]!;
    const markers = BY_ANCHOR[a]!;
    for (let at = lowerText.indexOf(anchor); at >= 0; at = lowerText.indexOf(anchor, at + 1)) {
      // markers are found in the order of their anchor: none found later can start before `best`
      if (best >= 0 && at - MAX_OFFSET > best) break;
      for (const { marker, offset } of markers) {
        const start = at - offset;
        if (start >= 0 && (best < 0 || start < best) && lowerText.startsWith(marker, start)) best = start;
      }
    }
  }
  return best;
}
