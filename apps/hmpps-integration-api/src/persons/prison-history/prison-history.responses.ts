import { ApiProperty } from '@nestjs/swagger';
import { nullableFields } from '../../common/nullable-fields';

/** The response models of the CSRA and prison timeline operations, named as the reference names them. */

export class PrisonApiAssessmentSummary {}
nullableFields(PrisonApiAssessmentSummary, {
  integers: ['bookingId', 'assessmentSeq'],
  text: [
    'offenderNo',
    'classificationCode',
    'assessmentCode',
    'assessmentAgencyId',
    'assessmentComment',
    'assessorUser',
  ],
  flags: ['cellSharingAlertFlag'],
  dates: ['assessmentDate', 'nextReviewDate'],
});

export class MovementDatesEntry {}
nullableFields(MovementDatesEntry, {
  text: [
    'reasonInToPrison',
    'inwardType',
    'reasonOutOfPrison',
    'outwardType',
    'admittedIntoPrisonId',
    'releaseFromPrisonId',
  ],
  instants: ['dateInToPrison', 'dateOutOfPrison'],
});

export class TransfersEntry {}
nullableFields(TransfersEntry, {
  text: ['transferReason', 'fromPrisonId', 'toPrisonId'],
  instants: ['dateOutOfPrison', 'dateInToPrison'],
});

export class PrisonPeriodEntry {
  @ApiProperty({ type: MovementDatesEntry, isArray: true })
  movementDates!: MovementDatesEntry[];

  @ApiProperty({ type: TransfersEntry, isArray: true })
  transfers!: TransfersEntry[];

  @ApiProperty({ type: String, isArray: true, example: ['BMI', 'AYI'] })
  prisons!: string[];
}
nullableFields(PrisonPeriodEntry, { instants: ['entryDate', 'releaseDate'] });

export class PrisonApiPrisonTimeline {
  @ApiProperty({ type: PrisonPeriodEntry, isArray: true })
  prisonPeriod!: PrisonPeriodEntry[];
}
