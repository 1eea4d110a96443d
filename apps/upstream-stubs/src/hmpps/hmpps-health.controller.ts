import { Controller, Get } from '@nestjs/common';

/** Path prefix of every HMPPS upstream stand-in; the app's `*_URL` variables point at these. */
export const HMPPS_UPSTREAM_PREFIXES = [
  'prisoner-offender-search',
  'probation-offender-search',
  'prison-api',
  'ndelius',
  'effective-proposal-framework',
  'assess-risks-and-needs',
  'manage-adjudications',
  'case-notes',
  'create-and-vary-a-licence',
  'manage-pom-case',
  'plp',
  'non-associations',
  'personal-relationships',
  'manage-prison-visits',
  'incentives',
  'locations-inside-prison',
  'prisoner-base-location',
  'activities',
  'court-register',
  'health-and-medication',
  'alerts-api',
  'manage-users',
  'remand-and-sentencing',
  'support-additional-needs',
];

/** The unauthenticated ping every HMPPS Spring service answers, for each stand-in. */
@Controller()
export class HmppsHealthController {
  @Get(HMPPS_UPSTREAM_PREFIXES.map((prefix) => `${prefix}/health/ping`))
  ping(): { status: string } {
    return { status: 'UP' };
  }
}
