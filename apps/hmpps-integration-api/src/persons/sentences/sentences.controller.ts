import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse, PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageQuery } from '../../common/page-query';
import { ApiDataOk, ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Sentence } from '../../domain/sentence';
import { LatestSentenceKeyDatesAndAdjustments } from '../../domain/sentence-key-dates';
import { LatestKeyDatesService } from './latest-key-dates.service';
import { SentencesService } from './sentences.service';

@ApiTags('persons')
@Controller('v1/persons')
export class SentencesController {
  constructor(
    private readonly sentences: SentencesService,
    private readonly keyDates: LatestKeyDatesService,
  ) {}

  @Get(':hmppsId/sentences')
  @ApiOperation({
    summary: 'Returns sentences associated with a person, sorted by dateOfSentencing (newest first)',
    description:
      'NOMIS sentences (newest first within each booking), then nDelius ones. Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiPaginatedOk(Sentence, 'Successfully found sentences for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_SENTENCES', pathDetails('hmppsId'))
  async getSentences(
    @Param('hmppsId') hmppsId: string,
    @Query() query: PageQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Sentence>> {
    const { page, perPage } = query;
    const sentences = await this.sentences.getSentences(hmppsId, consumer.filters);
    return paginate(sentences, page, perPage);
  }

  @Get(':encodedHmppsId/sentences/latest-key-dates-and-adjustments')
  @ApiOperation({
    summary:
      "Returns the key dates and adjustments about a person's release from prison for their latest sentence",
    description: 'A NOMIS number or CRN (a PNC id is refused). Applicable filters: prisons.',
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataOk(
    LatestSentenceKeyDatesAndAdjustments,
    'Successfully found latest sentence key dates and adjustments for a person with the provided HMPPS ID.',
  )
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_SENTENCES_LATEST_KEY_DATES_AND_ADJUSTMENTS', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getLatestKeyDatesAndAdjustments(
    @Param('encodedHmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<LatestSentenceKeyDatesAndAdjustments>> {
    const keyDates = await this.keyDates.getLatestKeyDatesAndAdjustments(hmppsId, consumer.filters);
    return dataResponse(keyDates);
  }
}
