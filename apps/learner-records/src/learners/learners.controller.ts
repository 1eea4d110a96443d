import { Roles } from '@libs/auth';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCaller, ApiErrors } from '../common/api-docs';
import { Checked, CheckedRequest } from '../common/checked-request.decorator';
import { ROLE_MATCH_UI } from '../common/roles';
import { LearnersRequest } from './learners-request.dto';
import { LearnersResponse } from './learners-response';
import { LearnersService } from './learners.service';

@ApiTags('Learners')
@Controller('learners')
export class LearnersController {
  constructor(private readonly learners: LearnersService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: "Find a learner's ULN by demographics (LRS FindLearnerByDemographics)",
    description: `Role ${ROLE_MATCH_UI}.`,
  })
  @Roles(ROLE_MATCH_UI)
  @ApiCaller([ROLE_MATCH_UI])
  @ApiBody({ type: LearnersRequest })
  @ApiOkResponse({ type: LearnersResponse })
  @ApiErrors(400, 403, 408, 424, 500)
  find(
    @Checked({ body: LearnersRequest, bodyFirst: true })
    request: CheckedRequest<LearnersRequest>,
  ): Promise<LearnersResponse> {
    return this.learners.find(request.body, request.username);
  }
}
