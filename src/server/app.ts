// The HTTP server as a Hono app: the JSON API, the reference pages of the codes and the web page.
// Nothing a user sends is logged or stored: there is no request logger, and an internal error is
// reported with the route pattern and the stack frames only, never the message or the body.
import { readFileSync } from 'node:fs';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../types.js';
import { analyzeInput, deliveriesOf } from '../analyze-input.js';
import { mailboxReport } from '../report/mailbox-report.js';
import { codeInfo, codeList } from '../explain/code-info.js';
import { codeIndexPage, codeNotFoundPage, codePage, notFoundPage, serverErrorPage, webNotBuiltPage } from './code-pages.js';
import { openApiDocument } from './openapi.js';
import { CODES_PATH } from './page-text.js';
import { API_ERRORS, type ApiErrorText, type ErrorCode } from './api-errors.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';
import { sendStatic } from './send-static.js';
import { explainRequest } from './explain-request.js';
import type { Refusal } from './request-body.js';
import { acceptedLang, langOf, langOrNone } from './request-lang.js';
import { DEFAULT_HOST, hostCheck, isCrossSitePost } from './request-origin.js';

/** 10 MB. */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * Analyses run at once; the others wait their turn. The analysis runs on the one JavaScript thread, so
 * more at once are not faster, only bigger: six 10 MB mailboxes at once took the server to 664 MB.
 */
export const MAX_CONCURRENT_ANALYSES = 2;
/** Requests that may wait for a turn; past them, 503 with Retry-After. */
export const MAX_WAITING_ANALYSES = 64;
/**
 * Explanation requests in flight at once: their bodies being read, waiting for a turn, being analysed.
 * Past them a request gets 503 busy with Retry-After at once, before its body is read: each holds its
 * body, its decoded text and its results, and the gate alone bounded only the analyses (30 parallel
 * 7 MB logs took the server from 103 MB to 1.24 GB, 70 to 2.58 GB; dev audit).
 */
export const MAX_REQUESTS_IN_FLIGHT = 16 * MAX_CONCURRENT_ANALYSES;
/**
 * And the bytes of their bodies, as a body limit's multiple: each counts its Content-Length, or the whole
 * body limit when it declares none (chunked). One request is always let in, whatever its size. With the
 * 10 MB default, five 7 MB logs at once, not thirty.
 */
export const BODY_LIMITS_IN_FLIGHT = 4;

export interface AppOptions {
  /**
   * The address the server listens on (default 127.0.0.1). On a loopback address, a request whose Host
   * is no name of this machine is refused (403 host_not_allowed): the mark of DNS rebinding.
   */
  host?: string;
  /** More host names the server answers to (behind a reverse proxy); ".example.com" allows its subdomains too. Elsewhere than loopback, the check is on only with these. */
  allowedHosts?: string[];
  /** Largest request body in bytes; larger ones get 413. Default 10 MB. */
  bodyLimit?: number;
  /** CORS for /api/*: off by default; true allows any origin, or give the allowed origins. */
  cors?: boolean | string | string[];
  /** Directory of the built web page (dist/web); null or missing: "/" says how to build it. */
  webRoot?: string | null;
  /** Where internal errors are reported (never with user content). Default: stderr. */
  logError?: (line: string) => void;
  /** The API's language when a request names none (?lang=, a JSON "lang", Accept-Language). Default pt-BR. */
  lang?: Locale;
  /** Analyses at once, and requests waiting for one (MAX_CONCURRENT_ANALYSES, MAX_WAITING_ANALYSES). */
  maxConcurrent?: number;
  maxWaiting?: number;
  /** Explanation requests in flight (MAX_REQUESTS_IN_FLIGHT), and their body bytes (BODY_LIMITS_IN_FLIGHT × bodyLimit). */
  maxInFlight?: number;
  maxBytesInFlight?: number;
}

