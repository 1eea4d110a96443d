import { Injectable } from '@nestjs/common';
import { requireData } from '../common/api-errors';
import { PrisonApiGateway } from '../upstream/prison-api/prison-api.gateway';

@Injectable()
export class ImageService {
  constructor(private readonly prisonApi: PrisonApiGateway) {}

  async getImage(imageId: number): Promise<Buffer> {
    const image = requireData(await this.prisonApi.getImageData(imageId), {
      notFound: `Could not find image with id: ${imageId}`,
    });
    return image;
  }
}
