import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Diet } from '../../domain/health-and-diet';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { toDiet } from './health-and-medication.dto';

/** Health and Medication API: prisoners' diets, allergies and catering instructions. */
@Injectable()
export class HealthAndMedicationGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'healthAndMedication', 'health-and-medication', UpstreamApi.HEALTH_AND_MEDICATION);
  }

  async getDiet(nomisNumber: string): Promise<ServiceResult<Diet | null>> {
    const result = await this.get<unknown>(`/prisoners/${segment(nomisNumber)}`, undefined, {
      badRequestAsError: true,
    });
    return { data: result.data ? toDiet(result.data) : null, errors: result.errors };
  }
}
