import { Audit } from '@libs/queue';
import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../../audit/audit-details';
import { badRequest } from '../../common/api-errors';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PersonImageService } from './person-image.service';

/** Prison API image ids are Java ints. */
const IMAGE_ID = /^\d{1,9}$/;

@ApiTags('persons')
@Controller('v1/persons')
export class PersonImageController {
  constructor(private readonly service: PersonImageService) {}

  @Get(':hmppsId/images/:id')
  @Header('content-type', 'image/jpeg')
  @ApiOperation({
    summary: 'Returns an image in bytes as a JPEG.',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiParam({ name: 'id', schema: { type: 'integer' }, description: 'The image id' })
  @ApiProduces('image/jpeg')
  @ApiOkResponse({
    description: 'Successfully found an image with the provided ID.',
    content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_IMAGE', pathDetails({ hmppsId: 'hmppsId', imageId: 'id' }))
  async getImage(
    @Param('hmppsId') hmppsId: string,
    @Param('id') id: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<StreamableFile> {
    if (!IMAGE_ID.test(id)) throw badRequest(`Invalid image id: ${id}`);
    return new StreamableFile(await this.service.getImage(hmppsId, Number(id), consumer.filters));
  }
}
