// Progress bar on stderr: only when stderr is a terminal (and stdout is not the same terminal, where
// the results themselves show the progress), and only once the job has run for a second.
import type { SingleBar } from 'cli-progress';
import { numberFormat, REPORTS } from '../report/catalog.js';
import type { Locale } from '../types.js';
import type { CliIo } from './io.js';

export interface Progress {
  bytes(n: number): void;
  message(): void;
  /** True while the bar is on screen (other stderr lines must wait). */
  readonly visible: boolean;
  /** While the bar is due but not drawn yet: a promise the caller may await before going on. */
  readonly starting: Promise<void> | null;
  stop(): void;
}

const NO_PROGRESS: Progress = { bytes() {}, message() {}, visible: false, starting: null, stop() {} };

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);
}

export function startProgress(io: CliIo, lang: Locale, totalBytes: Promise<number>): Progress {
  if (!io.stderr.isTTY || io.stdout.isTTY) return NO_PROGRESS;
  const n = numberFormat(lang);
  const label = REPORTS[lang].progress.messages;
  let bytes = 0;
  let messages = 0;
  let total = 0;
  let bar: SingleBar | null = null;
  let starting = false;
  let stopped = false;
  let totalKnown = false;
  const known = totalBytes.then((t) => { total = t; totalKnown = true; }, () => { totalKnown = true; });
  const payload = (): object => ({ mb: total ? `${mb(bytes)}/${mb(total)} MB` : `${mb(bytes)} MB`, messages: n(messages), label });
  const show = async (): Promise<void> => {
    if (stopped || starting) return;
    starting = true;
    // loaded only when a bar is due: it costs start-up time to every short run otherwise (in the CLI's
    // bundles, a require() of dist/cli/progress-bar.cjs: scripts/bundle-cli.mjs)
    const { SingleBar, Presets } = await import('./progress-bar.js');
    if (stopped) return;
    bar = new SingleBar({
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: total ? '{bar} {percentage}% | {mb} | {messages} {label} | {eta_formatted}' : '{messages} {label} | {mb} | {duration_formatted}',
      clearOnComplete: true,
      hideCursor: true,
      fps: 5,
    }, Presets.shades_classic);
    bar.start(Math.max(total, 1), Math.min(bytes, Math.max(total, 1)), payload());
  };
  // the size of the inputs is summed in the meantime; the bar waits for it, to show a percentage
  let due: Promise<void> | null = null;
  const timer = setTimeout(() => { due = totalKnown ? show() : known.then(show); }, io.progressDelayMs ?? 1000);
  timer.unref?.();
  return {
    bytes(k) {
      bytes += k;
      bar?.update(total ? Math.min(bytes, total) : 0, payload());
    },
    message() {
      messages++;
      if (bar && messages % 64 === 0) bar.update(total ? Math.min(bytes, total) : 0, payload());
    },
    get visible() {
      return bar !== null && !stopped;
    },
    get starting() {
      return due !== null && bar === null && !stopped ? due : null;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      bar?.stop();
    },
  };
}
