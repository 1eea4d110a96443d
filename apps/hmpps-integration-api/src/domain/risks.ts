import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableDateTime, NullableFlag, NullableText } from '../common/optional-properties';

/**
 * OASys risk and needs data from Assess Risks and Needs. Classes, so that
 * the same declarations are the OpenAPI schemas.
 */

/** A version-1 predictor: its level, and its raw score when ARN gives one (HEAD leaves a null score out). */
export class PredictorLevel {
  @NullableText()
  scoreLevel!: string | null;

  @ApiPropertyOptional()
  score?: number;
}

/** A version-2 predictor (HEAD's `RiskScoreV2`). */
export class RiskScoreV2 {
  @NullableText()
  band!: string | null;

  @ApiPropertyOptional()
  score?: number;
}

export class SexualPredictor {
  @NullableText()
  indecentScoreLevel!: string | null;

  @NullableText()
  contactScoreLevel!: string | null;

  @ApiPropertyOptional()
  indecentScore?: number;

  @ApiPropertyOptional()
  contactScore?: number;
}

/**
 * HEAD's `RiskPredictorScore` (`@JsonInclude(NON_NULL)`): a null date or status is left out; version 1
 * assessments fill the five predictors, version 2 ones the six `…Predictor` scores (the five then empty).
 */
export class RiskPredictorScore {
  @ApiPropertyOptional({ format: 'date-time' })
  completedDate?: string;

  @ApiPropertyOptional()
  assessmentStatus?: string;

  @ApiPropertyOptional({ type: 'integer' })
  assessmentVersion!: number;

  @ApiPropertyOptional({ type: PredictorLevel })
  generalPredictor!: PredictorLevel;

  @ApiPropertyOptional({ type: PredictorLevel })
  violencePredictor!: PredictorLevel;

  @ApiPropertyOptional({ type: PredictorLevel })
  groupReconviction!: PredictorLevel;

  @ApiPropertyOptional({ type: PredictorLevel })
  riskOfSeriousRecidivism!: PredictorLevel;

  @ApiPropertyOptional({ type: SexualPredictor })
  sexualPredictor!: SexualPredictor;

  @ApiPropertyOptional({ type: RiskScoreV2 })
  allReoffendingPredictor?: RiskScoreV2;

  @ApiPropertyOptional({ type: RiskScoreV2 })
  violentReoffendingPredictor?: RiskScoreV2;

  @ApiPropertyOptional({ type: RiskScoreV2 })
  seriousViolentReoffendingPredictor?: RiskScoreV2;

  @ApiPropertyOptional({ type: RiskScoreV2 })
  directContactSexualReoffendingPredictor?: RiskScoreV2;

  @ApiPropertyOptional({ type: RiskScoreV2 })
  indirectImageContactSexualReoffendingPredictor?: RiskScoreV2;

  @ApiPropertyOptional({ type: RiskScoreV2 })
  combinedSeriousReoffendingPredictor?: RiskScoreV2;
}

export class Risk {
  @NullableText()
  risk!: string | null;

  @NullableText()
  previous!: string | null;

  @NullableText()
  previousConcernsText!: string | null;

  @NullableText()
  current!: string | null;

  @NullableText()
  currentConcernsText!: string | null;
}

export class RiskToSelf {
  @ApiPropertyOptional({ type: Risk })
  suicide!: Risk;

  @ApiPropertyOptional({ type: Risk })
  selfHarm!: Risk;

  @ApiPropertyOptional({ type: Risk })
  custody!: Risk;

  @ApiPropertyOptional({ type: Risk })
  hostelSetting!: Risk;

  @ApiPropertyOptional({ type: Risk })
  vulnerability!: Risk;
}

export class OtherRisks {
  @NullableText()
  escapeOrAbscond!: string | null;

  @NullableText()
  controlIssuesDisruptiveBehaviour!: string | null;

  @NullableText()
  breachOfTrust!: string | null;

  @NullableText()
  riskToOtherPrisoners!: string | null;
}

/** Person group (camel case, e.g. `knownAdult`) → risk level. */
export type RiskInContext = Record<string, string>;

/** A map has no class of its own: its values are named here. */
const RiskInContextProperty = () =>
  ApiPropertyOptional({
    type: 'object',
    nullable: true,
    description: 'Person group → risk level',
    additionalProperties: { type: 'string' },
  });

export class RiskSummary {
  @NullableText()
  whoIsAtRisk!: string | null;

  @NullableText()
  natureOfRisk!: string | null;

  @NullableText()
  riskImminence!: string | null;

  @NullableText()
  riskIncreaseFactors!: string | null;

  @NullableText()
  riskMitigationFactors!: string | null;

  @NullableText()
  overallRiskLevel!: string | null;

  @RiskInContextProperty()
  riskInCommunity!: RiskInContext | null;

  @RiskInContextProperty()
  riskInCustody!: RiskInContext | null;
}

export class Risks {
  @NullableDateTime()
  assessedOn!: string | null;

  @ApiPropertyOptional({ type: RiskToSelf })
  riskToSelf!: RiskToSelf;

  @ApiPropertyOptional({ type: OtherRisks })
  otherRisks!: OtherRisks;

  @ApiPropertyOptional({ type: RiskSummary })
  summary!: RiskSummary;
}

export class Need {
  @NullableText()
  type!: string | null;

  @NullableFlag()
  riskOfHarm!: boolean | null;

  @NullableFlag()
  riskOfReoffending!: boolean | null;
}

export class Needs {
  @NullableDateTime()
  assessedOn!: string | null;

  @ApiPropertyOptional({ type: [Need] })
  needs!: Need[];
}

export class RiskManagementPlan {
  @NullableText()
  assessmentId!: string | null;

  @NullableText()
  dateCompleted!: string | null;

  @NullableText()
  initiationDate!: string | null;

  @NullableText()
  assessmentStatus!: string | null;

  @NullableText()
  assessmentType!: string | null;

  @NullableText()
  keyInformationCurrentSituation!: string | null;

  @NullableText()
  furtherConsiderationsCurrentSituation!: string | null;

  @NullableText()
  supervision!: string | null;

  @NullableText()
  monitoringAndControl!: string | null;

  @NullableText()
  interventionsAndTreatment!: string | null;

  @NullableText()
  victimSafetyPlanning!: string | null;

  @NullableText()
  contingencyPlans!: string | null;

  @NullableText()
  latestSignLockDate!: string | null;

  @NullableText()
  latestCompleteDate!: string | null;
}
