import { javaTrim } from '../payload/names';
import type { BirthRecord } from '../records/birth-record';

/** Which GRO flag rules are on (`features.gro.flags.<flag>.process`). */
export interface GroFlagRules {
  readonly potentiallyFictitiousBirth: boolean;
  readonly blockedRegistration: boolean;
  readonly cancelled: boolean;
  readonly marginalNote: boolean;
  readonly reRegistered: boolean;
  readonly correction: boolean;
}

const BLOCKING_MARGINAL_NOTES = ['other', 're-registered', 'court order in place'];
const BLOCKING_RE_REGISTRATIONS = ['other'];

function oneOf(value: string | undefined, blocking: string[]): boolean {
  return value !== undefined && blocking.includes(javaTrim(value).toLowerCase());
}

/**
 * A flagged record never matches. NRS codes never flag; a GRO correction flags whatever its text
 * (even "None") when its rule is on, as in the reference.
 */
export function isFlagged(record: BirthRecord, rules: GroFlagRules): boolean {
  const flags = record.flags;
  if (flags.registry === 'nrs') return false;
  return (
    (rules.potentiallyFictitiousBirth && flags.potentiallyFictitious) ||
    (rules.blockedRegistration && flags.blocked) ||
    (rules.cancelled && flags.cancelled) ||
    (rules.marginalNote && oneOf(flags.marginalNote, BLOCKING_MARGINAL_NOTES)) ||
    (rules.reRegistered && oneOf(flags.reRegistered, BLOCKING_RE_REGISTRATIONS)) ||
    (rules.correction && flags.correction !== undefined)
  );
}
