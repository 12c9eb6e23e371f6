/**
 * Errors the CLI reports as one line. A UsageError (bad arguments) exits 2; a CliError (a
 * user problem such as a missing sample folder) exits 1.
 */

/** Bad command-line arguments. */
export class UsageError extends Error {
  readonly code = 'E_USAGE';
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A problem the user can fix, reported without a stack trace. */
export class CliError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** True for errors from the user's input or environment rather than a bug: coded errors from ingest, store and CLI. */
export function isUserError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    ['UsageError', 'CliError', 'IngestError', 'StoreError'].includes(error.name) &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
