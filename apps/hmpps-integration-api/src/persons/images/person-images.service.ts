import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { ImageMetadata } from '../../domain/image-metadata';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';

@Injectable()
export class PersonImagesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /** Newest first. A person without a NOMIS number has no prison photographs. */
  async getImages(hmppsId: string): Promise<ImageMetadata[]> {
    const notFound = `Could not find person with id: ${hmppsId}`;
    const person = await this.identity.lookupPerson(hmppsId);
    throwIfErrors(person, { notFound });
    const nomisNumber = person.data?.identifiers.nomisNumber;
    if (!nomisNumber) return [];
    const images = await this.prisonApi.getImageMetadata(nomisNumber);
    throwIfErrors(images, { notFound });
    return images.data;
  }
}
