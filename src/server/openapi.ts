// The OpenAPI 3.1 document of every route of the server, served at GET /api/openapi.json.
// test/server-api.test.ts checks that each route of the app is described here.
import { ACTORS, LOCALES, REASONS } from '../types.js';
import { MAX_REQUEST_RESULTS } from '../analyze-input.js';
import { MAX_UNPACKED_BYTES } from '../archive/gunzip.js';
import { MAX_JSON_DEPTH } from './json-depth.js';
import { ERROR_CODES } from './api-errors.js';
import { RESULT_ERROR_CODES, RESULT_OUTCOMES } from '../result.js';

const KINDS = ['success', 'intermediate', 'transient', 'permanent'];
const RETRIES = ['no-need', 'automatic', 'later', 'after-fix', 'never'];

/** Where a request's language comes from when it names none. */
const LANG_DEFAULT = 'the Accept-Language header\'s (the highest weight among pt and en), else the server\'s configured language: ' +
  'pt-BR unless it was started with smtp-explain serve --lang en';

const langParam = {
  name: 'lang', in: 'query', required: false,
  description: `Language of the texts: pt-BR or en ("pt", "pt_BR", "en-US"... are accepted). Without it: ${LANG_DEFAULT}. An unknown language is a 400.`,
  schema: { type: 'string', examples: ['pt-BR', 'en'] },
};

const pageLangParam = {
  name: 'lang', in: 'query', required: false,
  description: 'Language of the page: pt-BR or en. Without it, the one chosen before in this browser, else English for a browser set to English, else pt-BR.',
  schema: { type: 'string', examples: ['pt-BR', 'en'] },
};

const contentEncodingParam = {
  name: 'Content-Encoding', in: 'header', required: false,
  description: 'gzip (or x-gzip) for a body compressed with gzip, unpacked first, JSON included. Any other coding (deflate, br...) is a 415.',
  schema: { type: 'string', enum: ['gzip', 'x-gzip', 'identity'] },
};

const codeParam = {
  name: 'code', in: 'path', required: true,
  description: 'A reply code ("550"), an enhanced status code ("5.7.26") or a class-independent detail code ("X.1.1").',
  schema: { type: 'string', examples: ['550', '5.7.26', 'X.1.1'] },
};

function errorResponse(description: string, headers?: Record<string, unknown>) {
  return { description, ...(headers ? { headers } : {}), content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
}

/** Of every /api operation: an internal error. */
const internal = { $ref: '#/components/responses/Internal' };

/**
 * What Node's HTTP parser refuses before any route sees the request (serve.ts), whatever its path and
 * method: a JSON error. An operation with its own 400 or 413 names these codes in its description.
 */
const REFUSED = {
  400: { $ref: '#/components/responses/BadRequest' },
  408: { $ref: '#/components/responses/RequestTimeout' },
  413: { $ref: '#/components/responses/ChunkExtensionsTooLarge' },
  431: { $ref: '#/components/responses/HeadersTooLarge' },
};

/**
 * What any request may get before a route sees it: the parser's refusals, and 403 host_not_allowed for
 * a Host that is no name of the server (app.ts, request-origin.ts).
 */
function refusedToo(own: Record<number, unknown>): Record<number, unknown> {
  return { ...REFUSED, 403: { $ref: '#/components/responses/HostNotAllowed' }, ...own };
}

/** A POST under /api: 403 for a Host not allowed, or, with CORS off, for a page of another site. */
const postForbidden = errorResponse('The Host header names no host the server answers to (code host_not_allowed), or, with CORS off, ' +
  'a page of another site sent the request: its Sec-Fetch-Site is cross-site or, without that header, its Origin is not the server\'s own (code cross_site_request).');

/**
 * An /api operation's own responses, with what any of them may answer: 404 not_found (its path written
 * otherwise, or a path under /api not described here), 500 internal, the parser's refusals.
 */
function apiResponses(own: Record<number, unknown>): Record<number, unknown> {
  return refusedToo({ 404: { $ref: '#/components/responses/NotFound' }, 500: internal, ...own });
}

/** The methods a path under /api does not take: each answers 405 method_not_allowed, with Allow. */
function notTaken(...taken: string[]) {
  const ops: Record<string, unknown> = {};
  for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
    if (taken.includes(method)) continue;
    ops[method] = {
      summary: `Not taken: 405 method_not_allowed (Allow: ${taken.includes('get') ? 'GET, HEAD' : 'POST'})`,
      responses: refusedToo({ 405: { $ref: '#/components/responses/MethodNotAllowed' }, ...(method === 'post' ? { 403: postForbidden } : {}) }),
    };
  }
  return ops;
}

