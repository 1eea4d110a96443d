import { ApiPropertyOptional } from '@nestjs/swagger';

export interface NonAssociationPrisonerDetails {
  prisonerNumber: string | null;
  role: string | null;
  roleDescription: string | null;
  firstName: string | null;
  lastName: string | null;
  prisonId: string | null;
  prisonName: string | null;
  cellLocation: string | null;
}

/** One non-association of a prisoner with another (Non-Associations API). */
export interface NonAssociation {
  id: number | null;
  role: string | null;
  roleDescription: string | null;
  reason: string | null;
  reasonDescription: string | null;
  restrictionType: string | null;
  restrictionTypeDescription: string | null;
  comment: string | null;
  authorisedBy: string | null;
  whenCreated: string | null;
  whenUpdated: string | null;
  updatedBy: string | null;
  isClosed: boolean | null;
  closedBy: string | null;
  closedReason: string | null;
  closedAt: string | null;
  otherPrisonerDetails: NonAssociationPrisonerDetails | null;
  isOpen: boolean | null;
}

/** A prisoner's non-associations, as a class so that it is the OpenAPI schema (the items undescribed there). */
export class NonAssociations {
  @ApiPropertyOptional({ type: Object, isArray: true })
  nonAssociations!: NonAssociation[];
}
