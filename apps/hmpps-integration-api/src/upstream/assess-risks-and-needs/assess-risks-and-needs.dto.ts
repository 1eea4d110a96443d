import {
  Need,
  Needs,
  Risk,
  RiskInContext,
  RiskManagementPlan,
  RiskPredictorScore,
  Risks,
} from '../../domain/risks';

/** ARN `/risks/crn/{crn}/predictors/all`: one entry per completed OASys assessment. */
export interface ArnRiskPredictorScoreDto {
  completedDate?: string | null;
  assessmentStatus?: string | null;
  generalPredictorScore?: { ogpRisk?: string | null } | null;
  violencePredictorScore?: { ovpRisk?: string | null } | null;
  groupReconvictionScore?: { scoreLevel?: string | null } | null;
  riskOfSeriousRecidivismScore?: { scoreLevel?: string | null } | null;
  sexualPredictorScore?: {
    ospIndecentScoreLevel?: string | null;
    ospContactScoreLevel?: string | null;
  } | null;
}

export function toRiskPredictorScore(score: ArnRiskPredictorScoreDto): RiskPredictorScore {
  return {
    completedDate: score.completedDate || null,
    assessmentStatus: score.assessmentStatus ?? null,
    generalPredictor: { scoreLevel: score.generalPredictorScore?.ogpRisk ?? null },
    violencePredictor: { scoreLevel: score.violencePredictorScore?.ovpRisk ?? null },
    groupReconviction: { scoreLevel: score.groupReconvictionScore?.scoreLevel ?? null },
    riskOfSeriousRecidivism: { scoreLevel: score.riskOfSeriousRecidivismScore?.scoreLevel ?? null },
    sexualPredictor: {
      indecentScoreLevel: score.sexualPredictorScore?.ospIndecentScoreLevel ?? null,
      contactScoreLevel: score.sexualPredictorScore?.ospContactScoreLevel ?? null,
    },
  };
}

type ArnRiskDto = Partial<Record<keyof Risk, string | null>> | null | undefined;

/** ARN `/risks/crn/{crn}` (ROSH summary). `riskInCommunity`/`riskInCustody` map a level to person groups. */
export interface ArnRisksDto {
  assessedOn?: string | null;
  riskToSelf?: {
    suicide?: ArnRiskDto;
    selfHarm?: ArnRiskDto;
    custody?: ArnRiskDto;
    hostelSetting?: ArnRiskDto;
    vulnerability?: ArnRiskDto;
  } | null;
  otherRisks?: Partial<Record<keyof Risks['otherRisks'], string | null>> | null;
  summary?:
    | (Partial<
        Record<Exclude<keyof Risks['summary'], 'riskInCommunity' | 'riskInCustody'>, string | null>
      > & {
        riskInCommunity?: Record<string, string[]> | null;
        riskInCustody?: Record<string, string[]> | null;
      })
    | null;
}

function toRisk(risk: ArnRiskDto): Risk {
  return {
    risk: risk?.risk ?? null,
    previous: risk?.previous ?? null,
    previousConcernsText: risk?.previousConcernsText ?? null,
    current: risk?.current ?? null,
    currentConcernsText: risk?.currentConcernsText ?? null,
  };
}

