import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createProgress } from './progress.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  const stream = Object.assign(new Writable({ write(chunk, _e, done) { written.push(chunk.toString()); done(); } }), { isTTY, columns: 100 });
  return { stream, written };
}

describe('createProgress', () => {
  it('draws done/total and a rate on a terminal, then clears the line', () => {
    const { stream, written } = terminal(true);
    const progress = createProgress(stream, 4, 'ingest');
    progress.tick(1);
    progress.tick(4);
    progress.done();
    assert.match(written[0], /^\ringest \[#{6}\.{18}\] 1\/4 articles {2}[\d.]+\/s\x1b\[K$/);
    assert.match(written[1], /\] 4\/4 articles/);
    assert.equal(written.at(-1), '\r\x1b[K');
  });

  it('draws nothing when the stream is not a terminal', () => {
    const { stream, written } = terminal(false);
    const progress = createProgress(stream, 4, 'ingest');
    progress.tick(4);
    progress.done();
    assert.deepEqual(written, []);
  });
});
