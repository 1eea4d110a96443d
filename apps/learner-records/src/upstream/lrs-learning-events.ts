import { Gender, genderToLrsCode } from '../common/gender';
import { LrsCredentials } from './lrs-credentials';
import { responseTypeFor } from './lrs-response-type';
import { pickTexts, soapList, soapObject, soapText } from './soap-values';

/** Learning-event elements the API exposes, in LRS order. `Restriction` is not exposed. */
const EVENT_ELEMENTS = [
  'ID',
  'AchievementProviderUkprn',
  'AchievementProviderName',
  'AwardingOrganisationName',
  'QualificationType',
  'SubjectCode',
  'AchievementAwardDate',
  'Credits',
  'Source',
  'DateLoaded',
  'UnderDataChallenge',
  'Level',
  'Status',
  'Subject',
  'Grade',
  'AwardingOrganisationUkprn',
  'CollectionType',
  'ReturnNumber',
  'ParticipationStartDate',
  'ParticipationEndDate',
  'LanguageForAssessment',
] as const;

export interface LearningEventsQuery {
  givenName: string;
  familyName: string;
  uln: string;
  dateOfBirth?: string;
  gender?: Gender;
}

export type LearningEvent = Record<string, string>;

export interface LearningEventsResult {
  /** What LRS's response code means (`Exact Match`, …; `""` for a code the API does not name). */
  responseType: string;
  foundUln: string;
  incomingUln: string;
  learnerRecord: LearningEvent[];
}

/** The `GetLearnerLearningEvents` parameters, in the order the WCF service expects them. */
export function learningEventsArguments(
  query: LearningEventsQuery,
  credentials: LrsCredentials,
  username: string,
): Record<string, unknown> {
  return {
    invokingOrganisation: { Password: credentials.orgPassword, Ukprn: credentials.ukprn, Username: username },
    userType: 'ORG',
    vendorID: credentials.vendorId,
    language: 'ENG',
    uln: query.uln,
    givenName: query.givenName,
    familyName: query.familyName,
    dateOfBirth: query.dateOfBirth ?? '',
    gender: query.gender ? genderToLrsCode(query.gender) : '',
    getType: 'FULL',
  };
}

/** Reads the parsed `GetLearnerLearningEventsResponse`; anything missing reads as empty. */
export function readLearningEventsResponse(response: unknown): LearningEventsResult {
  const result = soapObject(soapObject(response).GetLearnerLearningEventsResult);
  return {
    responseType: responseTypeFor(soapText(result.ResponseCode)),
    foundUln: soapText(result.FoundULN) ?? '',
    incomingUln: soapText(result.IncomingULN) ?? '',
    learnerRecord: soapList(soapObject(result.LearnerRecord).LearningEvent).map((event) =>
      pickTexts(soapObject(event), EVENT_ELEMENTS),
    ),
  };
}
