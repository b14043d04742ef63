// Outlook's .msg files (and other Office documents) are Compound File Binary containers ([MS-CFB]
// §2.2: an 8-byte signature), not MIME text. An NDR dragged out of Outlook arrives as one: it is told
// apart from a message, so that the person learns how to get the text out instead of "not a bounce".

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE.length) return false;
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE[i]) return false;
  return true;
}
