import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Learner } from '../upstream/lrs-find-learner';
import { LearnersRequest } from './learners-request.dto';

export class LearnersResponse {
  @ApiProperty({ type: LearnersRequest, description: 'The request as validated, gender canonicalised' })
  searchParameters!: LearnersRequest;

  @ApiProperty({
    example: 'Exact Match',
    description:
      '"Exact Match", "Possible Match", "Too Many Matches", "No Match", "Linked Learner Match", or "" for another LRS code',
  })
  responseType!: string;

  @ApiPropertyOptional({
    description: 'Only for "Possible Match": per field, the learners\' values that differ from the request',
    example: { lastKnownPostCode: ['NE00 1ND', 'SO00 1JX'] },
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
  })
  mismatchedFields?: Record<string, string[]>;

  @ApiPropertyOptional({
    description:
      'Learners as LRS returned them (camel-case LRS fields; gender MALE/FEMALE/NOT_KNOWN/NOT_SPECIFIED/Unknown)',
    type: 'array',
    items: { type: 'object', additionalProperties: { type: 'string' } },
    example: [
      {
        uln: '1026893096',
        givenName: 'Sample',
        familyName: 'Tester',
        gender: 'FEMALE',
        lastKnownPostCode: 'CV4 9EE',
      },
    ],
  })
  matchedLearners?: Learner[];
}
