import { CaseLog } from '../harness/case-log';
import { describeApps } from '../harness/describe-apps';
import { stackTraceProblems } from '../harness/envelope-checks';
import { fetchOperations } from '../harness/openapi';
import { requestBase, specOf } from '../harness/request-base';
import { describeAnswer, send } from '../harness/send';

describeApps((app) => {
  it('refuses every hostile credential with the documented status and envelope on every protected route, and lets the right caller through', async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const protectedOperations = operations.filter((operation) => target.isProtected(operation));
    expect(protectedOperations.length).toBeGreaterThan(0);
    const log = new CaseLog();
    for (const operation of protectedOperations) {
      const base = await requestBase(app(), operation);
      const route = `${operation.method} ${operation.path}`;
      const allowed = await send(world.url, specOf(base));
      log.check(
        `${route} as an allowed caller → ${describeAnswer(allowed)}`,
        allowed.status === 401 || allowed.status === 403 || allowed.status >= 500
          ? [`the allowed caller got ${allowed.status}`]
          : [],
      );
      for (const credential of await target.hostileCredentials(world, operation)) {
        const spec = specOf(base, credential.headers);
        const answer = await send(world.url, spec);
        const problems =
          answer.status === credential.expectedStatus
            ? [
                ...stackTraceProblems(answer),
                ...target.envelopeProblems(answer, spec),
                ...(credential.check?.(answer) ?? []),
              ]
            : [`status ${answer.status}, expected ${credential.expectedStatus}`];
        log.check(`${route} with ${credential.label} → ${describeAnswer(answer)}`, problems);
      }
    }
    log.finish();
  });
});
