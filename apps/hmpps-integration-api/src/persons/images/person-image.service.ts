import { Injectable } from '@nestjs/common';
import { notFound, requireData, throwIfErrors } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';

@Injectable()
export class PersonImageService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * One of the person's images, within the consumer's prisons and supervision statuses. An image that
   * exists but is another person's is not found, like a person or image that does not exist.
   */
  async getImage(hmppsId: string, imageId: number, filters: ConsumerFilters): Promise<Buffer> {
    const messages = {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find image with id: ${imageId}`,
    };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    const images = await this.prisonApi.getImageMetadata(nomisNumber);
    throwIfErrors(images, messages);
    if (!images.data.some((image) => image.id === imageId)) throw notFound(messages.notFound);
    return requireData(await this.prisonApi.getImageData(imageId), messages);
  }
}
