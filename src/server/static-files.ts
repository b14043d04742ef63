// The built web page (dist/web), read once into memory with a gzip copy of each text file: the bundle
// is a few small files, so serving them needs no disk access per request.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticFile {
  body: Uint8Array;
  gzip: Uint8Array | null;
  type: string;
  etag: string;
  /** Vite's hashed assets never change; the rest is revalidated. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg)/;
/** Files this big are not held in memory. */
const MAX_FILE = 5 * 1024 * 1024;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(path, out);
    else if (st.isFile() && st.size <= MAX_FILE) out.push(path);
  }
  return out;
}

/** URL path ("/assets/index-abc.js") -> file. Empty when the directory does not exist. */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return files;
  for (const path of walk(root)) {
    const rel = relative(root, path).split(sep).join('/');
    // Vite's manifest and other dot files are not for the browser
    if (rel.split('/').some((part) => part.startsWith('.'))) continue;
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const body = new Uint8Array(readFileSync(path));
    const gzip = COMPRESSIBLE.test(type) && body.length > 512 ? new Uint8Array(gzipSync(body, { level: 9 })) : null;
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    files.set(`/${rel}`, { body, gzip, type, etag, immutable: rel.startsWith('assets/') });
  }
  return files;
}
