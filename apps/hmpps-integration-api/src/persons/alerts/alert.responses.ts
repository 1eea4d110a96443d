import { nullableFields } from '../../common/nullable-fields';

/** An alert as the reference's `Alert` model has it. */
export class Alert {}
nullableFields(Alert, {
  text: ['offenderNo', 'type', 'typeDescription', 'code', 'codeDescription', 'comment'],
  dates: ['dateCreated', 'dateExpired'],
  flags: ['expired', 'active'],
});
