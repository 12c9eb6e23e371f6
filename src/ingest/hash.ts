import { createHash } from 'node:crypto';

/** Converts CRLF and lone CR line endings to LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The content hash that identifies an article in a store: sha256 hex of its text with
 * line endings normalised, so the same article saved on Windows and Unix hashes alike.
 * @example contentHash('a\r\nb') === contentHash('a\nb')
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeNewlines(text), 'utf8').digest('hex');
}
