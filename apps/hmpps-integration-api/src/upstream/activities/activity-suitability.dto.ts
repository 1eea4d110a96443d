import { SuitabilityCriteria, WaitingListApplication } from '../../domain/activity-suitability';
import { ActivitiesJson } from './activities-json';
import { toPrisonPayBand } from './activities.dto';

/** Activities API `ActivitySuitabilityCriteria`. */
export function toSuitabilityCriteria(json: ActivitiesJson): SuitabilityCriteria {
  return {
    riskLevel: json.string('riskLevel'),
    isPaid: json.boolean('isPaid'),
    payRates: json.list('payRates', (rate) => ({
      incentiveCode: rate.string('incentiveNomisCode'),
      incentiveLevel: rate.string('incentiveLevel'),
      prisonPayBand: toPrisonPayBand(rate.object('prisonPayBand')),
      rate: rate.optionalNumber('rate'),
      pieceRate: rate.optionalNumber('pieceRate'),
      pieceRateItems: rate.optionalNumber('pieceRateItems'),
      startDate: rate.optionalString('startDate'),
    })),
    minimumEducationLevel: json.list('minimumEducationLevel', (level) => ({
      educationLevelCode: level.string('educationLevelCode'),
      educationLevelDescription: level.string('educationLevelDescription'),
      studyAreaCode: level.string('studyAreaCode'),
      studyAreaDescription: level.string('studyAreaDescription'),
    })),
  };
}

/** Activities API `WaitingListApplication` (who requested, created and updated it stays upstream). */
export function toWaitingListApplication(json: ActivitiesJson): WaitingListApplication {
  const release = json.object('earliestReleaseDate');
  return {
    id: json.number('id'),
    activityId: json.number('activityId'),
    scheduleId: json.number('scheduleId'),
    allocationId: json.optionalNumber('allocationId'),
    prisonId: json.string('prisonCode'),
    prisonerNumber: json.string('prisonerNumber'),
    bookingId: json.number('bookingId'),
    status: json.string('status'),
    statusUpdatedTime: json.optionalString('statusUpdatedTime'),
    requestedDate: json.string('requestedDate'),
    comments: json.optionalString('comments'),
    declinedReason: json.optionalString('declinedReason'),
    creationTime: json.string('creationTime'),
    updatedTime: json.optionalString('updatedTime'),
    earliestReleaseDate: {
      releaseDate: release.optionalString('releaseDate'),
      isTariffDate: release.boolean('isTariffDate'),
      isIndeterminateSentence: release.boolean('isIndeterminateSentence'),
      isImmigrationDetainee: release.boolean('isImmigrationDetainee'),
      isConvictedUnsentenced: release.boolean('isConvictedUnsentenced'),
      isRemand: release.boolean('isRemand'),
    },
    nonAssociations: json.optionalBoolean('nonAssociations'),
  };
}
