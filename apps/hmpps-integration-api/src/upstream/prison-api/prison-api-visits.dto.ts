import { PersonVisitRestriction, VisitOrders } from '../../domain/visit';

/** Prison API `OffenderRestrictions`. */
export interface OffenderRestrictionsDto {
  offenderRestrictions?:
    Partial<{ [K in keyof PersonVisitRestriction]: PersonVisitRestriction[K] | null }>[] | null;
}

export function toVisitRestrictions(dto: OffenderRestrictionsDto): PersonVisitRestriction[] {
  return (dto.offenderRestrictions ?? []).map((restriction) => ({
    restrictionId: restriction.restrictionId ?? null,
    // HEAD's model has a non-null comment; NOMIS leaving it out is written as an empty text.
    comment: restriction.comment ?? '',
    restrictionType: restriction.restrictionType ?? null,
    restrictionTypeDescription: restriction.restrictionTypeDescription ?? null,
    startDate: restriction.startDate ?? null,
    expiryDate: restriction.expiryDate ?? null,
    active: restriction.active ?? null,
  }));
}

/** Prison API `VisitBalances`. */
export interface VisitBalancesDto {
  remainingVo?: number | null;
  remainingPvo?: number | null;
}

export function toVisitOrders(dto: VisitBalancesDto): VisitOrders {
  return { remainingVisitOrders: dto.remainingVo ?? 0, remainingPrivilegeVisitOrders: dto.remainingPvo ?? 0 };
}
