/**
 * Discard phrases (imported from PETRARCH discard lists): a sentence holding a sentence
 * discard, or an article holding a story discard, is not coded for events ("typhoon",
 * "World Golf Championships"). Matching ignores case; a phrase starts at a word start
 * and, unless `exact`, may run on ("typhoon" matches "typhoons").
 */
import type { Doc } from '../doc/types.js';
import type { Discard } from './overlay-schema.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternOf(discards: Discard[]): RegExp | null {
  if (discards.length === 0) return null;
  const parts = discards.map((d) => escape(d.text).replace(/\s+/g, '\\s+') + (d.exact ? '(?![\\p{L}\\p{N}])' : ''));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'iu');
}

/** Compiles discards once; the result removes discarded events from a coded Doc. */
export function createDiscardFilter(discards: Discard[]): ((doc: Doc) => void) | null {
  const story = patternOf(discards.filter((d) => d.scope === 'story'));
  const sentence = patternOf(discards.filter((d) => d.scope === 'sentence'));
  if (!story && !sentence) return null;
  return (doc) => {
    if (!doc.events || doc.events.length === 0) return;
    if (story?.test(doc.text)) {
      doc.events = [];
      return;
    }
    if (!sentence) return;
    const sentences = doc.sentences ?? [];
    doc.events = doc.events.filter((e) => {
      const s = sentences[e.sentence];
      return !s || !sentence.test(doc.text.slice(s.start, s.end));
    });
  };
}
