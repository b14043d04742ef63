// Limits that keep hostile mail cheap. Real bounces are far smaller than any of these.

/** A message larger than this is cut before parsing: bounce information sits at the top. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** MIME nesting postal-mime may follow. */
export const MAX_MIME_DEPTH = 32;
/** Header bytes postal-mime may read. */
export const MAX_HEADER_BYTES = 256 * 1024;
/** Characters of notification text the decoders read. */
export const MAX_NOTICE_CHARS = 256 * 1024;
/** Recipients reported for one message. */
export const MAX_RECIPIENTS = 500;
