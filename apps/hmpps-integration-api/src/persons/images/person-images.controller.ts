import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { PaginatedResponse } from '../../common/envelopes';
import {
  ApiHmppsIdParam,
  ApiOperationErrors,
  ApiPaginatedResponse,
  ApiPagingQueries,
} from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { pageRequestOf, QueryMap } from '../../common/query-params';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { ImageMetadata } from '../../domain/image-metadata';
import { PersonImagesService } from './person-images.service';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonImagesController {
  constructor(
    private readonly service: PersonImagesService,
    private readonly audit: AuditService,
  ) {}

  @Get(':encodedHmppsId/images')
  @ApiOperation({ summary: 'Returns metadata of images associated with a person, newest capture first' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPagingQueries()
  @ApiPaginatedResponse('The person was found; an empty list when they have no images.', {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      active: { type: 'boolean' },
      captureDateTime: { type: 'string' },
      view: { type: 'string' },
      orientation: { type: 'string' },
      type: { type: 'string' },
    },
  })
  @ApiOperationErrors(400, 404)
  async getImages(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: QueryMap,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<ImageMetadata>> {
    const { page, perPage } = pageRequestOf(query);
    const images = await this.service.getImages(hmppsId);
    await this.audit.record('GET_PERSON_IMAGE', consumer, { hmppsId });
    return paginate(images, page, perPage);
  }
}
