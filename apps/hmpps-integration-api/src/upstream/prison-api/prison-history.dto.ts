import { readArray, readBoolean, readNumber, readObject, readString, type JsonObject } from '@libs/upstream';
import {
  CellShareRiskAssessment,
  MovementDates,
  PrisonPeriod,
  PrisonTimeline,
  Transfer,
} from '../../domain/prison-history';

function objects(value: unknown): JsonObject[] {
  return readArray(value)
    .map(readObject)
    .filter((entry): entry is JsonObject => entry !== null);
}

/** Prison API's `AssessmentSummary` of `/api/offender-assessments/csra/{offenderNo}`. */
export function toCellShareRiskAssessments(body: unknown): CellShareRiskAssessment[] {
  return objects(body).map((assessment) => ({
    bookingId: readNumber(assessment.bookingId),
    assessmentSeq: readNumber(assessment.assessmentSeq),
    offenderNo: readString(assessment.offenderNo),
    classificationCode: readString(assessment.classificationCode),
    assessmentCode: readString(assessment.assessmentCode),
    cellSharingAlertFlag: readBoolean(assessment.cellSharingAlertFlag),
    assessmentDate: readString(assessment.assessmentDate),
    assessmentAgencyId: readString(assessment.assessmentAgencyId),
    assessmentComment: readString(assessment.assessmentComment),
    assessorUser: readString(assessment.assessorUser),
    nextReviewDate: readString(assessment.nextReviewDate),
  }));
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** London's offset from UTC, in milliseconds, at an instant. */
function londonOffsetAt(instant: number): number {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    +parts.year,
    +parts.month - 1,
    +parts.day,
    +parts.hour,
    +parts.minute,
    +parts.second,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Prison API writes these times as London wall-clock times without an offset; the reference answers
 * them as instants (`2023-12-08T15:50:37Z`). Text that is not a date-time is passed on unchanged.
 */
export function londonTimeToInstant(value: string | null): string | null {
  const parts = value ? LOCAL_DATE_TIME.exec(value) : null;
  if (!value || !parts) return value;
  const wall = Date.UTC(+parts[1], +parts[2] - 1, +parts[3], +parts[4], +parts[5], +(parts[6] ?? 0));
  // The offset at the wall time read as UTC is right except within an hour of a change; one more
  // step settles it.
  const guess = wall - londonOffsetAt(wall);
  const instant = wall - londonOffsetAt(guess);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

const instantOf = (value: unknown) => londonTimeToInstant(readString(value));

function toMovementDates(movement: JsonObject): MovementDates {
  return {
    reasonInToPrison: readString(movement.reasonInToPrison),
    dateInToPrison: instantOf(movement.dateInToPrison),
    inwardType: readString(movement.inwardType),
    reasonOutOfPrison: readString(movement.reasonOutOfPrison),
    dateOutOfPrison: instantOf(movement.dateOutOfPrison),
    outwardType: readString(movement.outwardType),
    admittedIntoPrisonId: readString(movement.admittedIntoPrisonId),
    releaseFromPrisonId: readString(movement.releaseFromPrisonId),
  };
}

function toTransfer(transfer: JsonObject): Transfer {
  return {
    dateOutOfPrison: instantOf(transfer.dateOutOfPrison),
    dateInToPrison: instantOf(transfer.dateInToPrison),
    transferReason: readString(transfer.transferReason),
    fromPrisonId: readString(transfer.fromPrisonId),
    toPrisonId: readString(transfer.toPrisonId),
  };
}

function toPrisonPeriod(period: JsonObject): PrisonPeriod {
  return {
    entryDate: instantOf(period.entryDate),
    releaseDate: instantOf(period.releaseDate),
    movementDates: objects(period.movementDates).map(toMovementDates),
    transfers: objects(period.transfers).map(toTransfer),
    prisons: readArray(period.prisons)
      .map(readString)
      .filter((prison): prison is string => prison !== null),
  };
}

/** Prison API's `PrisonerInPrisonSummary` of `/api/offenders/{offenderNo}/prison-timeline`. */
export function toPrisonTimeline(body: unknown): PrisonTimeline {
  return { prisonPeriod: objects(readObject(body)?.prisonPeriod).map(toPrisonPeriod) };
}
