import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { PersonIdentityService } from '../../identity/person-identity.service';

/** A class, so the same declaration is the OpenAPI schema. */
export class PersonName {
  @ApiProperty({ type: String, nullable: true, example: 'Robert' })
  firstName!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Larsen' })
  lastName!: string | null;
}

@Injectable()
export class PersonNameService {
  constructor(private readonly identity: PersonIdentityService) {}

  async getName(hmppsId: string, filters: ConsumerFilters): Promise<PersonName> {
    const person = requireData(await this.identity.getPersonWithPrisonFilter(hmppsId, filters), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    });
    return { firstName: person.firstName, lastName: person.lastName };
  }
}
