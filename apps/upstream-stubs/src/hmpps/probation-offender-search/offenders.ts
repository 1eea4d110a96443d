import { BadRequestException } from '@nestjs/common';
import { matchesText, readHmppsFixture } from '../hmpps-fixtures';

export interface StubAddress {
  buildingName?: string | null;
  addressNumber?: string | null;
  streetName?: string | null;
  district?: string | null;
  town?: string | null;
  county?: string | null;
  postcode?: string | null;
  from?: string | null;
  to?: string | null;
  notes?: string | null;
  noFixedAbode?: boolean | null;
  status?: { code?: string; description?: string } | null;
  type?: { code?: string; description?: string } | null;
}

export interface StubOffender {
  offenderId?: number;
  firstName: string;
  surname: string;
  dateOfBirth: string;
  gender?: string | null;
  contactDetails?: { addresses?: StubAddress[] } | null;
  otherIds: { crn: string; pncNumber?: string | null; nomsNumber?: string | null };
  offenderAliases?: { firstName: string | null; surname: string | null; dateOfBirth: string | null }[];
}

export interface ProbationSearchRequest {
  crn?: string | null;
  nomsNumber?: string | null;
  pncNumber?: string | null;
  firstName?: string | null;
  surname?: string | null;
  dateOfBirth?: string | null;
  includeAliases?: boolean;
}

/** The probation people: Probation Offender Search's and nDelius' probation case search answer them alike. */
export const OFFENDERS = readHmppsFixture<StubOffender[]>('probation-offender-search', 'offenders.json');

function matchesIds(offender: StubOffender, request: ProbationSearchRequest): boolean {
  return (
    matchesText(request.crn, offender.otherIds.crn) &&
    matchesText(request.nomsNumber, offender.otherIds.nomsNumber) &&
    matchesText(request.pncNumber, offender.otherIds.pncNumber)
  );
}

function matchesNames(offender: StubOffender, request: ProbationSearchRequest): boolean {
  const names = [offender, ...(request.includeAliases ? (offender.offenderAliases ?? []) : [])];
  return names.some(
    (name) =>
      matchesText(request.firstName, name.firstName) &&
      matchesText(request.surname, name.surname) &&
      matchesText(request.dateOfBirth, name.dateOfBirth),
  );
}

/**
 * The offenders matching every criterion given (ids exactly, names and date of birth also over the
 * aliases when `includeAliases`), as both probation searches answer; no criterion at all is a 400.
 */
export function searchOffenders(request: ProbationSearchRequest | undefined): StubOffender[] {
  const criteria = ['crn', 'nomsNumber', 'pncNumber', 'firstName', 'surname', 'dateOfBirth'] as const;
  if (!request || !criteria.some((name) => request[name])) {
    throw new BadRequestException({
      status: 400,
      developerMessage: 'Invalid search - please provide at least 1 search parameter',
    });
  }
  return OFFENDERS.filter((offender) => matchesIds(offender, request) && matchesNames(offender, request));
}
