import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Io } from './io.js';
import { main } from './run.js';

/** An Io whose streams collect text; `failWrites` makes stdout throw like a broken device. */
function memoryIo(env: NodeJS.ProcessEnv = {}, failWrites = false) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[], fail: boolean) =>
    new Writable({
      write(chunk, _encoding, done) {
        if (fail) throw new Error('device on fire');
        into.push(chunk.toString());
        done();
      },
    });
  const io: Io = { stdout: sink(out, failWrites), stderr: sink(err, false), stdin: new PassThrough(), env };
  return { io, out, err };
}

describe('main (in process)', () => {
  it('reports an unexpected error in one line, with a hint, exit 1', async () => {
    const { io, err } = memoryIo({}, true);
    assert.equal(await main(['--version'], io), 1);
    assert.equal(err.join(''), 'readout: unexpected error: device on fire (set READOUT_DEBUG=1 for the stack trace)\n');
  });

  it('adds the stack trace under READOUT_DEBUG=1', async () => {
    const { io, err } = memoryIo({ READOUT_DEBUG: '1' }, true);
    assert.equal(await main(['--version'], io), 1);
    const text = err.join('');
    assert.match(text, /^readout: unexpected error: device on fire\nError: device on fire\n\s+at /);
  });

  it('shows help for "help COMMAND" and rejects unknown top-level options', async () => {
    const help = memoryIo();
    assert.equal(await main(['help', 'ingest'], help.io), 0);
    assert.match(help.out.join(''), /^Usage: readout ingest/);
    const bad = memoryIo();
    assert.equal(await main(['--frobnicate'], bad.io), 2);
    assert.equal(bad.err.join(''), 'readout: unknown option --frobnicate (see readout --help)\n');
  });
});
