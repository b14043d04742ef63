// A .msg whose only body is the compressed RTF one (PidTagRtfCompressed, [MS-OXRTFCP]): Outlook in
// rich-text mode and archivers save messages so. The RTF is decompressed and read as text, or as the
// HTML ([MS-OXRTFEX] \fromhtml1) or text (\fromtext) it carries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { decompressRtf } from '../src/message/rtf-decompress.js';
import { rtfToText } from '../src/message/rtf-to-text.js';
import { outlookMessage } from '../src/message/outlook-msg.js';
import { compressedRtf, outlookMsg } from './msg-fixtures.js';
import { prng } from './prng.js';

const hex = (s: string) => Uint8Array.from(s.trim().split(/\s+/), (b) => parseInt(b, 16));
const latin1 = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('latin1') : null);

test('the decompressor gives the output of [MS-OXRTFCP] §3.1 and §3.2 for their compressed bytes', () => {
  // §3.1: no reference but to the initial dictionary; §3.2: a reference that overlaps what it writes
  const simple = hex('2d 00 00 00 2b 00 00 00 4c 5a 46 75 f1 c5 c7 a7 03 00 0a 00 72 63 70 67 31 32 35 42 32 0a f3 20 68 65 6c 09 00 20 62 77 05 b0 6c 64 7d 0a 80 0f a0');
  assert.equal(latin1(decompressRtf(simple)), '{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n');
  const crossing = hex('1a 00 00 00 1c 00 00 00 4c 5a 46 75 e2 d4 4b 51 41 00 04 20 57 58 59 5a 0d 6e 7d 01 0e b0');
  assert.equal(latin1(decompressRtf(crossing)), '{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}');
  assert.equal(rtfToText(decompressRtf(simple)!), 'hello world');
  // a byte changed: the CRC no longer matches, nothing is read from it
  const changed = simple.slice();
  changed[30] = changed[30]! ^ 0x01;
  assert.equal(decompressRtf(changed), null);
  // stored ("MELA") and compressed by another writer (the tests' own) give the same RTF back
  const rtf = '{\\rtf1\\ansi\\ansicpg1252 {\\fonttbl{\\f0 Arial;}}\\pard 550 5.1.1 User unknown\\par 550 5.1.1 User unknown}';
  assert.equal(latin1(decompressRtf(compressedRtf(rtf))), rtf);
  assert.equal(latin1(decompressRtf(compressedRtf(rtf, true))), rtf);
  // neither kind, or too short for a header
  assert.equal(decompressRtf(hex('10 00 00 00 00 00 00 00 41 42 43 44 00 00 00 00 7b')), null);
  assert.equal(decompressRtf(simple.subarray(0, 12)), null);
});

const REPLY = '550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown';

/** The RTF Outlook writes for an HTML message ([MS-OXRTFEX]): the markup in htmltag groups, RTF of its own in \htmlrtf. */
const FORWARDED_HTML_RTF = [
  '{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\fbidis \\deff0{\\fonttbl',
  '{\\f0\\fswiss\\fcharset0 Arial;}',
  '{\\f1\\fmodern Courier New;}}',
  '{\\colortbl\\red0\\green0\\blue0;\\red5\\green99\\blue193;}',
  '\\uc1\\pard\\plain\\deftab360 \\f0\\fs24 ',
  '{\\*\\htmltag19 <html>}{\\*\\htmltag34 <head>}{\\*\\htmltag241 <style>}{\\*\\htmltag241 p \\{ margin: 0 \\}}{\\*\\htmltag249 </style>}',
  '{\\*\\htmltag41 </head>}{\\*\\htmltag50 <body lang=PT-BR>}\\htmlrtf \\lang1046 \\ltrch\\f0 \\htmlrtf0 ',
  '{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Oi, pode ver por que este e-mail voltou?\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}\\htmlrtf \\par \\htmlrtf0 ',
  '{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 -----Original Message-----{\\*\\htmltag116 <br>}\\htmlrtf \\line \\htmlrtf0 ',
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>{\\*\\htmltag116 <br>}\\htmlrtf \\line \\htmlrtf0 ',
  'Subject: Undelivered Mail Returned to Sender\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}\\htmlrtf \\par \\htmlrtf0 ',
  '{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 This is the mail system at host mx.example.com.{\\*\\htmltag116 <br>}\\htmlrtf \\line \\htmlrtf0 ',
  'I\'m sorry to have to inform you that your message could not be delivered to one or more recipients.\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}\\htmlrtf \\par \\htmlrtf0 ',
  `{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 <ana@example.com>: host mx.example.com said: ${REPLY}\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}`,
  '{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}',
].join('\r\n');

const forwarded = (rtf: Uint8Array) => outlookMsg({
  messageClass: 'IPM.Note', subject: 'ENC: Undelivered Mail Returned to Sender', senderName: 'Paulo Souza', senderSmtp: 'paulo@example.org',
  displayTo: 'suporte@example.org', rtf,
});

