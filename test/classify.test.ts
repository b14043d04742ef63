import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import { dsn as bounce } from './mailbox-helpers.js';
import { PHRASE_ORDER, WEAK_ORDER, phrasesToSearch } from '../src/knowledge/phrases/index.js';

const reasonOf = (line: string) => explainText(line, { lang: 'en' }).reason;

test('specific beats generic: the text of a 550 5.1.1 can say it is not an unknown user', () => {
  assert.equal(reasonOf('550 5.1.1 Sorry, too many recipients this hour'), 'ratelimited');
  assert.equal(reasonOf('550 5.1.1 <ana@example.com>: mailbox full'), 'mailboxfull');
  assert.equal(reasonOf('550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown'), 'userunknown');
});

test('a reliable enhanced code is not overruled by a word of the text', () => {
  assert.equal(reasonOf('552 5.2.2 user unknown or over quota'), 'mailboxfull');
  assert.equal(reasonOf('550 5.7.26 blocked: unauthenticated'), 'authfailure');
});

test('a catch-all code yields to the words of its text', () => {
  assert.equal(reasonOf('550 5.7.1 Message rejected as spam by content filtering'), 'spamdetected');
  assert.equal(reasonOf('554 5.7.1 <ana@example.com>: Relay access denied'), 'norelaying');
  assert.equal(reasonOf('550 5.7.1 Client host [192.0.2.1] blocked using bl.spamcop.net'), 'blocked');
  assert.equal(reasonOf('550 5.7.1 Message rejected due to content restrictions'), 'policyviolation');
  assert.equal(reasonOf('because: User name of email address not valid'), 'userunknown');
  assert.equal(reasonOf('Invalid final delivery userid: ana@example.com'), 'userunknown');
  // RFC 5321's own words for 553, which "not allowed" alone would read as a block
  assert.equal(reasonOf('553 Mailbox name not allowed'), 'userunknown');
  assert.equal(reasonOf('553 5.1.8 Sender mailbox name not allowed'), 'rejected');
  // a mailbox status code names a closed account in other words than X.2.1's registry title
  assert.equal(reasonOf('550 5.2.1 The email account that you tried to reach is inactive.'), 'suspend');
  // a list or group that takes posts from its members only refuses the sender
  assert.equal(reasonOf("the group you tried to contact (news) may not exist, or you may not have permission to post messages to the group"), 'rejected');
  assert.equal(reasonOf('You are not a member of this mailing list <news@example.org>.'), 'rejected');
  // the sending server gave up: its words outrank the connection error it kept getting
  assert.equal(reasonOf('Deferred: Connection timed out with mx.example.com. Message could not be delivered for 5 days Message will be deleted from queue'), 'expired');
  assert.equal(reasonOf('Your message has been enqueued and undeliverable for 1 day to the following recipients'), 'expired');
});

test('an old TLS version refused, and a refused SMTP login, each in its own words', () => {
  assert.equal(reasonOf('421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.'), 'failedstarttls');
  assert.equal(reasonOf('454 4.7.0 TLS version not supported by the server'), 'failedstarttls');
  assert.equal(reasonOf('535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.'), 'securityerror');
  assert.equal(reasonOf('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'), 'securityerror');
});

test("the sender's own domain is the sender's problem, not the recipient's", () => {
  for (const line of [
    '553 sender domain does not exist',
    '550 Sender domain not found',
    '550 Your sender domain has no MX record',
    '550 Sender address rejected: Domain not found',
    '550 Sender address rejected: User unknown in local recipient table',
    '550 Domínio do remetente não existe',
    '550-Verification failed for <bob@example.org>\n550-Unrouteable address\n550 Sender verify failed',
  ]) {
    const r = explainText(line, { lang: 'en' });
    assert.equal(r.reason, 'rejected', line);
    assert.ok(!r.actors.includes('recipient-admin'), `${line}: ${r.actors.join(', ')}`);
  }
  // the same words without the sender stay the recipient's; Exim's unrouteable address is a domain not in the DNS
  assert.equal(reasonOf('550 Domain not found'), 'hostunknown');
  assert.equal(reasonOf('** ana@example.org R=dnslookup: Unrouteable address'), 'hostunknown');
  assert.equal(reasonOf('550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown'), 'userunknown');
});

