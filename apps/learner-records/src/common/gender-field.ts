import { GENDERS } from './gender';
import { JsonEnum } from './json-field';

export const GENDER_ENUM: JsonEnum = {
  name: 'Gender',
  values: GENDERS,
  invalidValue: 'Invalid gender value',
};
