import { Learner } from '../upstream/lrs-find-learner';
import { LearnersRequest } from './learners-request.dto';

const COMPARED_FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'gender',
  'lastKnownPostCode',
  'previousFamilyName',
  'schoolAtAge16',
  'placeOfBirth',
  'emailAddress',
] as const;

/**
 * For a possible match: per field, the learners' values that differ from the request (one entry per
 * differing learner, in LRS order, duplicates kept). Values compare trimmed and case-insensitively and
 * nothing else, so `CV49EE` and `CV4 9EE` differ, as in the reference. Fields missing on either side are
 * not compared.
 */
export function mismatchedFields(request: LearnersRequest, learners: Learner[]): Record<string, string[]> {
  const mismatches: Record<string, string[]> = {};
  for (const learner of learners) {
    for (const field of COMPARED_FIELDS) {
      const asked = request[field];
      const found = learner[field];
      if (asked === undefined || found === undefined) continue;
      if (asked.trim().toLowerCase() !== found.trim().toLowerCase()) (mismatches[field] ??= []).push(found);
    }
  }
  return mismatches;
}
