import { ApiError, httpStatusName } from '@libs/errors';

/** The service's own error body: `status` is the HTTP status enum name, e.g. `BAD_REQUEST`. */
export interface LearnerRecordsErrorBody {
  status: string;
  errorCode: string;
  userMessage: string;
  developerMessage: string;
  moreInfo: string;
}

export function errorBody(
  status: number,
  errorCode: string,
  userMessage: string,
  developerMessage: string,
  moreInfo: string,
): LearnerRecordsErrorBody {
  return { status: httpStatusName(status), errorCode, userMessage, developerMessage, moreInfo };
}

function apiError(
  status: number,
  errorCode: string,
  userMessage: string,
  developerMessage: string,
  moreInfo: string,
): ApiError {
  return new ApiError(status, errorBody(status, errorCode, userMessage, developerMessage, moreInfo));
}

const UNREADABLE = 'Unreadable HTTP message';

export const validationFailed = (fields: string[], reasons: string[]): ApiError =>
  new ApiError(400, validationFailedBody(fields, reasons));

export const validationFailedBody = (fields: string[], reasons: string[]): LearnerRecordsErrorBody =>
  errorBody(
    400,
    'Validation Failed',
    'Please correct the error and retry',
    `Validation(s) failed for [${fields.join(', ')}]`,
    `Validation(s) failed for [${fields.join(', ')}] with reason(s): [${reasons.join(', ')}]`,
  );

export const unreadableBody = (parserMessage: string): LearnerRecordsErrorBody =>
  errorBody(400, UNREADABLE, UNREADABLE, parserMessage, UNREADABLE);

export const unrecognizedField = (parserMessage: string): LearnerRecordsErrorBody =>
  errorBody(
    400,
    UNREADABLE,
    'Unrecognized field in request',
    `Unrecognized field: ${parserMessage}`,
    'Unrecognized field',
  );

export function missingHeader(header: string): LearnerRecordsErrorBody {
  const message = `Missing ${header} Header: Required request header '${header}' for method parameter type String is not present`;
  return errorBody(400, `Missing ${header} Header`, message, message, `Missing ${header} Header`);
}

export function forbidden(message: string): LearnerRecordsErrorBody {
  const text = 'Forbidden - Authorization Denied';
  return errorBody(403, text, `Forbidden: ${message}`, text, text);
}

export function noResourceFound(path: string): LearnerRecordsErrorBody {
  const text = 'Requested Resource not found on the server';
  const trimmed = path.replace(/^\//, '');
  return errorBody(
    404,
    'No Resource Found',
    `No resource found failure: No static resource ${trimmed} for request '/${trimmed}'.`,
    text,
    text,
  );
}

export function methodNotAllowed(method: string, supported: string): LearnerRecordsErrorBody {
  return errorBody(
    405,
    `Method (${method}) not allowed`,
    `HTTP Method (${method}) is not allowed`,
    `HTTP Method (${method}) is not allowed, use only (${supported}) method`,
    `HTTP Method (${method}) is not allowed, use only this (${supported}) method`,
  );
}

export const matchNotFound = (nomisId: string): ApiError => {
  const text = 'Individual with this NomisId has not been matched to a ULN yet';
  return apiError(404, 'Match not found', `No Match found for given NomisId ${nomisId}`, text, text);
};

export const matchNotPossible = (nomisId: string): ApiError => {
  const text = 'Individual with this NomisId does not have a ULN';
  return apiError(400, 'Match not possible', `Not possible to match given NomisId ${nomisId}`, text, text);
};

export const lrsTimeout = (detail: string): LearnerRecordsErrorBody =>
  errorBody(
    408,
    'Request Timeout',
    'A request to an upstream service timed out.',
    detail,
    'A request timed out while waiting for a response from an upstream service.',
  );

export const lrsUnderMaintenance = (): LearnerRecordsErrorBody => {
  const text = 'LRS API Dependency Failed - DfE API is under maintenance';
  return errorBody(
    424,
    'DfE API failed to Respond',
    text,
    `${text}, please check DfE API maintenance window for more details`,
    text,
  );
};

export const lrsError = (message: string): LearnerRecordsErrorBody =>
  errorBody(500, 'LRS Error', message, message, 'LRS Error');

export function unexpectedError(message: string | undefined): LearnerRecordsErrorBody {
  const text = `Unexpected error: ${message ?? 'null'}`;
  return errorBody(500, 'Unexpected error', text, text, 'Unexpected error');
}
