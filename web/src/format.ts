/**
 * Formatting and colour scales shared by the views.
 */
import type { ActorRef } from './types.js';

export const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict',
};
export const QUAD_COLORS: Record<number, string> = { 1: '#8cc084', 2: '#2e7d4f', 3: '#f2a541', 4: '#c8402f' };

/** 12,345 */
export const num = (n: number): string => n.toLocaleString('en-US');

/** A Goldstein score with its sign: +3.4, -7.2, 0. */
export const score = (g: number): string => (g > 0 ? `+${g.toFixed(1)}` : g.toFixed(1));

function mix(a: number[], b: number[], t: number): string {
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

const RED = [200, 64, 47];
const GREY = [150, 154, 160];
const GREEN = [30, 130, 90];

/** Red for conflict (-10), grey for neutral, green for cooperation (+10). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 7));
  return t < 0 ? mix(GREY, RED, -t) : mix(GREY, GREEN, t);
}

/** The key an actor is known by in the API: its code, else its name. */
export const keyOf = (actor: ActorRef): string => actor.code ?? actor.name;

/** The route of an actor's page. */
export const actorRoute = (key: string): string => `/actor/${encodeURIComponent(key)}`;

/** "2017-09" → "Sep 2017" */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}` : String(y);
}

/** Shortens text to `max` characters with an ellipsis. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
