// The caches of the single-reply path give what the uncached functions give, whatever was asked first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeBasicCode, describeEnhancedCode } from '../src/explain/describe-code.js';
import { readStatus } from '../src/classify/status-reading.js';

test('a basic code asked of describeEnhancedCode first is still described by describeBasicCode', () => {
  assert.equal(describeEnhancedCode('551', 'en'), null);
  assert.equal(describeBasicCode('551', 'en')?.code, '551');
  assert.equal(describeBasicCode('5.1.2', 'pt-BR'), null);
  assert.equal(describeEnhancedCode('5.1.2', 'pt-BR')?.code, '5.1.2');
});

test('cached descriptions and readings are shared, so frozen', () => {
  assert.equal(describeBasicCode('550', 'en'), describeBasicCode('550', 'en'));
  assert.ok(Object.isFrozen(describeBasicCode('550', 'en')));
  assert.equal(readStatus('5.7.1'), readStatus('5.7.1'));
  assert.ok(Object.isFrozen(readStatus('5.7.1')));
  assert.deepEqual(readStatus('5.2.2'), {
    detail: 'X.2.2', reason: 'mailboxfull', registered: 'mailboxfull', reliable: true, ownAccount: false, catchAll: false, retryPermanent: null,
  });
  assert.equal(readStatus(''), null);
  assert.equal(readStatus('5.1'), null);
});
