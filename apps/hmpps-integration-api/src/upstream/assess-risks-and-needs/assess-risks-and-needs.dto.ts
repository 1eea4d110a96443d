import {
  Needs,
  Risk,
  RiskInContext,
  RiskManagementPlan,
  RiskPredictorScore,
  Risks,
} from '../../domain/risks';

type ArnScoreDto = { band?: string | null; score?: number | null } | null;

const V2_PREDICTORS = [
  'allReoffendingPredictor',
  'violentReoffendingPredictor',
  'seriousViolentReoffendingPredictor',
  'directContactSexualReoffendingPredictor',
  'indirectImageContactSexualReoffendingPredictor',
  'combinedSeriousReoffendingPredictor',
] as const;

/** ARN `/risks/predictors/unsafe/all/CRN/{crn}` (HEAD's source): one entry per OASys assessment. */
export interface ArnRiskPredictorScoreDto {
  completedDate?: string | null;
  status?: string | null;
  outputVersion?: string | null;
  output?:
    | ({
        generalPredictorScore?: { ogpRisk?: string | null; ogp2Year?: number | null } | null;
        violencePredictorScore?: { ovpRisk?: string | null; twoYears?: number | null } | null;
        groupReconvictionScore?: { scoreLevel?: string | null; twoYears?: number | null } | null;
        riskOfSeriousRecidivismScore?: { scoreLevel?: string | null; percentageScore?: number | null } | null;
        sexualPredictorScore?: {
          ospIndecentScoreLevel?: string | null;
          ospContactScoreLevel?: string | null;
          ospIndirectImagePercentageScore?: number | null;
          ospDirectContactPercentageScore?: number | null;
        } | null;
      } & Partial<Record<(typeof V2_PREDICTORS)[number], ArnScoreDto>>)
    | null;
}

/** The key only when there is a value, as HEAD's `NON_NULL` properties. */
function present<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return value === null || value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

const level = (scoreLevel: string | null | undefined, score: number | null | undefined) => ({
  scoreLevel: scoreLevel ?? null,
  ...present('score', score),
});

/** As HEAD: version 1 and 2 are read, any other version fails the request. */
export function toRiskPredictorScore(dto: ArnRiskPredictorScoreDto): RiskPredictorScore {
  const version = Number(dto.outputVersion);
  const output = dto.output ?? {};
  const common = {
    ...present('completedDate', dto.completedDate),
    ...present('assessmentStatus', dto.status),
    assessmentVersion: version,
  };
  if (version === 1) {
    const sexual = output.sexualPredictorScore;
    return {
      ...common,
      generalPredictor: level(output.generalPredictorScore?.ogpRisk, output.generalPredictorScore?.ogp2Year),
      violencePredictor: level(
        output.violencePredictorScore?.ovpRisk,
        output.violencePredictorScore?.twoYears,
      ),
      groupReconviction: level(
        output.groupReconvictionScore?.scoreLevel,
        output.groupReconvictionScore?.twoYears,
      ),
      riskOfSeriousRecidivism: level(
        output.riskOfSeriousRecidivismScore?.scoreLevel,
        output.riskOfSeriousRecidivismScore?.percentageScore,
      ),
      sexualPredictor: {
        indecentScoreLevel: sexual?.ospIndecentScoreLevel ?? null,
        contactScoreLevel: sexual?.ospContactScoreLevel ?? null,
        ...present('indecentScore', sexual?.ospIndirectImagePercentageScore),
        ...present('contactScore', sexual?.ospDirectContactPercentageScore),
      },
    };
  }
  if (version === 2) {
    const empty = { scoreLevel: null };
    return {
      ...common,
      generalPredictor: empty,
      violencePredictor: empty,
      groupReconviction: empty,
      riskOfSeriousRecidivism: empty,
      sexualPredictor: { indecentScoreLevel: null, contactScoreLevel: null },
      ...Object.fromEntries(
        V2_PREDICTORS.map((name) => [
          name,
          { band: output[name]?.band ?? null, ...present('score', output[name]?.score) },
        ]),
      ),
    };
  }
  throw new Error(`Version not supported: ${dto.outputVersion}`);
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

/** ARN `/needs/{crn}` (the endpoint HEAD reads): one entry per OASys section of the latest assessment. */
export interface ArnNeedDto {
  section?: string | null;
  riskOfHarm?: boolean | null;
  riskOfReoffending?: boolean | null;
}

export interface ArnNeedsDto {
  assessedOn?: string | null;
  needs?: ArnNeedDto[] | null;
}

export function toNeeds(needs: ArnNeedsDto): Needs {
  return {
    assessedOn: needs.assessedOn ?? null,
    needs: (needs.needs ?? []).map((need) => ({
      type: need.section ?? null,
      riskOfHarm: need.riskOfHarm ?? null,
      riskOfReoffending: need.riskOfReoffending ?? null,
    })),
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
