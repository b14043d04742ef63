// `smtp-explain serve`: the HTTP API, the code pages and the web page. Runs until SIGINT or SIGTERM
// (or io.signal). Exit codes: 0 stopped normally, 1 could not listen, 2 usage error.
import { parseArgs } from 'node:util';
import { matchLocale } from '../i18n/catalog.js';
import { environmentLocale } from '../i18n/match-locale.js';
import { DEFAULT_BODY_LIMIT } from '../server/app.js';
import { DEFAULT_HOST, DEFAULT_PORT, defaultWebRoot, startServer, type RunningServer } from '../server/serve.js';
import { hostnameOf, isLoopbackAddress } from '../server/request-origin.js';
import type { Locale } from '../types.js';
import { printable } from './printable.js';
import { errorLocale, fromParseArgs } from './args.js';
import { USAGE_TEXT } from './usage-text.js';

/** Structurally a subset of the CLI's io (src/cli/io.ts), so this fits its command map as it is. */
export interface ServeIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Stops the server when aborted (tests); SIGINT and SIGTERM always do. */
  signal?: AbortSignal;
  /** Called once the server listens. */
  onListening?: (server: RunningServer) => void;
}

const TEXT = {
  'pt-BR': {
    help: `Uso: smtp-explain serve [opções]

Inicia o servidor HTTP: a página web em /, a API em /api (documentada em /api/openapi.json)
e as páginas dos códigos em /codigos e /codes. Nada do que é enviado fica registrado ou guardado.

Opções:
  -p, --port PORTA        porta (padrão ${DEFAULT_PORT}; 0 escolhe uma livre)
  -H, --host ENDEREÇO     endereço em que escutar (padrão ${DEFAULT_HOST}, só esta máquina)
      --body-limit TAM    tamanho máximo da requisição: 10mb, 512kb, 1000000 (padrão 10mb, até 100mb)
      --cors ORIGEM       libera CORS em /api para a origem, como a que o navegador manda no
                          cabeçalho Origin: esquema://host[:porta], sem caminho, como
                          https://app.exemplo.com (repita para várias; * libera todas)
      --allowed-host NOME outro nome pelo qual o servidor atende, além de localhost e
                          127.0.0.1 (atrás de um proxy; repita para vários; .exemplo.com
                          libera também os subdomínios); outros nomes recebem 403
      --request-timeout S segundos para uma requisição chegar inteira, depois 408 (padrão 300)
  -l, --lang IDIOMA       idioma das mensagens, e das respostas da API que não pedem
                          outro (por ?lang= ou Accept-Language): pt-BR ou en
  -h, --help              mostra esta ajuda

Códigos de saída: 0 parado normalmente, 1 não foi possível escutar, 2 erro de uso.
`,
    listening: (url: string) => `smtp-explain: servindo em ${url}/ (Ctrl+C para parar)\n`,
    exposed: 'Atenção: o servidor aceita conexões de outras máquinas e não tem autenticação.\n',
    noWeb: 'A página web não foi gerada (rode npm run build:web); a API e as páginas dos códigos funcionam.\n',
    inUse: (port: number) => `a porta ${port} já está em uso: escolha outra com --port`,
    cannotListen: (message: string) => `não foi possível escutar: ${message}`,
    noSuchHost: (host: string) => `não foi possível escutar em "${host}": esta máquina não tem esse endereço (use 127.0.0.1 para aceitar conexões só desta máquina, ou 0.0.0.0 para todas as interfaces)`,
    badPort: (v: string) => `porta inválida "${v}": use um número de 0 a 65535`,
    badLimit: (v: string) => `tamanho inválido "${v}": use de 1 byte a 100mb, por exemplo 10mb, 512kb ou 1000000`,
    badLang: (v: string) => `idioma desconhecido "${v}": use pt-BR ou en`,
    badTimeout: (v: string) => `tempo inválido "${v}": use segundos de 1 a 3600`,
    badHostName: (v: string) => `nome de host inválido "${v}": use um nome como proxy.exemplo.com, sem esquema nem caminho`,
    badOrigin: (v: string) => `origem inválida "${v}": uma origem é o que o navegador manda no cabeçalho Origin, esquema://host[:porta], sem caminho, como https://app.exemplo.com; ou * para liberar todas`,
    extra: (v: string) => `argumento inesperado "${v}"`,
    seeHelp: 'smtp-explain serve --help mostra o uso.\n',
  },
  en: {
    help: `Usage: smtp-explain serve [options]

Starts the HTTP server: the web page at /, the API under /api (described at /api/openapi.json)
and the code pages under /codes and /codigos. Nothing sent to it is logged or stored.

Options:
  -p, --port PORT         port (default ${DEFAULT_PORT}; 0 picks a free one)
  -H, --host ADDRESS      address to listen on (default ${DEFAULT_HOST}, this machine only)
      --body-limit SIZE   largest body accepted: 10mb, 512kb, 1000000 (default 10mb, at most 100mb)
      --cors ORIGIN       allow CORS on /api for the origin, as a browser sends it in its
                          Origin header: scheme://host[:port], with no path, such as
                          https://app.example.com (repeat for more; * allows any)
      --allowed-host NAME another name the server answers to besides localhost and
                          127.0.0.1 (behind a proxy; repeat for more; .example.com
                          allows its subdomains too); other names get 403
      --request-timeout S seconds for a request to arrive whole, then 408 (default 300)
  -l, --lang LANGUAGE     language of the messages, and of the API's answers that ask
                          for none (by ?lang= or Accept-Language): pt-BR or en
  -h, --help              show this help

Exit codes: 0 stopped normally, 1 could not listen, 2 usage error.
`,
    listening: (url: string) => `smtp-explain: serving on ${url}/ (Ctrl+C to stop)\n`,
    exposed: 'Note: the server accepts connections from other machines and has no authentication.\n',
    noWeb: 'The web page was not built (run npm run build:web); the API and the code pages work.\n',
    inUse: (port: number) => `port ${port} is already in use: pick another with --port`,
    cannotListen: (message: string) => `cannot listen: ${message}`,
    noSuchHost: (host: string) => `cannot listen on "${host}": this machine has no such address (use 127.0.0.1 for this machine only, or 0.0.0.0 for every interface)`,
    badPort: (v: string) => `invalid port "${v}": use a number from 0 to 65535`,
    badLimit: (v: string) => `invalid size "${v}": use 1 byte to 100mb, for example 10mb, 512kb or 1000000`,
    badLang: (v: string) => `unknown language "${v}": use pt-BR or en`,
    badTimeout: (v: string) => `invalid time "${v}": use seconds from 1 to 3600`,
    badHostName: (v: string) => `invalid host name "${v}": use a name such as proxy.example.com, with no scheme or path`,
    badOrigin: (v: string) => `invalid origin "${v}": an origin is what a browser sends in its Origin header, scheme://host[:port] with no path, such as https://app.example.com; or * for any`,
    extra: (v: string) => `unexpected argument "${v}"`,
    seeHelp: 'smtp-explain serve --help shows the usage.\n',
  },
} satisfies Record<Locale, unknown>;

