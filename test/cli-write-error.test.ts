// The line said when the output cannot be written: the common system errors in our words, in both
// languages, with their code; Node's English message only for a code we do not word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFailure } from '../src/cli/write-error.js';

/** An error as Node gives it for a failed write to standard output. */
function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}, write`), { code, syscall: 'write' });
}

test('a full disk, a read-only or forbidden place, a device error: our words in each language, the code in parentheses', () => {
  const cases = [
    ['ENOSPC', 'no space left on device', 'não há espaço livre no disco', 'no space left on the disk'],
    ['EACCES', 'permission denied', 'sem permissão de escrita', 'permission denied'],
    ['EPERM', 'operation not permitted', 'sem permissão de escrita', 'permission denied'],
    ['EROFS', 'read-only file system', 'o sistema de arquivos é somente leitura', 'the file system is read-only'],
    ['EIO', 'i/o error', 'erro de entrada e saída no dispositivo', 'input/output error on the device'],
    ['EDQUOT', 'disk quota exceeded', 'a cota de disco acabou', 'the disk quota is used up'],
    ['EFBIG', 'file too large', 'o arquivo chegou ao tamanho máximo permitido', 'the file reached the largest size allowed'],
    ['EPIPE', 'broken pipe', 'o programa que lia a saída fechou antes do fim', 'the program reading the output closed before the end'],
  ] as const;
  for (const [code, node, pt, en] of cases) {
    const error = systemError(code, node);
    assert.equal(writeFailure(error, 'pt-BR'), `não foi possível escrever a saída: ${pt} (${code})`);
    assert.equal(writeFailure(error, 'en'), `could not write the output: ${en} (${code})`);
  }
});

test('a code not worded here keeps the system\'s message, so that nothing is hidden', () => {
  const error = systemError('EBADF', 'bad file descriptor');
  assert.equal(writeFailure(error, 'pt-BR'), 'não foi possível escrever a saída: EBADF: bad file descriptor, write');
  // no code at all, or one named like an Object property
  assert.equal(writeFailure(new Error('stream destroyed'), 'en'), 'could not write the output: stream destroyed');
  assert.equal(writeFailure(systemError('toString', 'x'), 'en'), 'could not write the output: toString: x, write');
});
