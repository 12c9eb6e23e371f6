/**
 * Errors the API answers with: a status, a stable code, the field concerned (for bad
 * parameters) and a one-line message. Every error body is `{ error: { code, message, field? } }`.
 */

export type HttpErrorCode =
  | 'E_PARAM' | 'E_BODY' | 'E_TOO_LARGE' | 'E_MEDIA_TYPE' | 'E_NOT_FOUND' | 'E_UNAUTHORIZED' | 'E_HOST' | 'E_INTERNAL';

/** An error with the HTTP status to answer it with. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 500,
    readonly code: HttpErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  /** The JSON body of the response. */
  toJSON(): { error: { code: string; message: string; field?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}
