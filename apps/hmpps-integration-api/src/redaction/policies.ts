import { PathRedaction, RedactionPolicy } from './redaction-policy';

/** What a limited access offender's person record loses. */
const PERSON_LAO_REDACTIONS: readonly PathRedaction[] = [
  ['$..gender', 'REMOVE'],
  ['$..ethnicity', 'REMOVE'],
  ['$..contactDetails', 'REMOVE'],
];

/**
 * Limited access offenders (LAO): risk data and addresses are refused, free-text notes and licence
 * conditions masked, identifying details and alert types removed.
 */
export const LAO_REDACTIONS: RedactionPolicy = {
  name: 'lao-redactions',
  redactions: [
    {
      kind: 'lao-reject',
      endpoints: [
        '/v1/persons/{hmppsId}/risk-management-plan',
        '/v1/persons/{hmppsId}/risks/scores',
        '/v1/persons/{hmppsId}/risks/serious-harm',
      ],
    },
    {
      kind: 'json-path',
      laoOnly: true,
      endpoints: ['/v1/persons/{hmppsId}/licences/conditions'],
      paths: [['$..condition', 'MASK']],
    },
    {
      kind: 'json-path',
      laoOnly: true,
      endpoints: [
        '/v1/persons/{hmppsId}/risks/mappadetail',
        '/v1/persons/{hmppsId}/risks/dynamic',
        '/v1/persons/{hmppsId}/status-information',
      ],
      paths: [['$..notes', 'MASK']],
    },
    { kind: 'json-path', laoOnly: true, endpoints: ['/v1/persons/{hmppsId}'], paths: PERSON_LAO_REDACTIONS },
    {
      kind: 'json-path',
      laoOnly: true,
      endpoints: ['/v1/persons/{hmppsId}/alerts'],
      paths: [
        ['$..type', 'REMOVE'],
        ['$..typeDescription', 'REMOVE'],
        ['$..dateExpired', 'REMOVE'],
        ['$..expired', 'REMOVE'],
        ['$..active', 'REMOVE'],
      ],
    },
    { kind: 'person-search-lao', paths: PERSON_LAO_REDACTIONS },
    { kind: 'lao-reject', endpoints: ['/v1/persons/{hmppsId}/addresses'] },
  ],
};

/** The police see the community offender manager's role, not who they are or how to reach them. */
export const PERSON_RESPONSIBLE_OFFICER_REDACTIONS: RedactionPolicy = {
  name: 'person-responsible-officer-redactions',
  redactions: [
    {
      kind: 'json-path',
      endpoints: ['/v1/persons/{hmppsId}/person-responsible-officer'],
      paths: [
        ['$..prisonOffenderManager', 'REMOVE'],
        ['$..forename', 'MASK'],
        ['$..surname', 'MASK'],
        ['$.data.communityOffenderManager.email', 'MASK'],
        ['$.data.communityOffenderManager.telephoneNumber', 'MASK'],
      ],
    },
  ],
};

/** A person search that answers identifiers only. */
export const PERSON_SEARCH_ID_ONLY: RedactionPolicy = {
  name: 'person-search-id-only',
  redactions: [
    {
      kind: 'json-path',
      endpoints: ['/v1/persons'],
      paths: [
        ['$..firstName', 'REMOVE'],
        ['$..lastName', 'REMOVE'],
        ['$..middleName', 'REMOVE'],
        ['$..dateOfBirth', 'REMOVE'],
        ['$..gender', 'REMOVE'],
        ['$..ethnicity', 'REMOVE'],
        ['$..aliases', 'REMOVE'],
        ['$..contactDetails', 'REMOVE'],
        ['$..currentRestriction', 'REMOVE'],
        ['$..restrictionMessage', 'REMOVE'],
        ['$..currentExclusion', 'REMOVE'],
        ['$..exclusionMessage', 'REMOVE'],
      ],
    },
  ],
};