test('a catch-all code that the reply\'s words overruled adds no registry title to the meaning: it would read as a second cause', () => {
  // "5.3.0: Mail system problem" after "the address does not exist"
  for (const lang of ['en', 'pt-BR'] as const) {
    const r = explainText('553 5.3.0 <ana@example.com>... Usuario inexistente', { lang });
    assert.equal(r.reason, 'userunknown');
    assert.doesNotMatch(r.meaning, /5\.3\.0/, `${lang}: ${r.meaning}`);
    // the code's own row still names it
    assert.equal(r.codes.status?.code, '5.3.0');
    const spam = explainText('550 5.7.1 Message rejected as spam', { lang });
    assert.equal(spam.reason, 'spamdetected');
    assert.doesNotMatch(spam.meaning, /5\.7\.1/, `${lang}: ${spam.meaning}`);
  }
  // a code that agrees with the words keeps its title
  assert.match(explainText('550 5.1.1 <ana@example.com>: User unknown', { lang: 'en' }).meaning, /5\.1\.1: /);
});

test('5.7.27 alone is the registry\'s sense (the sender\'s null MX); words that say otherwise win, and the meaning says the registry differs', () => {
  const lone = explainText('550 5.7.27', { lang: 'en' });
  assert.equal(lone.reason, 'rejected');
  assert.match(lone.summary, /sender address/);
  const gmail = explainText("421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message.", { lang: 'en' });
  assert.equal(gmail.reason, 'authfailure');
  assert.match(gmail.meaning, /In the IANA registry 4\.7\.27 means "Sender domain accepts no mail \(null MX\)", but the reply's words/);
});

test('hard bounce only where sending again can never work', () => {
  const unknown = explainText('550 5.1.1 No such user', { lang: 'en' });
  assert.equal(unknown.hardBounce, true);
  assert.equal(unknown.retry, 'never');
  const full = explainText('552 5.2.2 Mailbox full', { lang: 'en' });
  assert.equal(full.hardBounce, false);
  const nullMx = explainText('556 5.1.10 Recipient address has null MX', { lang: 'en' });
  assert.equal(nullMx.reason, 'notaccept');
  assert.equal(nullMx.hardBounce, true);
  const tempDns = explainText('451 4.4.0 DNS lookup failed: host not found, try again', { lang: 'en' });
  assert.equal(tempDns.kind, 'transient');
  assert.equal(tempDns.hardBounce, false);
  // a 4xx the server still retries takes no address off a list, whatever it says: Postfix's address
  // verification answers 450 4.1.1 while its probe is on the way
  for (const line of [
    '450 4.1.1 <ana@example.com>: Recipient address rejected: unverified address: Address verification in progress',
    'Nov 28 10:00:01 mx postfix/smtp[123]: ABC123: to=<ana@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.1.1, status=deferred (host mx.example.com[192.0.2.1] said: 450 4.1.1 <ana@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
  ]) {
    const r = explainText(line, { lang: 'en' });
    assert.equal(r.kind, 'transient', line);
    assert.equal(r.reason, 'userunknown', line);
    assert.equal(r.hardBounce, false, line);
    assert.notEqual(r.retry, 'never', line);
  }
});

test('a deferred log line is no failure the server gave up on; a 5xx it keeps queued says so', async () => {
  const { explainText } = await import('../src/explain-text.js');
  // Sendmail's and Postfix's deferrals without a code: temporary, the server still retries
  for (const line of [
    'Nov 28 10:00:00 mail sm-mta[2345]: 4ASA0000012345: to=<ana@example.com>, delay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.com., stat=Deferred: Connection timed out with mx.example.com.',
    'Nov 28 10:00:01 mail postfix/smtp[1]: 4F1A: to=<ana@example.com>, relay=none, delay=30, status=deferred (connect to mx.example.com[192.0.2.7]:25: Connection timed out)',
  ]) {
    const r = explainText(line, { lang: 'en' });
    assert.deepEqual([r.kind, r.retry, r.reason], ['transient', 'automatic', 'networkerror'], line);
    assert.doesNotMatch(r.advice, /will not try again/, line);
  }
  // Postfix with soft_bounce = yes: the receiver's 5xx stands, but the message is still queued
  const soft = explainText('Nov 28 10:00:01 mx postfix/smtp[123]: 4A3B: to=<ana@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=deferred (host mx.example.com[192.0.2.1] said: 550 5.1.1 <ana@example.com>: User unknown (in reply to RCPT TO command))', { lang: 'en' });
  assert.deepEqual([soft.kind, soft.reason, soft.hardBounce], ['permanent', 'userunknown', false]);
  assert.equal(soft.kindText, "permanent failure (still in your server's queue)");
  assert.match(soft.retryText, /soft_bounce/);
  assert.ok(soft.evidence.some((e) => e.rule === 'action:delayed'));
  // a deferral's bare code is its cause, not a delay notice's news (Sisimai's 'expired' is for those)
  for (const line of [
    'Nov 28 10:00:10 mail postfix/smtp[5010]: E1F2: to=<ana@example.com>, relay=mx.example.com[192.0.2.7]:25, delay=0.6, dsn=4.4.2, status=deferred (host mx.example.com[192.0.2.7] said: 421 4.4.2 mx.example.com Error: timeout exceeded (in reply to end of DATA command))',
    '2026-11-28 10:00:00 1tAbCd-000123-AB == ana@example.com R=dnslookup T=remote_smtp defer (-44) H=mx.example.com [192.0.2.20]: SMTP error from remote mail server after RCPT TO:<ana@example.com>: 451 4.4.2 Timeout',
  ]) assert.notEqual(explainText(line, { lang: 'en' }).reason, 'expired', line);
});

test('a 4xx the sending server gave up on (Action: failed) is a hard bounce when it names an unknown user', async () => {
  const { analyzeMessage } = await import('../src/message/analyze-message.js');
  const dsn = (action: string) => bounce({
    recipient: 'ana@example.com', action, status: '4.1.1', code: '450', text: '<ana@example.com>: Recipient address rejected: User unknown in local recipient table',
  });
  const [failed] = await analyzeMessage(dsn('failed'), { lang: 'en' });
  assert.deepEqual([failed!.reason, failed!.kind, failed!.hardBounce], ['userunknown', 'transient', true]);
  const [delayed] = await analyzeMessage(dsn('delayed'), { lang: 'en' });
  assert.deepEqual([delayed!.reason, delayed!.hardBounce], ['userunknown', false]);
});

test('replies in Portuguese from servers that answer in Portuguese', () => {
  assert.equal(reasonOf('550 Caixa postal cheia'), 'mailboxfull');
  assert.equal(reasonOf('550 5.1.1 Usuário inexistente'), 'userunknown');
  assert.equal(reasonOf('550 5.2.1 Conta desativada'), 'suspend');
  assert.equal(reasonOf('552 A caixa postal do destinatário está cheia'), 'mailboxfull');
  assert.equal(reasonOf('550 O endereço não existe neste servidor'), 'userunknown');
  assert.equal(reasonOf('550 Mensagem identificada como spam'), 'spamdetected');
  assert.equal(reasonOf('554 Domínio não existe'), 'hostunknown');
  assert.equal(reasonOf('452 Excedeu o limite de envio por hora'), 'ratelimited');
  assert.equal(reasonOf('550 Endereço de e-mail não encontrado'), 'userunknown');
  assert.equal(reasonOf('550 Não autorizado a enviar por este servidor'), 'norelaying');
  assert.equal(reasonOf('421 Você excedeu o limite de mensagens por hora'), 'ratelimited');
  assert.equal(reasonOf('452 Cota de envio diária atingida'), 'ratelimited');
  assert.equal(reasonOf('554 5.7.1 Mensagem rejeitada por conter conteúdo suspeito'), 'spamdetected');
  assert.equal(reasonOf('550 5.7.1 Mensagem bloqueada pela política de segurança'), 'policyviolation');
  assert.equal(reasonOf('451 Erro temporário no servidor, tente novamente mais tarde'), 'systemerror');
  // without a code, the words alone
  assert.equal(reasonOf('Domínio do destinatário não encontrado'), 'hostunknown');
  assert.equal(reasonOf('Tempo de entrega esgotado'), 'expired');
  assert.equal(reasonOf('Não foi possível conectar ao servidor de destino'), 'networkerror');
  assert.equal(reasonOf('A caixa postal do destinatário está lotada'), 'mailboxfull');
  assert.equal(reasonOf('A caixa postal do destinatário está cheia'), 'mailboxfull');
  assert.equal(reasonOf('421 Muitas conexões do seu IP, tente mais tarde'), 'ratelimited');
});

test('Portuguese replies without their accents (SMTP replies are ASCII) read like the accented ones', () => {
  // the tables hold only the accented spelling of these
  assert.equal(reasonOf('554 5.7.1 Mensagem rejeitada por conter conteudo suspeito'), 'spamdetected');
  assert.equal(reasonOf('421 Muitas conexoes do seu IP, tente mais tarde'), 'ratelimited');
  assert.equal(reasonOf('550 5.1.1 Usuario nao existe'), 'userunknown');
  assert.equal(reasonOf('550 Endereco de e-mail nao encontrado'), 'userunknown');
  assert.equal(reasonOf('554 Dominio nao existe'), 'hostunknown');
  assert.equal(reasonOf('550 Mensagem bloqueada pela politica de seguranca'), 'policyviolation');
  const flat = (q: string | readonly string[]) => (typeof q === 'string' ? q : q.join(' '));
  const bare = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const { strong, weak } = phrasesToSearch();
  for (const set of [...strong, ...weak]) {
    const searched = [...set.phrases, ...(set.weak ?? [])].map(flat);
    for (const text of searched) assert.ok(searched.includes(bare(text)), `${set.reason}: "${text}" is not also looked for as "${bare(text)}"`);
  }
  // "e-mail" also as "email", as many servers spell it, with and without accents
  assert.equal(reasonOf('550 Endereco de email invalido'), 'userunknown');
  assert.equal(reasonOf('550 5.1.1 Endereço de email inexistente'), 'userunknown');
  for (const set of [...strong, ...weak]) {
    const searched = [...set.phrases, ...(set.weak ?? [])].map(flat);
    for (const text of searched) {
      if (text.includes('e-mail')) assert.ok(searched.includes(text.replaceAll('e-mail', 'email')), `${set.reason}: "${text}" is not also looked for with "email"`);
    }
  }
  // and only once, even where a table also has the bare word ("virus" beside "vírus")
  for (const set of [...strong, ...weak]) {
    for (const list of [set.phrases, set.weak ?? []]) {
      const keys = list.map((q) => (typeof q === 'string' ? q : q.join('\u0000')));
      assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], set.reason);
    }
  }
});

