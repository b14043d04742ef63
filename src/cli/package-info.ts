// The package's own package.json, found by walking up from this module: the same code runs from src/
// (tests), from dist/ (tsc) and from the bundled dist/cli/main.cjs, at different depths.
import { existsSync, readFileSync } from 'node:fs';

/** Levels walked up at most before giving up. */
const MAX_LEVELS = 6;

export function packageVersion(): string {
  let url = new URL('./', import.meta.url);
  for (let i = 0; i < MAX_LEVELS; i++) {
    const candidate = new URL('package.json', url);
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'smtp-explain' && pkg.version) return pkg.version;
    }
    url = new URL('../', url);
  }
  return 'unknown';
}
