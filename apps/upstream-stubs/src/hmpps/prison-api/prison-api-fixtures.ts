import { readHmppsFixture } from '../hmpps-fixtures';

/** Prison API fixture data, keyed as the API looks it up (NOMIS number, booking id, domain). */
export const PRISON_API_FIXTURES = {
  images: readHmppsFixture<Record<string, { imageId: number }[]>>('prison-api', 'images.json'),
  addresses: readHmppsFixture<Record<string, unknown[]>>('prison-api', 'addresses.json'),
  referenceDomains: readHmppsFixture<Record<string, unknown[]>>('prison-api', 'reference-domains.json'),
  reasonableAdjustments: readHmppsFixture<Record<string, { treatmentCode: string }[]>>(
    'prison-api',
    'reasonable-adjustments.json',
  ),
};