test('a temporary "not accepting messages" (4.3.2) is a busy server, not a domain that takes no mail', () => {
  const busy = explainText('451 4.3.2 Please try again later', { lang: 'en' });
  assert.equal(busy.reason, 'systemerror');
  assert.equal(busy.kind, 'transient');
  assert.equal(explainText('550 5.3.2 System not accepting network messages', { lang: 'en' }).reason, 'notaccept');
});

test("Gmail's refusal of a message without a valid Message-ID is a format problem", () => {
  assert.equal(reasonOf('550-5.7.1 [192.0.2.1] Messages missing a valid messageId header are not accepted.'), 'notcompliantrfc');
});

test('a refused sending IP is blocked, whatever word gives the cause', () => {
  assert.equal(reasonOf('550 Your IP has been blocked due to excessive spam. Contact your ISP.'), 'blocked');
  assert.equal(reasonOf('554 Your IP address is blocked'), 'blocked');
  // the spam in the message itself is still spamdetected
  assert.equal(reasonOf('550 Message rejected as spam by Content Filtering.'), 'spamdetected');
});

test('replies of servers that answer in German, French, Italian or Polish', () => {
  assert.equal(reasonOf('550 Benutzer unbekannt'), 'userunknown');
  assert.equal(reasonOf('550 Adresse inconnue'), 'userunknown');
  assert.equal(reasonOf('550 Utente sconosciuto'), 'userunknown');
  assert.equal(reasonOf('550 Nieznany użytkownik'), 'userunknown');
  assert.equal(reasonOf('452 Postfach voll'), 'mailboxfull');
  assert.equal(reasonOf('450 Boîte aux lettres pleine'), 'mailboxfull');
  assert.equal(reasonOf('450 Casella piena'), 'mailboxfull');
});

