// Text decoders that throw on a byte sequence their encoding does not allow (`fatal`), made once per
// label: the readers try a text's true encoding in turn when its label lies (charset.ts,
// file-content.ts, repair-mojibake.ts). Not for streamed decoding: a shared decoder must not keep a
// cut character between two callers' texts.
import { textDecoder } from './windows-1252.js';

type Decoder = InstanceType<typeof TextDecoder>;

const decoders = new Map<string, Decoder | null>();

/** The strict decoder of `label`, or null when the runtime lacks that encoding (the legacy ones). */
export function strictDecoder(label: string): Decoder | null {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = textDecoder(label, { fatal: true });
    } catch {
      decoder = null;
    }
    decoders.set(label, decoder);
  }
  return decoder;
}