class UsageError extends Error {}

export interface ServeArgs {
  port: number;
  host: string;
  bodyLimit: number;
  /** --request-timeout, in milliseconds; absent: Node's (300 s). */
  requestTimeout?: number;
  cors: string[];
  /** --allowed-host: more names the server answers to. */
  allowedHosts: string[];
  lang: Locale;
  /** --lang given: also the language of the API's and the pages' answers that ask for none. */
  apiLang?: Locale;
  help: boolean;
}

/**
 * Largest --body-limit: a body is held whole, with its results (MAX_REQUEST_RESULTS), while it is
 * analysed; past 100 MB one request could take the server's memory. The CLI reads any size, streamed.
 */
export const MAX_BODY_LIMIT = 100 * 1024 * 1024;

/** "10mb", "512kb", "1000000" -> bytes; null when unreadable or over MAX_BODY_LIMIT. */
export function parseSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?$/i.exec(value.trim());
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  return bytes > 0 && bytes <= MAX_BODY_LIMIT ? bytes : null;
}

/**
 * A --cors value as a browser writes its Origin header (RFC 6454 §6.2), which the CORS check compares
 * as it is: "*", or scheme://host[:port], its scheme and host in lower case, without the default port.
 * One trailing "/" (an address copied from the address bar) is dropped; null for anything that could
 * match no Origin header: no scheme ("app.example.com"), a path, a query, a user name, "null".
 */