test('log lines are classified like the replies they hold', () => {
  assert.equal(reasonOf('Nov 28 10:00:01 mail postfix/smtp[1]: 4F1A: to=<bia@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection timed out)'), 'networkerror');
  assert.equal(reasonOf('Nov 28 10:00:00 mail sm-mta[2]: 4ASA: to=<ana@example.com>, delay=00:00:01, mailer=esmtp, relay=mx.example.com. [192.0.2.30], dsn=5.1.1, stat=User unknown'), 'userunknown');
});

test('the evidence names the rule and the part of the input that decided', () => {
  const r = explainText('550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org', { lang: 'en' });
  assert.ok(r.evidence.length > 0);
  assert.ok(r.evidence.some((e) => e.field === 'text' && e.match.includes('spamhaus')));
});

test('phrase tables are lower case, so that matching the lower-cased text can find them', () => {
  for (const set of [...PHRASE_ORDER, ...WEAK_ORDER]) {
    for (const p of [...set.phrases, ...(set.weak ?? [])]) {
      for (const fragment of typeof p === 'string' ? [p] : p) assert.equal(fragment, fragment.toLowerCase(), `${set.reason}: ${fragment}`);
    }
  }
});

test('text before the reply and any case are tolerated', () => {
  assert.equal(reasonOf('Remote server said: 550 5.1.1 <ANA@EXAMPLE.COM>: RECIPIENT ADDRESS REJECTED: USER UNKNOWN'), 'userunknown');
});

