import type { BrmConfig } from '../config';
import { compareBirthDates } from '../payload/birth-date';
import type { MatchPayload } from '../payload/match-payload';
import { LookupType, Registry } from './registry';

export interface FilterOutcome {
  /** Names of the failed filters, for the log; empty when the lookup may go ahead. */
  readonly failed: readonly string[];
  /** The date-of-birth cut-off was one of them (it has its own metric). */
  readonly dateOfBirthFiltered: boolean;
}

/**
 * The reference's pre-lookup gates: the date-of-birth cut-off plus the registry's general switch and the
 * switch of the lookup type. All are evaluated; any failure means `{"matched":false}` without a call.
 */
export function evaluateFilters(
  payload: MatchPayload,
  registry: Registry,
  type: LookupType,
  config: BrmConfig,
): FilterOutcome {
  const { enabled, cutOff } = config.dateOfBirthFilter;
  const dateOfBirthFiltered = enabled && compareBirthDates(payload.dateOfBirth, cutOff) < 0;
  const switches = config.switches[registry];
  const failed = [
    dateOfBirthFiltered ? 'dateOfBirth' : undefined,
    switches.enabled ? undefined : `${registry}.enabled`,
    switches[type] ? undefined : `${registry}.${type}.enabled`,
  ].filter((name): name is string => name !== undefined);
  return { failed, dateOfBirthFiltered };
}
