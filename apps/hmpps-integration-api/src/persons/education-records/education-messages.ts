import { WriteQueue } from '../../hmpps-messages/hmpps-message-writer';
import {
  EducationAssessmentStatusChangeRequest,
  EducationCourseCompletionRequest,
} from './education-requests.dto';

/** Where each education write goes: HEAD's queue and topic ids. */
export const ASSESSMENT_EVENTS_QUEUE: WriteQueue = 'assessmentevents';
export const COURSE_COMPLETION_EVENTS_QUEUE: WriteQueue = 'educationcoursecompletionevents';
export const DOMAIN_EVENTS_TOPIC = 'domainevents';

export const EDUCATION_UPDATED_EVENT = 'prison.education.updated';
export const EDUCATION_ALN_ASSESSMENT_UPDATED_EVENT = 'prison.education-aln-assessment.updated';

/** `yyyy-MM-ddTHH:mm:ss.SSS` in UK time without an offset: how HEAD writes a domain event's `occurredAt`. */
export function londonLocalDateTime(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const millis = String(instant.getUTCMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${millis}`;
}

/** An HMPPS domain event about a prisoner, as HEAD publishes Curious' education updates. */
export interface PrisonerDomainEvent {
  version: 1;
  eventType: string;
  description: string;
  detailUrl: string;
  occurredAt: string;
  personReference: { identifiers: { type: 'NOMS'; value: string }[] };
  additionalInformation: { curiousExternalReference: string };
}

export function curiousDomainEvent(
  eventType: string,
  prisonNumber: string,
  request: { status: string; detailUrl: string; requestId: string },
  occurredAt: Date,
): PrisonerDomainEvent {
  return {
    version: 1,
    eventType,
    description: request.status,
    detailUrl: request.detailUrl,
    occurredAt: londonLocalDateTime(occurredAt),
    personReference: { identifiers: [{ type: 'NOMS', value: prisonNumber }] },
    additionalInformation: { curiousExternalReference: request.requestId },
  };
}

/** The attributes of HEAD's `EDUCATION_ASSESSMENT_EVENT_CREATED` message. */
export function assessmentEventAttributes(
  prisonNumber: string,
  request: EducationAssessmentStatusChangeRequest,
) {
  return {
    prisonNumber,
    status: request.status,
    statusChangeDate: request.statusChangeDate,
    detailUrl: request.detailUrl ?? null,
    requestId: request.requestId,
  };
}

/** `2023-12-31T16:00:00+00:00` → `2023-12-31T16:00:00.000Z`: HEAD's `yyyy-MM-dd'T'HH:mm:ss.SSSXXX`, offset kept. */
export function completionTimestamp(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/.exec(
    value,
  );
  if (!match) return value;
  const [, minutes, seconds = '00', fraction = '', offset] = match;
  const zone = offset === '+00:00' || offset === '-00:00' ? 'Z' : offset;
  return `${minutes}:${seconds}.${fraction.padEnd(3, '0').slice(0, 3)}${zone}`;
}

/** The attributes of HEAD's `EDUCATION_COURSE_COMPLETION_CREATED` message. */
export function courseCompletionAttributes({ courseCompletion }: EducationCourseCompletionRequest) {
  const { person, course } = courseCompletion;
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth,
    pdu: person.pdu,
    region: person.region,
    office: person.office,
    email: person.email,
    courseName: course.courseName,
    courseType: course.courseType,
    provider: course.provider,
    completionDateTime: completionTimestamp(course.completionDateTime),
    status: course.status,
    totalTimeMinutes: course.totalTimeMinutes,
    attempts: course.attempts === null || course.attempts === undefined ? '' : String(course.attempts),
    expectedTimeMinutes: String(course.expectedTimeMinutes),
    externalReference: courseCompletion.externalReference,
  };
}
