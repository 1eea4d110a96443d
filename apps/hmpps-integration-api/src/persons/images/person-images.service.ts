import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { ImageMetadata } from '../../domain/image-metadata';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { lookupPersonWithinFilters } from '../person-lookup';

@Injectable()
export class PersonImagesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * Newest first. A person without a NOMIS number has no prison photographs. The consumer's prisons and
   * supervision statuses apply (the reference added them after the seed era).
   */
  async getImages(hmppsId: string): Promise<ImageMetadata[]> {
    const notFound = `Could not find person with id: ${hmppsId}`;
    const person = await lookupPersonWithinFilters(this.identity, hmppsId, notFound);
    const nomisNumber = person.identifiers.nomisNumber;
    if (!nomisNumber) return [];
    const images = await this.prisonApi.getImageMetadata(nomisNumber);
    throwIfErrors(images, { notFound });
    return images.data;
  }
}
