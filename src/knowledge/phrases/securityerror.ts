// Phrases that mean: authentication or a security setting is needed.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const securityerror = {
  reason: 'securityerror',
  phrases: [
    'authentication required',
    'authentication is required',
    'auth required',
    'must be authenticated',
    'must authenticate', // "You must authenticate before sending mail"
    'please authenticate',
    'authentication failed',
    'incorrect authentication data', // Exim's refused login, "535 Incorrect authentication data" (no failure without its 535)
    'invalid credentials',
    'bad credentials',
    'credentials invalid', // "535 5.7.8 Authentication credentials invalid"
    // the sender is not allowed to send there unless it logs in: OpenSMTPD's "550 5.7.1 Delivery not
    // authorized", Exchange's "Delivery not authorized, message refused" (a recipient that takes mail from
    // authenticated senders only, as its RESOLVER.RST.AuthRequired)
    'delivery not authorized',
    'username and password not accepted',
    'smtp auth',
    'submission requires',
    'must issue a starttls',
    'unauthenticated senders not allowed', // SMTP AUTH required
    // a submission server that stops taking logins for a while ("454 4.7.0 Too many login attempts"): the
    // sender's own account or client, not a recipient's limit
    'too many login attempts',
    'too many failed login attempts',
    'too many authentication failures',
    // Microsoft 365's 535/550 5.7.139 and 5.7.3: the login was refused, or SMTP AUTH is off for the
    // tenant or the mailbox (https://aka.ms/smtp_auth_disabled)
    'authentication unsuccessful',
    'smtpclientauthentication is disabled',
    // Portuguese
    'autenticação necessária',
    'autenticação é necessária',
    'autenticação obrigatória',
    'autenticação é obrigatória',
    'autenticação requerida',
    'requer autenticação',
    'exige autenticação',
    'necessário autenticar',
    'necessário autenticação', // "É necessário autenticação SMTP para enviar"
    'necessária autenticação',
    'precisa se autenticar',
    'deve se autenticar',
    'falha na autenticação',
    'falha de autenticação',
    'autenticação falhou',
    'credenciais inválidas',
    'usuário e senha não aceitos', // "username and password not accepted"
    'usuário ou senha inválidos',
    'usuário ou senha incorretos',
    'nome de usuário ou senha',
    'remetentes não autenticados',
  ],
  weak: [
    'password',
    'not authenticated',
    'security',
    'sender address invalid',
  ],
} as const satisfies PhraseSet;
