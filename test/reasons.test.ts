import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTORS, REASONS, type Reason } from '../src/types.js';
import { classify } from '../src/classify/classify.js';
import { HARD_BOUNCE_ONLY_IF_PERMANENT, HARD_BOUNCE_REASONS, isHardBounceReason, REASON_FACTS } from '../src/knowledge/reasons.js';
import { reasons as en } from '../src/i18n/en/reasons.js';
import { reasons as ptBR } from '../src/i18n/pt-BR/reasons.js';
import type { ReasonText } from '../src/i18n/types.js';

const RETRIES = ['no-need', 'automatic', 'later', 'after-fix', 'never'];
const catalogs: Record<string, Record<Reason, ReasonText>> = { en, 'pt-BR': ptBR };

/** Every text of a reason, its situation words (retrying, final) and afterHint included, by field path. */
function fields(t: ReasonText): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') out.push([k, v]);
    else for (const [k2, v2] of Object.entries(v as Record<string, string>)) out.push([`${k}.${k2}`, v2]);
  }
  return out;
}

/** Sentences: split after . ! ? followed by a space or the end ("5.7.1", "0.0.0.0" stay whole). */
function sentences(s: string): string[] {
  return s.split(/(?<=[.!?])(?:\s+|$)/).filter((x) => x.trim() !== '');
}

test('there are 34 reasons and every one has facts whose reason matches the key', () => {
  assert.equal(REASONS.length, 34);
  assert.deepEqual(Object.keys(REASON_FACTS).sort(), [...REASONS].sort());
  for (const r of REASONS) assert.equal(REASON_FACTS[r].reason, r, r);
});

test('actors are valid, not empty, without duplicates, and "none" stands alone', () => {
  for (const r of REASONS) {
    const actors: readonly string[] = REASON_FACTS[r].actors;
    assert.ok(actors.length > 0, r);
    assert.equal(new Set(actors).size, actors.length, `${r}: duplicate actor`);
    for (const a of actors) assert.ok((ACTORS as readonly string[]).includes(a), `${r}: bad actor ${a}`);
    if (actors.includes('none')) assert.deepEqual(actors, ['none'], r);
  }
  for (const r of ['delivered', 'vacation'] as const) assert.deepEqual(REASON_FACTS[r].actors, ['none']);
  // Someone must act on every failure, and on a complaint (the sender stops mailing).
  assert.deepEqual(REASON_FACTS.feedback.actors, ['sender']);
});

test('retry values are valid and consistent with the meaning of the reasons', () => {
  for (const r of REASONS) {
    const f = REASON_FACTS[r];
    assert.ok(RETRIES.includes(f.retryPermanent), r);
    assert.ok(RETRIES.includes(f.retryTransient), r);
    const success = r === 'delivered' || r === 'vacation';
    // 'no-need' is for non-failures only.
    assert.equal(f.retryPermanent === 'no-need', success, `${r}: retryPermanent`);
    assert.equal(f.retryTransient === 'no-need', success, `${r}: retryTransient`);
  }
  for (const r of ['userunknown', 'hostunknown', 'hasmoved', 'notaccept'] as const) {
    assert.equal(REASON_FACTS[r].retryPermanent, 'never', r);
  }
  assert.equal(REASON_FACTS.mailboxfull.retryPermanent, 'later');
  assert.equal(REASON_FACTS.mailboxfull.retryTransient, 'automatic');
  assert.equal(REASON_FACTS.blocked.retryPermanent, 'after-fix');
  // a disabled account is rarely turned back on: list owners remove it (no hard bounce, as Sisimai says)
  assert.equal(REASON_FACTS.suspend.retryPermanent, 'never');
  assert.equal(REASON_FACTS.suspend.retryTransient, 'automatic');
});

test('senderSide marks the causes on the sending side only', () => {
  const senderSide = REASONS.filter((r) => REASON_FACTS[r].senderSide);
  for (const r of ['authfailure', 'badreputation', 'blocked', 'ratelimited', 'requireptr', 'securityerror', 'failedstarttls', 'rejected', 'notcompliantrfc'] as const) {
    assert.ok(senderSide.includes(r), `${r} should be senderSide`);
  }
  for (const r of ['delivered', 'vacation', 'userunknown', 'mailboxfull', 'hostunknown', 'suspend', 'systemfull', 'systemerror', 'onhold', 'undefined'] as const) {
    assert.ok(!senderSide.includes(r), `${r} should not be senderSide`);
  }
  // A sender-side cause has someone on the sending side among its actors.
  for (const r of senderSide) {
    const actors: readonly string[] = REASON_FACTS[r].actors;
    assert.ok(actors.includes('sender') || actors.includes('sender-provider'), r);
  }
});

