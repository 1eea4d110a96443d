import { JsonObject, readArray, readObject } from '@libs/upstream';
import { EducationAssessmentSummary, PrisonerEducation } from '../../domain/education-records';
import { RequiredFields } from '../shared/required-fields';

const field = new RequiredFields('plp', 'prisoner education record');

/** PLP's education record without its audit fields (who recorded it, when, where). */
export function toPrisonerEducation(dto: JsonObject): PrisonerEducation {
  return {
    educationLevel: field.string(dto, 'educationLevel'),
    qualifications: readArray(dto.qualifications).map((item) => {
      const qualification = readObject(item) ?? {};
      return {
        subject: field.string(qualification, 'subject'),
        level: field.string(qualification, 'level'),
        grade: field.string(qualification, 'grade'),
      };
    }),
  };
}

export function toEducationAssessmentSummary(dto: JsonObject): EducationAssessmentSummary {
  return {
    basicSkillsAssessmentRequired: new RequiredFields('plp', 'assessment summary').boolean(
      dto,
      'basicSkillsAssessmentRequired',
    ),
  };
}