/** "Known Adult" → "knownAdult", as the reference names person groups. */
function camelCase(personGroup: string): string {
  const words = personGroup.split(' ').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  const joined = words.join('');
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

/** Level → groups becomes group → level; an empty map is reported as null. */
function toRiskInContext(levels: Record<string, string[]> | null | undefined): RiskInContext | null {
  if (!levels || Object.keys(levels).length === 0) return null;
  const byGroup: RiskInContext = {};
  for (const [level, groups] of Object.entries(levels)) {
    for (const group of groups) byGroup[camelCase(group)] = level;
  }
  return byGroup;
}

export function toRisks(risks: ArnRisksDto): Risks {
  const summary = risks.summary ?? {};
  return {
    assessedOn: risks.assessedOn ?? null,
    riskToSelf: {
      suicide: toRisk(risks.riskToSelf?.suicide),
      selfHarm: toRisk(risks.riskToSelf?.selfHarm),
      custody: toRisk(risks.riskToSelf?.custody),
      hostelSetting: toRisk(risks.riskToSelf?.hostelSetting),
      vulnerability: toRisk(risks.riskToSelf?.vulnerability),
    },
    otherRisks: {
      escapeOrAbscond: risks.otherRisks?.escapeOrAbscond ?? null,
      controlIssuesDisruptiveBehaviour: risks.otherRisks?.controlIssuesDisruptiveBehaviour ?? null,
      breachOfTrust: risks.otherRisks?.breachOfTrust ?? null,
      riskToOtherPrisoners: risks.otherRisks?.riskToOtherPrisoners ?? null,
    },
    summary: {
      whoIsAtRisk: summary.whoIsAtRisk ?? null,
      natureOfRisk: summary.natureOfRisk ?? null,
      riskImminence: summary.riskImminence ?? null,
      riskIncreaseFactors: summary.riskIncreaseFactors ?? null,
      riskMitigationFactors: summary.riskMitigationFactors ?? null,
      overallRiskLevel: summary.overallRiskLevel ?? null,
      riskInCommunity: toRiskInContext(summary.riskInCommunity),
      riskInCustody: toRiskInContext(summary.riskInCustody),
    },
  };
}

/** ARN `/needs/crn/{crn}`: each need names its OASys section. */
export interface ArnNeedDto {
  section?: string | null;
  riskOfHarm?: boolean | null;
  riskOfReoffending?: boolean | null;
  severity?: string | null;
}

export interface ArnNeedsDto {
  assessedOn?: string | null;
  identifiedNeeds?: ArnNeedDto[] | null;
  notIdentifiedNeeds?: ArnNeedDto[] | null;
  unansweredNeeds?: ArnNeedDto[] | null;
}

function toNeed(need: ArnNeedDto): Need {
  return {
    type: need.section ?? null,
    riskOfHarm: need.riskOfHarm ?? null,
    riskOfReoffending: need.riskOfReoffending ?? null,
    severity: need.severity ?? null,
  };
}

export function toNeeds(needs: ArnNeedsDto): Needs {
  return {
    assessedOn: needs.assessedOn ?? null,
    identifiedNeeds: (needs.identifiedNeeds ?? []).map(toNeed),
    notIdentifiedNeeds: (needs.notIdentifiedNeeds ?? []).map(toNeed),
    unansweredNeeds: (needs.unansweredNeeds ?? []).map(toNeed),
  };
}

/** ARN `/risks/crn/{crn}/risk-management-plan`. */
type ArnRiskManagementPlanDto = Partial<Record<keyof RiskManagementPlan, string | null>>;

export interface ArnRiskManagementPlansDto {
  crn?: string | null;
  limitedAccessOffender?: boolean | string | null;
  riskManagementPlan?: ArnRiskManagementPlanDto[] | null;
}

function toRiskManagementPlan(plan: ArnRiskManagementPlanDto): RiskManagementPlan {
  return {
    assessmentId: plan.assessmentId ?? null,
    dateCompleted: plan.dateCompleted ?? null,
    initiationDate: plan.initiationDate ?? null,
    assessmentStatus: plan.assessmentStatus ?? null,
    assessmentType: plan.assessmentType ?? null,
    keyInformationCurrentSituation: plan.keyInformationCurrentSituation ?? null,
    furtherConsiderationsCurrentSituation: plan.furtherConsiderationsCurrentSituation ?? null,
    supervision: plan.supervision ?? null,
    monitoringAndControl: plan.monitoringAndControl ?? null,
    interventionsAndTreatment: plan.interventionsAndTreatment ?? null,
    victimSafetyPlanning: plan.victimSafetyPlanning ?? null,
    contingencyPlans: plan.contingencyPlans ?? null,
    latestSignLockDate: plan.latestSignLockDate ?? null,
    latestCompleteDate: plan.latestCompleteDate ?? null,
  };
}

/** In ARN's order; ARN's other columns (work-in-progress flags and dates) stay behind. */
export function toRiskManagementPlans(plans: ArnRiskManagementPlansDto): RiskManagementPlan[] {
  return (plans.riskManagementPlan ?? []).map(toRiskManagementPlan);
}
