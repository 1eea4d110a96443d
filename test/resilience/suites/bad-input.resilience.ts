import fc from 'fast-check';
import { badInputCases } from '../harness/bad-input-cases';
import { CaseLog } from '../harness/case-log';
import { describeApps } from '../harness/describe-apps';
import { answerProblems } from '../harness/envelope-checks';
import { fetchOperations } from '../harness/openapi';
import { requestBase, specOf } from '../harness/request-base';
import { describeAnswer, describeRequest, send } from '../harness/send';
import { SETTINGS } from '../harness/settings';

describeApps((app) => {
  it(`answers ${SETTINGS.casesPerEndpoint} generated bad requests per endpoint with a documented 4xx envelope, never a 5xx or a stack trace, and leaves stored data unchanged`, async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    // What the app stored before the current case; undefined after an accepted request (it may store data).
    let stored = await target.storedState?.(world);
    for (const operation of operations) {
      const base = await requestBase(app(), operation);
      const cases = fc.sample(badInputCases(base), {
        numRuns: SETTINGS.casesPerEndpoint,
        seed: SETTINGS.seed,
      });
      // A safe method stores nothing, accepted or not: its cases are checked together, once, against the
      // state before them (a state read costs a database query and a queue receive, so reading it after
      // each of tens of thousands of cases was most of the run). A write is checked after each refusal.
      const safe = operation.method === 'GET' || operation.method === 'HEAD';
      if (target.storedState && stored === undefined) stored = await target.storedState(world);
      const before = stored;
      for (const [index, generated] of cases.entries()) {
        const label = `${operation.method} ${operation.path} [${generated.kind}] seed ${SETTINGS.seed} #${index}: ${describeRequest(generated.spec)}`;
        if (target.storedState && !safe && stored === undefined) stored = await target.storedState(world);
        try {
          const answer = await send(world.url, generated.spec);
          const problems = answerProblems(answer, generated.spec, target.envelopeProblems);
          if (target.storedState && !safe && answer.status >= 400) {
            const after = await target.storedState(world);
            if (after !== stored)
              problems.push(`stored data changed by a rejected request: ${stored} → ${after}`);
            stored = after;
          } else if (!safe) {
            stored = undefined;
          }
          log.check(`${label} → ${describeAnswer(answer)}`, problems);
        } catch (error) {
          if (!safe) stored = undefined;
          log.check(label, [`no answer: ${(error as Error).message}`]);
        }
      }
      if (target.storedState && safe) {
        stored = await target.storedState(world);
        log.check(
          `${operation.method} ${operation.path}: its ${cases.length} cases together → stored ${stored}`,
          stored === before
            ? []
            : [`stored data changed by ${operation.method} requests: ${before} → ${stored}`],
        );
      }
    }
    log.finish();
  });

  it('answers a body over the limit with 413 in the documented envelope on every endpoint that takes a body', async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    for (const operation of operations.filter((candidate) => candidate.body)) {
      const base = await requestBase(app(), operation);
      const padding = 'A'.repeat(target.bodyLimitBytes + 64 * 1024);
      const headers: Array<[string, string]> = [
        ...base.headers.filter(([name]) => name.toLowerCase() !== 'content-type'),
        ['content-type', 'application/json'],
      ];
      const spec = { ...specOf(base, headers), body: JSON.stringify({ ...(base.body as object), padding }) };
      const answer = await send(world.url, spec);
      const problems = answerProblems(answer, spec, target.envelopeProblems);
      if (answer.status !== 413) problems.push(`status ${answer.status}, expected 413`);
      log.check(
        `${operation.method} ${operation.path} with ${spec.body.length} bytes → ${describeAnswer(answer)}`,
        problems,
      );
    }
    log.finish();
  });
});
