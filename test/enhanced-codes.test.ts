import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import {
  ENHANCED_CLASSES,
  ENHANCED_CODES,
  ENHANCED_SUBJECTS,
  parseEnhanced,
} from '../src/knowledge/enhanced-codes.js';
import type { EnhancedCodeTexts } from '../src/knowledge/enhanced-codes.js';
import * as en from '../src/i18n/en/enhanced-codes.js';
import * as ptBR from '../src/i18n/pt-BR/enhanced-codes.js';
import { REASONS } from '../src/types.js';
import type { CodeText } from '../src/types.js';

const TSV = fileURLToPath(new URL('../../shared/reference/iana-enhanced-status-codes.tsv', import.meta.url));
const byCode = new Map<string, (typeof ENHANCED_CODES)[number]>(ENHANCED_CODES.map((r) => [r.code, r]));

test('every code of the IANA TSV is in the table, with its name, basic codes and RFC', { skip: !existsSync(TSV) && 'reference TSV not available' }, () => {
  const rows = readFileSync(TSV, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('code\t'))
    .map((l) => l.split('\t'));
  assert.ok(rows.length > 70, `expected the full registry, got ${rows.length} rows`);
  for (const [code, name, basic, rfc] of rows) {
    const row = byCode.get(code ?? '');
    assert.ok(row, `missing ${code}`);
    assert.equal(row.name, name, `name of ${code}`);
    assert.equal(row.rfc, rfc, `rfc of ${code}`);
    const basicCodes = (basic ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    assert.deepEqual([...row.basicCodes], basicCodes, `basic codes of ${code}`);
  }
  assert.equal(ENHANCED_CODES.length, rows.length, 'no code outside the registry');
});

test('important codes are present with the expected reason', () => {
  const expected: Record<string, string | null> = {
    'X.0.0': null,
    'X.1.1': 'userunknown',
    'X.1.2': 'hostunknown',
    'X.1.6': 'hasmoved',
    'X.1.10': 'notaccept',
    'X.2.2': 'mailboxfull',
    'X.2.3': 'emailtoolarge',
    'X.3.4': 'emailtoolarge',
    'X.4.7': 'expired',
    'X.2.1': 'suspend',
    'X.3.3': 'contenterror',
    'X.5.3': 'ratelimited',
    'X.6.10': null, // a UTF-8 reply (RFC 6531), no malformed message: its own words show
    'X.7.1': 'securityerror',
    'X.7.13': 'rejected',
    'X.7.23': 'authfailure',
    'X.7.25': 'requireptr',
    'X.7.26': 'authfailure',
    'X.7.30': 'failedstarttls',
  };
  for (const [code, reason] of Object.entries(expected)) {
    const row = byCode.get(code);
    assert.ok(row, `missing ${code}`);
    assert.equal(row.reason, reason, `reason of ${code}`);
  }
});

test('table rows are well formed and unique', () => {
  assert.equal(byCode.size, ENHANCED_CODES.length, 'duplicate code');
  for (const row of ENHANCED_CODES) {
    assert.match(row.code, /^X\.[0-7]\.\d{1,2}$/, row.code);
    assert.ok(row.name.length > 0, row.code);
    assert.match(row.rfc, /^(RFC \d+|draft-)/, row.code);
    for (const b of row.basicCodes) assert.match(b, /^(\d{3}|5XX|any)$/, `${row.code} basic ${b}`);
    if (row.reason !== null) assert.ok((REASONS as readonly string[]).includes(row.reason), `${row.code}: ${row.reason}`);
  }
  // Every subject has at least its generic X.n.0 row.
  for (const s of ENHANCED_SUBJECTS) assert.ok(byCode.has(`X.${s}.0`), `X.${s}.0`);
  assert.deepEqual([...ENHANCED_CLASSES], ['2', '4', '5']);
});

test('parseEnhanced reads valid codes', () => {
  const p = parseEnhanced('5.1.1');
  assert.ok(p);
  assert.equal(p.cls, '5');
  assert.equal(p.subject, '1');
  assert.equal(p.detail, '1');
  assert.equal(p.fact?.code, 'X.1.1');
  assert.equal(p.fact?.reason, 'userunknown');

  const t = parseEnhanced('4.7.26');
  assert.equal(t?.cls, '4');
  assert.equal(t?.fact?.code, 'X.7.26');

  assert.equal(parseEnhanced('2.0.0')?.fact?.code, 'X.0.0');
  assert.equal(parseEnhanced('5.1.10')?.fact?.code, 'X.1.10');

  // Well formed but not registered: parsed, no fact.
  const unreg = parseEnhanced('4.7.650');
  assert.ok(unreg);
  assert.equal(unreg.cls, '4');
  assert.equal(unreg.subject, '7');
  assert.equal(unreg.detail, '650');
  assert.equal(unreg.fact, undefined);
  assert.equal(parseEnhanced('5.9.9')?.fact, undefined);
  assert.equal(parseEnhanced('5.9.9')?.subject, '9');

  // Surrounding white space is tolerated.
  assert.equal(parseEnhanced(' 5.2.2\n')?.fact?.code, 'X.2.2');
});

test('parseEnhanced drops leading zeros so the lookup still works', () => {
  const p = parseEnhanced('5.01.001');
  assert.ok(p);
  assert.equal(p.subject, '1');
  assert.equal(p.detail, '1');
  assert.equal(p.fact?.code, 'X.1.1');
  assert.equal(parseEnhanced('4.007.010')?.fact?.code, 'X.7.10');
  assert.equal(parseEnhanced('5.0.0')?.detail, '0');
});

test('parseEnhanced rejects anything that is not exactly class.subject.detail', () => {
  for (const bad of [
    '3.1.1', // class must be 2, 4 or 5
    '1.1.1',
    '6.0.0',
    '5.1', // too few parts
    '5',
    '5.1.1.1', // too many parts: not an enhanced code
    '5.1.1000', // four-digit part
    '5.1000.1',
    '55.1.1', // class is one digit
    '550 5.1.1', // leading junk
    'x5.1.1',
    '5.1.1 user unknown', // trailing junk
    '5.1.1.',
    '5..1',
    '5.a.1',
    'X.1.1', // the class-independent form is a table key, not a status
    '',
  ]) {
    assert.equal(parseEnhanced(bad), null, JSON.stringify(bad));
  }
});

const catalogs = { en: en.enhancedCodes, 'pt-BR': ptBR.enhancedCodes } as Record<string, Record<string, CodeText>>;

test('every code has a title, meaning and advice in both languages', () => {
  for (const [locale, cat] of Object.entries(catalogs)) {
    assert.deepEqual(Object.keys(cat).sort(), ENHANCED_CODES.map((r) => r.code).sort(), `${locale} keys`);
    for (const row of ENHANCED_CODES) {
      const t = cat[row.code];
      assert.ok(t, `${locale} ${row.code}`);
      const where = `${locale} ${row.code}`;
      assert.ok(t.title.trim().length > 0 && t.title.length <= 60, `${where} title length`);
      assert.ok(!t.title.endsWith('.'), `${where} title ends with a period`);
      assert.ok(t.meaning.trim().length >= 20, `${where} meaning`);
      assert.ok(t.advice.trim().length >= 10, `${where} advice`);
      for (const s of [t.meaning, t.advice]) {
        assert.match(s, /[.!?]$/, `${where} sentence end`);
        const sentences = s.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ú])/).length;
        assert.ok(sentences <= 2, `${where}: at most 2 sentences, got ${sentences}: ${s}`);
        assert.doesNotMatch(s, /\s{2,}|\s[,.;:]/, `${where} spacing`);
      }
    }
  }
});

