/** The upstream that caused an error, named as the reference's seed-era `UpstreamApi` enum. */
export enum UpstreamApi {
  NOMIS = 'NOMIS',
  PRISONER_OFFENDER_SEARCH = 'PRISONER_OFFENDER_SEARCH',
  PROBATION_OFFENDER_SEARCH = 'PROBATION_OFFENDER_SEARCH',
  NDELIUS = 'NDELIUS',
  ASSESS_RISKS_AND_NEEDS = 'ASSESS_RISKS_AND_NEEDS',
  EFFECTIVE_PROPOSAL_FRAMEWORK = 'EFFECTIVE_PROPOSAL_FRAMEWORK',
  ADJUDICATIONS = 'ADJUDICATIONS',
  CVL = 'CVL',
  CASE_NOTES = 'CASE_NOTES',
  MANAGE_POM_CASE = 'MANAGE_POM_CASE',
  RISK_MANAGEMENT_PLAN = 'RISK_MANAGEMENT_PLAN',
  TEST = 'TEST',
  PLP = 'PLP',
  NON_ASSOCIATIONS = 'NON_ASSOCIATIONS',
  PERSONAL_RELATIONSHIPS = 'PERSONAL_RELATIONSHIPS',
  MANAGE_PRISON_VISITS = 'MANAGE_PRISON_VISITS',
  INCENTIVES = 'INCENTIVES',
  LOCATIONS_INSIDE_PRISON = 'LOCATIONS_INSIDE_PRISON',
  PRISONER_BASE_LOCATION = 'PRISONER_BASE_LOCATION',
  SAN = 'SAN',
  REMAND_AND_SENTENCING = 'REMAND_AND_SENTENCING',
  ACTIVITIES = 'ACTIVITIES',
  PRISONER_ALERTS = 'PRISONER_ALERTS',
  HEALTH_AND_MEDICATION = 'HEALTH_AND_MEDICATION',
  COURT_REGISTER = 'COURT_REGISTER',
}

export enum UpstreamApiErrorType {
  ENTITY_NOT_FOUND = 'ENTITY_NOT_FOUND',
  BAD_REQUEST = 'BAD_REQUEST',
  FORBIDDEN = 'FORBIDDEN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  CONFLICT = 'CONFLICT',
}

/** An upstream outcome that a service reports as data rather than throwing. */
export interface UpstreamApiError {
  causedBy: UpstreamApi;
  type: UpstreamApiErrorType;
  description: string | null;
}

export function upstreamApiError(
  causedBy: UpstreamApi,
  type: UpstreamApiErrorType,
  description: string | null = null,
): UpstreamApiError {
  return { causedBy, type, description };
}

/**
 * What services return: data and/or the upstream errors met on the way. Controllers decide which
 * errors become which HTTP answer; anything unexpected has already been thrown as an exception.
 */
export interface ServiceResult<T> {
  data: T;
  errors: UpstreamApiError[];
}

export function success<T>(data: T): ServiceResult<T> {
  return { data, errors: [] };
}

export function failure<T = null>(...errors: UpstreamApiError[]): ServiceResult<T | null> {
  return { data: null, errors };
}

export function hasError(
  result: { errors: UpstreamApiError[] },
  type: UpstreamApiErrorType,
  causedBy?: UpstreamApi,
): boolean {
  return result.errors.some(
    (error) => error.type === type && (causedBy === undefined || error.causedBy === causedBy),
  );
}

/** The errors of a result whose data is missing, for handing on under another data type. */
export function errorsOf(result: { errors: UpstreamApiError[] }): ServiceResult<null> {
  return { data: null, errors: result.errors };
}
