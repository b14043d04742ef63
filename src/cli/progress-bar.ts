// cli-progress, loaded by progress.ts only when a bar is due. The build makes it a bundle of its own
// (dist/cli/progress-bar.cjs), required on use, so that it is neither compiled nor in the code cache of a
// run that shows no bar (scripts/bundle-cli.mjs).
import cliProgress from 'cli-progress';

export const { SingleBar, Presets } = cliProgress;