test('the two languages are really different texts', () => {
  for (const row of ENHANCED_CODES) {
    const a = en.enhancedCodes[row.code];
    const b = ptBR.enhancedCodes[row.code];
    assert.notEqual(a.title, b.title, `${row.code} title`);
    assert.notEqual(a.meaning, b.meaning, `${row.code} meaning`);
    assert.notEqual(a.advice, b.advice, `${row.code} advice`);
  }
  for (const c of ENHANCED_CLASSES) {
    assert.ok(en.enhancedClasses[c].length > 10 && ptBR.enhancedClasses[c].length > 10, c);
    assert.notEqual(en.enhancedClasses[c], ptBR.enhancedClasses[c], c);
  }
  for (const s of ENHANCED_SUBJECTS) {
    assert.ok(en.enhancedSubjects[s].length > 0 && ptBR.enhancedSubjects[s].length > 0, s);
    assert.notEqual(en.enhancedSubjects[s], ptBR.enhancedSubjects[s], s);
  }
});

test('pt-BR text avoids Portugal-Portuguese words and keeps key terms', () => {
  const all = Object.values(ptBR.enhancedCodes).flatMap((t) => [t.title, t.meaning, t.advice]).join('\n');
  assert.doesNotMatch(all, /\b(contactar|ficheiro|registo|utilizador|ecrã|telemóvel)\b/i);
  assert.match(ptBR.enhancedCodes['X.7.25'].meaning, /DNS reverso \(PTR\)/);
  assert.match(ptBR.enhancedCodes['X.7.26'].meaning, /SPF, DKIM e DMARC/);
  assert.match(ptBR.enhancedCodes['X.1.10'].meaning, /null MX/);
  assert.match(en.enhancedCodes['X.7.25'].meaning, /PTR/);
});

