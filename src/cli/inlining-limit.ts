// Lowers how much TurboFan, V8's optimising compiler, inlines into one function, for a run of the CLI
// over many messages.
//
// Such a run is short enough that most of it goes by while V8 is still optimising: under
// --trace-opt, a run over the corpus x10 (4,470 files) spent 1.2 CPU-seconds in TurboFan, more than
// the main thread's whole work. The biggest jobs were the functions that drive the run (the read
// loop, the decoders' dispatch), each compiled with all it calls inlined: 30 to 50 ms apiece, for a
// function that runs once per message. On a 2-vCPU machine those compiles take the core the main
// thread needs, and the hot small functions wait behind them in the queue. With at most
// INLINED_BYTES_PER_FUNCTION of bytecode inlined into each function, measured over the corpus x10:
// 0.3 CPU-seconds less in all, 8 to 10% less wall time; the main thread's own time is unchanged.
// V8 reads the flag at each compile. The CLI sets it once a run reaches 64 results: after its bundle
// and code cache are loaded, since V8 rejects a cache made or read under other flags, and so not
// during the build's short warm-up run that makes the cache (scripts/bundle-cli.mjs).
import { setFlagsFromString } from 'node:v8';

/** V8's default is 920; 50 to 200 measured alike, 300 gave back half the gain. */
export const INLINED_BYTES_PER_FUNCTION = 100;

let limited = false;

/** Sets the limit for the rest of the process (once). */
export function limitInlining(): void {
  if (limited) return;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTES_PER_FUNCTION}`);
  limited = true;
}
