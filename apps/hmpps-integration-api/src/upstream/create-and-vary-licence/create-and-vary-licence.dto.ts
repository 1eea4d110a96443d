import { LicenceCondition, LicenceSummary } from '../../domain/licence';

/** CVL `/public/licence-summaries/crn/{crn}` entry. */
export interface LicenceSummaryDto {
  id: number | string;
  prisonNumber?: string | null;
  statusCode?: string | null;
  licenceType?: string | null;
  createdDateTime?: string | null;
  approvedDateTime?: string | null;
  updatedDateTime?: string | null;
}

export function toLicenceSummary(summary: LicenceSummaryDto): LicenceSummary {
  return {
    id: String(summary.id),
    offenderNumber: summary.prisonNumber ?? null,
    status: summary.statusCode ?? null,
    typeCode: summary.licenceType ?? null,
    createdDate: summary.createdDateTime ?? null,
    approvedDate: summary.approvedDateTime ?? null,
    updatedDate: summary.updatedDateTime ?? null,
  };
}

interface LicenceConditionDto {
  code?: string | null;
  category?: string | null;
  type?: string | null;
  text?: string | null;
}

/** CVL `/public/licences/id/{id}`: the conditions of the licence period (AP). */
export interface LicenceDto {
  conditions?: {
    AP?: {
      standard?: LicenceConditionDto[] | null;
      additional?: LicenceConditionDto[] | null;
      bespoke?: LicenceConditionDto[] | null;
    } | null;
  } | null;
}

/** Standard, then additional, then bespoke conditions; `type` falls back to the group they came in. */
export function toLicenceConditions(licence: LicenceDto): LicenceCondition[] {
  const groups = licence.conditions?.AP ?? {};
  const conditionsOf = (conditions: LicenceConditionDto[] | null | undefined, group: string) =>
    (conditions ?? []).map((condition) => ({
      type: condition.type ?? group,
      code: condition.code ?? null,
      category: condition.category ?? null,
      condition: condition.text ?? null,
    }));
  return [
    ...conditionsOf(groups.standard, 'STANDARD'),
    ...conditionsOf(groups.additional, 'ADDITIONAL'),
    ...conditionsOf(groups.bespoke, 'BESPOKE'),
  ];
}
