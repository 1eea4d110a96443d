import { Injectable } from '@nestjs/common';
import { JsonObject, readArray, readObject } from '@libs/upstream';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { LocationRecord, ResidentialHierarchyItem, ResidentialSummary } from '../../domain/location';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import {
  LOCATIONS_INSIDE_PRISON,
  toLocationRecord,
  toResidentialHierarchyItem,
  toResidentialSummary,
} from './location.dto';

/** HEAD reports a 400 of every Locations Inside Prison call as data (`badRequestAsError`). */
const BAD_REQUEST_AS_ERROR = { badRequestAsError: true };

/** Locations Inside Prison: the residential and internal locations of the prison estate. */
@Injectable()
export class LocationsInsidePrisonGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'locationsInsidePrison', LOCATIONS_INSIDE_PRISON, UpstreamApi.LOCATIONS_INSIDE_PRISON);
  }

  async getLocationByKey(key: string): Promise<ServiceResult<LocationRecord | null>> {
    const result = await this.get<JsonObject>(`/locations/key/${segment(key)}`, undefined, BAD_REQUEST_AS_ERROR);
    const body = readObject(result.data);
    return { data: body ? toLocationRecord(body) : null, errors: result.errors };
  }

  /** `parentPathHierarchy` (a wing or landing path) narrows the summary to what is under it. */
  async getResidentialSummary(
    prisonId: string,
    parentPathHierarchy?: string,
  ): Promise<ServiceResult<ResidentialSummary | null>> {
    const result = await this.get<JsonObject>(
      `/locations/residential-summary/${segment(prisonId)}`,
      parentPathHierarchy === undefined ? undefined : { parentPathHierarchy },
      BAD_REQUEST_AS_ERROR,
    );
    const body = readObject(result.data);
    return { data: body ? toResidentialSummary(body) : null, errors: result.errors };
  }

  /** Active locations only unless `includeInactive` (sent only when true, as HEAD does). */
  async getResidentialHierarchy(
    prisonId: string,
    includeInactive: boolean,
  ): Promise<ServiceResult<ResidentialHierarchyItem[] | null>> {
    const result = await this.get<unknown[]>(
      `/locations/prison/${segment(prisonId)}/residential-hierarchy`,
      includeInactive ? { includeInactive: 'true' } : undefined,
      BAD_REQUEST_AS_ERROR,
    );
    const items = result.data === null ? null : readArray(result.data).map(readObject);
    return {
      data: items ? items.filter((item): item is JsonObject => item !== null).map(toResidentialHierarchyItem) : null,
      errors: result.errors,
    };
  }
}
