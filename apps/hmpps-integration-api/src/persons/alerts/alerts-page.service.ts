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

/** The alerts of `GET /v1/persons/{hmppsId}/alerts` and `/active-alerts`, as the reference's `GetAlertsForPersonService`. */
@Injectable()
export class AlertsPageService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly alerts: AlertsGateway,
  ) {}

  /**
   * A page of the prisoner's alerts (only the active ones when `activeOnly`), paged by the Alerts API (its
   * page 0 is our page 1), within the consumer's prisons and supervision statuses and limited to its alert
   * codes (passed upstream; an empty list limits nothing). The Alerts API's 404 is the person's 404 and
   * its 400 the invalid id's, as in the reference.
   */
  async getAlerts(
    hmppsId: string,
    { page, perPage }: PageRequest,
    filters: ConsumerFilters,
    activeOnly: boolean,
  ): Promise<PaginatedResponse<Alert>> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    const alerts = requireData(
      await this.alerts.getAlerts(nomisNumber, page - 1, perPage, filters.alertCodes ?? [], activeOnly),
      messages,
    );
    return fromUpstreamPage({ ...alerts, number: alerts.number + 1 }, (alert) => alert);
  }
}
