// The middleware that reads a POST /api/explain, as hono's own are written (bodyLimit): what to explain
// and in which language, set on the context as `explain`; a request it cannot read is answered there.
import type { Context, MiddlewareHandler } from 'hono';
import type { Locale } from '../types.js';
import { bodyForm, bodyInput, unknownLang, type Refusal } from './request-body.js';
import { langOf } from './request-lang.js';

export interface ExplainRequest {
  input: string | Uint8Array;
  lang: Locale;
}

export interface ExplainRequestOptions {
  /** The language of a request that names none: its Accept-Language, else the server's. */
  fallbackLang: (c: Context) => Locale;
  /** The answer to a request refused. */
  refuse: (c: Context, refusal: Refusal) => Response;
}

export type ExplainEnv = { Variables: { explain: ExplainRequest } };

/**
 * Reads the request's type, its body and its language into `c.get('explain')`: a JSON body's "lang",
 * else ?lang=, else the fallback.
 *
 * @example
 * app.post('/api/explain', bodyLimit({ maxSize }), explainRequest({ fallbackLang, refuse }), async (c) => {
 *   const { input, lang } = c.get('explain');
 * });
 */
export const explainRequest = (options: ExplainRequestOptions): MiddlewareHandler<ExplainEnv> => {
  return async function explainRequest(c, next) {
    const form = bodyForm(c.req.header('content-type'), c.req.header('content-encoding'));
    if ('status' in form) return options.refuse(c, form);
    const read = await bodyInput(new Uint8Array(await c.req.arrayBuffer()), form);
    if ('status' in read) return options.refuse(c, read);
    // the query's lang is read only when the body names none: a bad ?lang= beside a JSON "lang"
    // that is ours is not the answer's language, so it is no error either
    const lang = read.lang ?? langOf(c.req.query('lang'));
    if (lang === null) return options.refuse(c, unknownLang);
    c.set('explain', { input: read.input, lang: lang ?? options.fallbackLang(c) });
    await next();
  };
};