test('the classifier makes a hard bounce exactly where the table HARD_BOUNCE_REASONS says', () => {
  const hard: readonly string[] = HARD_BOUNCE_REASONS;
  const onlyPermanent: readonly string[] = HARD_BOUNCE_ONLY_IF_PERMANENT;
  for (const r of onlyPermanent) assert.ok(hard.includes(r), r);
  const seen = new Set<string>();
  // every reason, as a decoder's hint, in a failure given up on: a 5xx, and a 4xx the server stopped retrying
  for (const reasonHint of REASONS) {
    for (const [replyCode, status] of [['550', '5.0.0'], ['450', '4.0.0']] as const) {
      const v = classify({ replyCode, status, text: '', command: null, remoteHost: null, recipient: 'ana@example.com', action: 'failed', reasonHint });
      const failed = v.kind === 'permanent' || v.kind === 'transient';
      const expected = failed && hard.includes(v.reason) && (!onlyPermanent.includes(v.reason) || v.kind === 'permanent');
      assert.equal(v.hardBounce, expected, `${reasonHint} ${replyCode} -> ${v.reason} (${v.kind})`);
      // the classifier's rule is the table's own (knowledge/reasons.ts), once settled
      if (failed) assert.equal(v.hardBounce, isHardBounceReason(v.reason, v.kind), reasonHint);
      if (v.hardBounce) seen.add(v.reason);
      if (!v.hardBounce && hard.includes(v.reason)) seen.add(`${v.reason}:${v.kind}`);
    }
  }
  // every reason of the table was met as a hard bounce, and one only on a 5xx was met on a 4xx too
  for (const r of hard) assert.ok(seen.has(r), `${r} never read as a hard bounce`);
  for (const r of onlyPermanent) assert.ok(seen.has(`${r}:transient`), `${r} never read as a 4xx`);
});

for (const [locale, texts] of Object.entries(catalogs)) {
  test(`${locale}: every reason has a text and no extra key`, () => {
    assert.deepEqual(Object.keys(texts).sort(), [...REASONS].sort());
  });

  test(`${locale}: summaries are one complete line ending with a period`, () => {
    for (const [r, s] of REASONS.flatMap((r) => fields(texts[r]).filter(([f]) => f.endsWith('summary')).map(([f, v]) => [`${r}.${f}`, v] as const))) {
      assert.ok(!/[\r\n]/.test(s), `${r}: multi-line summary`);
      assert.match(s, /^[A-ZÀ-Ú]/, `${r}: summary must start with a capital`);
      assert.ok(s.endsWith('.'), `${r}: summary must end with a period`);
      assert.ok(s.length <= 120, `${r}: summary too long (${s.length})`);
    }
  });

  test(`${locale}: meaning and advice are 1 to 3 sentences, adminAdvice too when present`, () => {
    for (const r of REASONS) {
      for (const [field, value] of fields(texts[r]).filter(([f]) => !f.endsWith('summary'))) {
        const n = sentences(value).length;
        assert.ok(n >= 1 && n <= 3, `${r}.${field}: ${n} sentences`);
        assert.ok(/[.!?]$/.test(value), `${r}.${field}: must end with punctuation`);
      }
    }
  });

  test(`${locale}: no stray whitespace`, () => {
    for (const r of REASONS) {
      for (const [, v] of fields(texts[r])) {
        assert.equal(v, v.trim(), r);
        assert.ok(!/ {2}/.test(v), `${r}: double space`);
        assert.ok(!/ [,.;:]/.test(v), `${r}: space before punctuation`);
      }
    }
  });
}

test('pt-BR and en texts differ for every field, and adminAdvice exists in both or neither', () => {
  for (const r of REASONS) {
    const a: ReasonText = ptBR[r];
    const b: ReasonText = en[r];
    assert.notEqual(a.summary, b.summary, r);
    assert.notEqual(a.meaning, b.meaning, r);
    assert.notEqual(a.advice, b.advice, r);
    assert.equal(a.adminAdvice === undefined, b.adminAdvice === undefined, `${r}: adminAdvice in one language only`);
    if (a.adminAdvice !== undefined) assert.notEqual(a.adminAdvice, b.adminAdvice, r);
    // the words for a situation, and after a hint, exist in both languages or in neither
    const pt = new Map(fields(a));
    const enFields = new Map(fields(b));
    assert.deepEqual([...pt.keys()].sort(), [...enFields.keys()].sort(), r);
    for (const [f, v] of pt) assert.notEqual(v, enFields.get(f), `${r}.${f}`);
  }
});

test('pt-BR uses Brazilian wording', () => {
  // Portugal-Portuguese words and the unhyphenated "email" are wrong here.
  const wrong = /\b(contactar|contacto|ficheiros?|registos?|utilizador(es)?|ecrã|emails?|endereço de correio)\b/i;
  for (const r of REASONS) {
    for (const [, v] of fields(ptBR[r])) assert.doesNotMatch(v, wrong, r);
  }
  assert.equal(ptBR.userunknown.summary, 'O endereço do destinatário não existe.');
  assert.match(ptBR.requireptr.summary, /DNS reverso \(PTR\)/);
  assert.match(ptBR.mailboxfull.summary, /caixa postal/);
});
