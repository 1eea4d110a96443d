import { describeApps } from '../harness/describe-apps';
import { bodyShapeFuzzer } from '../harness/fuzzers/body-shape';
import { metricSeriesFuzzer } from '../harness/fuzzers/metric-series';
import { prisonScopeFuzzer, requestTargetsFuzzer } from '../harness/fuzzers/request-targets';
import { SLOW_CLIENT_ENV, slowClientsFuzzer } from '../harness/fuzzers/slow-clients';
import { BEARER_APPS, tokenHeadersFuzzer } from '../harness/fuzzers/token-headers';
import { valueExtremesFuzzer } from '../harness/fuzzers/value-extremes';

/**
 * The classes of defect an outside probe found (issue 15), one fuzzer each (docs/resilience.md), against
 * one start of each app: every fuzzer asserts no 5xx, the app's envelope and nothing outside the caller's
 * scope. The app runs with short HTTP timeouts for the slow-client fuzzer; nothing else waits that long.
 */
describeApps(
  (app, entry) => {
    requestTargetsFuzzer(app);
    if (entry.name === 'hmpps-integration-api') prisonScopeFuzzer(app);
    if (BEARER_APPS.includes(entry.name)) tokenHeadersFuzzer(app);
    bodyShapeFuzzer(app);
    valueExtremesFuzzer(app);
    metricSeriesFuzzer(app);
    slowClientsFuzzer(app);
  },
  { env: () => SLOW_CLIENT_ENV },
);
