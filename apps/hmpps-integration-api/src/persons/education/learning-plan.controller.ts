import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow } from 'class-validator';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { ApiDataOk } from '../../common/response-classes';
import { InductionSchedule, InductionSchedules, ReviewSchedules } from '../../domain/learning-plan';
import { LearningPlanService } from './learning-plan.service';

/** `statuses` repeated (`statuses=A&statuses=B`), comma-separated (`statuses=A,B`), or both. */
function statusesOf(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : [value])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

class ReviewSchedulesQuery {
  @ApiPropertyOptional({
    type: [String],
    description: 'Only schedules with one of these statuses (repeated or comma-separated)',
  })
  // Any statuses are accepted; those no schedule has simply match nothing.
  @Allow()
  @Transform(({ value }: { value: string | string[] }) => statusesOf(value))
  statuses?: string[];
}

@ApiTags('education')
@Controller('v1/persons/:hmppsId')
export class LearningPlanController {
  constructor(private readonly service: LearningPlanService) {}

  @Get('plp-induction-schedule')
  @ApiOperation({ summary: 'Returns the current PLP induction schedule of a person.' })
  @ApiHmppsIdParam()
  @ApiDataOk(InductionSchedule, 'Successfully found the induction schedule.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_INDUCTION_SCHEDULE', pathDetails('hmppsId'))
  async getInductionSchedule(@Param('hmppsId') hmppsId: string): Promise<DataResponse<InductionSchedule>> {
    const schedule = await this.service.getInductionSchedule(hmppsId);
    return dataResponse(schedule);
  }

  @Get('plp-induction-schedule/history')
  @ApiOperation({ summary: 'Returns the PLP induction schedule history of a person.' })
  @ApiHmppsIdParam()
  @ApiDataOk(InductionSchedules, 'Successfully found the induction schedule history.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_INDUCTION_SCHEDULE', pathDetails('hmppsId'))
  async getInductionScheduleHistory(
    @Param('hmppsId') hmppsId: string,
  ): Promise<DataResponse<InductionSchedules>> {
    const inductionSchedules = await this.service.getInductionScheduleHistory(hmppsId);
    return dataResponse({ inductionSchedules });
  }

  @Get('plp-review-schedule')
  @ApiOperation({
    summary: 'Returns the PLP review schedules of a person.',
    description: 'Completed schedules carry who completed the review, when, its type and reason.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(ReviewSchedules, 'Successfully found the review schedules.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_REVIEW_SCHEDULE_HISTORY', pathDetails('hmppsId'))
  async getReviewSchedules(
    @Param('hmppsId') hmppsId: string,
    @Query() { statuses = [] }: ReviewSchedulesQuery,
  ): Promise<DataResponse<ReviewSchedules>> {
    const reviewSchedules = await this.service.getReviewSchedules(hmppsId, statuses);
    return dataResponse({ reviewSchedules });
  }
}
