import { IepLevel } from '../../domain/iep-level';

/** Incentives API `IncentiveReviewSummary`: the current level is at the top level. */
export interface IncentiveReviewSummaryDto {
  iepCode?: string | null;
  iepLevel?: string | null;
}

export function toIepLevel(dto: IncentiveReviewSummaryDto): IepLevel {
  return { iepCode: dto.iepCode ?? null, iepLevel: dto.iepLevel ?? null };
}
