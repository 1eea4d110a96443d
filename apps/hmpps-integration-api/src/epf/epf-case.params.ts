import { ApiProperty } from '@nestjs/swagger';
import { WholeNumberParam } from '../common/query-rules';

export class EpfCaseParams {
  @ApiProperty({ description: 'The CRN of the case' })
  hmppsId!: string;

  /** The query parameters' whole-number rule; an empty event number is the first event. */
  @WholeNumberParam(1, { required: true, description: 'The Delius event number' })
  eventNumber!: number;
}
