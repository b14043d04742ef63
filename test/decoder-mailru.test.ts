import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function notice(list: string[]): string {
  return [
    'From: mailer-daemon@corp.mail.ru',
    'To: sender@mail.ru',
    'Subject: Mail failure.',
    'Date: Mon, 3 Jun 2024 10:00:00 +0300',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.',
    '',
    'К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:',
    '',
    ...list,
    '',
    'Рекомендуем Вам проверить корректность указания адресов получателей.',
    '',
    '**********************',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    ...list,
    '',
  ].join('\n');
}

test('each recipient gets only its own lines, not the next recipient\'s', async () => {
  const results = await analyzeMessage(notice([
    '  full@example.org',
    '    SMTP error from remote mail server after RCPT TO:<full@example.org>:',
    '    host mx.example.org [192.0.2.10]: 550 5.2.2 <full@example.org>... Mailbox Full',
    '  gone@example.org',
    '    SMTP error from remote mail server after RCPT TO:<gone@example.org>:',
    '    host mx.example.org [192.0.2.10]: 550 5.2.1 <gone@example.org>... User Unknown',
  ]), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.status, r.replyCode]), [
    ['full@example.org', 'mailboxfull', '5.2.2', '550'],
    ['gone@example.org', 'userunknown', '5.2.1', '550'],
  ]);
});

test('Exim\'s own "Unrouteable address" is a domain that cannot be routed', async () => {
  const [r] = await analyzeMessage(notice(['  someone@nonexistent.example', '    Unrouteable address']), { lang: 'en' });
  assert.equal(r!.recipient, 'someone@nonexistent.example');
  assert.equal(r!.reason, 'hostunknown');
  assert.equal(r!.replyCode, '');
});
