import { Injectable } from '@nestjs/common';
import { requireData, throwIfErrors } from '../../common/api-errors';
import { hasError, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { HealthAndDiet, NO_DIET } from '../../domain/health-and-diet';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { HealthAndMedicationGateway } from '../../upstream/health-and-medication/health-and-medication.gateway';

@Injectable()
export class HealthAndDietService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly healthAndMedication: HealthAndMedicationGateway,
  ) {}

  /**
   * The prisoner's diet from Health and Medication and whether they smoke from Prisoner Search, within
   * the consumer's prisons and supervision statuses. A prisoner Health and Medication does not know has
   * an empty diet, not a 404.
   */
  async getHealthAndDiet(hmppsId: string, filters: ConsumerFilters): Promise<HealthAndDiet> {
    const messages = {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find information for id: ${hmppsId}`,
    };
    const prisoner = requireData(await this.identity.getPrisonerWithFilters(hmppsId, filters), messages);
    const smoking = prisoner.smoker;
    const diet = await this.healthAndMedication.getDiet(prisoner.nomisNumber);
    if (hasError(diet, UpstreamApiErrorType.ENTITY_NOT_FOUND)) return { diet: NO_DIET, smoking };
    throwIfErrors(diet, messages);
    return { diet: diet.data, smoking };
  }
}
