// The CLI's output buffer (src/cli/io.ts): what goes in comes out as the same UTF-8 text, in order,
// whatever the sizes of the pieces, and a stream that asks to wait is waited for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { OutBuffer, type OutStream } from '../src/cli/io.js';
import { prng } from './prng.js';

/** A stream that keeps its chunks and, when `busy`, says "wait" and drains on the next tick. */
class Sink extends EventEmitter implements OutStream {
  chunks: Array<string | Uint8Array> = [];
  waits = 0;
  constructor(private readonly busy = false) {
    super();
  }
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === 'string' ? chunk : Uint8Array.from(chunk)); // a copy: the buffer may be reused
    if (!this.busy) return true;
    this.waits++;
    setImmediate(() => this.emit('drain'));
    return false;
  }
  get text(): string {
    return this.chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
  }
}

const PIECES = ['{"a":1}\n', 'ação, não ', '日本語のテキスト\n', '😀 emoji ', '', 'x'.repeat(70_000), 'é'.repeat(25_000), '\n'];

test('pieces of any size and script come out whole and in order', async () => {
  for (const busy of [false, true]) {
    const rand = prng(7);
    const sink = new Sink(busy);
    const out = new OutBuffer(sink);
    let expected = '';
    for (let i = 0; i < 400; i++) {
      const piece = PIECES[Math.floor(rand() * PIECES.length)]!.repeat(1 + Math.floor(rand() * 3));
      out.add(piece);
      expected += piece;
      if (out.due) await out.flush();
    }
    await out.flush();
    assert.equal(sink.text, expected);
    // chunks are large: far fewer writes than pieces
    assert.ok(sink.chunks.length < 400, `${sink.chunks.length} writes`);
    if (busy) assert.equal(sink.waits, sink.chunks.length);
  }
});

test('a piece too large for the buffer keeps its place after the bytes before it', async () => {
  const sink = new Sink();
  const out = new OutBuffer(sink);
  out.add('first\n');
  out.add('y'.repeat(100_000));
  out.add('last\n');
  assert.equal(out.due, true);
  await out.flush();
  assert.equal(sink.text, 'first\n' + 'y'.repeat(100_000) + 'last\n');
  assert.equal(typeof sink.chunks[0], 'object');
  assert.equal(out.due, false);
});

test('nothing gathered writes nothing', async () => {
  const sink = new Sink();
  const out = new OutBuffer(sink);
  out.add('');
  await out.flush();
  assert.deepEqual(sink.chunks, []);
});
