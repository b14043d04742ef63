import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { REASONS } from '../src/types.js';
import { BASIC_CODES, BASIC_CODE_BY_ID, type BasicCode } from '../src/knowledge/basic-codes.js';
import { basicCodes as en } from '../src/i18n/en/basic-codes.js';
import { basicCodes as ptBR } from '../src/i18n/pt-BR/basic-codes.js';
import type { CodeText } from '../src/i18n/types.js';

const catalogs: Record<string, Record<BasicCode, CodeText>> = { en, 'pt-BR': ptBR };

/** Every code of the seed article (its "510/511" entry is two codes). */
const SEED_CODES = [
  '101', '111', '211', '214', '220', '221', '250', '251', '252', '354', '420', '421', '422', '431',
  '432', '441', '442', '446', '447', '449', '450', '451', '452', '471', '500', '501', '502', '503',
  '504', '510', '511', '512', '513', '523', '530', '541', '550', '551', '552', '553', '554',
];

/** Codes some RFC defines as replies, added to the seed's. */
const RFC_CODES = ['455', '555', '521', '556', '235', '334', '454', '534', '535', '538'];

/** Seed codes that no RFC defines. */
const NON_STANDARD = [
  '101', '111', '420', '422', '431', '441', '442', '446', '447', '449', '471', '510', '511', '512', '513', '523', '541',
];

/** Sentences: split after . ! ? followed by a space or the end ("5.1.1" stays whole). */
function sentences(s: string): string[] {
  return s.split(/(?<=[.!?])(?:\s+|$)/).filter((x) => x.trim() !== '');
}

test('every seed code and every added RFC code has exactly one row', () => {
  const codes = BASIC_CODES.map((r) => r.code);
  assert.equal(new Set(codes).size, codes.length, 'duplicate code');
  for (const c of [...SEED_CODES, ...RFC_CODES]) assert.ok(codes.includes(c as BasicCode), `missing ${c}`);
  assert.equal(BASIC_CODE_BY_ID.size, codes.length);
  for (const row of BASIC_CODES) assert.equal(BASIC_CODE_BY_ID.get(row.code), row);
  for (const c of codes) assert.match(c, /^[1-5]\d\d$/);
});

test('kind agrees with the first digit; 1xx are transient', () => {
  const byDigit: Record<string, string> = { '1': 'transient', '2': 'success', '3': 'intermediate', '4': 'transient', '5': 'permanent' };
  for (const row of BASIC_CODES) assert.equal(row.kind, byDigit[row.code[0]!], row.code);
});

test('standard rows name an RFC, registry-only rows RFC 5248, non-standard rows have rfc null', () => {
  for (const row of BASIC_CODES) {
    if (row.standard) assert.match(row.rfc ?? '', /^RFC \d{4}\b/, row.code);
    else if ('registryOnly' in row) assert.equal(row.rfc, 'RFC 5248', row.code);
    else assert.equal(row.rfc, null, row.code);
  }
  for (const c of NON_STANDARD) assert.equal(BASIC_CODE_BY_ID.get(c)?.standard, false, c);
  // Codes that are easy to get wrong: these ARE in an RFC.
  for (const c of ['432', '530', '551', '553', '251', '252', '521', '556', '454']) {
    assert.equal(BASIC_CODE_BY_ID.get(c)?.standard, true, c);
  }
  assert.match(BASIC_CODE_BY_ID.get('432')!.rfc!, /RFC 4954/);
  assert.match(BASIC_CODE_BY_ID.get('530')!.rfc!, /RFC 3207/);
  assert.match(BASIC_CODE_BY_ID.get('530')!.rfc!, /RFC 4954/);
  assert.match(BASIC_CODE_BY_ID.get('556')!.rfc!, /RFC 7504/);
});

test('source is "seed" for the seed codes and an RFC for the others', () => {
  for (const row of BASIC_CODES) {
    if (SEED_CODES.includes(row.code)) assert.equal(row.source, 'seed', row.code);
    else assert.match(row.source, /^RFC \d{4}/, row.code);
  }
});

