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
