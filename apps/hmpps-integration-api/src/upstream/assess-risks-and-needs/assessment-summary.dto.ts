import { JsonObject, readArray, readObject, readString } from '@libs/upstream';
import { AssessmentSummary } from '../../domain/probation-records';

/**
 * ARN's assessment list (`/assessments/mapps/crn/{crn}`) reduced to its latest completed assessment
 * (the latest `dateCompleted`); null when none is completed.
 */
export function toLatestAssessmentSummary(dto: JsonObject): AssessmentSummary | null {
  const completed = readArray(dto.assessments)
    .map((item) => readObject(item) ?? {})
    .filter((item) => readString(item.dateCompleted) !== null)
    .sort((a, b) => readString(b.dateCompleted)!.localeCompare(readString(a.dateCompleted)!));
  const latest = completed[0];
  if (!latest) return null;
  return {
    initiationDate: readString(latest.initiationDate),
    completedDate: readString(latest.dateCompleted),
    assessmentType: readString(latest.assessmentType),
    status: readString(latest.assessmentStatus),
    assessorName: readString(latest.assessorName),
    countersignerName: readString(latest.countersignerName),
  };
}
