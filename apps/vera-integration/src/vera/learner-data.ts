import { ApiProperty } from '@nestjs/swagger';

const text = (description?: string, example?: string) =>
  ApiProperty({ type: String, nullable: true, description, example });
const date = (description: string) =>
  ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: `${description}: yyyy-MM-dd when VERA sends a date (or a date-time at midnight); any other text as sent`,
  });
const integer = (description?: string) =>
  ApiProperty({ type: Number, format: 'int32', nullable: true, description });

export class LearnerQualification {
  @text(undefined, 'GCSE Mathematics') title!: string | null;
  @text('Qualification Accreditation Number') qan!: string | null;
  @date('When it was awarded') awardDate!: string | null;
  @text() providerName!: string | null;
  @text() grade!: string | null;
  @text() awardingBody!: string | null;
  @text() level!: string | null;
  @text('As VERA sends it, usually "true" or "false"') underDataChallenge!: string | null;
  @integer('Sort key (ascending); rows come sorted') displaySort!: number | null;
}

export class LearnerSchool {
  @text() name!: string | null;
  @integer('School Unique Reference Number') urn!: number | null;
  @text(undefined, '2019/20') academicYearStart!: string | null;
  @integer() termStart!: number | null;
  @text() academicYearEnd!: string | null;
  @integer() termEnd!: number | null;
  @integer('Sort key (ascending); rows come sorted') displaySort!: number | null;
}

export class FreeSchoolMealEligibleLatest {
  @integer() term!: number | null;
  @text(undefined, '2023/24') academicYear!: string | null;
}

/** VERA's learner record, field names as the API sends them; qualifications and schools in `displaySort` order. */
export class LearnerData {
  @ApiProperty({ type: Number, format: 'int64', example: 9990000011, description: 'ULN, 10 digits' })
  uln!: number;
  @text(undefined, 'Sam') firstName!: string | null;
  @text() middleNames!: string | null;
  @text() lastName!: string | null;
  @text() gender!: string | null;
  @date('Date of birth') dateOfBirth!: string | null;
  @text() postcode!: string | null;
  @text() addressLine1!: string | null;
  @text() addressLine2!: string | null;
  @text() addressLine3!: string | null;
  @text() addressLine4!: string | null;
  @text() addressLine5!: string | null;
  @text() senProvision!: string | null;
  @text() senProvisionDescription!: string | null;
  @text() primarySENType!: string | null;
  @text() primarySENTypeDescription!: string | null;
  @text() secondarySENType!: string | null;
  @text() secondarySENTypeDescription!: string | null;
  @integer('Above 0: eligible') freeSchoolMealEligible!: number | null;
  @ApiProperty({ type: FreeSchoolMealEligibleLatest, nullable: true })
  freeSchoolMealEligibleLatest!: FreeSchoolMealEligibleLatest | null;
  @ApiProperty({ type: [LearnerQualification] }) qualifications!: LearnerQualification[];
  @ApiProperty({ type: [LearnerSchool] }) schools!: LearnerSchool[];
}
