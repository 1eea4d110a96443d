import { ApiProperty } from '@nestjs/swagger';

/** The response models of the reception operations, named as the reference names them. */

const text = (example?: string, format?: 'date') =>
  ApiProperty({ type: String, nullable: true, example, format });
const wholeNumber = (example: number) => ApiProperty({ type: 'integer', nullable: true, example });

export class PersonalCareNeed {
  @text('MATSTAT')
  problemType!: string | null;

  @text('ACCU9')
  problemCode!: string | null;

  @text('ON')
  problemStatus!: string | null;

  @text('No Disability')
  problemDescription!: string | null;

  @text('Registered blind')
  commentText!: string | null;

  @text('2020-06-21', 'date')
  startDate!: string | null;

  @text('2025-05-10', 'date')
  endDate!: string | null;
}

export class Language {
  @text('PRIM')
  type!: string | null;

  @text('ENG')
  code!: string | null;

  @text('Y')
  readSkill!: string | null;

  @text('Y')
  writeSkill!: string | null;

  @text('Y')
  speakSkill!: string | null;

  @ApiProperty({ type: Boolean, nullable: true })
  interpreterRequested!: boolean | null;
}

export class BodyMark {
  @text('Left arm')
  bodyPart!: string | null;

  @text('Red rose')
  comment!: string | null;
}

export class PhysicalCharacteristics {
  @wholeNumber(200)
  heightCentimetres!: number | null;

  @wholeNumber(102)
  weightKilograms!: number | null;

  @text('Blonde')
  hairColour!: string | null;

  @text('Green')
  rightEyeColour!: string | null;

  @text('Hazel')
  leftEyeColour!: string | null;

  @text('Clean Shaven')
  facialHair!: string | null;

  @text('Round')
  shapeOfFace!: string | null;

  @text('Muscular')
  build!: string | null;

  @wholeNumber(10)
  shoeSize!: number | null;

  @ApiProperty({ type: BodyMark, isArray: true, nullable: true })
  tattoos!: BodyMark[] | null;

  @ApiProperty({ type: BodyMark, isArray: true, nullable: true })
  scars!: BodyMark[] | null;

  @ApiProperty({ type: BodyMark, isArray: true, nullable: true })
  marks!: BodyMark[] | null;
}

export class NumberOfChildren {
  @text('2')
  numberOfChildren!: string | null;
}
