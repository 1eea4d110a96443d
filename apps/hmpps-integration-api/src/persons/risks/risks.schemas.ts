import { arrayOf, fieldSchemas, fieldsOf, nullable, objectOf, Schema } from '../schema';

/** OpenAPI shapes of the risk and needs operations. */
const number = { type: 'number' };
const scoreLevel = objectOf({ scoreLevel: nullable('string'), score: number });
const scoreV2 = objectOf({ band: nullable('string'), score: number });

export const RISK_PREDICTOR_SCORE_SCHEMA = objectOf({
  completedDate: { type: 'string', format: 'date-time' },
  assessmentStatus: { type: 'string' },
  assessmentVersion: { type: 'integer' },
  generalPredictor: scoreLevel,
  violencePredictor: scoreLevel,
  groupReconviction: scoreLevel,
  riskOfSeriousRecidivism: scoreLevel,
  sexualPredictor: objectOf({
    ...fieldSchemas('string', ['indecentScoreLevel', 'contactScoreLevel']),
    indecentScore: number,
    contactScore: number,
  }),
  ...Object.fromEntries(
    [
      'allReoffendingPredictor',
      'violentReoffendingPredictor',
      'seriousViolentReoffendingPredictor',
      'directContactSexualReoffendingPredictor',
      'indirectImageContactSexualReoffendingPredictor',
      'combinedSeriousReoffendingPredictor',
    ].map((name) => [name, scoreV2]),
  ),
});

const risk = fieldsOf('string', [
  'risk',
  'previous',
  'previousConcernsText',
  'current',
  'currentConcernsText',
]);
const riskInContext: Schema = {
  type: 'object',
  nullable: true,
  description: 'Person group → risk level',
  additionalProperties: { type: 'string' },
};

export const RISKS_SCHEMA = objectOf(
  {
    assessedOn: nullable('string'),
    riskToSelf: objectOf({
      suicide: risk,
      selfHarm: risk,
      custody: risk,
      hostelSetting: risk,
      vulnerability: risk,
    }),
    otherRisks: fieldsOf('string', [
      'escapeOrAbscond',
      'controlIssuesDisruptiveBehaviour',
      'breachOfTrust',
      'riskToOtherPrisoners',
    ]),
    summary: objectOf({
      ...fieldSchemas('string', [
        'whoIsAtRisk',
        'natureOfRisk',
        'riskImminence',
        'riskIncreaseFactors',
        'riskMitigationFactors',
        'overallRiskLevel',
      ]),
      riskInCommunity: riskInContext,
      riskInCustody: riskInContext,
    }),
  },
  { nullable: true },
);

export const MAPPA_DETAIL_SCHEMA = objectOf({
  level: nullable('integer'),
  category: nullable('integer'),
  ...fieldSchemas('string', ['levelDescription', 'categoryDescription', 'startDate', 'reviewDate', 'notes']),
});

export const REGISTRATION_SCHEMA = fieldsOf('string', [
  'code',
  'description',
  'startDate',
  'reviewDate',
  'notes',
]);

export const RISK_CATEGORY_SCHEMA = objectOf({
  offenderNo: nullable('string'),
  assessments: arrayOf(
    fieldsOf('string', [
      'classificationCode',
      'classification',
      'assessmentCode',
      'assessmentDescription',
      'assessmentDate',
      'nextReviewDate',
      'assessmentAgencyId',
      'assessmentStatus',
      'assessmentComment',
    ]),
  ),
  ...fieldSchemas('string', ['category', 'categoryCode']),
});

export const RISK_MANAGEMENT_PLAN_SCHEMA = fieldsOf('string', [
  'assessmentId',
  'dateCompleted',
  'initiationDate',
  'assessmentStatus',
  'assessmentType',
  'keyInformationCurrentSituation',
  'furtherConsiderationsCurrentSituation',
  'supervision',
  'monitoringAndControl',
  'interventionsAndTreatment',
  'victimSafetyPlanning',
  'contingencyPlans',
  'latestSignLockDate',
  'latestCompleteDate',
]);

const need = objectOf({
  type: nullable('string'),
  riskOfHarm: nullable('boolean'),
  riskOfReoffending: nullable('boolean'),
});

export const NEEDS_SCHEMA = objectOf(
  {
    assessedOn: nullable('string'),
    needs: arrayOf(need),
  },
  { nullable: true },
);

export const LAO_NOTE =
  'This endpoint does not serve LAO (Limited Access Offender) data: a restricted case is a 403.';