test('a code whose advice is written for its temporary class has advice of its own as a permanent failure, in both languages', async () => {
  const { describeCode } = await import('../src/explain/describe-code.js');
  const ptCodes: Record<string, CodeText> = ptBR.enhancedCodes;
  const enCodes: Record<string, CodeText> = en.enhancedCodes;
  for (const code of Object.keys(ptCodes)) {
    assert.equal(ptCodes[code]!.permanentAdvice === undefined, enCodes[code]!.permanentAdvice === undefined, `${code}: permanentAdvice in one language only`);
  }
  for (const code of ['5.4.1', '5.4.2', '5.4.3', '5.4.5']) {
    assert.doesNotMatch(describeCode(code, 'pt-BR')!.advice, /passageiro|novas tentativas|faz isso sozinho|aguarde/, code);
    assert.doesNotMatch(describeCode(code, 'en')!.advice, /usually temporary|retried automatically|retries on its own|does this on its own/, code);
  }
  // the temporary class keeps its words
  assert.match(describeCode('4.4.1', 'pt-BR')!.advice, /passageiro/);
});

test('a class-4 code is explained as temporary: no "stop sending", "will not work" or "gave up"', async () => {
  const { describeCode } = await import('../src/explain/describe-code.js');
  const pt = (c: string) => describeCode(c, 'pt-BR')!;
  const eng = (c: string) => describeCode(c, 'en')!;
  assert.doesNotMatch(pt('4.1.1').advice, /Não continue enviando/);
  assert.doesNotMatch(eng('4.1.1').advice, /Do not keep sending/);
  assert.doesNotMatch(pt('4.1.6').advice, /não vai adiantar/);
  assert.doesNotMatch(eng('4.1.6').advice, /will not work/);
  assert.doesNotMatch(pt('4.4.7').meaning, /desistiu/);
  assert.doesNotMatch(eng('4.4.7').meaning, /gave up/);
  // the permanent failure keeps its words
  assert.match(pt('5.1.1').advice, /Não continue enviando/);
  assert.match(eng('5.4.7').meaning, /gave up/);
  // every detail marked as worded for the permanent failure reads its variant in class 4, in both languages
  for (const row of ENHANCED_CODES.filter((r) => 'permanentWording' in r)) {
    for (const [describe, texts] of [[pt, ptBR.enhancedCodes], [eng, en.enhancedCodes]] as const) {
      const variant: { meaning?: string; advice?: string } = texts[row.code].transient;
      const four = describe(row.code.replace('X', '4'));
      assert.ok(variant.meaning || variant.advice, row.code);
      if (variant.meaning) assert.ok(four.meaning.includes(variant.meaning), row.code);
      if (variant.advice) assert.equal(four.advice, variant.advice, row.code);
    }
  }
});

