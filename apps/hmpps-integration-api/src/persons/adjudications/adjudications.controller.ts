import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors, ApiPaginatedResponse } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageParam, PerPageParam } from '../../common/page-query';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Adjudication } from '../../domain/adjudication';
import { arrayOf, fieldSchemas, fieldsOf, nullable, objectOf } from '../schema';
import { AdjudicationsService } from './adjudications.service';

/** Reported adjudications are paged eight at a time unless asked otherwise (spec §1.3). */
class AdjudicationsQuery {
  @PageParam()
  page!: number;

  @PerPageParam(8)
  perPage!: number;
}

const offenceRule = fieldsOf('string', ['paragraphNumber', 'paragraphDescription'], { nullable: true });
const outcomeDetail = objectOf(
  {
    ...fieldSchemas('string', ['code', 'details', 'reason', 'quashedReason']),
    canRemove: nullable('boolean'),
  },
  { nullable: true },
);
const hearing = objectOf(
  {
    ...fieldSchemas('string', ['dateTimeOfHearing', 'oicHearingType']),
    outcome: fieldsOf('string', ['code', 'reason', 'details', 'plea'], { nullable: true }),
  },
  { nullable: true },
);
const ADJUDICATION_SCHEMA = objectOf({
  incidentDetails: fieldsOf('string', ['dateTimeOfIncident']),
  isYouthOffender: nullable('boolean'),
  incidentRole: objectOf({ roleCode: nullable('string'), offenceRule }),
  offenceDetails: objectOf({ offenceCode: nullable('integer'), offenceRule }),
  ...fieldSchemas('string', ['status', 'statusReason', 'statusDetails']),
  hearings: arrayOf(hearing),
  outcomes: arrayOf(
    objectOf({ hearing, outcome: objectOf({ outcome: outcomeDetail, referralOutcome: outcomeDetail }) }),
  ),
  punishments: arrayOf(
    objectOf({
      ...fieldSchemas('string', ['type', 'privilegeType', 'otherPrivilege']),
      schedule: objectOf({
        days: nullable('integer'),
        ...fieldSchemas('string', ['startDate', 'endDate', 'suspendedUntil']),
      }),
    }),
  ),
  punishmentComments: arrayOf(fieldsOf('string', ['comment', 'reasonForChange', 'dateTime'])),
});

@ApiTags('persons')
@Controller('v1/persons')
export class AdjudicationsController {
  constructor(private readonly service: AdjudicationsService) {}

  @Get(':hmppsId/reported-adjudications')
  @ApiOperation({
    summary: 'Returns adjudications associated with a person, sorted by dateTimeOfIncident (newest first)',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiPaginatedResponse(
    'Successfully found adjudications for a person with the provided HMPPS ID.',
    ADJUDICATION_SCHEMA,
  )
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_ADJUDICATIONS', pathDetails('hmppsId'))
  async getReportedAdjudications(
    @Param('hmppsId') hmppsId: string,
    @Query() query: AdjudicationsQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Adjudication>> {
    const adjudications = await this.service.getReportedAdjudications(hmppsId, consumer.filters);
    return paginate(adjudications, query.page, query.perPage);
  }
}
