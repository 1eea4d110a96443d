import { fieldSchemas, nullable, objectOf } from '../schema';

export const ALERT_SCHEMA = objectOf({
  ...fieldSchemas('string', [
    'offenderNo',
    'type',
    'typeDescription',
    'code',
    'codeDescription',
    'comment',
    'dateCreated',
    'dateExpired',
  ]),
  expired: nullable('boolean'),
  active: nullable('boolean'),
});

export const PND_ALERTS_DESCRIPTION =
  'Only alerts whose code is on the PND list; 404 when the person has none of them. Applicable filters: none.';
