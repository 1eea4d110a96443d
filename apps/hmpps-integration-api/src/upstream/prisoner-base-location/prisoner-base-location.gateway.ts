import { Injectable } from '@nestjs/common';
import { JsonObject, readObject } from '@libs/upstream';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { PrisonerBaseLocation } from '../../domain/location';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { toPrisonerBaseLocation } from './prisoner-base-location.dto';

/** Prisoner Base Location: which prison a prisoner is in, or was last in. */
@Injectable()
export class PrisonerBaseLocationGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'prisonerBaseLocation', 'prisoner-base-location', UpstreamApi.PRISONER_BASE_LOCATION);
  }

  async getPrisonerBaseLocation(nomisNumber: string): Promise<ServiceResult<PrisonerBaseLocation | null>> {
    const result = await this.get<JsonObject>(`/v1/persons/${segment(nomisNumber)}/prisoner-base-location`);
    const body = readObject(result.data);
    return { data: body ? toPrisonerBaseLocation(body) : null, errors: result.errors };
  }
}
