import { JsonObject, readArray, readNumber, readObject, readString } from '@libs/upstream';
import { PlanCreationSchedule, PlanReviewSchedule } from '../../domain/education-records';
import { RequiredFields } from '../shared/required-fields';

const field = new RequiredFields('support-additional-needs', 'schedule');

/** The fields plan creation and review schedules share, with the prisoner's number added. */
function scheduleVersion(dto: JsonObject, nomisNumber: string) {
  return {
    nomisNumber,
    reference: field.string(dto, 'reference'),
    status: field.string(dto, 'status'),
    createdBy: field.string(dto, 'createdBy'),
    createdByDisplayName: field.string(dto, 'createdByDisplayName'),
    createdAt: field.string(dto, 'createdAt'),
    createdAtPrison: field.string(dto, 'createdAtPrison'),
    updatedBy: field.string(dto, 'updatedBy'),
    updatedByDisplayName: field.string(dto, 'updatedByDisplayName'),
    updatedAt: field.string(dto, 'updatedAt'),
    updatedAtPrison: field.string(dto, 'updatedAtPrison'),
    deadlineDate: readString(dto.deadlineDate),
    exemptionReason: readString(dto.exemptionReason),
    version: readNumber(dto.version),
  };
}

function itemsOf(dto: JsonObject, name: string): JsonObject[] {
  return readArray(dto[name]).map((item) => readObject(item) ?? {});
}

/** SAN's `{ planCreationSchedules }` (every version, `includeAllHistory=true`). */
export function toPlanCreationSchedules(dto: JsonObject, nomisNumber: string): PlanCreationSchedule[] {
  return itemsOf(dto, 'planCreationSchedules').map((item) => {
    const needSources = item.needSources === null || item.needSources === undefined ? null : readArray(item.needSources);
    return {
      ...scheduleVersion(item, nomisNumber),
      planCompletedDate: readString(item.planCompletedDate),
      planCompletedBy: readString(item.planCompletedBy),
      planKeyedInBy: readString(item.planKeyedInBy),
      planCompletedByJobRole: readString(item.planCompletedByJobRole),
      exemptionDetail: readString(item.exemptionDetail),
      needSources: needSources?.map(readString).filter((source): source is string => source !== null) ?? null,
    };
  });
}

/** SAN's `{ reviewSchedules }` (every version, `includeAllHistory=true`). */
export function toPlanReviewSchedules(dto: JsonObject, nomisNumber: string): PlanReviewSchedule[] {
  return itemsOf(dto, 'reviewSchedules').map((item) => ({
    ...scheduleVersion(item, nomisNumber),
    reviewCompletedDate: readString(item.reviewCompletedDate),
    reviewKeyedInBy: readString(item.reviewKeyedInBy),
    reviewCompletedBy: readString(item.reviewCompletedBy),
    reviewCompletedByJobRole: readString(item.reviewCompletedByJobRole),
  }));
}
