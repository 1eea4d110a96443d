import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { PersonIdentityService } from '../../identity/person-identity.service';

/** A class, so the same declaration is the OpenAPI schema; every field is null while the prisoner is out. */
export class CellLocation {
  @ApiProperty({ type: String, nullable: true, example: 'MDI' })
  prisonCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Moorland (HMP & YOI)' })
  prisonName!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '6-2-006' })
  cell!: string | null;
}

@Injectable()
export class CellLocationService {
  constructor(private readonly identity: PersonIdentityService) {}

  /** Filled only while the prisoner is in (`inOutStatus` IN); someone out of prison has no cell. */
  async getCellLocation(hmppsId: string, filters: ConsumerFilters): Promise<CellLocation> {
    const prisoner = requireData(await this.identity.getPrisonerWithFilters(hmppsId, filters), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find cell location for id: ${hmppsId}`,
    });
    if (prisoner.inOutStatus !== 'IN') return { prisonCode: null, prisonName: null, cell: null };
    return {
      prisonCode: prisoner.inPrison.prisonId,
      prisonName: prisoner.inPrison.prisonName,
      cell: prisoner.inPrison.cellLocation,
    };
  }
}