test('reasons are Sisimai reason names or null, and the telling codes have the expected one', () => {
  for (const row of BASIC_CODES) {
    if (row.reason !== null) assert.ok((REASONS as readonly string[]).includes(row.reason), `${row.code}: ${row.reason}`);
  }
  const expected: Record<string, string | null> = {
    '101': 'networkerror', '111': 'networkerror', '250': 'delivered', '251': 'delivered', '252': null, '354': null,
    '421': null, '510': 'userunknown', '511': 'userunknown', '512': 'hostunknown', '523': 'emailtoolarge',
    '530': 'securityerror', '535': 'securityerror', '550': null, '552': 'mailboxfull', '554': null,
    '521': 'notaccept', '556': 'notaccept',
  };
  for (const [code, reason] of Object.entries(expected)) assert.equal(BASIC_CODE_BY_ID.get(code)?.reason, reason, code);
  // A success or intermediate code never carries a failure reason.
  for (const row of BASIC_CODES) {
    if (row.kind === 'success' || row.kind === 'intermediate') assert.ok(row.reason === null || row.reason === 'delivered', row.code);
  }
});

test('both catalogs have exactly the table codes, with non-empty texts of the right size', () => {
  const codes = BASIC_CODES.map((r) => r.code).sort();
  for (const [lang, cat] of Object.entries(catalogs)) {
    assert.deepEqual(Object.keys(cat).sort(), codes, lang);
    for (const code of codes) {
      const t = cat[code];
      for (const field of ['title', 'meaning', 'advice'] as const) {
        assert.ok(t[field].trim().length > 0, `${lang} ${code} ${field} empty`);
        assert.equal(t[field], t[field].trim(), `${lang} ${code} ${field}: stray spaces`);
        assert.ok(!/\s{2,}/.test(t[field]), `${lang} ${code} ${field}: double space`);
      }
      assert.ok(t.title.length <= 60, `${lang} ${code}: title longer than 60`);
      assert.ok(!/[.:;,]$/.test(t.title), `${lang} ${code}: title ends with punctuation`);
      for (const field of ['meaning', 'advice'] as const) {
        const n = sentences(t[field]).length;
        assert.ok(n >= 1 && n <= 3, `${lang} ${code} ${field}: ${n} sentences`);
        assert.match(t[field], /[.!?"]$/, `${lang} ${code} ${field}: no final period`);
      }
    }
  }
});

test('pt-BR texts are not copies of the en ones, and use Portuguese accents', () => {
  for (const row of BASIC_CODES) {
    for (const field of ['title', 'meaning', 'advice'] as const) {
      assert.notEqual(ptBR[row.code][field], en[row.code][field], `${row.code} ${field}`);
    }
  }
  const all = Object.values(ptBR).map((t) => `${t.title} ${t.meaning} ${t.advice}`).join(' ');
  assert.match(all, /[áàâãéêíóôõúç]/);
  // Many rows should have accents, not just one.
  const withAccent = Object.values(ptBR).filter((t) => /[áàâãéêíóôõúç]/.test(t.meaning + t.advice)).length;
  assert.ok(withAccent >= BASIC_CODES.length / 2, `only ${withAccent} pt-BR rows have accents`);
  // Words of Portugal, not Brazil.
  assert.doesNotMatch(all, /(?<!\p{L})(contactar|contacte|ficheiro|registo|utilizador|ecrã|equipa)(?!\p{L})/iu);
});

test('2xx and 3xx texts say they are not errors; non-standard texts say no RFC defines them', () => {
  for (const row of BASIC_CODES) {
    if (row.kind === 'success' || row.kind === 'intermediate') {
      assert.match(en[row.code].meaning, /^Not an error/, `en ${row.code}`);
      assert.match(ptBR[row.code].meaning, /^Não é um erro/, `pt-BR ${row.code}`);
    }
    if ('registryOnly' in row) {
      assert.match(en[row.code].meaning, /IANA registry/, `en ${row.code}`);
      assert.match(ptBR[row.code].meaning, /registro da IANA/, `pt-BR ${row.code}`);
    } else if (!row.standard) {
      assert.match(en[row.code].meaning, /No RFC defines|no RFC defines/, `en ${row.code}`);
      assert.match(ptBR[row.code].meaning, /Nenhuma RFC define|nenhuma RFC o define/, `pt-BR ${row.code}`);
    }
  }
});

test('ETRN (RFC 1985), ATRN (RFC 2645) and RFC 5248 codes name their RFC, not "no RFC"', () => {
  for (const [code, rfc] of [['253', 'RFC 1985'], ['458', 'RFC 1985'], ['459', 'RFC 1985'], ['453', 'RFC 2645']] as const) {
    const row = BASIC_CODE_BY_ID.get(code);
    assert.equal(row?.standard, true, code);
    assert.match(row!.rfc!, new RegExp(`^${rfc}`), code);
    assert.doesNotMatch(ptBR[code as BasicCode].meaning, /Nenhuma RFC/, code);
    assert.doesNotMatch(en[code as BasicCode].meaning, /No RFC/, code);
  }
  // 5.7.13 after a successful AUTH: the sender's own account, not a wrong password nor the recipient's
  assert.match(en['525' as BasicCode].meaning, /^Your username and password were accepted/);
  assert.match(ptBR['525' as BasicCode].meaning, /^O usuário e a senha foram aceitos/);
});

test('every basic code the IANA registry pairs with an enhanced code has a row; unless an RFC defines it, the text says it is only the registry\'s', () => {
  const TSV = new URL('../../shared/reference/iana-enhanced-status-codes.tsv', import.meta.url);
  let text: string;
  try { text = readFileSync(TSV, 'utf8'); } catch { return; }
  const paired = new Set(text.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('code\t'))
    .flatMap((l) => (l.split('\t')[2] ?? '').split(',').map((c) => c.trim())).filter((c) => /^\d{3}$/.test(c)));
  assert.ok(paired.size > 30);
  for (const code of paired) {
    const row = BASIC_CODE_BY_ID.get(code);
    assert.ok(row, `missing ${code}`);
    if (!row.standard && row.source !== 'seed') {
      assert.match(en[code as BasicCode].meaning, /IANA registry/, code);
      assert.match(ptBR[code as BasicCode].meaning, /registro da IANA/, code);
    }
  }
});

test('552 for too many recipients is temporary (RFC 5321 §4.5.3.1.10)', () => {
  assert.match(en['552'].meaning, /§4\.5\.3\.1\.10[^.]*temporary/);
  assert.match(ptBR['552'].meaning, /§4\.5\.3\.1\.10[^.]*temporária/);
});

test('525 5.7.13: the RFC 5248 sense first, then the disabled recipient some servers mean; not telling alone', () => {
  // Sisimai's lhost-sendmail-35 and lhost-dragonfly-27: "525 5.7.13 ... Disabled recipient address" at RCPT TO
  assert.equal(BASIC_CODE_BY_ID.get('525')?.reason, null);
  assert.match(en['525' as BasicCode].meaning, /Some servers also .*recipient.*Disabled recipient address/);
  assert.match(ptBR['525' as BasicCode].meaning, /Alguns servidores também .*destinatário.*Disabled recipient address/);
  assert.match(en['525' as BasicCode].advice, /about the recipient/);
  assert.match(ptBR['525' as BasicCode].advice, /falar do destinatário/);
});

test('the reply codes only the IANA registry lists (RFC 5248) are told alike: registry only, no protocol RFC (codes audit 9)', async () => {
  const { describeBasicCode } = await import('../src/explain/describe-code.js');
  const { codeInfo, codeList } = await import('../src/explain/code-info.js');
  const REGISTRY_ONLY = ['422', '430', '523', '524', '525', '533'];
  for (const code of REGISTRY_ONLY) {
    const row = BASIC_CODE_BY_ID.get(code)!;
    assert.equal(row.standard, false, code);
    assert.ok('registryOnly' in row && row.registryOnly, code);
    assert.equal(row.rfc, 'RFC 5248', code);
    assert.match(describeBasicCode(code, 'en')!.standardText, /^listed in the IANA registry \(RFC 5248\).*no protocol RFC/, code);
    assert.match(describeBasicCode(code, 'pt-BR')!.standardText, /^consta do registro da IANA \(RFC 5248\).*nenhuma RFC de protocolo/, code);
    assert.equal(codeInfo(code, 'en')?.registryOnly, true, code);
    assert.equal(codeList('en').basic.find((e) => e.code === code)?.registryOnly, true, code);
  }
  // no other code is
  for (const row of BASIC_CODES) if (!REGISTRY_ONLY.includes(row.code)) assert.ok(!('registryOnly' in row), row.code);
  assert.equal(codeInfo('550', 'en')?.registryOnly, false);
});
