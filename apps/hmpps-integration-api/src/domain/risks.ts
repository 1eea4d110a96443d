/** OASys risk and needs data from Assess Risks and Needs (spec §5.4 #25, #26, #30, #31). */
/** A version-1 predictor: its level, and its raw score when ARN gives one (HEAD leaves a null score out). */
export interface PredictorLevel {
  scoreLevel: string | null;
  score?: number;
}

/** A version-2 predictor (HEAD's `RiskScoreV2`). */
export interface RiskScoreV2 {
  band: string | null;
  score?: number;
}

/**
 * HEAD's `RiskPredictorScore` (`@JsonInclude(NON_NULL)`): a null date or status is left out; version 1
 * assessments fill the five predictors, version 2 ones the six `…Predictor` scores (the five then empty).
 */
export interface RiskPredictorScore {
  completedDate?: string;
  assessmentStatus?: string;
  assessmentVersion: number;
  generalPredictor: PredictorLevel;
  violencePredictor: PredictorLevel;
  groupReconviction: PredictorLevel;
  riskOfSeriousRecidivism: PredictorLevel;
  sexualPredictor: {
    indecentScoreLevel: string | null;
    contactScoreLevel: string | null;
    indecentScore?: number;
    contactScore?: number;
  };
  allReoffendingPredictor?: RiskScoreV2;
  violentReoffendingPredictor?: RiskScoreV2;
  seriousViolentReoffendingPredictor?: RiskScoreV2;
  directContactSexualReoffendingPredictor?: RiskScoreV2;
  indirectImageContactSexualReoffendingPredictor?: RiskScoreV2;
  combinedSeriousReoffendingPredictor?: RiskScoreV2;
}

export interface Risk {
  risk: string | null;
  previous: string | null;
  previousConcernsText: string | null;
  current: string | null;
  currentConcernsText: string | null;
}

/** Person group (camel case, e.g. `knownAdult`) → risk level. */
export type RiskInContext = Record<string, string>;

export interface Risks {
  assessedOn: string | null;
  riskToSelf: { suicide: Risk; selfHarm: Risk; custody: Risk; hostelSetting: Risk; vulnerability: Risk };
  otherRisks: {
    escapeOrAbscond: string | null;
    controlIssuesDisruptiveBehaviour: string | null;
    breachOfTrust: string | null;
    riskToOtherPrisoners: string | null;
  };
  summary: {
    whoIsAtRisk: string | null;
    natureOfRisk: string | null;
    riskImminence: string | null;
    riskIncreaseFactors: string | null;
    riskMitigationFactors: string | null;
    overallRiskLevel: string | null;
    riskInCommunity: RiskInContext | null;
    riskInCustody: RiskInContext | null;
  };
}

export interface Need {
  type: string | null;
  riskOfHarm: boolean | null;
  riskOfReoffending: boolean | null;
}

export interface Needs {
  assessedOn: string | null;
  needs: Need[];
}

export interface RiskManagementPlan {
  assessmentId: string | null;
  dateCompleted: string | null;
  initiationDate: string | null;
  assessmentStatus: string | null;
  assessmentType: string | null;
  keyInformationCurrentSituation: string | null;
  furtherConsiderationsCurrentSituation: string | null;
  supervision: string | null;
  monitoringAndControl: string | null;
  interventionsAndTreatment: string | null;
  victimSafetyPlanning: string | null;
  contingencyPlans: string | null;
  latestSignLockDate: string | null;
  latestCompleteDate: string | null;
}
