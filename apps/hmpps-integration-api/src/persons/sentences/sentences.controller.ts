import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { DataResponse, dataResponse, PaginatedResponse } from '../../common/envelopes';
import {
  ApiDataResponse,
  ApiHmppsIdParam,
  ApiOperationErrors,
  ApiPaginatedResponse,
  ApiPagingQueries,
} from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { pageRequestOf, QueryMap } from '../../common/query-params';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Sentence } from '../../domain/sentence';
import { LatestSentenceKeyDatesAndAdjustments } from '../../domain/sentence-key-dates';
import { LatestKeyDatesService } from './latest-key-dates.service';
import { SentencesService } from './sentences.service';
import { KEY_DATES_SCHEMA, SENTENCE_SCHEMA } from './sentences.schemas';

@ApiTags('persons')
@Controller('v1/persons')
export class SentencesController {
  constructor(
    private readonly sentences: SentencesService,
    private readonly keyDates: LatestKeyDatesService,
    private readonly audit: AuditService,
  ) {}

  @Get(':hmppsId/sentences')
  @ApiOperation({
    summary: 'Returns sentences associated with a person, sorted by dateOfSentencing (newest first)',
    description:
      'NOMIS sentences (newest first within each booking), then nDelius ones. Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiPagingQueries()
  @ApiPaginatedResponse(
    'Successfully found sentences for a person with the provided HMPPS ID.',
    SENTENCE_SCHEMA,
  )
  @ApiOperationErrors(400, 404)
  async getSentences(
    @Param('hmppsId') hmppsId: string,
    @Query() query: QueryMap,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Sentence>> {
    const { page, perPage } = pageRequestOf(query);
    const sentences = await this.sentences.getSentences(hmppsId, consumer.filters);
    await this.audit.record('GET_PERSON_SENTENCES', consumer, { hmppsId });
    return paginate(sentences, page, perPage);
  }

  @Get(':encodedHmppsId/sentences/latest-key-dates-and-adjustments')
  @ApiOperation({
    summary:
      "Returns the key dates and adjustments about a person's release from prison for their latest sentence",
    description: 'A NOMIS number or CRN (a PNC id is refused). Applicable filters: prisons.',
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataResponse(
    'Successfully found latest sentence key dates and adjustments for a person with the provided HMPPS ID.',
    KEY_DATES_SCHEMA,
  )
  @ApiOperationErrors(400, 404)
  async getLatestKeyDatesAndAdjustments(
    @Param('encodedHmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<LatestSentenceKeyDatesAndAdjustments>> {
    const keyDates = await this.keyDates.getLatestKeyDatesAndAdjustments(hmppsId, consumer.filters);
    await this.audit.record('GET_PERSON_SENTENCES_LATEST_KEY_DATES_AND_ADJUSTMENTS', consumer, { hmppsId });
    return dataResponse(keyDates);
  }
}
