import { arrayOf, fieldSchemas, fieldsOf, nullable, objectOf } from '../schema';

/** OpenAPI shapes of the sentence operations. */
export const SENTENCE_SCHEMA = objectOf({
  serviceSource: { type: 'string', enum: ['PRISON_API', 'NDELIUS'] },
  systemSource: { type: 'string', enum: ['PRISON_SYSTEMS', 'PROBATION_SYSTEMS'] },
  dateOfSentencing: nullable('string'),
  description: nullable('string'),
  isActive: nullable('boolean'),
  isCustodial: { type: 'boolean' },
  fineAmount: nullable('number'),
  length: objectOf({
    duration: nullable('integer'),
    units: nullable('string'),
    terms: arrayOf(
      objectOf({
        ...fieldSchemas('integer', ['years', 'months', 'weeks', 'days', 'hours']),
        prisonTermCode: nullable('string'),
      }),
    ),
  }),
});

const dates = (...names: string[]) => fieldsOf('string', names, { nullable: true });
const keyDate = dates('date', 'overrideDate');
const calculatedKeyDate = dates('date', 'overrideDate', 'calculatedDate');

export const KEY_DATES_SCHEMA = objectOf({
  adjustments: fieldsOf(
    'integer',
    [
      'additionalDaysAwarded',
      'unlawfullyAtLarge',
      'lawfullyAtLarge',
      'restoredAdditionalDaysAwarded',
      'specialRemission',
      'recallSentenceRemand',
      'recallSentenceTaggedBail',
      'remand',
      'taggedBail',
      'unusedRemand',
    ],
    { nullable: true },
  ),
  automaticRelease: keyDate,
  conditionalRelease: keyDate,
  dtoPostRecallRelease: keyDate,
  earlyTerm: calculatedKeyDate,
  homeDetentionCurfew: dates(
    'actualDate',
    'eligibilityCalculatedDate',
    'eligibilityDate',
    'eligibilityOverrideDate',
    'endDate',
  ),
  lateTerm: calculatedKeyDate,
  licenceExpiry: calculatedKeyDate,
  midTerm: calculatedKeyDate,
  nonDto: dates('date', 'releaseDateType'),
  nonParole: keyDate,
  paroleEligibility: calculatedKeyDate,
  postRecallRelease: keyDate,
  release: dates('date', 'confirmedDate'),
  sentence: dates(
    'effectiveEndDate',
    'expiryCalculatedDate',
    'expiryDate',
    'expiryOverrideDate',
    'startDate',
  ),
  topupSupervision: dates('expiryCalculatedDate', 'expiryDate', 'expiryOverrideDate', 'startDate'),
  actualParoleDate: nullable('string'),
  earlyRemovalSchemeEligibilityDate: nullable('string'),
  releaseOnTemporaryLicenceDate: nullable('string'),
  tariffDate: nullable('string'),
  tariffEarlyRemovalSchemeEligibilityDate: nullable('string'),
});
