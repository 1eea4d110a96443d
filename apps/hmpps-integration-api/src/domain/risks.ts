/** OASys risk and needs data from Assess Risks and Needs (spec §5.4 #25, #26, #30, #31). */
export interface RiskPredictorScore {
  completedDate: string | null;
  assessmentStatus: string | null;
  generalPredictor: { scoreLevel: string | null };
  violencePredictor: { scoreLevel: string | null };
  groupReconviction: { scoreLevel: string | null };
  riskOfSeriousRecidivism: { scoreLevel: string | null };
  sexualPredictor: { indecentScoreLevel: string | null; contactScoreLevel: string | null };
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
  severity: string | null;
}

export interface Needs {
  assessedOn: string | null;
  identifiedNeeds: Need[];
  notIdentifiedNeeds: Need[];
  unansweredNeeds: Need[];
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
