import { Injectable } from '@nestjs/common';
import { notFound, throwIfErrors } from '../../common/api-errors';
import { Alert, PND_ALERT_CODES } from '../../domain/alert';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { lookupPersonOrFail, personNotFoundMessage } from '../person-lookup';

/** The seed era's PND alerts, from Prison API (the alerts of #21 come from the Alerts API: `AlertsPageService`). */
@Injectable()
export class AlertsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * The alerts with a PND code, newest first. Someone without a NOMIS number has none; a prisoner with
   * alerts but none of them PND ones is reported as not found, as the reference does.
   */
  async getPndAlerts(hmppsId: string): Promise<Alert[]> {
    const message = personNotFoundMessage(hmppsId);
    const person = await lookupPersonOrFail(this.identity, hmppsId, message);
    const nomisNumber = person.identifiers.nomisNumber;
    if (!nomisNumber) return [];
    const alerts = await this.prisonApi.getAlerts(nomisNumber);
    throwIfErrors(alerts, { notFound: message });
    const pndAlerts = alerts.data.filter((alert) => alert.code !== null && PND_ALERT_CODES.has(alert.code));
    if (pndAlerts.length === 0) throw notFound(message);
    return pndAlerts;
  }
}
