/**
 * Argument parsing on node:util parseArgs, turning its errors into short usage errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** parseArgs option declarations. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; unknown options and missing values are usage errors. */
export function parse<T extends Options>(command: string, args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true });
  } catch (error) {
    // parseArgs messages run on with advice about "--"; the first sentence is the point.
    const message = (error as Error).message.split(/\.\s/)[0].replace(/\.$/, '');
    throw new UsageError(message, command);
  }
}

/** A whole number >= min from an option value. */
export function parseCount(value: string, option: string, min = 0): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${option} must be a whole number >= ${min}, not "${value}"`);
  return Number(value);
}

/** A byte size such as 500000, 512KB or 20MB. */
export function parseSize(value: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--${option} must be a size like 20MB, 512KB or 1000000, not "${value}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.floor(Number(m[1]) * scale);
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** An ISO date or prefix (2017, 2017-09, 2017-09-01). */
export function parseDate(value: string, option: string): string {
  if (!DATE.test(value)) throw new UsageError(`--${option} must be a date like 2017, 2017-09 or 2017-09-01, not "${value}"`);
  return value;
}