test('a catch-all code alone (X.7.1) keeps its Sisimai reason, but acts and reads as an unclassified failure', () => {
  const alone = explainText('451 4.7.1 Please try again later', { lang: 'en' });
  assert.equal(alone.reason, 'securityerror');
  assert.deepEqual([alone.kind, alone.retry, alone.actors], ['transient', 'automatic', ['sender', 'sender-provider']]);
  // the codes speak, not the words of a failed login
  assert.equal(alone.summary, 'The receiving server deferred the message without saying exactly why (4.7.1: delivery not authorized).');
  // a code typed alone is explained as the code
  assert.equal(explainText('550', { lang: 'en' }).summary, 'Mailbox unavailable.');
  assert.doesNotMatch(`${alone.meaning} ${alone.advice} ${alone.adminAdvice}`, /password|SMTP AUTH/);
  // with words that tell more, they decide as before
  const told = explainText('550 5.7.1 Relaying denied', { lang: 'en' });
  assert.deepEqual([told.reason, told.retry], ['norelaying', 'after-fix']);
  assert.doesNotMatch(told.summary, /^Permanent failure: delivery not authorized/);
});

test('a report whose Action says failed is never a delivery, whatever success code it quotes', async () => {
  const { classify } = await import('../src/classify/classify.js');
  const facts = { replyCode: '250', status: '', text: '250 2.0.0 Ok: queued as 4ABC', command: null, remoteHost: null, recipient: 'ana@example.com', action: 'failed' };
  const v = classify(facts);
  assert.equal(v.kind, 'permanent');
  assert.notEqual(v.reason, 'delivered');
  assert.ok(v.evidence.some((e) => e.rule === 'action:failed'));
  assert.equal(classify({ ...facts, status: '4.4.7' }).kind, 'transient');
  // a delivery report stays one
  assert.equal(classify({ ...facts, action: 'delivered' }).reason, 'delivered');
});

test('the words follow whether the sending server still retries: a 4xx it keeps queued, or a failure nothing retries', () => {
  const pt = (line: string) => explainText(line, { lang: 'pt-BR' });
  // a permanent block is no greylisting, which only ever answers 4xx
  const listed = pt('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org');
  assert.doesNotMatch(`${listed.meaning} ${listed.adminAdvice}`, /greylisting|4xx/);
  // the list's own steps, then what they leave out, without saying "ask for removal" twice
  assert.equal(listed.advice.match(/peça a remoção|pedir a remoção/g)?.length, 1, listed.advice);
  const deferred = pt('450 4.7.1 Client host rejected: try again later');
  assert.equal(deferred.reason, 'blocked');
  assert.match(deferred.meaning, /greylisting/);
  // a rate limit refused for good is not retried by the server
  const refused = pt('550 5.7.1 Message rejected: too many recipients');
  assert.equal(refused.reason, 'ratelimited');
  assert.doesNotMatch(refused.advice, /tenta de novo sozinho|faz isso sozinho/);
  assert.match(refused.advice, /não serão reenviadas sozinhas/);
  assert.match(pt('421 4.7.0 Too many messages from your IP, slow down').advice, /tenta de novo sozinho/);
  // a full mailbox still queued: nothing to do yet (the retry line says the same)
  const full = pt('452 4.2.2 Mailbox full');
  assert.match(full.advice, /^Não é preciso fazer nada por enquanto/);
  assert.doesNotMatch(full.advice, /Tente de novo/);
  // an unknown user, for now: no removal before the final notice
  const unverified = pt('450 4.1.1 <ana@example.com>: Recipient address rejected: unverified address: Address verification in progress');
  assert.match(unverified.summary, /^Por enquanto/);
  assert.match(unverified.advice, /só remova o endereço se chegar o aviso de falha definitiva/);
  assert.equal(pt('550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown').summary, 'O endereço do destinatário não existe.');
  // a cause to fix on a queued 4xx: fixed in time, no resend needed
  const ptr = pt('450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]');
  assert.equal(ptr.reason, 'requireptr');
  assert.match(ptr.retryText, /sai sozinha, sem reenvio/);
  assert.doesNotMatch(pt('550 5.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]').retryText, /sem reenvio/);
  // a network error refused for good: the advice no longer says the server keeps trying
  const timeout = pt('554 5.4.0 Connection timed out');
  assert.deepEqual([timeout.reason, timeout.kind], ['networkerror', 'permanent']);
  assert.match(timeout.advice, /^O seu servidor não vai tentar de novo/);
  assert.match(pt('451 4.4.0 DNS lookup failed').advice, /continua tentando/);
});