/** A counting gate: run() waits for one of `size` turns, or returns null when `waiting` are already queued. */
export class Gate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly size: number, private readonly waiting: number) {}

  async run<T>(task: () => Promise<T>): Promise<T | null> {
    if (this.running >= this.size) {
      if (this.queue.length >= this.waiting) return null;
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      // the turn passes to the first waiting, or is given back
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}

function apiError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string, headers: Record<string, string> = {}) {
  return c.json({ error: { code, message } }, status, { 'Cache-Control': 'no-store', ...headers });
}

/** "/api" and every path under it: their errors are JSON, "/api" itself included. */
function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export { acceptedLang };

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The CSP of every response: only our own scripts and styles, no inline code, no framing. */
const CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  // the page's analysis worker, from our own files (script-src covers it too, but only where a
  // browser knows worker-src; named here so that it stays allowed if script-src changes); no blob:
  workerSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  // no page of ours submits a form anywhere (the page at "/" explains in the browser): a form that
  // would send the pasted text in a URL, before the page's script runs, is refused by the browser too
  formAction: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
};

/**
 * The CORS of /api/* that `cors` asks for (AppOptions.cors), or null when it is off. serve.ts answers
 * the requests Node's HTTP parser refuses with the headers it sets too.
 */
export function apiCors(setting: AppOptions['cors']): MiddlewareHandler | null {
  if (setting === undefined || setting === false) return null;
  return cors({
    origin: setting === true ? '*' : setting,
    allowMethods: ['GET', 'POST'],
    // Content-Encoding: a gzip body is documented, and it is no header a browser sends unasked
    allowHeaders: ['Content-Type', 'Content-Encoding'],
    // the 503's hint of when to try again, which a page's script cannot read otherwise
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
}

export function createApp(options: AppOptions = {}): Hono {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const logError = options.logError ?? ((line: string) => process.stderr.write(line + '\n'));
  const files: Map<string, StaticFile> = options.webRoot ? loadStaticFiles(options.webRoot) : new Map();
  const apiCorsHeaders = apiCors(options.cors);
  const corsOn = apiCorsHeaders !== null;
  let openapi: string | null = null;
  const indexPages = new Map<Locale, string>();

  const app = new Hono();
  const gate = new Gate(options.maxConcurrent ?? MAX_CONCURRENT_ANALYSES, options.maxWaiting ?? MAX_WAITING_ANALYSES);
  /** A request's language when it names none itself: its Accept-Language, else the server's. */
  const fallbackLang = (c: Context): Locale => acceptedLang(c.req.header('accept-language')) ?? options.lang ?? DEFAULT_LOCALE;
  /** An error's words: in `lang` when the request named a language of ours, else its ?lang=, else the fallback. */
  const says = (c: Context, lang?: Locale): ApiErrorText => API_ERRORS[lang ?? langOrNone(c.req.query('lang')) ?? fallbackLang(c)];

  /**
   * The language of an HTML page about the request (not found, internal error): that of the code pages
   * under its path ("/codes/5.1.1/x" is English), else its ?lang=, else Accept-Language, else the
   * server's, as the page "/" picks its language.
   */
  const pageLang = (c: Context): Locale => {
    const base = LOCALES.find((lang) => c.req.path === CODES_PATH[lang] || c.req.path.startsWith(`${CODES_PATH[lang]}/`));
    return base ?? langOrNone(c.req.query('lang')) ?? fallbackLang(c);
  };

  app.use(secureHeaders({
    contentSecurityPolicy: CSP,
    xFrameOptions: 'DENY',
    // no HSTS: this server speaks plain HTTP, and hono's default (a year and a half, includeSubDomains)
    // would pin a whole domain to HTTPS for 180 days from behind an HTTPS proxy; that proxy decides it
    strictTransportSecurity: false,
    crossOriginResourcePolicy: false, // below, by path
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  }));
  // With --cors the origins it names read /api's answers: those are cross-origin resources. The page,
  // its files and the code pages are for this origin alone, with or without --cors.
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('Cross-Origin-Resource-Policy', corsOn && isApiPath(c.req.path) ? 'cross-origin' : 'same-origin');
  });
  // hono answers HEAD with the GET route's answer, its body dropped, and node:http sends no length for
  // a body it never sees: the Content-Length is that of the body a GET gets, so that a client can size
  // a file without downloading it (RFC 9110 §9.3.2)
  app.use(async (c, next) => {
    await next();
    if (c.req.method === 'HEAD' && c.res.body && !c.res.headers.has('content-length')) {
      c.res.headers.set('Content-Length', String((await c.res.clone().arrayBuffer()).byteLength));
    }
  });
  // Before anything is read or run: a Host that is no name of ours (DNS rebinding, on a loopback server),
  // and, with CORS off, a POST a page of another site sent (the analysis would run for an answer it cannot read)
  const hostAllowed = hostCheck(options.host ?? DEFAULT_HOST, options.allowedHosts);
  app.use(async (c, next) => {
    const host = c.req.header('host');
    if (hostAllowed && !hostAllowed(host)) {
      const shown = host === undefined ? null : host.slice(0, 100);
      if (isApiPath(c.req.path)) {
        const words = says(c);
        return apiError(c, 403, 'host_not_allowed', shown === null ? words.noHost : words.hostNotAllowed(shown));
      }
      const words = API_ERRORS[pageLang(c)];
      return c.text(shown === null ? words.noHost : words.hostNotAllowed(shown), 403, { 'Cache-Control': 'no-store' });
    }
    if (!corsOn && c.req.method === 'POST' && isApiPath(c.req.path) &&
      isCrossSitePost(c.req.header('sec-fetch-site'), c.req.header('origin'), host ?? new URL(c.req.url).host)) {
      return apiError(c, 403, 'cross_site_request', says(c).crossSite);
    }
    return next();
  });
  if (apiCorsHeaders) app.use('/api/*', apiCorsHeaders);

  app.onError((err, c) => {
    // A client that went away mid-upload (a closed tab, a killed curl, or node:http closing a broken
    // chunked body) fails the reading of the body: no internal error, nothing to log. Nobody reads
    // this answer; it says what happened, as the client's doing.
    if (c.req.raw.signal.aborted) return apiError(c, 400, 'missing_field', says(c).bodyCut);
    // the route pattern and the stack frames only: an error message may quote what the user sent
    const frames = (err.stack ?? '').split('\n').slice(1, 8).join('\n');
    logError(`smtp-explain: internal error on ${c.req.method} ${c.req.routePath}: ${err.name}\n${frames}`);
    if (isApiPath(c.req.path)) return apiError(c, 500, 'internal', says(c).internal);
    return c.html(serverErrorPage(pageLang(c)), 500);
  });

  app.notFound((c) => {
    if (isApiPath(c.req.path)) return apiError(c, 404, 'not_found', says(c).noRoute(c.req.method, c.req.path.slice(0, 200)));
    return c.html(notFoundPage(pageLang(c)), 404);
  });

  // ---- API ----

  // requests in flight, and their bodies' bytes: a request past either is answered 503 before its body is read
  const maxInFlight = options.maxInFlight ?? MAX_REQUESTS_IN_FLIGHT;
  const maxBytesInFlight = options.maxBytesInFlight ?? BODY_LIMITS_IN_FLIGHT * limit;
  let inFlight = 0;
  let bytesInFlight = 0;
  const admit: MiddlewareHandler = async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? NaN);
    const bytes = Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, limit) : limit;
    if (inFlight > 0 && (inFlight >= maxInFlight || bytesInFlight + bytes > maxBytesInFlight)) {
      return apiError(c, 503, 'busy', says(c).busy, { 'Retry-After': '5' });
    }
    inFlight++;
    bytesInFlight += bytes;
    try {
      await next();
    } finally {
      inFlight--;
      bytesInFlight -= bytes;
    }
  };

  app.post(
    '/api/explain',
    admit,
    bodyLimit({
      maxSize: limit,
      onError: (c) => apiError(c, 413, 'payload_too_large', says(c).tooLarge(limit)),
    }),
    explainRequest({
      fallbackLang,
      refuse: (c, r: Refusal) => apiError(c, r.status, r.code, r.message(says(c, r.lang)), r.headers),
    }),
    async (c) => {
      const { input, lang } = c.get('explain');
      const done = await gate.run(() => analyzeInput(input, { lang }));
      if (!done) return apiError(c, 503, 'busy', says(c, lang).busy, { 'Retry-After': '5' });
      // what a list owner acts on, as the page and the HTML report sum it: the addresses to remove or retry
      const report = mailboxReport(done.results, done.messages, lang, deliveriesOf(done));
      return c.json({ results: done.results, report }, 200, { 'Cache-Control': 'no-store' });
    },
  );

  const withLang = (c: Context, f: (lang: Locale) => Response) => {
    const lang = langOf(c.req.query('lang'));
    if (lang === null) return apiError(c, 400, 'invalid_field', says(c).unknownLang);
    return f(lang ?? fallbackLang(c));
  };

  /**
   * A code's answer: the same for everyone in one language, which Accept-Language may pick (a shared
   * cache keeps one per language; with --cors, Origin is named too), cached as the code pages are.
   */
  const codeAnswer = (c: Context, body: unknown) => {
    c.header('Vary', 'Accept-Language', { append: true });
    return c.json(body, 200, { 'Cache-Control': 'public, max-age=3600' });
  };

  app.get('/api/codes', (c) => withLang(c, (lang) => codeAnswer(c, codeList(lang))));

  app.get('/api/codes/:code', (c) => withLang(c, (lang) => {
    const info = codeInfo(c.req.param('code'), lang);
    if (!info) return apiError(c, 404, 'unknown_code', says(c, lang).unknownCode);
    return codeAnswer(c, info);
  }));

  app.get('/api/openapi.json', (c) => {
    openapi ??= JSON.stringify(openApiDocument(packageVersion()));
    return c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  const notAllowed = (allow: string) => (c: Context) =>
    apiError(c, 405, 'method_not_allowed', says(c).useMethod(allow.split(', ')[0]!), { Allow: allow });
  app.all('/api/explain', notAllowed('POST'));
  app.all('/api/codes', notAllowed('GET, HEAD'));
  app.all('/api/codes/:code', notAllowed('GET, HEAD'));
  app.all('/api/openapi.json', notAllowed('GET, HEAD'));

  // ---- reference pages of the codes ----

  const PAGE_CACHE = { 'Cache-Control': 'public, max-age=3600' };
  for (const [base, lang] of [['/codigos', 'pt-BR'], ['/codes', 'en']] as const) {
    const index = (c: Context) => {
      if (!indexPages.has(lang)) indexPages.set(lang, codeIndexPage(lang));
      return c.html(indexPages.get(lang)!, 200, PAGE_CACHE);
    };
    app.get(base, index);
    app.get(`${base}/`, index);
    app.get(`${base}/:code`, (c) => {
      const page = codePage(c.req.param('code'), lang);
      return page ? c.html(page, 200, PAGE_CACHE) : c.html(codeNotFoundPage(lang), 404);
    });
  }

  // ---- the web page ----

  app.get('/', (c) => {
    const index = files.get('/index.html');
    if (index) return sendStatic(c, index);
    return c.html(webNotBuiltPage(), 503);
  });

  app.get('*', async (c, next) => {
    const f = c.req.path !== '/index.html' ? files.get(c.req.path) : undefined;
    if (f) return sendStatic(c, f);
    return next();
  });

  return app;
}
