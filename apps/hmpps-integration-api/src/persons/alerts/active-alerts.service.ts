import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { PaginatedResponse } from '../../common/envelopes';
import { fromUpstreamPage } from '../../common/pagination';
import { PageRequest } from '../../common/page-query';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { Alert } from '../../domain/alert';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { AlertsGateway } from '../../upstream/alerts/alerts.gateway';
import { personNotFoundMessage } from '../person-lookup';

@Injectable()
export class ActiveAlertsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly alerts: AlertsGateway,
  ) {}

  /**
   * A page of the prisoner's active alerts, paged by the Alerts API (its page 0 is our page 1), within
   * the consumer's prisons and supervision statuses and limited to its alert codes.
   */
  async getActiveAlerts(
    hmppsId: string,
    { page, perPage }: PageRequest,
    filters: ConsumerFilters,
  ): Promise<PaginatedResponse<Alert>> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    const alerts = requireData(
      await this.alerts.getActiveAlerts(nomisNumber, page - 1, perPage, filters.alertCodes ?? []),
      messages,
    );
    return fromUpstreamPage({ ...alerts, number: alerts.number + 1 }, (alert) => alert);
  }
}
