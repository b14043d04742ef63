// Limits that keep hostile mail cheap. Real bounces are far smaller than any of these.

/** A message larger than this is cut before parsing: bounce information sits at the top. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/**
 * An Outlook .msg file is read whole up to this size: a Compound File's directory may sit after a large
 * attachment, and it is no text to cut. Only the properties that can hold delivery information are decoded.
 */
export const MAX_COMPOUND_FILE_BYTES = 32 * 1024 * 1024;
/** MIME nesting the reader follows; a multipart part deeper than this is read as an opaque part. */
export const MAX_MIME_DEPTH = 32;
/** MIME parts the reader looks at; the rest of a message with more parts is not read. */
export const MAX_MIME_PARTS = 1000;
/** Header bytes read over all parts of a message; header lines past this are dropped. */
export const MAX_HEADER_BYTES = 256 * 1024;
/** Bytes kept of one header line (the longest in real bounces is under 10 KB); the rest is cut. */
export const MAX_HEADER_LINE_BYTES = 64 * 1024;
/** Characters of notification text the decoders read. */
export const MAX_NOTICE_CHARS = 256 * 1024;
/** Recipients reported for one message; past them, one result says the message names more. */
export const MAX_RECIPIENTS = 500;
/** Recipients the decoders read: one more than reported, so that a message naming more says so. */
export const RECIPIENTS_READ = MAX_RECIPIENTS + 1;
