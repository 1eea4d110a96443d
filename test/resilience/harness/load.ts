import autocannon from 'autocannon';
import type { RequestSpec } from './send';

export interface LoadResult extends autocannon.Result {
  /** The first few failed answers, `METHOD path → status body`, to say what went wrong. */
  failedSamples: string[];
}

export interface LoadRun {
  /** Stops the load early (e.g. once readiness fails, as a load balancer would). */
  stop(): void;
  done: Promise<LoadResult>;
}

const FAILED_SAMPLES = 5;

function toAutocannonRequest(spec: RequestSpec, failedSamples: string[]): autocannon.Request {
  const headers = Object.fromEntries(spec.headers ?? []);
  const json = spec.body !== undefined && typeof spec.body !== 'string' && !Buffer.isBuffer(spec.body);
  if (json && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
    headers['content-type'] = 'application/json';
  return {
    method: spec.method as autocannon.Request['method'],
    path: spec.path,
    headers,
    body: spec.body === undefined ? undefined : json ? JSON.stringify(spec.body) : String(spec.body),
    onResponse: (status: number, body: string) => {
      if (status >= 400 && failedSamples.length < FAILED_SAMPLES)
        failedSamples.push(`${spec.method} ${spec.path} → ${status} ${body.slice(0, 200)}`);
    },
  };
}

/** A steady, bounded rate of the given requests in turn, over a few kept-alive connections (autocannon). */
export function startLoad(
  url: string,
  requests: RequestSpec[],
  options: { seconds: number; rate: number; connections?: number },
): LoadRun {
  const failedSamples: string[] = [];
  let finish: (error: Error | null, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<LoadResult>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve({ ...result, failedSamples }));
  });
  const instance = autocannon(
    {
      url,
      connections: options.connections ?? 4,
      overallRate: options.rate,
      duration: options.seconds,
      timeout: 10,
      requests: requests.map((spec) => toAutocannonRequest(spec, failedSamples)),
    },
    (error, result) => finish(error, result),
  );
  return { stop: () => instance.stop(), done };
}

/** What went wrong in a load run (empty when every request got a 2xx/3xx). */
export function loadProblems(result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.errors) problems.push(`${result.errors} connection errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.resets) problems.push(`${result.resets} resets`);
  if (result.non2xx)
    problems.push(
      `${result.non2xx} answers outside 2xx/3xx (${JSON.stringify(result.statusCodeStats)})`,
      ...result.failedSamples,
    );
  return problems;
}
