import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageQuery } from '../../common/page-query';
import { ApiPaginatedOk } from '../../common/response-classes';
import { ImageMetadata } from '../../domain/image-metadata';
import { PersonImagesService } from './person-images.service';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonImagesController {
  constructor(private readonly service: PersonImagesService) {}

  @Get(':encodedHmppsId/images')
  @ApiOperation({ summary: 'Returns metadata of images associated with a person, newest capture first' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(ImageMetadata, 'The person was found; an empty list when they have no images.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_IMAGE', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getImages(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<ImageMetadata>> {
    const { page, perPage } = query;
    const images = await this.service.getImages(hmppsId);
    return paginate(images, page, perPage);
  }
}
