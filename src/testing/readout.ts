/** One shared, lazily built Readout for tests (building it loads all data once). */
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
