// A rule's documentation link in the reader's language, where the site documents a locale pattern
// (Microsoft's and Apple's "/en-us/" segment, Google's "hl"): the function, and the text and the web
// page showing it. The JSON keeps the link as the rule names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localizedUrl } from '../src/explain/localized-url.js';
import { colours, renderText } from '../src/cli/render-text.js';
import { explainText } from '../src/explain-text.js';

test('Microsoft and Apple: the locale segment becomes pt-br in Portuguese, en-us in English; the rest kept', () => {
  assert.equal(localizedUrl('https://learn.microsoft.com/en-us/exchange/mail-flow/ndr?view=o365#fix', 'pt-BR'),
    'https://learn.microsoft.com/pt-br/exchange/mail-flow/ndr?view=o365#fix');
  assert.equal(localizedUrl('https://support.microsoft.com/en-US/office/x-123', 'pt-BR'), 'https://support.microsoft.com/pt-br/office/x-123');
  assert.equal(localizedUrl('https://support.apple.com/en-us/HT204137', 'pt-BR'), 'https://support.apple.com/pt-br/HT204137');
  assert.equal(localizedUrl('https://support.apple.com/pt-br/HT204137', 'en'), 'https://support.apple.com/en-us/HT204137');
  assert.equal(localizedUrl('https://learn.microsoft.com/en-us/exchange/', 'en'), 'https://learn.microsoft.com/en-us/exchange/');
  // a link with no locale: Portuguese gets one, English is left to the site's default
  assert.equal(localizedUrl('https://learn.microsoft.com/defender-office-365/spoof', 'pt-BR'), 'https://learn.microsoft.com/pt-br/defender-office-365/spoof');
  assert.equal(localizedUrl('https://learn.microsoft.com/defender-office-365/spoof', 'en'), 'https://learn.microsoft.com/defender-office-365/spoof');
});

test('Google: hl added or replaced where it stands, the other parameters and the #fragment kept', () => {
  assert.equal(localizedUrl('https://support.google.com/a/answer/3726730', 'pt-BR'), 'https://support.google.com/a/answer/3726730?hl=pt-BR');
  assert.equal(localizedUrl('https://support.google.com/mail/?p=NoSuchUser#top', 'pt-BR'), 'https://support.google.com/mail/?p=NoSuchUser&hl=pt-BR#top');
  assert.equal(localizedUrl('https://support.google.com/mail/answer/22370?hl=en&ref_topic=1#zippy=%2Cx', 'pt-BR'),
    'https://support.google.com/mail/answer/22370?hl=pt-BR&ref_topic=1#zippy=%2Cx');
  assert.equal(localizedUrl('https://developers.google.com/gmail/api/guides?authuser=1', 'pt-BR'), 'https://developers.google.com/gmail/api/guides?authuser=1&hl=pt-br');
  // English: a link that names another language is set back; one with none is left as it is
  assert.equal(localizedUrl('https://support.google.com/a/answer/3726730?hl=pt-BR#x', 'en'), 'https://support.google.com/a/answer/3726730?hl=en#x');
  assert.equal(localizedUrl('https://support.google.com/a/answer/3726730', 'en'), 'https://support.google.com/a/answer/3726730');
});

test('idempotent; other sites and what is no http(s) link are unchanged', () => {
  for (const url of ['https://support.google.com/mail/?p=NoSuchUser&hl=fr#a', 'https://learn.microsoft.com/en-us/x', 'https://support.apple.com/HT204137']) {
    for (const lang of ['pt-BR', 'en'] as const) {
      const once = localizedUrl(url, lang);
      assert.equal(localizedUrl(once, lang), once, `${url} ${lang}`);
    }
  }
  for (const url of ['https://check.spamhaus.org/', 'https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html', 'https://ipcheck.proofpoint.com/?ip=192.0.2.1',
    'https://community.mimecast.com/docs/DOC-1369#451', 'https://groups.google.com/support/', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2',
    'https://support.google.com.example.net/a/answer/1', 'observed', '']) {
    assert.equal(localizedUrl(url, 'pt-BR'), url);
    assert.equal(localizedUrl(url, 'en'), url);
  }
});

test('the text output shows the Portuguese page in Portuguese, the English one in English; the result (the JSON) keeps the link', () => {
  const reply = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group";
  const pt = explainText(reply, { lang: 'pt-BR' });
  const en = explainText(reply, { lang: 'en' });
  assert.match(pt.providerSource ?? '', /^https:\/\/learn\.microsoft\.com\/en-us\//, 'the data keeps the link as the rule names it');
  assert.equal(en.providerSource, pt.providerSource);
  assert.match(renderText(pt, colours(false)), /\nFonte: https:\/\/learn\.microsoft\.com\/pt-br\/exchange\//);
  assert.match(renderText(en, colours(false)), /\nSource: https:\/\/learn\.microsoft\.com\/en-us\/exchange\//);
  // a Google link in a server's reply is the server's words, left as it is
  const gmail = '550 5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser - gsmtp';
  const text = renderText(explainText(gmail, { lang: 'pt-BR' }), colours(false));
  assert.doesNotMatch(text.split('\n').filter((l) => !l.startsWith('Fonte:')).join('\n'), /hl=pt-BR/);
});
