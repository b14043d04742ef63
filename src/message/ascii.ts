// The ASCII codes the byte-level readers compare bytes with (read-message.ts, mime-reader.ts,
// structured-field.ts, transfer-decoding.ts): named once, so that every reader spells them the same.
export const LF = 0x0a;
export const CR = 0x0d;
export const DASH = 0x2d;
export const SP = 0x20;
export const TAB = 0x09;
export const EQUALS = 0x3d;
