/**
 * An error whose HTTP answer is already decided: the app's exception filter writes exactly this
 * status, body and headers. Services throw it when they know the documented envelope.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: object | string | null,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body && 'message' in body ? String(body.message) : `HTTP ${status}`);
    this.name = 'ApiError';
  }
}
