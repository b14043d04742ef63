// Chunks of bytes as one array (the parts of an unpacked stream, of a file read from a tar).

/** `parts` joined; `size` is their total length. A lone part is given back as it is, not copied. */
export function joinBytes(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