test("the enhanced code's registry title is not set against the explanation it contradicts", () => {
  const pt = (line: string) => explainText(line, { lang: 'pt-BR' });
  // a code the registry lacks: said so, not a sentence fragment ("5.7.509: segurança ou política."); one
  // the matched provider documents as its own, in its sense
  const dmarc = pt('550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject.');
  assert.match(dmarc.meaning, /O provedor usa com esse sentido o código 5\.7\.509, que não está no registro da IANA\./);
  assert.match(pt('550 5.7.999 Access denied by policy').meaning, /5\.7\.999: código que não está no registro da IANA, do grupo "segurança ou política"\./);
  // the words decided, and the registry names another cause
  const full = pt('550 5.1.1 <ana@example.com>: mailbox full');
  assert.equal(full.reason, 'mailboxfull');
  assert.match(full.meaning, /No registro da IANA, 5\.1\.1 quer dizer "Caixa postal do destinatário não existe", mas o texto da resposta aponta a causa acima\./);
  // agreeing, or decided by the code itself: its title as before
  assert.match(pt('550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown').meaning, / 5\.1\.1: Caixa postal do destinatário não existe\.$/);
  assert.match(pt('552 5.2.2 Mailbox full').meaning, / 5\.2\.2: Caixa postal cheia\.$/);
  assert.match(pt('550 5.2.1').meaning, /5\.2\.1/);
  assert.doesNotMatch(pt('550 5.2.1').meaning, /aponta a causa/);
});

test('a bare 552 names both of its causes; the reason stays the one Sisimai gives', () => {
  const bare = explainText('552', { lang: 'en' });
  assert.equal(bare.reason, 'mailboxfull');
  assert.doesNotMatch(bare.summary, /mailbox is full/);
  assert.match(bare.meaning, /full/);
  assert.match(bare.meaning, /bigger/);
  assert.equal(explainText('552 5.2.2 Mailbox full', { lang: 'en' }).summary, "The recipient's mailbox is full.");
  // a STARTTLS demand is most often a mail program's outgoing server setting
  assert.match(explainText('530 5.7.0 Must issue a STARTTLS command first', { lang: 'pt-BR' }).advice, /porta 587/);
});

test("the general advice after a provider's hint does not say again what the hint said", () => {
  const pt = (line: string) => explainText(line, { lang: 'pt-BR' });
  const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
  const ms = pt('451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.');
  assert.equal(count(ms.advice, /diminua o volume/gi), 1, ms.advice);
  const gmail = pt('452-4.5.3 Your message has too many recipients. For more information regarding Google\'s sending limits, please visit https://support.google.com/mail/?p=TooManyRecipientsError - gsmtp');
  assert.equal(count(gmail.advice, /sozinho/g), 1, gmail.advice);
  const disabled = pt('550-5.2.1 The email account that you tried to reach is disabled. https://support.google.com/mail/?p=DisabledUser - gsmtp');
  assert.equal(count(disabled.advice, /outro meio/g), 1, disabled.advice);
});

test('a disabled mailbox goes off the list; one closed for now is waited for', async () => {
  const { categorize } = await import('../src/report/tally.js');
  const { lite } = await import('../src/cli/render.js');
  const { analyze } = await import('../src/analyze.js');
  const [disabled] = await analyze('550 5.2.1 <ana@example.com>: Conta desativada por inatividade', { lang: 'pt-BR' });
  assert.deepEqual([disabled!.reason, disabled!.hardBounce, disabled!.retry], ['suspend', false, 'never']);
  assert.equal(categorize(lite(disabled!)), 'remove');
  assert.doesNotMatch(disabled!.meaning, /pode voltar a funcionar/);
  const [closed] = await analyze('450 4.2.1 <ana@example.com>: Caixa postal temporariamente indisponivel (conta em manutencao)', { lang: 'pt-BR' });
  assert.deepEqual([closed!.reason, closed!.kind, closed!.retry], ['suspend', 'transient', 'automatic']);
  assert.equal(closed!.summary, 'A caixa postal do destinatário está indisponível por enquanto.');
  assert.equal(categorize(lite(closed!)), 'retry');
});

