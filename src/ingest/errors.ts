/**
 * Typed ingest errors. Each carries a stable code and names the input it concerns; its
 * message is one line, "<input>: <reason>".
 */

export type IngestErrorCode =
  | 'E_NOT_FOUND'
  | 'E_READ'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_PARSE'
  | 'E_LANGUAGE';

/** A bad input: missing, unreadable, empty, binary, mis-encoded, too large or malformed. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** Path, `path:line`, `path[index]` or "-". */
  readonly input: string;
  readonly reason: string;
  constructor(code: IngestErrorCode, input: string, reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'IngestError';
    this.code = code;
    this.input = input;
    this.reason = reason;
  }
}

