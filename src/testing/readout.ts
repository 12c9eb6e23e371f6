/** One shared, lazily built Readout for tests (building it loads all data once). */
import assert from 'node:assert/strict';
import { createReadout, type Readout } from '../readout.js';

let shared: Readout | null = null;

export function testReadout(): Readout {
  shared ??= createReadout();
  return shared;
}

/** Codes `text` (with an article date) and returns the result contract. */
export function code(text: string, date = '2019-11-20') {
  return testReadout().code({ text, date });
}

/** The entity name and rule each mention written `word` resolves to, in text order. */
export function mentionsOf(text: string, word: string) {
  return code(text).entities.flatMap((e) =>
    e.mentions.filter((m) => m.text === word).map((m) => ({ at: m.start, name: e.name, rule: m.rule }))).sort((a, b) => a.at - b.at);
}

/** Each quote's source and cue as written (null when absent), for asserting speaker spans. */
export function sourceCues(text: string, date = '2019-09-16'): [string | null, string | null][] {
  return code(text, date).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null]);
}

/** Asserts that some quote in `text` has exactly this source and cue. */
export function hasSourceCue(text: string, source: string, cue: string): void {
  const found = sourceCues(text);
  assert.ok(found.some(([s, c]) => s === source && c === cue), JSON.stringify(found));
}
