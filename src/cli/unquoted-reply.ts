// `smtp-explain 550 5.1.1 User unknown`: a reply typed without quotes reaches us as four arguments,
// which would be four inputs (two of them "no code found"). When the first argument is a reply code and
// the others are single words, none of them a file or "-", they are one reply, as the person meant; so
// are words without a code (`smtp-explain mailbox is full`) when, joined, they say something the
// explainer knows: two mistyped folders ("Bouncse Maildir") stay two missing paths.

const REPLY_CODE = /^[2-5]\d\d(?:-[245]\.\d{1,3}\.\d{1,3})?-?$/;
const BASIC = /^[2-5]\d\d$/;
const ENHANCED = /^[245]\.\d{1,3}\.\d{1,3}$/;
const ANY_CODE = /^(?:[1-5]\d\d|[245]\.\d{1,3}\.\d{1,3})$/;

/**
 * The inputs, with an unquoted reply joined into one. Several codes alone stay several inputs
 * (`smtp-explain 550 421`); `isText` says whether an argument is a text (not a file, folder or "-").
 */
export function joinUnquotedReply(inputs: string[], isText: (arg: string) => boolean, explains?: (text: string) => boolean): string[] {
  if (inputs.length < 2) return inputs;
  if (!REPLY_CODE.test(inputs[0]!)) {
    if (!explains || !inputs.every((a) => isText(a) && !/\s/.test(a))) return inputs;
    const joined = inputs.join(' ');
    return explains(joined) ? [joined] : inputs;
  }
  // "421 4.7.0": a reply code and its enhanced code are one reply; other codes alone stay apart
  const pair = inputs.length === 2 && BASIC.test(inputs[0]!) && ENHANCED.test(inputs[1]!) && inputs[0]![0] === inputs[1]![0];
  if (!pair && inputs.every((a) => ANY_CODE.test(a))) return inputs;
  // an argument with a space was quoted: the person split the inputs themselves
  if (!inputs.every((a) => isText(a) && !/\s/.test(a))) return inputs;
  return [inputs.join(' ')];
}
