import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Court } from '../../domain/court';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { toCourt } from './court.dto';

/** Court Register API: the courts of England and Wales by their ids. */
@Injectable()
export class CourtRegisterGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'courtRegister', 'court-register', UpstreamApi.COURT_REGISTER);
  }

  async getCourt(courtId: string): Promise<ServiceResult<Court | null>> {
    const result = await this.get<unknown>(`/courts/id/${segment(courtId)}`);
    return { data: result.data ? toCourt(result.data) : null, errors: result.errors };
  }
}
