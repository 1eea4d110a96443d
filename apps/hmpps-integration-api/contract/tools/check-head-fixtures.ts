/*
 * Checks the recorded shapes against HEAD's own expected-response fixtures
 * (src/test/resources/expected-responses), read from HEAD's git directory at run time:
 *   node dist/hmpps-contract/hmpps-integration-api/contract/tools/check-head-fixtures.js --git-dir <dir> --commit <sha>
 * HEAD's integration tests compare most of them leniently (content().json), so for those a key the
 * fixture leaves out is not a difference; the ones HEAD compares STRICT are checked in full.
 * The table says which operation each fixture belongs to (from the integration test that uses it).
 * Left out: court-reference.json and plp-review-schedule, which are upstream bodies (Court Register,
 * PLP) that no HEAD test compares with an API response, and the upstream stubs (arns-*, delius-*,
 * offender*.json).
 */
import { execFileSync } from 'node:child_process';
import { checkShape, describeDifferences } from '../check-shape';

const P = '/v1/persons/{hmppsId}';
/** fixture file → operation key, and whether HEAD's test compares it STRICT */
const FIXTURES: Array<[string, string, boolean?]> = [
  ['activities-schedule-response', 'GET /v1/activities/{activityId}/schedules'],
  ['activities-schedule-detailed-response', 'GET /v1/activities/schedule/{scheduleId}'],
  ['activities-suitability-criteria', 'GET /v1/activities/schedule/{scheduleId}/suitability-criteria'],
  ['reasons-for-attendance', 'GET /v1/activities/attendance-reasons'],
  ['deallocation-reasons', 'GET /v1/activities/deallocation-reasons'],
  [
    'waiting-list-applications-response',
    'GET /v1/activities/schedule/{scheduleId}/waiting-list-applications',
  ],
  ['historical-attendances-response', 'GET /v1/prison/prisoners/{hmppsId}/activities/attendances'],
  ['location-information-response', 'GET /v1/prison/{prisonId}/location/{key}'],
  ['noResults.json', `GET ${P}/offences`],
  ['person-addresses', `GET ${P}/addresses`],
  ['person-adjudications', `GET ${P}/reported-adjudications`, true],
  ['person-alerts', `GET ${P}/alerts`],
  ['person-alerts-filtered', `GET ${P}/alerts`],
  ['person-case-notes', `GET ${P}/case-notes`],
  ['person-education', `GET ${P}/education`],
  ['person-health-and-diet', `GET ${P}/health-and-diet`],
  ['person-image-meta-data', `GET ${P}/images`],
  ['person-languages', `GET ${P}/languages`],
  ['person-licence-conditions', `GET ${P}/licences/conditions`],
  ['person-name-pnc-search-response.json', 'GET /v1/persons'],
  ['person-name-search-response.json', 'GET /v1/persons'],
  ['person-name-search-probation-and-prison-response.json', 'GET /v1/persons'],
  ['person-needs.json', `GET ${P}/needs`],
  ['person-offences', `GET ${P}/offences`],
  ['person-prison-offences.json', `GET ${P}/offences`],
  ['person-prison-probation-offences.json', `GET ${P}/offences`],
  ['person-probation-offences.json', `GET ${P}/offences`],
  ['person-offender-and-probation-search-response.json', `GET ${P}`],
  ['person-offender-and-probation-search-redacted-response.json', `GET ${P}`],
  ['person-probation-information', 'GET /v1/epf/person-details/{hmppsId}/{eventNumber}'],
  ['person-protected-characteristics', `GET ${P}/protected-characteristics`],
  ['person-responsible-officer', `GET ${P}/person-responsible-officer`],
  ['person-responsible-officer-redacted.json', `GET ${P}/person-responsible-officer`],
  ['person-risk-categories', `GET ${P}/risks/categories`],
  ['person-risk-dynamic', `GET ${P}/risks/dynamic`],
  ['person-risk-dynamic-text-redacted.json', `GET ${P}/risks/dynamic`],
  ['person-risk-mappadetail', `GET ${P}/risks/mappadetail`],
  ['person-risk-serious-harm', `GET ${P}/risks/serious-harm`],
  ['risk-serious-harm.json', `GET ${P}/risks/serious-harm`],
  ['risk-serious-harm-redacted.json', `GET ${P}/risks/serious-harm`],
  ['person-risk-plan', `GET ${P}/risk-management-plan`],
  ['person-risk-scores-v1.json', `GET ${P}/risks/scores`, true],
  ['person-risk-scores-v2.json', `GET ${P}/risks/scores`, true],
  ['person-risk-scores-v1-and-v2.json', `GET ${P}/risks/scores`, true],
  ['person-risk-scores-v1-epf.json', `GET ${P}/risks/scores`],
  // the EPF role's epf-risk-score-redactions policy REMOVEs scoreLevel/band: compared without missing keys
  ['person-risk-scores-v1-epf-decimals.json', `GET ${P}/risks/scores`],
  ['person-risk-scores-v2-epf.json', `GET ${P}/risks/scores`],
  ['person-risk-scores-v2-epf-decimals.json', `GET ${P}/risks/scores`],
  ['person-sentence', `GET ${P}/sentences`],
  ['person-sentence-key-dates', `GET ${P}/sentences/latest-key-dates-and-adjustments`],
  ['person-sentence-key-dates-redacted.json', `GET ${P}/sentences/latest-key-dates-and-adjustments`],
  ['person-status-information', `GET ${P}/status-information`],
  ['person-visit-restrictions', `GET ${P}/visit-restrictions`],
  ['personal-care-needs', `GET ${P}/care-needs`],
  ['physical-characteristics', `GET ${P}/physical-characteristics`],
  ['plp-induction-schedule', `GET ${P}/plp-induction-schedule`],
  ['plp-review-schedule-history', `GET ${P}/plp-review-schedule`],
  ['prison-activities-response', 'GET /v1/prison/{prisonId}/activities'],
  ['prison-capacity-response', 'GET /v1/prison/{prisonId}/capacity'],
  ['prison-pay-bands-response', 'GET /v1/prison/{prisonId}/prison-pay-bands'],
  ['prison-regime-response', 'GET /v1/prison/{prisonId}/prison-regime'],
  ['prison-residential-details-response', 'GET /v1/prison/{prisonId}/residential-details'],
  ['prison-residential-hierarchy-response', 'GET /v1/prison/{prisonId}/residential-hierarchy'],
  ['prison-timeline.json', `GET ${P}/prison-timeline`],
  ['prisoner-base-location', `GET ${P}/prisoner-base-location`],
  ['prisoner-non-associated', 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/non-associations'],
  ['prisoner-response.json', 'GET /v1/prison/prisoners/{hmppsId}'],
  ['prisoners-contacts', `GET ${P}/contacts`],
  ['prisoners-response', 'GET /v1/prison/prisoners'],
  ['san-plan-creation-schedules', `GET ${P}/education/san/plan-creation-schedule`],
  ['scheduled-instances-response', 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/scheduled-instances'],
  ['search-appointments-response', 'POST /v1/prison/{prisonId}/appointments/search'],
  ['transaction-create-response', 'POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions'],
  ['transaction-response', 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/{clientUniqueRef}'],
  [
    'transaction-transfer-create-response',
    'POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer',
  ],
  [
    'transactions-response',
    'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/transactions',
  ],
  ['visit-search-response', 'GET /v1/prison/{prisonId}/visit/search'],
  ['visitor-restrictions', `GET ${P}/visitor/{contactId}/restrictions`],
];

function main(): void {
  const argv = process.argv.slice(2);
  const arg = (name: string): string => {
    const value = argv[argv.indexOf(`--${name}`) + 1];
    if (!argv.includes(`--${name}`) || !value) throw new Error(`missing --${name}`);
    return value;
  };
  const gitDir = arg('git-dir');
  const commit = arg('commit');
  // the shapes in the source tree (run from the repository root)
  const shapesDir = argv.includes('--shapes') ? arg('shapes') : 'apps/hmpps-integration-api/contract/shapes';
  let differing = 0;
  for (const [file, key, strict] of FIXTURES) {
    const text = execFileSync(
      'git',
      ['--git-dir', gitDir, 'show', `${commit}:src/test/resources/expected-responses/${file}`],
      { encoding: 'utf8' },
    );
    const lines = describeDifferences(
      checkShape(key, JSON.parse(text), { ignoreMissing: !strict, shapesDir }),
    );
    if (lines.length) differing++;
    process.stdout.write(
      `${lines.length ? 'DIFFERS' : 'ok'} ${file} -> ${key}${strict ? ' (strict)' : ''}\n`,
    );
    for (const line of lines) process.stdout.write(`    ${line}\n`);
  }
  process.stdout.write(`${FIXTURES.length} fixtures, ${differing} differ\n`);
}

main();
