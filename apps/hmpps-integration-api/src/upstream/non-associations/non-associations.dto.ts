import { NonAssociation, NonAssociationPrisonerDetails } from '../../domain/non-association';

/** Non-Associations API `PrisonerNonAssociations` (only the list is used). */
export interface PrisonerNonAssociationsDto {
  nonAssociations?: NonAssociationDto[] | null;
}

export interface NonAssociationDto {
  id?: number | null;
  role?: string | null;
  roleDescription?: string | null;
  reason?: string | null;
  reasonDescription?: string | null;
  restrictionType?: string | null;
  restrictionTypeDescription?: string | null;
  comment?: string | null;
  authorisedBy?: string | null;
  whenCreated?: string | null;
  whenUpdated?: string | null;
  updatedBy?: string | null;
  isClosed?: boolean | null;
  closedBy?: string | null;
  closedReason?: string | null;
  closedAt?: string | null;
  otherPrisonerDetails?: Partial<Record<keyof NonAssociationPrisonerDetails, string | null>> | null;
}

export function toNonAssociation(dto: NonAssociationDto): NonAssociation {
  const other = dto.otherPrisonerDetails;
  const isClosed = dto.isClosed ?? null;
  return {
    id: dto.id ?? null,
    role: dto.role ?? null,
    roleDescription: dto.roleDescription ?? null,
    reason: dto.reason ?? null,
    reasonDescription: dto.reasonDescription ?? null,
    restrictionType: dto.restrictionType ?? null,
    restrictionTypeDescription: dto.restrictionTypeDescription ?? null,
    comment: dto.comment ?? null,
    authorisedBy: dto.authorisedBy ?? null,
    whenCreated: dto.whenCreated ?? null,
    whenUpdated: dto.whenUpdated ?? null,
    updatedBy: dto.updatedBy ?? null,
    isClosed,
    closedBy: dto.closedBy ?? null,
    closedReason: dto.closedReason ?? null,
    closedAt: dto.closedAt ?? null,
    otherPrisonerDetails: other
      ? {
          prisonerNumber: other.prisonerNumber ?? null,
          role: other.role ?? null,
          roleDescription: other.roleDescription ?? null,
          firstName: other.firstName ?? null,
          lastName: other.lastName ?? null,
          prisonId: other.prisonId ?? null,
          prisonName: other.prisonName ?? null,
          cellLocation: other.cellLocation ?? null,
        }
      : null,
    // The upstream only says whether it is closed; the API also states the converse.
    isOpen: isClosed === null ? null : !isClosed,
  };
}
