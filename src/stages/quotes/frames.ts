/**
 * Attribution frames found after the main cue classes, each in its own module: purpose
 * infinitives, responses, catenative chains, documents and "with" phrases before a participle,
 * reduced passives, object relatives, criticism faced, noun frames and stance frames. Each sees the quotes found before it.
 */
import type { Quote } from '../../doc/types.js';
import { findInfinitives } from './infinitives.js';
import { findResponses } from './responses.js';
import { findCatenatives } from './catenatives.js';
import { findPredicatives } from './predicatives.js';
import { findDocumentParticiples } from './document-participles.js';
import { findAbsolutes } from './absolutes.js';
import { findReducedPassives } from './reduced-passives.js';
import { findObjectRelatives } from './object-relatives.js';
import { findFacedCriticism } from './noun-cues.js';
import { findNounFrames } from './noun-frames.js';
import { findStanceFrames } from './stance-frames.js';
import type { QuoteContext } from './speakers.js';

const FINDERS = [findInfinitives, findResponses, findCatenatives, findPredicatives, findDocumentParticiples, findAbsolutes, findReducedPassives, findObjectRelatives, findFacedCriticism, findNounFrames, findStanceFrames];

/** Runs the frame finders in order; each skips cues and reports the ones before it found. */
export function findFrames(ctx: QuoteContext, found: Quote[], inDirect: (offset: number) => boolean): Quote[] {
  const out: Quote[] = [];
  for (const find of FINDERS) out.push(...find(ctx, [...found, ...out], inDirect));
  return out;
}