test('a temporary failure the sending server gave up on is labelled final', async () => {
  const { analyzeMessage } = await import('../src/message/analyze-message.js');
  const { renderText } = await import('../src/cli/render-text.js');
  const dsn = (action: string) => bounce({ recipient: 'ana@example.com', action, status: '4.2.2', code: '452', text: 'Mailbox full' });
  const [failed] = await analyzeMessage(dsn('failed'), { lang: 'pt-BR' });
  assert.equal(failed!.kindText, 'falha permanente (o servidor desistiu)');
  assert.match(renderText(failed!), /\[falha permanente \(o servidor desistiu\)\]/);
  const [delayed] = await analyzeMessage(dsn('delayed'), { lang: 'pt-BR' });
  assert.equal(delayed!.kindText, 'falha temporária');
});

test("Exim's '==' log lines are deferrals the server still retries, with or without a reply code", () => {
  const line = (rest: string) => `2026-11-28 10:00:01 1abcDE-000123-AB == ana@example.com ${rest}`;
  for (const rest of [
    'R=dnslookup T=remote_smtp defer (110): Connection timed out',
    'R=dnslookup T=remote_smtp defer (-18): Remote host mx.example.com [192.0.2.20] closed connection in response to initial connection',
    'R=dnslookup defer (-1): host lookup did not complete',
    'routing defer (-51): retry time not reached',
  ]) {
    const r = explainText(line(rest), { lang: 'en' });
    assert.deepEqual([r.kind, r.retry, r.recipient], ['transient', 'automatic', 'ana@example.com'], rest);
    assert.doesNotMatch(r.summary, /gave up/, rest);
  }
  // "**" is a failure
  assert.equal(explainText('2026-11-28 10:00:01 1abcDE-000123-AB ** ana@example.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<ana@example.com>: 550 5.1.1 User unknown', { lang: 'en' }).kind, 'permanent');
});

test("a log line of the reader's own server refusing incoming mail is explained as such, with the real recipient", () => {
  for (const line of [
    'Nov 28 10:00:01 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from unknown[203.0.113.50]: 554 5.7.1 Service unavailable; Client host [203.0.113.50] blocked using zen.spamhaus.org; from=<joao@example.org> to=<ana@example.com> proto=ESMTP helo=<example.org>',
    '2026-11-28 10:00:01 H=(example.org) [203.0.113.50] F=<joao@example.org> rejected RCPT <ana@example.com>: Sender verify failed',
  ]) {
    const r = explainText(line, { lang: 'pt-BR' });
    assert.equal(r.recipient, 'ana@example.com', line);
    assert.equal(r.summary, 'O seu servidor recusou uma mensagem que chegava de joao@example.org para ana@example.com (enviada pelo IP 203.0.113.50).');
    assert.deepEqual(r.actors, ['none']);
    assert.doesNotMatch(r.advice, /check\.spamhaus|remoção/);
  }
  // a bounce of the reader's own mail keeps its words
  assert.match(explainText('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', { lang: 'pt-BR' }).summary, /^O servidor de destino/);
});

