/**
 * The dashboard's only way to the data: JSON over HTTP from the same server.
 */

export type Params = Record<string, string | number | boolean | undefined | null>;

/** An error answer from the API. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly field?: string) {
    super(message);
  }
}

/** The path with its non-empty parameters as a query string. */
export function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function answer<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { message?: string; field?: string } } | null)?.error;
    throw new ApiError(response.status, error?.message ?? `${response.status} ${response.statusText}`, error?.field);
  }
  return body as T;
}

/** GET a JSON resource. */
export async function get<T>(path: string, params?: Params): Promise<T> {
  return answer<T>(await fetch(withQuery(path, params), { headers: { accept: 'application/json' } }));
}

/** POST JSON, with the bearer token when there is one. */
export async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return answer<T>(await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) }));
}
