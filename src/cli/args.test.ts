import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, parseCount, parseDate, parseSize } from './args.js';

describe('argument helpers', () => {
  it('parses sizes with units', () => {
    assert.equal(parseSize('1000', 'max-bytes'), 1000);
    assert.equal(parseSize('512KB', 'max-bytes'), 512 * 1024);
    assert.equal(parseSize('1.5mb', 'max-bytes'), 1.5 * 1024 * 1024);
    assert.throws(() => parseSize('big', 'max-bytes'), { code: 'E_USAGE', message: /--max-bytes must be a size/ });
  });

  it('parses counts and dates strictly', () => {
    assert.equal(parseCount('0', 'limit'), 0);
    assert.throws(() => parseCount('-1', 'limit'), { code: 'E_USAGE' });
    assert.throws(() => parseCount('2.5', 'limit'), { code: 'E_USAGE' });
    assert.equal(parseDate('2017-09', 'from'), '2017-09');
    assert.throws(() => parseDate('Sept 2017', 'from'), { code: 'E_USAGE' });
  });

  it('turns parseArgs errors into short usage errors naming the command', () => {
    assert.throws(() => parse('events', ['--nope'], {}), { code: 'E_USAGE', command: 'events', message: "Unknown option '--nope'" });
    assert.throws(() => parse('events', ['stray'], {}), { code: 'E_USAGE' });
    assert.deepEqual(parse('ingest', ['a', '--db', 'x.db'], { db: { type: 'string' } }, true).positionals, ['a']);
  });
});