test('a forwarded bounce whose only body is LZFu-compressed RTF carrying HTML: the reply inside is read', async () => {
  const msg = forwarded(compressedRtf(FORWARDED_HTML_RTF));
  const mime = outlookMessage(msg)!;
  // the HTML's text, its tags and the RTF's own words gone; the address in angle brackets is text, not a tag
  assert.ok(mime.includes(`<ana@example.com>: host mx.example.com said: ${REPLY}`), mime);
  assert.ok(!mime.includes('htmltag') && !mime.includes('<p>') && !mime.includes('margin') && !mime.includes('Arial'), mime);
  const results = await analyze(msg, { lang: 'en', file: 'encaminhado.msg' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.status, r.replyCode]), [['ana@example.com', 'userunknown', '5.1.1', '550']]);
});

/** RTF typed in Outlook (no HTML inside): accented letters as \'hh in the code page and as \uN with a fallback. */
const PT_BR_RTF = [
  '{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}',
  '{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ',
  '\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang1046 Sua mensagem n\\\'e3o p\\u244?de ser entregue.\\par',
  '<ana@example.com>: 550 5.1.1 Usu\\\'e1rio inexistente\\par',
  'Este \\\'e9 um aviso autom\\u225?tico; n\\u227?o \\u233? preciso responder.\\par',
  '}',
].join('\r\n');

test('RTF typed in Outlook, stored (MELA): \\\'hh in its code page and \\uN letters, the fallback after \\uN skipped', async () => {
  const text = rtfToText(decompressRtf(compressedRtf(PT_BR_RTF, true))!);
  assert.equal(text, 'Sua mensagem não pôde ser entregue.\r\n<ana@example.com>: 550 5.1.1 Usuário inexistente\r\nEste é um aviso automático; não é preciso responder.\r\n');
  const msg = outlookMsg({ messageClass: 'IPM.Note', subject: 'Mensagem não entregue', senderSmtp: 'mailer-daemon@example.com', rtf: compressedRtf(PT_BR_RTF, true) });
  const [r, more] = await analyze(msg, { lang: 'pt-BR' });
  assert.equal(more, undefined);
  assert.deepEqual([r!.recipient, r!.reason, r!.status], ['ana@example.com', 'userunknown', '5.1.1']);
  assert.ok(r!.diagnostic.includes('Usuário inexistente'), r!.diagnostic);
});

test('RTF to text: destinations skipped, \\fromtext carried text, another code page, \\uN with \\uc2 and a negative N', () => {
  const text = (s: string) => rtfToText(Buffer.from(s, 'latin1'));
  assert.equal(text('{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}}{\\info{\\author Ana}}{\\*\\unknown x}{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt link}} ok}'), 'link ok');
  assert.equal(text('{\\rtf1\\ansi\\fromtext \\htmlrtf {\\fonttbl}\\htmlrtf0 550 User unknown\\par}'), '550 User unknown\r\n');
  assert.equal(text('{\\rtf1\\ansi\\ansicpg1251 \\\'cf\\\'f0\\\'e8}'), 'При');
  assert.equal(text('{\\rtf1\\uc2 a\\u8212\\\'97\\\'97 b\\u-3937??c}'), 'a\u2014 b\uf09fc');
  assert.equal(text('{\\rtf1 a\\{b\\}c\\\\d\\~e\\bin3 {}}f}'), 'a{b}c\\d\u00a0ef');
});

test('a compressed RTF cut short or damaged gives what could be read, never an exception', async () => {
  const rtf = compressedRtf(FORWARDED_HTML_RTF);
  // cut: the part before the cut is read (the CRC cannot be checked on a part)
  const cut = decompressRtf(rtf.subarray(0, Math.floor(rtf.length * 0.6)));
  assert.ok(cut && cut.length > 0 && FORWARDED_HTML_RTF.startsWith(latin1(cut)!));
  assert.doesNotThrow(() => rtfToText(cut));
  // RTF broken anywhere: unbalanced groups, a lone backslash, bad escapes, a \bin past the end
  for (const broken of ['{\\rtf1 {{{ abc', '}}}} abc', '{\\rtf1 abc\\', "{\\rtf1 \\'zz\\'4", '{\\rtf1\\bin99999 x', '{\\rtf1\\u', '{\\*']) {
    assert.equal(typeof rtfToText(Buffer.from(broken, 'latin1')), 'string');
  }
  assert.equal(rtfToText(Buffer.from('{\\rtf1 {{{ abc', 'latin1')), ' abc');
  // the .msg with a cut or damaged RTF body: a result each time
  const random = prng(1009);
  for (let i = 0; i < 200; i++) {
    const bad = rtf.slice(0, 16 + Math.floor(random() * (rtf.length - 16)));
    for (let k = 0; k < Math.floor(random() * 4); k++) bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
    // COMPSIZE and RAWSIZE lie too, sometimes
    if (random() < 0.3) new DataView(bad.buffer).setUint32(4, Math.floor(random() * 2 ** 32), true);
    assert.doesNotThrow(() => decompressRtf(bad));
    const results = await analyze(forwarded(bad), { lang: 'en' });
    assert.ok(results.length >= 1);
  }
});