/** Prison education providers: middle names and cross-system identifiers masked, the probation record removed. */
export const PRISON_EDUCATION_REDACTIONS: RedactionPolicy = {
  name: 'prison-education',
  redactions: [
    {
      kind: 'json-path',
      paths: [
        ['$..middleName', 'MASK'],
        ['$.data.prisonerOffenderSearch.restrictionMessage', 'MASK'],
        ['$.data.prisonerOffenderSearch.pncId', 'MASK'],
        ['$.data.prisonerOffenderSearch.identifiers.croNumber', 'MASK'],
        ['$.data.prisonerOffenderSearch.identifiers.deliusCrn', 'MASK'],
        ['$.data.probationOffenderSearch', 'REMOVE'],
      ],
    },
  ],
};

/** The free-text parts of serious-harm and dynamic risks are masked. */
export const RISKS_TEXT_REDACTIONS: RedactionPolicy = {
  name: 'risks-text-redactions',
  redactions: [
    {
      kind: 'json-path',
      endpoints: ['/v1/persons/{hmppsId}/risks/serious-harm', '/v1/persons/{hmppsId}/risks/dynamic'],
      paths: [
        ['$..previousConcernsText', 'MASK'],
        ['$..currentConcernsText', 'MASK'],
        ['$..whoIsAtRisk', 'MASK'],
        ['$..natureOfRisk', 'MASK'],
        ['$..riskImminence', 'MASK'],
        ['$..riskIncreaseFactors', 'MASK'],
        ['$..riskMitigationFactors', 'MASK'],
        ['$..notes', 'MASK'],
      ],
    },
  ],
};

/** Key dates the police do not use are removed from the latest key dates and adjustments. */
export const UNUSED_KEY_DATES_REDACTIONS: RedactionPolicy = {
  name: 'unused-key-dates-redactions',
  redactions: [
    {
      kind: 'json-path',
      endpoints: ['/v1/persons/{hmppsId}/sentences/latest-key-dates-and-adjustments'],
      paths: [
        ['$.data.adjustments', 'REMOVE'],
        ['$.data.earlyRemovalSchemeEligibilityDate', 'REMOVE'],
        ['$.data.earlyTerm', 'REMOVE'],
        ['$.data.homeDetentionCurfew.eligibilityCalculatedDate', 'REMOVE'],
        ['$.data.homeDetentionCurfew.eligibilityDate', 'REMOVE'],
        ['$.data.homeDetentionCurfew.eligibilityOverrideDate', 'REMOVE'],
        ['$.data.lateTerm', 'REMOVE'],
        ['$.data.midTerm', 'REMOVE'],
        ['$.data.nonDto', 'REMOVE'],
        ['$.data.nonParole', 'REMOVE'],
        ['$.data.paroleEligibility', 'REMOVE'],
        ['$.data.dtoPostRecallRelease', 'REMOVE'],
        ['$.data.tariffEarlyRemovalSchemeEligibilityDate', 'REMOVE'],
        ['$.data.topupSupervision', 'REMOVE'],
      ],
    },
  ],
};

/** Risk scores for the case-proposal service: bands and levels removed. */
export const EPF_RISK_SCORE_REDACTIONS: RedactionPolicy = {
  name: 'epf-risk-score-redactions',
  redactions: [
    {
      kind: 'json-path',
      endpoints: ['/v1/persons/{hmppsId}/risks/scores'],
      paths: [
        ['$..band', 'REMOVE'],
        ['$..scoreLevel', 'REMOVE'],
        ['$..indecentScoreLevel', 'REMOVE'],
        ['$..contactScoreLevel', 'REMOVE'],
      ],
    },
  ],
};

/** Risk scores for everyone else: the raw scores removed, levels kept. */
export const GENERAL_RISK_SCORE_REDACTIONS: RedactionPolicy = {
  name: 'general-risk-score-redactions',
  redactions: [
    {
      kind: 'json-path',
      endpoints: ['/v1/persons/{hmppsId}/risks/scores'],
      paths: [
        ['$..score', 'REMOVE'],
        ['$..indecentScore', 'REMOVE'],
        ['$..contactScore', 'REMOVE'],
      ],
    },
  ],
};
