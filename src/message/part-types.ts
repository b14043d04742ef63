// The content types of the parts that hold a bounce's information besides its text: the delivery
// status (RFC 3464, RFC 6533), the feedback report (RFC 5965) and the returned message or its headers.
// toDoc (read-message.ts) sorts a message's parts by them, and the MIME reader decodes the bodies of
// these parts and of text parts only (mime-reader.ts): the two must agree, hence one list.
export const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
export const ARF_TYPES = new Set(['message/feedback-report']);
export const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers', 'message/partial']);
