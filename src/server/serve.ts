// Starts the app on @hono/node-server. Used by `smtp-explain serve`, the end-to-end tests and the load check.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { analyzeInput } from '../analyze-input.js';
import { apiCors, createApp, type AppOptions } from './app.js';
import { API_ERRORS, type ErrorCode } from './api-errors.js';
import { DEFAULT_LOCALE, type Locale } from '../types.js';
import { DEFAULT_HOST } from './request-origin.js';

export const DEFAULT_PORT = 8025;
export { DEFAULT_HOST };

export interface ServeOptions extends AppOptions {
  /** 0 picks a free port. Default 8025. */
  port?: number;
  /**
   * Milliseconds a request may take to arrive whole (headers and body), then 408 request_timeout and
   * the connection closed; Node's default is 300 s, which a body that never completes holds.
   */
  requestTimeout?: number;
}

/** Node's http.Server options for a request timeout: checked this often, headers within it too. */
function timeoutOptions(ms: number | undefined): object {
  if (ms === undefined) return {};
  return {
    requestTimeout: ms,
    headersTimeout: Math.min(60_000, ms),
    // Node looks at the connections every 30 s by default: a timeout of seconds would wait for it
    connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(ms / 4))),
  };
}

export interface RunningServer {
  /** "http://127.0.0.1:8025". */
  url: string;
  port: number;
  host: string;
  server: ServerType;
  close(): Promise<void>;
}

/** dist/web next to the compiled server (dist/server), or dist/web of the project when run from src. */
export function defaultWebRoot(): string | null {
  for (const rel of ['../web/', '../../dist/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return null;
}

/** The library builds its tables on first use (~0.2 s): do it before the first user waits for it. */
async function warmUp(): Promise<void> {
  await analyzeInput('550 5.1.1 <a@example.org>: Recipient address rejected: User unknown', { lang: 'pt-BR' });
  await analyzeInput('From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail\n\n<a@example.org>: 550 5.1.1 unknown\n', { lang: 'en' });
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  await warmUp();
  const host = options.host ?? DEFAULT_HOST;
  const app = createApp({ ...options, host, webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host, serverOptions: timeoutOptions(options.requestTimeout) }, (info: AddressInfo) => {
      server.off('error', reject);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        host: info.address,
        server,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // keep-alive connections would hold close() open
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
    server.on('clientError', parserRefusal(options.lang ?? DEFAULT_LOCALE, refusalCors(options.cors)));
  });
}

/**
 * The security headers every answer of the app carries (app.ts), for a JSON answer with nothing to load;
 * with CORS on, a cross-origin resource, as the API's answers are.
 */
function refusalHeaders(crossOrigin: boolean): string {
  return [
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'X-Frame-Options: DENY',
    'Referrer-Policy: no-referrer', `Cross-Origin-Resource-Policy: ${crossOrigin ? 'cross-origin' : 'same-origin'}`,
    'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  ].map((header) => `${header}\r\n`).join('');
}

/** A refused request's CORS header lines, for the Origin it sent (null when it could not be read). */
type RefusalCors = (origin: string | null) => Promise<string>;

/**
 * The CORS headers the app's /api answers carry (app.ts apiCors), as its middleware sets them for a
 * request from `origin`; null when CORS is off.
 */
function refusalCors(setting: AppOptions['cors']): RefusalCors | null {
  const middleware = apiCors(setting);
  if (!middleware) return null;
  const probe = new Hono().use(middleware).all('*', (c) => c.body(null));
  return async (origin) => {
    const answer = await probe.request('/api', origin ? { headers: { Origin: origin } } : {});
    let lines = '';
    answer.headers.forEach((value, name) => {
      if (name.startsWith('access-control-') || name === 'vary') lines += `${name}: ${value}\r\n`;
    });
    return lines;
  };
}

/** The Origin field of the bytes Node's parser refused, when they hold it (a line cut short is not read). */
function refusedOrigin(error: NodeJS.ErrnoException): string | null {
  const raw = (error as { rawPacket?: unknown }).rawPacket;
  if (!Buffer.isBuffer(raw)) return null;
  return /\r\norigin:([^\r\n]*)\r\n/i.exec(raw.toString('latin1'))?.[1]!.trim() ?? null;
}

/**
 * Node refuses a request its HTTP parser cannot read (headers past its limit, a malformed request
 * line, one that never arrives whole) before the app sees it, with a bare status line and no body; the
 * API's clients get a JSON error as for any other refusal, in the server's language (the request's
 * own could not be read). As Node's own handler: nothing is written where an answer already began
 * (a keep-alive connection whose next request broke mid-answer), and the connection is closed.
 */
function parserRefusal(lang: Locale, cors: RefusalCors | null): (error: NodeJS.ErrnoException, socket: Duplex) => void {
  const security = refusalHeaders(cors !== null);
  return (error, socket) => {
    const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    // a client that went away, or an answer already on its way: nobody to answer
    if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
      socket.destroy();
      return;
    }
    const words = API_ERRORS[lang];
    // the statuses Node itself gives these errors
    const [status, reason, code, message]: [number, string, ErrorCode, string] = error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'headers_too_large', words.headersTooLarge]
      : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
        ? [413, 'Payload Too Large', 'payload_too_large', words.chunkExtensionsTooLarge]
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'request_timeout', words.requestTimeout]
          : [400, 'Bad Request', 'bad_request', words.badRequest];
    const body = JSON.stringify({ error: { code, message } });
    const answer = (corsLines: string) => {
      // (the client may have gone while the CORS headers were made)
      if (!socket.writable) return socket.destroy();
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\n${security}${corsLines}Connection: close\r\n\r\n${body}`, () => socket.destroy());
    };
    if (!cors) answer('');
    else cors(refusedOrigin(error)).then(answer, () => answer(''));
  };
}
