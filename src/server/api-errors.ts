// The API's error messages, in the request's language (?lang=, the JSON "lang", Accept-Language, the
// server's). The error's `code` is the same in every language and is what a client tests; the message
// is for the person reading the response. A key missing in one language is a compile error.
import { groupDigits } from '../i18n/group-digits.js';
import type { Locale } from '../types.js';
import { hostnameOf } from './request-origin.js';

/**
 * Every error code the server sends in {"error": {"code", "message"}}: the app's (app.ts apiError) and
 * the HTTP parser's refusals (serve.ts). The OpenAPI document's Error.code enum is this list.
 */
export const ERROR_CODES = [
  'invalid_json', 'missing_field', 'invalid_field', 'payload_too_large', 'unsupported_media_type',
  'unknown_code', 'not_found', 'method_not_allowed', 'busy', 'internal', 'headers_too_large', 'bad_request', 'request_timeout',
  'host_not_allowed', 'cross_site_request',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorText {
  internal: string;
  noRoute: (method: string, path: string) => string;
  tooLarge: (limitBytes: number) => string;
  noContentType: string;
  unsupportedType: (mediaType: string) => string;
  unsupportedEncoding: (coding: string) => string;
  unknownCharset: (charset: string) => string;
  gzipDamaged: string;
  /** Content-Encoding: gzip on a body that is no gzip. */
  notGzip: string;
  unpackedTooLarge: (limitBytes: number) => string;
  tooDeep: (levels: number) => string;
  notJson: string;
  notObject: string;
  textMissing: string;
  textNotString: string;
  textEmpty: string;
  bodyEmpty: string;
  bodyCut: string;
  unknownLang: string;
  busy: string;
  unknownCode: string;
  useMethod: (method: string) => string;
  /** Requests Node's HTTP parser refuses before the app sees them (serve.ts clientError). */
  headersTooLarge: string;
  chunkExtensionsTooLarge: string;
  badRequest: string;
  requestTimeout: string;
  /** A Host that is no name the server answers to (DNS rebinding), or none at all. */
  hostNotAllowed: (host: string) => string;
  noHost: string;
  /** A POST from a page of another site, with CORS off. */
  crossSite: string;
}

const TYPES = 'application/json, text/plain, text/csv, message/rfc822, application/mbox, application/gzip, application/zip, application/x-tar, application/vnd.ms-outlook, application/octet-stream';

/** A Host header's name without its port, for the option that allows it. */
function hostnameOrAsIs(host: string): string {
  return hostnameOf(host) ?? host;
}

/** A byte count as "10.485.760 bytes (10 MB)": the MB a person configured, beside the exact limit. */
function bytes(n: number, lang: Locale): string {
  const mb = n / (1024 * 1024);
  const whole = Number.isInteger(mb) ? ` (${mb} MB)` : '';
  return `${groupDigits(n, lang) ?? String(n)} bytes${whole}`;
}

export const API_ERRORS = {
  'pt-BR': {
    internal: 'erro interno do servidor',
    noRoute: (method, path) => `não existe a rota ${method} ${path}`,
    tooLarge: (limit) => `o corpo da requisição passa do limite de ${bytes(limit, 'pt-BR')}: envie-o compactado com gzip (Content-Encoding: gzip, ou o arquivo .gz como está), ou peça a quem administra o servidor um limite maior (smtp-explain serve --body-limit)`,
    noContentType: `a requisição não diz o tipo do conteúdo: use ${TYPES}`,
    unsupportedType: (type) => `o tipo de conteúdo "${type}" não é aceito: use ${TYPES}`,
    unsupportedEncoding: (coding) => `o corpo vem com Content-Encoding "${coding}", que não é aceito: envie-o sem compressão ou compactado com gzip`,
    unknownCharset: (charset) => `o charset "${charset}" não é conhecido: envie o texto em UTF-8 ou indique um charset conhecido, como iso-8859-1`,
    gzipDamaged: 'o corpo é um gzip que não pôde ser descompactado (danificado ou incompleto)',
    notGzip: 'a requisição diz Content-Encoding: gzip, mas o corpo não é gzip (envie-o sem esse cabeçalho, ou compactado)',
    unpackedTooLarge: (limit) => `descompactado, o corpo passa do limite de ${bytes(limit, 'pt-BR')}`,
    tooDeep: (levels) => `o JSON tem mais de ${levels} níveis aninhados`,
    notJson: 'o corpo não é um JSON válido',
    notObject: 'o corpo deve ser um objeto JSON, como {"text": "...", "lang": "pt-BR"}, ou os eventos de um serviço de envio de e-mails',
    textMissing: 'falta o campo "text"',
    textNotString: 'o campo "text" deve ser um texto (string)',
    textEmpty: 'o campo "text" está vazio',
    bodyEmpty: 'o corpo da requisição está vazio',
    bodyCut: 'o corpo da requisição chegou incompleto: a conexão foi fechada antes do fim',
    unknownLang: 'idioma desconhecido: use "pt-BR" ou "en"',
    busy: 'o servidor está ocupado: tente de novo daqui a alguns segundos',
    unknownCode: 'isto não é um código SMTP: use um código de resposta, como 550, ou um código de status estendido, como 5.1.1',
    useMethod: (method) => `use o método ${method}`,
    headersTooLarge: 'os cabeçalhos da requisição passam do limite do servidor: envie menos cabeçalhos ou cabeçalhos menores',
    chunkExtensionsTooLarge: 'as extensões de chunk da requisição passam do limite do servidor',
    badRequest: 'a requisição HTTP está malformada e não pôde ser lida',
    requestTimeout: 'a requisição demorou demais para chegar inteira',
    hostNotAllowed: (host) => `este servidor não atende pelo nome "${host}": ele só responde a localhost, 127.0.0.1 e aos nomes liberados por quem o iniciou (uma proteção contra DNS rebinding). Se ele está atrás de um proxy, inicie-o com smtp-explain serve --allowed-host ${hostnameOrAsIs(host)}`,
    noHost: 'a requisição não diz a que servidor se dirige (falta o cabeçalho Host), e este servidor só responde aos nomes que foram liberados com smtp-explain serve --allowed-host',
    crossSite: 'este servidor não aceita envios feitos por páginas de outros sites: use a página do próprio servidor, ou peça a quem o administra para liberar o site com smtp-explain serve --cors ORIGEM',
  },
  en: {
    internal: 'internal server error',
    noRoute: (method, path) => `no route ${method} ${path}`,
    tooLarge: (limit) => `the request body is over the limit of ${bytes(limit, 'en')}: send it compressed with gzip (Content-Encoding: gzip, or the .gz file as it is), or ask whoever runs the server for a larger limit (smtp-explain serve --body-limit)`,
    noContentType: `the request gives no content type: use ${TYPES}`,
    unsupportedType: (type) => `content type "${type}" is not supported: use ${TYPES}`,
    unsupportedEncoding: (coding) => `content encoding "${coding}" is not supported: send the body uncompressed or compressed with gzip`,
    unknownCharset: (charset) => `unknown charset "${charset}": send the text as UTF-8 or name a known charset such as iso-8859-1`,
    gzipDamaged: 'the body is gzip data that could not be unpacked (damaged or cut short)',
    notGzip: 'the request says Content-Encoding: gzip, but its body is not gzip data (send it without that header, or compressed)',
    unpackedTooLarge: (limit) => `unpacked, the body is over the limit of ${bytes(limit, 'en')}`,
    tooDeep: (levels) => `the JSON nests deeper than ${levels} levels`,
    notJson: 'the body is not valid JSON',
    notObject: 'the body must be a JSON object such as {"text": "...", "lang": "en"}, or the events of an e-mail sending service',
    textMissing: 'the field "text" is missing',
    textNotString: 'the field "text" must be a string',
    textEmpty: 'the field "text" is empty',
    bodyEmpty: 'the request body is empty',
    bodyCut: 'the request body arrived incomplete: the connection was closed before its end',
    unknownLang: 'unknown language: use "pt-BR" or "en"',
    busy: 'the server is busy: try again in a few seconds',
    unknownCode: 'not an SMTP code: use a reply code such as 550 or an enhanced status code such as 5.1.1',
    useMethod: (method) => `use ${method}`,
    headersTooLarge: 'the request headers are over the server\'s limit: send fewer or smaller headers',
    chunkExtensionsTooLarge: 'the request\'s chunk extensions are over the server\'s limit',
    badRequest: 'the HTTP request is malformed and could not be read',
    requestTimeout: 'the request took too long to arrive whole',
    hostNotAllowed: (host) => `this server does not answer to the name "${host}": it answers only to localhost, 127.0.0.1 and the names allowed by whoever started it (a defence against DNS rebinding). If it runs behind a proxy, start it with smtp-explain serve --allowed-host ${hostnameOrAsIs(host)}`,
    noHost: 'the request does not say which server it is for (no Host header), and this server answers only to the names allowed with smtp-explain serve --allowed-host',
    crossSite: 'this server does not take requests sent by pages of other sites: use the server\'s own page, or ask whoever runs it to allow that site with smtp-explain serve --cors ORIGIN',
  },
} satisfies Record<Locale, ApiErrorText>;
