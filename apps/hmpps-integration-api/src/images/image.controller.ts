import { Audit } from '@libs/queue';
import { pathParams } from '../audit/audit-details';
import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { badRequest } from '../common/api-errors';
import { ApiOperationErrors } from '../common/openapi';
import { ImageService } from './image.service';

const IMAGE_ID = /^\d{1,15}$/;

@ApiTags('images')
@Controller('v1/images')
export class ImageController {
  constructor(private readonly service: ImageService) {}

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
  @Audit('GET_PERSON_IMAGE', (request) => ({ imageId: Number(pathParams(request).id) }))
  async getImage(@Param('id') id: string): Promise<StreamableFile> {
    if (!IMAGE_ID.test(id)) throw badRequest(`Invalid image id: ${id}`);
    const imageId = Number(id);
    const image = await this.service.getImage(imageId);
    return new StreamableFile(image);
  }
}
