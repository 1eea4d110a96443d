import { Gender, genderFromLrsCode, genderToLrsCode, UNKNOWN_GENDER } from '../common/gender';
import { LrsCredentials } from './lrs-credentials';
import { responseTypeFor } from './lrs-response-type';
import { pickTexts, soapList, soapObject, soapText } from './soap-values';

/** Learner elements the API exposes, in LRS order. `LinkedULNs` and `Notes` are not exposed. */
const LEARNER_ELEMENTS = [
  'CreatedDate',
  'LastUpdatedDate',
  'ULN',
  'VersionNumber',
  'MasterSubstituted',
  'Title',
  'GivenName',
  'MiddleOtherName',
  'FamilyName',
  'PreferredGivenName',
  'PreviousFamilyName',
  'FamilyNameAtAge16',
  'SchoolAtAge16',
  'LastKnownAddressLine1',
  'LastKnownAddressLine2',
  'LastKnownAddressTown',
  'LastKnownAddressCountyOrCity',
  'LastKnownPostCode',
  'DateOfAddressCapture',
  'DateOfBirth',
  'PlaceOfBirth',
  'Gender',
  'EmailAddress',
  'Nationality',
  'ScottishCandidateNumber',
  'AbilityToShare',
  'LearnerStatus',
  'VerificationType',
  'OtherVerificationDescription',
  'TierLevel',
] as const;

export interface FindLearnerQuery {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  gender: Gender;
  lastKnownPostCode: string;
  previousFamilyName?: string;
  schoolAtAge16?: string;
  placeOfBirth?: string;
  emailAddress?: string;
}

/** A learner as the API shows it: LRS text values under camel-case keys, gender decoded. */
export type Learner = Record<string, string> & { gender: Gender | typeof UNKNOWN_GENDER };

export interface FindLearnerResult {
  /** What LRS's response code means (`Exact Match`, …; `""` for a code the API does not name). */
  responseType: string;
  learners: Learner[];
}

/** The `FindLearnerByDemographics` parameters, in the order LRS expects them. */
export function findLearnerArguments(
  query: FindLearnerQuery,
  credentials: LrsCredentials,
  username: string,
): Record<string, string> {
  return {
    FindType: 'FUL',
    UKPRN: credentials.ukprn,
    OrgPassword: credentials.orgPassword,
    UserName: username,
    FamilyName: query.familyName,
    GivenName: query.givenName,
    DateOfBirth: query.dateOfBirth,
    Gender: genderToLrsCode(query.gender),
    LastKnownPostCode: query.lastKnownPostCode,
    PreviousFamilyName: query.previousFamilyName ?? '',
    SchoolAtAge16: query.schoolAtAge16 ?? '',
    PlaceOfBirth: query.placeOfBirth ?? '',
    EmailAddress: query.emailAddress ?? '',
  };
}

/** Reads the parsed `FindLearnerResponse`; anything missing reads as no code and no learners. */
export function readFindLearnerResponse(response: unknown): FindLearnerResult {
  const body = soapObject(response);
  return {
    responseType: responseTypeFor(soapText(body.ResponseCode)),
    learners: soapList(body.Learner).map((learner) => {
      const element = soapObject(learner);
      return { ...pickTexts(element, LEARNER_ELEMENTS), gender: genderFromLrsCode(soapText(element.Gender)) };
    }),
  };
}
