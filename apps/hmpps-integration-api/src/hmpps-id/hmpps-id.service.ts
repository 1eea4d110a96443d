import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { requireData } from '../common/api-errors';
import { ConsumerFilters } from '../consumers/consumer-filters';
import { PersonIdentityService } from '../identity/person-identity.service';

/** The answers, as classes so that the same declarations are the OpenAPI schemas. */
export class HmppsIdResponse {
  @ApiPropertyOptional()
  hmppsId!: string;
}

export class NomisNumberResponse {
  @ApiPropertyOptional()
  nomisNumber!: string;
}

@Injectable()
export class HmppsIdService {
  constructor(private readonly identity: PersonIdentityService) {}

  /** The CRN when probation knows the person, otherwise the NOMIS number itself. */
  async getHmppsId(nomisNumber: string, filters: ConsumerFilters): Promise<HmppsIdResponse> {
    const person = requireData(await this.identity.getPersonWithPrisonFilter(nomisNumber, filters), {
      badRequest: `Invalid Nomis number: ${nomisNumber}`,
      notFound: `Could not find HMPPS ID for Nomis number: ${nomisNumber}`,
    });
    return { hmppsId: person.hmppsId ?? nomisNumber };
  }

  async getNomisNumber(hmppsId: string, filters: ConsumerFilters): Promise<NomisNumberResponse> {
    const nomisNumber = requireData(await this.identity.getNomisNumberWithFilters(hmppsId, filters), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find nomis number for HMPPS ID: ${hmppsId}`,
    });
    return { nomisNumber };
  }
}