test('more refusals of incoming mail: the recipient is the envelope\'s, no hard bounce, and the server\'s own faults are its admin\'s', () => {
  const en = (line: string) => explainText(line, { lang: 'en' });
  // the refused sender is quoted in the reply; the recipient is to=; an own unknown address takes nothing off a list
  const sender = en('Nov 28 10:00:01 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from mail.example.org[203.0.113.9]: 450 4.1.8 <bounce@nosuch.example.org>: Sender address rejected: Domain not found; from=<bounce@nosuch.example.org> to=<ana@example.com> proto=ESMTP helo=<mail.example.org>');
  assert.equal(sender.recipient, 'ana@example.com');
  const own = en('Nov 28 10:00:01 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from mail.example.net[198.51.100.9]: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table; from=<alice@example.net> to=<nobody@example.com> proto=ESMTP helo=<mail.example.net>');
  assert.deepEqual([own.recipient, own.reason, own.hardBounce], ['nobody@example.com', 'userunknown', false]);
  // cleanup's milter and header checks, Sendmail's rulesets
  for (const line of [
    'Nov 28 10:00:43 mail postfix/cleanup[3111]: 4C1D2E0201: milter-reject: END-OF-MESSAGE from mail.example.org[203.0.113.9]: 5.7.1 rejected by DMARC policy for example.net; from=<ceo@example.net> to=<ana@example.com> proto=ESMTP helo=<mail.example.org>',
    'Nov 28 10:00:49 mail postfix/cleanup[3113]: 4C1D2E0203: reject: header Subject: You have won!!! from unknown[203.0.113.54]; from=<x@example.org> to=<ana@example.com> proto=ESMTP helo=<example.org>: 5.7.1 message content rejected',
    'Nov 28 10:00:00 mail sm-mta[12360]: 425A0001: ruleset=check_relay, arg1=[203.0.113.50], arg2=127.0.0.2, relay=[203.0.113.50], reject=553 5.3.0 Rejected - see http://www.spamhaus.org/query/bl?ip=203.0.113.50',
  ]) {
    const r = en(line);
    assert.ok(r.evidence.some((e) => e.rule === 'log:inbound-refusal'), line);
    assert.deepEqual(r.actors, ['none'], line);
    assert.doesNotMatch(`${r.advice} ${r.adminAdvice ?? ''}`, /your domain|removal|delist/i, line);
  }
  // a refusal of the server's own making: its admin acts
  const storage = en('Nov 28 10:00:01 mx postfix/smtpd[123]: NOQUEUE: reject: MAIL from unknown[203.0.113.63]: 452 4.3.1 Insufficient system storage; from=<x@example.org> proto=ESMTP helo=<example.org>');
  assert.deepEqual(storage.actors, ['recipient-admin']);
  assert.match(storage.advice, /legitimate mail is being refused/);
  // Exim's "temporarily rejected" is a 4xx
  assert.equal(en('2026-11-28 10:00:01 1abcDE-000123-AB H=(example.org) [203.0.113.9] F=<news@example.org> temporarily rejected RCPT <ana@example.com>: greylisted.').kind, 'transient');
  // the submission service refusing one of the reader's own users is that user's outgoing mail
  const submission = en('Nov 28 10:01:17 mail postfix/submission/smtpd[3126]: NOQUEUE: reject: RCPT from unknown[198.51.100.30]: 553 5.7.1 <ceo@example.com>: Sender address rejected: not owned by user joao@example.com; from=<ceo@example.com> to=<client@example.net> proto=ESMTP helo=<[192.168.0.10]>');
  assert.deepEqual([submission.recipient, submission.signature], ['client@example.net', 'sender:not-owned-by-login']);
});

test("a failed lookup of the host the domain's MX points to is no nonexistent domain", () => {
  const line = (to: string, name: string, type: string) =>
    `Nov 28 08:45:00 mail postfix/smtp[1]: 4ABC: to=<${to}>, relay=none, delay=0.1, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=${name} type=${type}: Host not found)`;
  const mxHost = explainText(line('dani@example.org', 'mail.example.org', 'A'), { lang: 'en' });
  assert.deepEqual([mxHost.reason, mxHost.hardBounce], ['networkerror', false]);
  const domain = explainText(line('dani@nosuch.example.org', 'nosuch.example.org', 'MX'), { lang: 'en' });
  assert.deepEqual([domain.reason, domain.hardBounce], ['hostunknown', true]);
  // a subdomain's parent named: still the recipient's own domain
  assert.equal(explainText(line('dani@mail.nosuch.example.org', 'nosuch.example.org', 'MX'), { lang: 'en' }).reason, 'hostunknown');
});

test('a reply without a code that calls itself temporary is a temporary failure, not a permanent one', () => {
  const kind = (line: string) => explainText(line, { lang: 'en' });
  for (const line of ['Server busy. Please try again later from [192.0.2.10]', 'Mailbox full, try again later', 'Greylisted, please retry',
    'Caixa postal cheia, tente novamente mais tarde', 'Buzón lleno, inténtelo más tarde', 'Message temporarily deferred']) {
    const r = kind(line);
    assert.deepEqual([r.kind, r.hardBounce], ['transient', false], line);
  }
  // words of a permanent failure win, and a text with neither stays permanent
  assert.equal(kind('Permanent failure: mailbox temporarily disabled').kind, 'permanent');
  assert.equal(kind('Mailbox unavailable; do not retry').kind, 'permanent');
  assert.equal(kind('User unknown').kind, 'permanent');
  assert.equal(kind('Delivery failed: mailbox unavailable. This is not a temporary error.').kind, 'permanent');
  // an address that does not exist stays a hard bounce to remove, whatever else the text says
  for (const line of ['User unknown. Please try again later', 'Mailbox does not exist. If you think this is wrong, try again later or contact postmaster', 'Domain not found, try again later']) {
    const r = kind(line);
    assert.deepEqual([r.kind, r.hardBounce, r.listAction], ['permanent', true, 'remove'], line);
  }
  // whole words only: "try later" is not in "country later"
  assert.equal(kind('Mailbox full; this country later blocks').kind, 'permanent');
  // a code says the kind, whatever the words
  assert.equal(kind('550 5.2.2 Mailbox full, try again later').kind, 'permanent');
});