test('the class-4 variant is required by the types exactly where the row says permanentWording', () => {
  const plain: CodeText = { title: 't', meaning: 'm', advice: 'a' };
  const withVariant = { ...plain, transient: { advice: 'a4' } };
  const texts: EnhancedCodeTexts = { ...en.enhancedCodes };
  // @ts-expect-error X.1.1 is worded for the permanent failure: its class-4 variant cannot be left out
  texts['X.1.1'] = plain;
  // @ts-expect-error X.0.0 is class-neutral: a variant there would never be read
  texts['X.0.0'] = withVariant;
  texts['X.1.1'] = withVariant;
  assert.ok(ENHANCED_CODES.some((r) => 'permanentWording' in r));
});

test('success-only details are exactly the rows the registry pairs with 2xx replies only', () => {
  for (const row of ENHANCED_CODES) {
    const onlyTwo = row.basicCodes.length > 0 && row.basicCodes.every((c) => c.startsWith('2'));
    assert.equal('successOnly' in row, onlyTwo, row.code);
  }
});

test('a success-only detail with class 4 or 5 is called inconsistent, not "not an error"', async () => {
  const { describeCode } = await import('../src/explain/describe-code.js');
  for (const code of ['5.1.5', '4.1.5', '5.3.6', '4.6.4']) {
    const pt = describeCode(code, 'pt-BR')!;
    const eng = describeCode(code, 'en')!;
    assert.doesNotMatch(`${pt.meaning} ${pt.advice}`, /Não é um erro|Não é preciso fazer nada/, code);
    assert.doesNotMatch(`${eng.meaning} ${eng.advice}`, /not an error|Nothing to do/i, code);
    assert.match(pt.title, /incoerente/, code);
    assert.match(eng.meaning, new RegExp(`only exists in success replies, as 2\\.${code.slice(2)}`), code);
  }
  // as a success the detail keeps its own words: 2.6.4 says the conversion lost something
  assert.equal(describeCode('2.1.5', 'en')!.title, 'Recipient address is valid');
  assert.match(describeCode('2.6.4', 'pt-BR')!.meaning, /conversão perdeu/);
});

test('X.7.13 is the sender\'s own account, disabled after a successful login; X.1.9 is about message tracking', () => {
  // RFC 5248: "occurs after a successful authentication to a disabled account"; the recipient's mailbox is
  // only some servers' use ("525 5.7.13 ... Disabled recipient address"), said as such
  assert.match(ptBR.enhancedCodes['X.7.13'].meaning, /^O login \(AUTH\) deu certo[^.]*conta usada para enviar/);
  assert.match(en.enhancedCodes['X.7.13'].meaning, /^The login \(AUTH\) worked[^.]*account used to send/);
  assert.doesNotMatch(ptBR.enhancedCodes['X.7.13'].advice, /Se for a do destinatário/);
  assert.doesNotMatch(en.enhancedCodes['X.7.13'].advice, /If it is the recipient's/);
  // RFC 3886: "relayed to a system that does not speak this protocol" (message tracking), not delivery reports
  assert.match(en.enhancedCodes['X.1.9'].title, /message tracking/);
  assert.match(ptBR.enhancedCodes['X.1.9'].title, /rastreamento/);
  assert.doesNotMatch(en.enhancedCodes['X.1.9'].meaning, /delivery reports/);
  assert.doesNotMatch(ptBR.enhancedCodes['X.1.9'].meaning, /avisos de entrega/);
});

test('X.7.13 names the disabled recipient as some servers\' use, after the RFC sense', () => {
  assert.match(en.enhancedCodes['X.7.13'].meaning, /\. Some servers also[^.]*recipient[^.]*Disabled recipient address/);
  assert.match(ptBR.enhancedCodes['X.7.13'].meaning, /\. Alguns servidores também[^.]*destinatário[^.]*Disabled recipient address/);
});
