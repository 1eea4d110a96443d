import { Injectable } from '@nestjs/common';
import { notFound, requireData, throwIfErrors } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { Alert, PND_ALERT_CODES } from '../../domain/alert';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { lookupPersonOrFail, personNotFoundMessage } from '../person-lookup';

@Injectable()
export class AlertsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * Every NOMIS alert of a prisoner within the consumer's prisons and supervision statuses, newest first;
   * for a consumer limited to some alert codes, only alerts with those codes (an empty list limits nothing).
   */
  async getAlerts(hmppsId: string, filters: ConsumerFilters): Promise<Alert[]> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    const alerts = await this.prisonApi.getAlerts(nomisNumber);
    throwIfErrors(alerts, messages);
    const codes = filters.alertCodes;
    if (!codes?.length) return alerts.data;
    return alerts.data.filter((alert) => alert.code !== null && codes.includes(alert.code));
  }

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
