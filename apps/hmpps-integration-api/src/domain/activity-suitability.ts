import { ApiProperty } from '@nestjs/swagger';
import { PrisonPayBand } from './activities';

export class PayRate {
  @ApiProperty({ example: 'BAS', description: "The incentive level's NOMIS code" })
  incentiveCode!: string;

  @ApiProperty({ example: 'Basic' })
  incentiveLevel!: string;

  @ApiProperty({ type: PrisonPayBand })
  prisonPayBand!: PrisonPayBand;

  @ApiProperty({ type: Number, nullable: true, description: 'Pence per half day' })
  rate!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Pence per piece' })
  pieceRate!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  pieceRateItems!: number | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  startDate!: string | null;
}

export class MinimumEducationLevel {
  @ApiProperty({ example: '1' })
  educationLevelCode!: string;

  @ApiProperty({ example: 'Reading Measure 1.0' })
  educationLevelDescription!: string;

  @ApiProperty({ example: 'ENGLA' })
  studyAreaCode!: string;

  @ApiProperty({ example: 'English Language' })
  studyAreaDescription!: string;
}

export class SuitabilityCriteria {
  @ApiProperty({ example: 'high' })
  riskLevel!: string;

  @ApiProperty()
  isPaid!: boolean;

  @ApiProperty({ type: [PayRate] })
  payRates!: PayRate[];

  @ApiProperty({ type: [MinimumEducationLevel] })
  minimumEducationLevel!: MinimumEducationLevel[];
}

export class EarliestReleaseDate {
  @ApiProperty({ type: String, format: 'date', nullable: true })
  releaseDate!: string | null;

  @ApiProperty()
  isTariffDate!: boolean;

  @ApiProperty()
  isIndeterminateSentence!: boolean;

  @ApiProperty()
  isImmigrationDetainee!: boolean;

  @ApiProperty()
  isConvictedUnsentenced!: boolean;

  @ApiProperty()
  isRemand!: boolean;
}

export class WaitingListApplication {
  @ApiProperty({ example: 111111 })
  id!: number;

  @ApiProperty({ example: 1 })
  activityId!: number;

  @ApiProperty({ example: 100 })
  scheduleId!: number;

  @ApiProperty({ type: Number, nullable: true })
  allocationId!: number | null;

  @ApiProperty({ example: 'MDI' })
  prisonId!: string;

  @ApiProperty({ example: 'A1234AA' })
  prisonerNumber!: string;

  @ApiProperty({ example: 10001 })
  bookingId!: number;

  @ApiProperty({
    example: 'PENDING',
    description: 'PENDING, APPROVED, DECLINED, ALLOCATED, REMOVED or WITHDRAWN',
  })
  status!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  statusUpdatedTime!: string | null;

  @ApiProperty({ format: 'date', example: '2023-06-23' })
  requestedDate!: string;

  @ApiProperty({ type: String, nullable: true })
  comments!: string | null;

  @ApiProperty({ type: String, nullable: true })
  declinedReason!: string | null;

  @ApiProperty({ format: 'date-time' })
  creationTime!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedTime!: string | null;

  @ApiProperty({ type: EarliestReleaseDate })
  earliestReleaseDate!: EarliestReleaseDate;

  @ApiProperty({ type: Boolean, nullable: true })
  nonAssociations!: boolean | null;
}
