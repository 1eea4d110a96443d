import { Roles } from '@libs/auth';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCaller, ApiErrors } from '../common/api-docs';
import { Checked, CheckedRequest } from '../common/checked-request.decorator';
import { ROLE_MATCH_UI } from '../common/roles';
import { LearnerEventsRequest } from './learner-events-request.dto';
import { LearnerEventsResponse } from './learner-events-response';
import { LearnerEventsService } from './learner-events.service';

@ApiTags('Learner events')
@Controller('learner-events')
export class LearnerEventsController {
  constructor(private readonly learnerEvents: LearnerEventsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: "A learner's learning record by ULN (LRS GetLearnerLearningEvents)",
    description: `Role ${ROLE_MATCH_UI}.`,
  })
  @Roles(ROLE_MATCH_UI)
  @ApiCaller([ROLE_MATCH_UI])
  @ApiBody({ type: LearnerEventsRequest })
  @ApiOkResponse({ type: LearnerEventsResponse })
  @ApiErrors(400, 403, 408, 424, 500)
  find(
    @Checked({ body: LearnerEventsRequest, bodyFirst: true })
    request: CheckedRequest<LearnerEventsRequest>,
  ): Promise<LearnerEventsResponse> {
    return this.learnerEvents.find(request.body, request.username);
  }
}
