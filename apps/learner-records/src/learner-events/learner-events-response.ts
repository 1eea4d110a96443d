import { ApiProperty } from '@nestjs/swagger';
import { LearningEvent, LearningEventsQuery } from '../upstream/lrs-learning-events';

export class LearnerEventsResponse {
  @ApiProperty({
    description: 'givenName, familyName, uln, and dateOfBirth/gender when supplied',
    example: { givenName: 'TestOne', familyName: 'TesterOne', uln: '1174112637' },
  })
  searchParameters!: LearningEventsQuery;

  @ApiProperty({
    example: 'Exact Match',
    description:
      '"Exact Match", "Linked Learner Match", "Learner opted to not share data", "Learner could not be verified", or "" for another LRS code',
  })
  responseType!: string;

  @ApiProperty({
    example: '1174112637',
    description: 'For a linked learner the master ULN; "" when not verified',
  })
  foundUln!: string;

  @ApiProperty({ example: '1174112637' })
  incomingUln!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: { type: 'string' } },
    example: [
      {
        id: '2931',
        achievementProviderName: 'Example College',
        subject: 'Mathematics',
        source: 'ILR',
        level: '',
      },
    ],
  })
  learnerRecord!: LearningEvent[];
}
