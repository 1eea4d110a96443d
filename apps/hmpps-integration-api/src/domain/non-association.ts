import { ApiProperty } from '@nestjs/swagger';

const text = () => ApiProperty({ type: String, nullable: true });
const integer = () => ApiProperty({ type: 'integer', nullable: true });
const flag = () => ApiProperty({ type: Boolean, nullable: true });

/** The other prisoner of a non-association; every field is null where the Non-Associations API has none. */
export class NonAssociationPrisonerDetails {
  @text()
  prisonerNumber!: string | null;

  @text()
  role!: string | null;

  @text()
  roleDescription!: string | null;

  @text()
  firstName!: string | null;

  @text()
  lastName!: string | null;

  @text()
  prisonId!: string | null;

  @text()
  prisonName!: string | null;

  @text()
  cellLocation!: string | null;
}

/** One non-association of a prisoner with another (Non-Associations API). */
export class NonAssociation {
  @integer()
  id!: number | null;

  @text()
  role!: string | null;

  @text()
  roleDescription!: string | null;

  @text()
  reason!: string | null;

  @text()
  reasonDescription!: string | null;

  @text()
  restrictionType!: string | null;

  @text()
  restrictionTypeDescription!: string | null;

  @text()
  comment!: string | null;

  @text()
  authorisedBy!: string | null;

  @text()
  whenCreated!: string | null;

  @text()
  whenUpdated!: string | null;

  @text()
  updatedBy!: string | null;

  @flag()
  isClosed!: boolean | null;

  @text()
  closedBy!: string | null;

  @text()
  closedReason!: string | null;

  @text()
  closedAt!: string | null;

  @ApiProperty({ type: NonAssociationPrisonerDetails, nullable: true })
  otherPrisonerDetails!: NonAssociationPrisonerDetails | null;

  @flag()
  isOpen!: boolean | null;
}

export class NonAssociations {
  @ApiProperty({ type: NonAssociation, isArray: true })
  nonAssociations!: NonAssociation[];
}
