import { GENDERS } from './gender';
import { JsonEnum } from './validation-rules';

export const GENDER_ENUM: JsonEnum = {
  name: 'Gender',
  values: GENDERS,
  invalidValue: 'Invalid gender value',
};