const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });

/** A page's responses: its own, an internal error as a page, the parser's refusals (JSON). */
const pageResponses = (own: Record<number, unknown>) => refusedToo({
  403: { description: 'The Host header names no host the server answers to: a short text that says so.', content: { 'text/plain': { schema: { type: 'string' } } } },
  500: html('An error of the server, as a page; it is logged without what the request sent.'),
  ...own,
});

/** What `standard` says of a code, and since when registry-only reply codes are told apart. */
const STANDARD_DESCRIPTION =
  'true when an RFC defines the reply code (basic) or IANA registers the enhanced code. The six reply codes only the IANA registry lists (422, 430, 523, 524, 525, 533) are false: 525 was true before registryOnly existed.';
const REGISTRY_ONLY_DESCRIPTION =
  'A reply code only the IANA registry of enhanced codes lists (RFC 5248, then in rfc, which was null for 422, 430, 523, 524 and 533 before), as a reply no protocol RFC defines.';

const codeSummary = {
  type: ['object', 'null'],
  required: ['code', 'title', 'standard', 'rfc', 'standardText'],
  properties: {
    code: { type: 'string' },
    title: { type: 'string' },
    standard: { type: 'boolean' },
    rfc: { type: ['string', 'null'] },
    standardText: { type: 'string' },
  },
};

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'smtp-explain',
      version,
      description:
        'Explains SMTP replies, enhanced status codes, MTA logs, bounce e-mails and the bounce events of e-mail sending services in Brazilian Portuguese and English. ' +
        'Nothing sent to this API is logged or stored. ' +
        'Errors are JSON (components/schemas/Error; test its code, the same in every language): besides those of each operation, ' +
        'a path under /api that is not described here gets 404 not_found (components/responses/NotFound), a method a path does not take ' +
        '405 method_not_allowed with an Allow header (components/responses/MethodNotAllowed), and any operation may answer 500 internal. ' +
        'A request the HTTP parser refuses before any operation sees it gets 431 headers_too_large, 408 request_timeout, 413 payload_too_large (chunk extensions) ' +
        'or 400 bad_request, whatever its path: every operation declares them. ' +
        'A server listening on a loopback address (127.0.0.1, its default) answers only requests whose Host is localhost, *.localhost, 127.x.x.x, [::1] ' +
        'or a name allowed with smtp-explain serve --allowed-host NAME; others get 403 host_not_allowed (a defence against DNS rebinding; elsewhere ' +
        'the check is on only when names are allowed). With CORS off, a POST that a page of another site sent (Sec-Fetch-Site: cross-site, or else an Origin ' +
        'that is not the server\'s own) gets 403 cross_site_request; clients that are no browser send neither header. ' +
        'CORS is off unless the server was started with smtp-explain serve --cors ORIGIN (repeatable; --cors \'*\' for any origin): ' +
        'then /api answers allow that origin, a preflight allows the Content-Type and Content-Encoding headers, and Retry-After is exposed.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/api/explain': {
        ...notTaken('post'),
        post: {
          operationId: 'explain',
          summary: 'Explain a reply, log lines, a bounce e-mail, an mbox or sending-service events',
          description:
            'One result per recipient, and a report that sums them up for whoever cleans a mailing list (the addresses to remove and to retry). An mbox body (messages after "From " lines) gives the results of every message; ' +
            'lines of a Postfix, Sendmail or Exim log one per failed or deferred delivery; the JSON events of SendGrid, Mailgun, ' +
            'Postmark, SparkPost, Mandrill, Brevo or Amazon SES one per failed recipient or complaint. ' +
            'Such events may also be posted as they are, as the service\'s webhook sends them (application/json: an array, ' +
            'or an object without "text"); Amazon SES\'s notifications in their Amazon SNS envelope too, as SNS posts them (text/plain) or as application/json. ' +
            `One answer holds at most ${MAX_REQUEST_RESULTS.toLocaleString('en-US')} results; past that, its last result is an error that says how many were left out. ` +
            'A raw body compressed with gzip (a rotated mail.log.1.gz, a .mbox.gz: application/gzip, or any raw type with ' +
            'Content-Encoding: gzip) is unpacked first. A zip or tar archive (a .tgz too) gives the results of each file it holds, ' +
            'named by its path in the archive ("Takeout/Mail/Bounces.mbox#3"); a file it cannot unpack (a password, an unknown ' +
            `compression method, larger than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB unpacked) gets an error result of its own. ` +
            'The language is the JSON field "lang", else the query parameter "lang" (checked only then), else the Accept-Language header ' +
            '(by its weights), else the server\'s configured language (pt-BR unless started with smtp-explain serve --lang).',
          parameters: [langParam, contentEncodingParam],
          requestBody: {
            required: true,
            description:
              'Any application/*+json type (application/vnd.api+json...) is read as application/json. A JSON, text/plain or text/csv body is decoded with ' +
              'its charset parameter (UTF-8 when none; a JSON body in iso-8859-1 or utf-16 is read as declared); a charset the server does not know ' +
              'is a 415. Other types carry their charsets inside (a message\'s MIME headers). A gzip body is told by its first bytes, whatever the type.',
            content: {
              'application/json': {
                schema: {
                  anyOf: [
                    {
                      type: 'object', required: ['text'],
                      properties: {
                        text: { type: 'string', minLength: 1, description: 'A code, a reply, log lines, a bounce body, a whole message or sending-service events (JSON).' },
                        lang: { type: 'string', examples: ['pt-BR', 'en'], description: `Language of the texts; before the query's lang. Without either: ${LANG_DEFAULT}.` },
                      },
                    },
                    {
                      type: 'array', items: { type: 'object' },
                      description: 'A sending service\'s events as its webhook posts them (SendGrid, Postmark, SparkPost, Mandrill, Brevo, Amazon SES).',
                    },
                    {
                      type: 'object', not: { required: ['text'] },
                      description: 'One event or a service\'s envelope of events, without a "text" field (Mailgun\'s {"signature": ..., "event-data": ...}).',
                    },
                  ],
                },
                example: { text: '550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown', lang: 'pt-BR' },
              },
              'message/rfc822': { schema: { type: 'string', description: 'A whole bounce e-mail, as bytes.' } },
              'text/plain': { schema: { type: 'string', description: 'A reply, log lines, a pasted bounce or sending-service events (UTF-8 unless charset says otherwise).' } },
              'text/csv': { schema: { type: 'string', description: 'A sending service\'s export of bounces or events as CSV (UTF-8 unless charset says otherwise).' } },
              'application/octet-stream': { schema: { type: 'string', description: 'Any of these as bytes of no stated kind, told by their content.' } },
              'application/mbox': { schema: { type: 'string', description: 'An mbox file of several messages.' } },
              'application/gzip': { schema: { type: 'string', description: 'Any of the above compressed with gzip.' } },
              'application/x-gzip': { schema: { type: 'string', description: 'The same as application/gzip.' } },
              'application/vnd.ms-outlook': { schema: { type: 'string', description: 'A bounce saved by Outlook as a .msg file.' } },
              'application/zip': { schema: { type: 'string', description: 'A zip archive of any of the above.' } },
              'application/x-zip-compressed': { schema: { type: 'string', description: 'The same as application/zip (what Windows browsers send for a .zip).' } },
              'application/x-tar': { schema: { type: 'string', description: 'A tar archive of any of the above; gzip it for a .tgz.' } },
            },
          },
          responses: apiResponses({
            200: {
              description: 'The results.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object', required: ['results', 'report'],
                    properties: {
                      results: { type: 'array', items: { $ref: '#/components/schemas/Result' } },
                      report: { $ref: '#/components/schemas/Report' },
                    },
                  },
                },
              },
            },
            400: errorResponse(`Broken JSON (or a gzip body that cannot be unpacked), nested past ${MAX_JSON_DEPTH} levels, neither an object of ours nor events: invalid_json; ` +
              'an empty body or a missing or empty "text", or a body cut short (the client closed the connection): missing_field; a "text" that is no string or an unknown language: invalid_field; ' +
              'a raw body said to be gzip (Content-Encoding) that is none, or a request the HTTP parser could not read: bad_request.'),
            403: postForbidden,
            413: errorResponse(`The body is over the size limit (10 MB by default, serve --body-limit), or a gzip JSON body unpacks past ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB, ` +
              'or its chunk extensions are past the HTTP parser\'s limit (code payload_too_large).'),
            415: errorResponse('The content type is not one of those listed, its charset is unknown, or its Content-Encoding is not gzip (code unsupported_media_type).', {
              'Accept-Encoding': { description: 'When the Content-Encoding was refused: the one taken, gzip.', schema: { type: 'string', const: 'gzip' } },
            }),
            503: errorResponse('Too many requests are in flight (being read, waiting for an analysis or analysed; answered before the body is read) (code busy).', {
              'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', examples: [5] } },
            }),
          }),
        },
      },
      '/api/codes': {
        ...notTaken('get'),
        get: {
          operationId: 'listCodes',
          summary: 'Every reply code and enhanced status code of the tables, with its title',
          parameters: [langParam],
          responses: apiResponses({
            200: {
              description: 'The codes, in table order.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object', required: ['basic', 'enhanced'],
                    properties: {
                      basic: { type: 'array', items: { $ref: '#/components/schemas/CodeListEntry' } },
                      enhanced: { type: 'array', items: { $ref: '#/components/schemas/CodeListEntry' } },
                    },
                  },
                },
              },
            },
            400: errorResponse('Unknown language (code invalid_field), or a request the HTTP parser could not read (code bad_request).'),
          }),
        },
      },
      '/api/codes/{code}': {
        ...notTaken('get'),
        get: {
          operationId: 'describeCode',
          summary: 'What one reply code or enhanced status code means, and what to do',
          parameters: [codeParam, langParam],
          responses: apiResponses({
            200: {
              description: 'The code.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/CodeInfo' } } },
            },
            400: errorResponse('Unknown language (code invalid_field), or a request the HTTP parser could not read (code bad_request).'),
            404: errorResponse('Not an SMTP code (code unknown_code); no code at all, "/api/codes/", or a path under /api not described here (code not_found).'),
          }),
        },
      },
      '/api/openapi.json': {
        ...notTaken('get'),
        get: {
          operationId: 'openApi',
          summary: 'This document',
          responses: apiResponses({ 200: { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } }),
        },
      },
      '/': {
        get: {
          operationId: 'page',
          summary: 'The web page: paste or drop a bounce, the analysis runs in the browser',
          parameters: [pageLangParam],
          responses: pageResponses({
            200: html('The page.'), 304: { description: 'The browser\'s copy is current (If-None-Match gave its ETag).' },
            503: html('The web bundle was not built (npm run build:web).'),
          }),
        },
      },
      '/codigos': { get: { operationId: 'codeIndexPt', summary: 'Index of every code, in Brazilian Portuguese', responses: pageResponses({ 200: html('The index.') }) } },
      '/codigos/{code}': {
        get: {
          operationId: 'codePagePt', summary: 'Reference page of one code, in Brazilian Portuguese', parameters: [codeParam],
          responses: pageResponses({ 200: html('The page.'), 404: html('Not an SMTP code.') }),
        },
      },
      '/codes': { get: { operationId: 'codeIndexEn', summary: 'Index of every code, in English', responses: pageResponses({ 200: html('The index.') }) } },
      '/codes/{code}': {
        get: {
          operationId: 'codePageEn', summary: 'Reference page of one code, in English', parameters: [codeParam],
          responses: pageResponses({ 200: html('The page.'), 404: html('Not an SMTP code.') }),
        },
      },
    },
    components: {
      responses: {
        NotFound: errorResponse('A path under /api that is not described here (code not_found): /api alone, a typo, or a described path written otherwise, as with a trailing slash ("/api/codes/").'),
        MethodNotAllowed: errorResponse('A method the path does not take (code method_not_allowed).', {
          Allow: { description: 'The methods the path takes: "POST" for /api/explain, "GET, HEAD" for the others.', schema: { type: 'string', examples: ['POST', 'GET, HEAD'] } },
        }),
        HostNotAllowed: errorResponse('The Host header names no host the server answers to (code host_not_allowed): a server on a loopback address answers ' +
          'localhost, *.localhost, 127.x.x.x, [::1] and the names given to serve --allowed-host; one listening elsewhere only the names given, when any are. ' +
          'A request without Host (HTTP/1.0) is answered only on loopback.'),
        Internal: errorResponse('An error of the server (code internal); it is logged without what the request sent.'),
        RequestTimeout: errorResponse('The request did not arrive whole in time (300 s, or serve --request-timeout) (code request_timeout); the connection is closed.'),
        BadRequest: errorResponse('The HTTP parser could not read the request (a malformed request line or header) (code bad_request); the connection is closed.'),
        HeadersTooLarge: errorResponse('The request\'s headers are past the HTTP parser\'s limit (code headers_too_large); the connection is closed.'),
        ChunkExtensionsTooLarge: errorResponse('The request\'s chunk extensions are past the HTTP parser\'s limit (code payload_too_large); the connection is closed.'),
      },
      schemas: {
        Report: {
          type: 'object',
          description: 'The results summed up for whoever cleans a mailing list, as the web page and the HTML report show them: counts, and the addresses to remove, to retry, and the failures caused on the sender\'s side.',
          required: ['messages', 'repeated', 'results', 'bounces', 'notBounce', 'errors', 'senderSide', 'byReason', 'remove', 'removeAll', 'retry', 'repeatedMailboxFailures', 'sender', 'check', 'removeCount', 'retryCount', 'stillTryingCount', 'inbound', 'deliveries'],
          properties: {
            messages: { type: 'integer', description: 'Messages read (1 for anything but an mbox), notices read twice included.' },
            repeated: {
              type: 'integer',
              description: 'Of the messages, notices read again (the same Message-ID and Date, or the same bytes when there is no Message-ID): their results are in `results` of the answer, but every count and list of the report takes each notice once.',
            },
            results: { type: 'integer', description: 'Results counted, each notice once.' },
            bounces: { type: 'integer' },
            notBounce: { type: 'integer' },
            errors: { type: 'integer', description: 'Inputs or messages that could not be read.' },
            senderSide: { type: 'integer', description: 'Results caused on the sender\'s side (authentication, block lists, size...).' },
            byReason: {
              type: 'array', description: 'Bounces by reason as the results name them (a rule\'s own name, greylisting, is a row of its own), most frequent first; feedback once per kind of report.',
              items: { type: 'object', required: ['reason', 'name', 'count'], properties: { reason: { type: 'string' }, name: { type: 'string' }, count: { type: 'integer' } } },
            },
            remove: { type: 'array', description: 'Addresses to remove, grouped by reason, largest group first.', items: { $ref: '#/components/schemas/AddressGroup' } },
            removeAll: { type: 'array', items: { type: 'string' }, description: 'Every address to remove, once, in the order first seen (what smtp-explain --format remove prints).' },
            retry: { type: 'array', description: 'Addresses to try again later, grouped by reason and retry advice; not those of a failure on the sender\'s side, which `sender` lists with their problem.', items: { $ref: '#/components/schemas/AddressGroup' } },
            repeatedMailboxFailures: {
              type: 'array',
              description: 'Of the addresses to retry, those whose mailbox was full or disabled in 3 bounces or more, over 7 days or more when dated: probably abandoned.',
              items: {
                type: 'object', required: ['address', 'count', 'days'],
                properties: { address: { type: 'string' }, count: { type: 'integer' }, days: { type: ['integer', 'null'], description: 'From the first dated bounce to the last; null when fewer than two are dated.' } },
              },
            },
            sender: {
              type: 'array', description: 'Failures caused on the sender\'s side, by reason: what to fix before the next send.',
              items: {
                type: 'object', required: ['reason', 'name', 'summary', 'advice', 'adminAdvice', 'count', 'domains', 'addresses', 'held'],
                properties: {
                  reason: { type: 'string' }, name: { type: 'string' }, summary: { type: 'string' }, advice: { type: 'string' }, adminAdvice: { type: ['string', 'null'] },
                  count: { type: 'integer' }, domains: { type: 'integer' }, addresses: { type: 'array', description: 'The addresses of these failures, but those on the remove list (they failed for good in another notice).', items: { type: 'string' } },
                  held: { type: 'boolean', description: 'Messages each recipient\'s challenge-response filter holds until the sender confirms once: the sender acts, but nothing on its side is broken.' },
                },
              },
            },
            check: {
              type: 'array',
              description: 'Addresses that failed for good but later wrote (a reply or an auto-reply From them, dated after the failure) or were delivered (a delivery report, RFC 3464 Action: delivered, relayed or expanded, dated after the failure): their mailbox seems alive, so they are not in `remove`; check before removing. A failure dated after that puts the address back in `remove`.',
              items: {
                type: 'object', required: ['address', 'wroteOn', 'why', 'text'],
                properties: {
                  address: { type: 'string' },
                  wroteOn: { type: 'string', description: 'The Date of the message that shows the mailbox alive (its latest reply, or the delivery report), as written.' },
                  why: { type: 'string', enum: ['wrote', 'delivered'], description: 'What shows it alive: a message from it (wrote), or a delivery report for it (delivered).' },
                  text: { type: 'string', description: 'Why, in the report\'s language, its date as the retry advice writes dates: "escreveu em 24/11/2026 às 18:00 (UTC−03:00)", "delivered on 24 Nov 2026 at 09:05 (UTC−03:00), after the failure".' },
                },
              },
            },
            removeCount: { type: 'integer' },
            retryCount: { type: 'integer' },
            stillTryingCount: { type: 'integer', description: 'Of `retryCount`, the addresses whose messages the sending server still retries (the groups marked `stillTrying`): not to be sent again.' },
            inbound: {
              type: 'object', required: ['count', 'byReason'],
              description: 'A mail log\'s refusals of incoming mail by the reader\'s own server (NOQUEUE reject, rejected RCPT...): no failures of the reader\'s mail, not in `bounces` nor `byReason`; counted by reason.',
              properties: {
                count: { type: 'integer' },
                byReason: { type: 'array', items: { type: 'object', required: ['reason', 'name', 'count'], properties: { reason: { type: 'string' }, name: { type: 'string' }, count: { type: 'integer' } } } },
              },
            },
            deliveries: {
              type: ['object', 'null'], required: ['total', 'delivered', 'failed', 'deferred', 'failedPercent', 'text'],
              description: 'How the deliveries a mail log recorded ended, one per message (queue id) and recipient, those that went through too (a deferral later delivered counts once, delivered; a hand-off to a content filter on the server is left out); null when no log recorded a delivery.',
              properties: {
                total: { type: 'integer' },
                delivered: { type: 'integer' },
                failed: { type: 'integer', description: 'Failed for good: bounced, or given up after deferrals.' },
                deferred: { type: 'integer', description: 'Still deferred at the end of the log.' },
                failedPercent: { type: 'number', description: 'failed / total, as a percentage with two decimals.' },
                text: { type: 'string', description: 'The same in words, in the report\'s language: "4.812 envios no log: 2 falharam de vez (0,04%), 4.790 entregues, 20 ainda adiados no fim do log".' },
              },
            },
          },
        },
        AddressGroup: {
          type: 'object', required: ['reason', 'name', 'summary', 'advice', 'retry', 'addresses'],
          properties: {
            reason: { type: 'string' }, name: { type: 'string' }, summary: { type: 'string' }, advice: { type: 'string' },
            retry: { type: 'string', enum: ['never', 'automatic', 'later', 'after-fix', 'no-need'] },
            addresses: { type: 'array', items: { type: 'string' } },
            recipientRule: {
              type: 'boolean', enum: [true],
              description: "Remove list only: removed because a rule of the recipient's organization refuses the sender (a group that takes only its own organization's mail), not as bad addresses; present only when true.",
            },
            stillTrying: {
              type: 'boolean', enum: [true],
              description: 'Retry list only: the sending server still retries these messages (a deferral in its queue), so they are not to be sent again; present only when true.',
            },
            retryWords: { type: 'string', description: 'Retry list only: when sending again helps, in the report\'s language (for a group still retried: not to resend).' },
          },
        },
        Error: {
          type: 'object', required: ['error'],
          properties: {
            error: {
              type: 'object', required: ['code', 'message'],
              properties: {
                code: {
                  type: 'string',
                  enum: [...ERROR_CODES],
                },
                message: {
                  type: 'string',
                  description: "For a person: in the request's language (the JSON \"lang\", the query's lang, Accept-Language, the server's). Clients test code, which is the same in every language.",
                },
              },
            },
          },
        },
        Evidence: {
          type: 'object', required: ['rule', 'field', 'match'],
          properties: { rule: { type: 'string' }, field: { type: 'string' }, match: { type: 'string' } },
        },
        Result: {
          type: 'object',
          description: 'One recipient\'s verdict: the same object as one line of `smtp-explain --format ndjson`.',
          required: ['outcome', 'file', 'bounce', 'recipient', 'originalRecipient', 'newAddress', 'replyCode', 'status', 'statusDerived', 'reason', 'kind', 'hardBounce', 'retry',
            'actors', 'summary', 'meaning', 'advice', 'adminAdvice', 'whoActs', 'retryText', 'kindText', 'codes', 'evidence', 'provider', 'signature',
            'providerSource', 'command', 'remoteHost', 'diagnostic', 'feedbackType', 'action', 'date', 'dateIso', 'retryUntil', 'message', 'lang', 'error', 'errorCode', 'listAction'],
          properties: {
            outcome: {
              type: 'string', enum: [...RESULT_OUTCOMES],
              description: 'What the result is, the same in every language: verdict (a reply, a report, a log line or an event was read: a failure, a deferral, a delivery, an automatic reply, a complaint; also an inbound refusal and a queue-run reply), no-reply-found (a text in which no reply was read: "hello", "699"), not-a-bounce (a message that is no report about a delivery), notice (a line or an event about something else than a delivery: the own server\'s notice, an address reactivated), quiet-log (a log with no failure), quiet-events (events none of which failed), empty-input (an empty standard input or file on the command line), error (then `error` and `errorCode` say why).',
            },
            file: { type: ['string', 'null'], description: 'For an mbox, "#N" is the message number; for a log, ":N" the line.' },
            bounce: { type: 'boolean', description: 'true when the input was read as a report about a delivery: a failure or a deferral, but also a delivery (250, reason delivered), an automatic reply or a complaint; false for a text with no such report, an unreadable input, an inbound refusal or a queue-run reply. A failure is a bounce whose kind is permanent or transient; what to do with the address is listAction.' },
            recipient: { type: ['string', 'null'] },
            originalRecipient: { type: ['string', 'null'], description: 'The address the sender wrote (RFC 3464 Original-Recipient), when a forward or an alias failed under another: the one on a mailing list.' },
            newAddress: { type: ['string', 'null'], description: 'For a recipient who moved (reason hasmoved), the new address the reply gives ("551 User has moved; please try <b@x>"), else null.' },
            replyCode: { type: 'string', description: '"550", or "" when none.' },
            status: { type: 'string', description: '"5.1.1", or "" when none.' },
            statusDerived: { type: 'boolean', description: 'true when status was derived from the reason (Sisimai X.0.9NN style).' },
            reason: { type: 'string', enum: [...REASONS], description: 'Sisimai reason name.' },
            kind: { type: 'string', enum: [...KINDS, 'error'], description: 'What happened to the message; "error" for an input that could not be read (then `error` says why, bounce is false and `listAction` is "error"). A message that is no bounce has kind "success" and bounce false; so has a text in which nothing could be read as a reply (a code no reply can have, "999", or "hello"), whose `retryText` then says that whether anything failed is not known, with `whoActs` empty.' },
            hardBounce: { type: 'boolean' },
            retry: { type: 'string', enum: RETRIES },
            actors: { type: 'array', items: { type: 'string', enum: [...ACTORS] } },
            summary: { type: 'string' },
            meaning: { type: 'string' },
            advice: { type: 'string' },
            adminAdvice: { type: ['string', 'null'] },
            whoActs: { type: 'array', items: { type: 'string' } },
            retryText: { type: 'string' },
            kindText: { type: 'string' },
            codes: {
              type: 'object', required: ['replyCode', 'status'],
              properties: { replyCode: codeSummary, status: codeSummary },
            },
            evidence: { type: 'array', items: { $ref: '#/components/schemas/Evidence' } },
            provider: { type: ['string', 'null'] },
            signature: { type: ['string', 'null'] },
            providerSource: { type: ['string', 'null'] },
            command: { type: ['string', 'null'] },
            remoteHost: { type: ['string', 'null'] },
            diagnostic: { type: 'string' },
            feedbackType: { type: ['string', 'null'] },
            action: { type: ['string', 'null'] },
            date: { type: ['string', 'null'], description: 'When the failure happened, as RFC 5322 writes a date: the report\'s Last-Attempt-Date for the recipient, else its Arrival-Date, else the notice\'s own Date (message.noticeDate); a sending service\'s event time; a log line\'s time stamp (no zone when the log gives none).' },
            dateIso: {
              type: ['string', 'null'],
              description: '`date` as ISO 8601, at the offset it is written with: "2026-11-30T10:00:00-03:00", "2026-11-30T10:00:00Z" at UTC, and no offset ("2026-11-30T10:00:00", the sender\'s local time, not UTC) when `date` names no zone; null when there is no date or it cannot be read. Not RFC 3339 date-time, which needs an offset. A leap second (:60) is written :59.',
            },
            retryUntil: { type: ['string', 'null'], description: 'Will-Retry-Until of a delayed DSN (RFC 3464), as written: until when the sending server keeps trying.' },
            message: {
              type: ['object', 'null'],
              required: ['messageId', 'subject', 'from', 'date', 'reportingMta', 'listId', 'noticeDate', 'noticeId', 'noticeDigest', 'noticeFrom'],
              properties: {
                messageId: { type: ['string', 'null'] }, subject: { type: ['string', 'null'] }, from: { type: ['string', 'null'] },
                date: { type: ['string', 'null'], description: 'The returned message\'s Date: when it was sent.' },
                reportingMta: { type: ['string', 'null'], description: 'The Reporting-MTA of the bounce\'s delivery-status part: the server that wrote it.' },
                listId: { type: ['string', 'null'], description: 'The returned message\'s List-Id (RFC 2919), the id without name and brackets: which of the sender\'s lists the bounce belongs to.' },
                noticeDate: { type: ['string', 'null'], description: 'The bounce\'s own Date: when the notice was written.' },
                noticeId: { type: ['string', 'null'], description: 'The notice\'s own Message-ID (not the returned message\'s): the same notice read twice has the same, and the report counts it once.' },
                noticeDigest: { type: ['string', 'null'], description: 'When the notice has no Message-ID: a digest of its bytes (16 hex digits), the same for the same message read again; else null.' },
                noticeFrom: { type: ['string', 'null'], description: 'The address of the notice\'s own From: for a reply or an automatic reply, its writer.' },
              },
            },
            lang: { type: 'string', enum: [...LOCALES] },
            listAction: {
              type: 'string', enum: ['remove', 'retry', 'fix-your-side', 'nothing', 'not-bounce', 'error'],
              description: 'What to do with the address: remove it from the list, retry later, fix a cause on the sender\'s side and resend, nothing, or the input was no bounce or could not be read. Use it rather than hardBounce, which leaves out disabled mailboxes, complaints and unsubscribe requests.',
            },
            error: { type: ['string', 'null'], description: 'Why this input could not be read (then `kind` is "error"); null on every other result.' },
            errorCode: {
              type: ['string', 'null'], enum: [...RESULT_ERROR_CODES, null],
              description: '`error`\'s stable id, the same in every language ("not-found", "archive-too-large", "internal" for a crash...); null when `error` is.',
            },
          },
        },
        CodeInfo: {
          type: 'object',
          required: ['code', 'type', 'standard', 'registryOnly', 'rfc', 'kind', 'kindText', 'title', 'meaning', 'advice', 'standardText', 'ianaName',
            'reason', 'reasonSummary', 'related', 'classes', 'url', 'lang'],
          properties: {
            code: { type: 'string' },
            type: { type: 'string', enum: ['basic', 'enhanced', 'enhanced-detail'] },
            standard: { type: 'boolean', description: STANDARD_DESCRIPTION },
            registryOnly: { type: 'boolean', description: REGISTRY_ONLY_DESCRIPTION },
            rfc: { type: ['string', 'null'] },
            kind: { type: ['string', 'null'], enum: [...KINDS, null] },
            kindText: { type: ['string', 'null'] },
            title: { type: 'string' },
            meaning: { type: 'string' },
            advice: { type: 'string' },
            standardText: { type: 'string' },
            ianaName: { type: ['string', 'null'] },
            reason: { type: ['string', 'null'] },
            reasonSummary: { type: ['string', 'null'] },
            related: { type: 'array', items: { type: 'string' } },
            classes: { type: 'array', items: { type: 'string' } },
            url: { type: 'string', description: 'The reference page of the code.' },
            lang: { type: 'string', enum: [...LOCALES] },
          },
        },
        CodeListEntry: {
          type: 'object', required: ['code', 'title', 'kind', 'standard', 'registryOnly', 'rfc', 'classes', 'url'],
          properties: {
            code: { type: 'string' },
            title: { type: 'string' },
            kind: { type: ['string', 'null'], enum: [...KINDS, null] },
            standard: { type: 'boolean', description: STANDARD_DESCRIPTION },
            registryOnly: { type: 'boolean', description: REGISTRY_ONLY_DESCRIPTION },
            rfc: { type: ['string', 'null'] },
            classes: { type: 'array', items: { type: 'string' } },
            url: { type: 'string' },
          },
        },
      },
    },
  };
}
