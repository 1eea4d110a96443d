import type { Answer, RequestSpec } from './send';

/** Source positions, module paths or framework frames: what a leaked stack trace looks like. */
const STACK_TRACE =
  /(\n\s*at \S.*[(\s]\S+:\d+:\d+\)?)|node_modules[\\/]|\/work\/|\.ts:\d+:\d+|\bat (async )?[\w.<>]+ \(/;

export function stackTraceProblems(answer: Answer): string[] {
  return STACK_TRACE.test(answer.text) ? [`stack trace in the answer: ${answer.text.slice(0, 200)}`] : [];
}

export function contentType(answer: Answer): string {
  return String(answer.headers['content-type'] ?? '').toLowerCase();
}

/** The answer is JSON by its content type and parses; returns the problems (empty when it is). */
export function jsonProblems(answer: Answer): string[] {
  if (!contentType(answer).includes('json')) return [`content-type "${contentType(answer)}" is not JSON`];
  if (answer.json === undefined) return [`body is not valid JSON: ${answer.text.slice(0, 120)}`];
  return [];
}

/** `body` is an object whose keys are exactly `keys` (in any order), each of the given type. */
type FieldType = 'string' | 'number' | 'object' | 'string|number' | 'string|null';

export function shapeProblems(body: unknown, keys: Record<string, FieldType>): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['body is not a JSON object'];
  const record = body as Record<string, unknown>;
  const problems: string[] = [];
  const extra = Object.keys(record).filter((key) => !(key in keys));
  if (extra.length) problems.push(`unexpected fields ${extra.join(', ')}`);
  for (const [key, type] of Object.entries(keys)) {
    const value = record[key];
    const actual = value === null ? 'null' : typeof value;
    if (!type.split('|').includes(actual)) problems.push(`${key} is ${actual}, not ${type}`);
  }
  return problems;
}

/** Common to every app's answers under test: no 5xx, no stack trace; 4xx in the app's documented envelope. */
export function answerProblems(
  answer: Answer,
  request: RequestSpec,
  envelopeProblems: (answer: Answer, request: RequestSpec) => string[],
): string[] {
  const problems = stackTraceProblems(answer);
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (answer.status >= 400 && answer.status < 500) problems.push(...envelopeProblems(answer, request));
  return problems;
}
