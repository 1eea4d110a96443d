import { UpstreamBreaker, UpstreamError, type UpstreamResponse } from '@libs/upstream';
import { isLrsOutage } from './lrs-failure';

type Outcome<T> = { ok: true; result: T } | { ok: false; error: unknown };

const answer = <T>(status: number, outcome: Outcome<T>): UpstreamResponse<Outcome<T>> => ({
  status,
  headers: {},
  body: outcome,
  text: '',
});

/**
 * Runs one SOAP call through the shared upstream breaker, which counts timeouts and connection errors
 * itself. Other failures reach it as answers: 503 when they mean LRS is unavailable (`isLrsOutage`), 200
 * when LRS did answer (a SOAP fault, an unreadable 2xx), so that faults about one request never open the
 * circuit. The caller gets the call's own result or error back, or `UpstreamCircuitOpenError` at once
 * while the circuit is open.
 */
export async function throughBreaker<T>(breaker: UpstreamBreaker, call: () => Promise<T>): Promise<T> {
  const { body } = await breaker.run(async () => {
    try {
      return answer<T>(200, { ok: true, result: await call() });
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      return answer<T>(isLrsOutage(error) ? 503 : 200, { ok: false, error });
    }
  });
  const outcome = body as Outcome<T>;
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
