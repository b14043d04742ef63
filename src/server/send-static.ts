// A file of the built web page as an answer: gzip when the browser takes it, 304 when its copy is current.
import type { Context } from 'hono';
import { qualityList } from './quality-list.js';
import type { StaticFile } from './static-files.js';

/**
 * Whether an Accept-Encoding takes gzip: by its own weight (x-gzip is the same coding, RFC 9110
 * §8.4.1.3), else by the weight of "*"; "gzip;q=0" refuses it.
 */
export function acceptsGzip(header: string | undefined): boolean {
  const list = qualityList(header);
  const entry = list.find((e) => e.value === 'gzip' || e.value === 'x-gzip') ?? list.find((e) => e.value === '*');
  return (entry?.q ?? 0) > 0;
}

/** An entity tag, or "*"; a weak one with its W/ (the opaque tag is what is compared). */
const TAG = /\*|(?:W\/)?"[^"]*"/g;

/**
 * Whether If-None-Match names the representation whose tag is `etag`: "*", or one of its tags by the
 * weak comparison (RFC 9110 §13.1.2: W/"x" matches "x"), as §13.1.2 asks of If-None-Match. A browser
 * that got a weak tag from a proxy sends it back weak.
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);
  return (header.match(TAG) ?? []).some((tag) => tag === '*' || opaque(tag) === opaque(etag));
}

export function sendStatic(c: Context, f: StaticFile): Response {
  const gzip = f.gzip !== null && acceptsGzip(c.req.header('accept-encoding'));
  // each encoding is its own representation, with its own strong ETag
  const etag = gzip ? `${f.etag.slice(0, -1)}-gz"` : f.etag;
  const headers: Record<string, string> = {
    'Content-Type': f.type,
    ETag: etag,
    'Cache-Control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (noneMatchHits(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  if (gzip) headers['Content-Encoding'] = 'gzip';
  const body = gzip ? f.gzip! : f.body;
  return c.body(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer, 200, headers);
}