export function corsOrigin(value: string): string | null {
  const v = value.trim();
  if (v === '*') return v;
  const m = /^([a-z][a-z\d+.-]*):\/\/([^\s/\\?#@]+)\/?$/i.exec(v);
  if (!m) return null;
  let url: URL;
  try {
    url = new URL(`${m[1]}://${m[2]}`);
  } catch {
    return null;
  }
  return url.hostname ? `${url.protocol}//${url.host}`.toLowerCase() : null;
}

export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv): ServeArgs {
  let lang = environmentLocale(env);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string', short: 'H' },
        'body-limit': { type: 'string' },
        'request-timeout': { type: 'string' },
        cors: { type: 'string', multiple: true },
        'allowed-host': { type: 'string', multiple: true },
        lang: { type: 'string', short: 'l' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's English words, told in the user's language as the main command does
    throw new UsageError(fromParseArgs(error as Error & { code?: string }).say(USAGE_TEXT[errorLocale(argv, env)]));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined) {
    const l = matchLocale(values.lang);
    if (!l) throw new UsageError(TEXT[lang].badLang(values.lang));
    lang = l;
  }
  const t = TEXT[lang];
  if (positionals.length) throw new UsageError(t.extra(positionals[0]!));
  let port = DEFAULT_PORT;
  if (values.port !== undefined) {
    port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
    if (!(port >= 0 && port <= 65535)) throw new UsageError(t.badPort(values.port));
  }
  let bodyLimit = DEFAULT_BODY_LIMIT;
  if (values['body-limit'] !== undefined) {
    const size = parseSize(values['body-limit']);
    if (size === null) throw new UsageError(t.badLimit(values['body-limit']));
    bodyLimit = size;
  }
  let requestTimeout: number | undefined;
  if (values['request-timeout'] !== undefined) {
    const seconds = /^\d+(?:\.\d+)?$/.test(values['request-timeout'].trim()) ? Number(values['request-timeout']) : NaN;
    if (!(seconds >= 1 && seconds <= 3600)) throw new UsageError(t.badTimeout(values['request-timeout']));
    requestTimeout = Math.round(seconds * 1000);
  }
  const allowedHosts = values['allowed-host'] ?? [];
  const badName = allowedHosts.find((name) => hostnameOf(name.trim().replace(/^\./, '')) === null);
  if (badName !== undefined) throw new UsageError(t.badHostName(badName));
  const cors: string[] = [];
  for (const value of values.cors ?? []) {
    const origin = corsOrigin(value);
    if (origin === null) throw new UsageError(t.badOrigin(value));
    if (!cors.includes(origin)) cors.push(origin);
  }
  return {
    port, host: values.host || DEFAULT_HOST, bodyLimit, cors, allowedHosts, lang, help: values.help ?? false,
    ...(requestTimeout !== undefined ? { requestTimeout } : {}),
    ...(values.lang !== undefined ? { apiLang: lang } : {}),
  };
}

export async function serveCommand(
  argv: string[],
  io: ServeIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`smtp-explain serve: ${printable(error.message)}\n${TEXT[environmentLocale(io.env)].seeHelp}`);
    return 2;
  }
  const t = TEXT[args.lang];
  if (args.help) {
    io.stdout.write(t.help);
    return 0;
  }
  const webRoot = defaultWebRoot();
  let server: RunningServer;
  try {
    server = await startServer({
      port: args.port,
      host: args.host,
      bodyLimit: args.bodyLimit,
      ...(args.requestTimeout !== undefined ? { requestTimeout: args.requestTimeout } : {}),
      cors: args.cors.includes('*') ? true : args.cors.length ? args.cors : false,
      allowedHosts: args.allowedHosts,
      webRoot,
      ...(args.apiLang ? { lang: args.apiLang } : {}),
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'EADDRINUSE' ? t.inUse(args.port) : e.code === 'ENOTFOUND' || e.code === 'EADDRNOTAVAIL' ? t.noSuchHost(args.host) : t.cannotListen(e.message);
    io.stderr.write(`smtp-explain serve: ${why}\n`);
    return 1;
  }
  io.stdout.write(t.listening(server.url));
  if (!isLoopbackAddress(args.host)) io.stderr.write(t.exposed);
  if (!webRoot) io.stderr.write(t.noWeb);
  io.onListening?.(server);

  let stop = () => {};
  await new Promise<void>((resolve) => {
    stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (io.signal?.aborted) stop();
    io.signal?.addEventListener('abort', stop, { once: true });
  });
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  await server.close();
  return 0;
}
