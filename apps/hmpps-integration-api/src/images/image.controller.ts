import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/api-errors';
import { ApiOperationErrors } from '../common/openapi';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { ImageService } from './image.service';

const IMAGE_ID = /^\d{1,15}$/;

@ApiTags('images')
@Controller('v1/images')
export class ImageController {
  constructor(
    private readonly service: ImageService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id')
  @Header('content-type', 'image/jpeg')
  @ApiOperation({ summary: 'Returns an image as JPEG bytes' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiProduces('image/jpeg')
  @ApiOkResponse({
    description: 'The image.',
    content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperationErrors(400, 404)
  async getImage(@Param('id') id: string, @Consumer() consumer: AuthorisedConsumer): Promise<StreamableFile> {
    if (!IMAGE_ID.test(id)) throw badRequest(`Invalid image id: ${id}`);
    const imageId = Number(id);
    const image = await this.service.getImage(imageId);
    await this.audit.record('GET_PERSON_IMAGE', consumer, { imageId });
    return new StreamableFile(image);
  }
}
