import { UpstreamStatusError } from '@libs/upstream';
import { Inject, Injectable } from '@nestjs/common';
import { AppLogger, InjectLogger } from '@libs/platform';
import { BRM_CONFIG, type BrmConfig } from '../config';
import { BrmMetrics, Connector } from '../metrics/brm-metrics';
import type { MatchPayload } from '../payload/match-payload';
import { readGroRecords } from '../upstream/gro-record-reader';
import { readNrsRecords } from '../upstream/nrs-record-reader';
import type { BirthRecord } from '../records/birth-record';
import type { CallContext, RegistryAnswer } from '../upstream/call-context';
import { DesClient } from '../upstream/des.client';
import { GroClient } from '../upstream/gro.client';
import { GroNiConnector } from './gro-ni.connector';
import { LookupOutcome, outcomeOfException, outcomeOfResponse } from './lookup-outcome';
import type { LookupType, Registry } from './registry';

function connectorOf(registry: Registry, type: LookupType): Connector {
  if (registry === 'gro') return type === 'reference' ? 'proxy' : 'proxy-details';
  return registry === 'nrs' ? 'nrs' : 'gro-ni';
}

/** Asks the payload's registry and turns whatever happens into a `LookupOutcome`. */
@Injectable()
export class RegistryLookupService {
  constructor(
    @Inject(BRM_CONFIG) private readonly config: BrmConfig,
    private readonly gro: GroClient,
    private readonly des: DesClient,
    private readonly groNi: GroNiConnector,
    private readonly metrics: BrmMetrics,
    @InjectLogger(RegistryLookupService.name) private readonly logger: AppLogger,
  ) {}

  async lookup(
    payload: MatchPayload,
    registry: Registry,
    type: LookupType,
    context: CallContext,
  ): Promise<LookupOutcome> {
    const connector = connectorOf(registry, type);
    const stopTimer = this.metrics.startTimer(connector);
    let elapsedSeconds = 0;
    let outcome: LookupOutcome;
    try {
      const answer = await this.call(payload, registry, type, context);
      outcome = outcomeOfResponse(registry, answer.status, answer.text, (json) =>
        this.readRecords(registry, json),
      );
      if (outcome.kind !== 'records') this.logAnswer(context, registry, answer);
    } catch (error) {
      if (error instanceof UpstreamStatusError) this.logAnswer(context, registry, error);
      outcome = outcomeOfException(registry, error);
    } finally {
      elapsedSeconds = stopTimer();
    }
    this.metrics.connectorStatusSeen(connector, outcome.connectorStatus);
    // The reference counts a "not found" twice: the registry's status, then the 200 the caller gets.
    if (outcome.kind === 'not-found') this.metrics.connectorStatusSeen(connector, 200);
    const elapsedMs = Math.round(elapsedSeconds * 1000);
    if (outcome.kind === 'failed') {
      this.logger.error(
        { requestId: context.requestId, registry, elapsedMs },
        `lookup failed: ${outcome.reason}`,
      );
    } else {
      this.logger.info({ registry, type, elapsedMs }, `${registry} answered in ${elapsedMs} ms`);
    }
    return outcome;
  }

  private call(
    payload: MatchPayload,
    registry: Registry,
    type: LookupType,
    context: CallContext,
  ): Promise<RegistryAnswer> | RegistryAnswer {
    const reference = payload.birthReferenceNumber;
    switch (registry) {
      case 'gro':
        return reference !== undefined
          ? this.gro.reference(reference, context)
          : this.gro.details(payload, context);
      case 'nrs':
        return reference !== undefined
          ? this.des.reference(reference, payload, context)
          : this.des.details(payload, context);
      case 'groni':
        return this.groNi.lookup(type, context.brmKey);
    }
  }

  private readRecords(registry: Registry, json: unknown): BirthRecord[] {
    return registry === 'nrs' ? readNrsRecords(json) : readGroRecords(json, this.config.gro.responseFormat);
  }

  /**
   * Error answers are logged with the upstream's status and (bounded) error body, as the reference did;
   * a 200 that could not be read may hold personal data, so its body is never logged.
   */
  private logAnswer(context: CallContext, registry: Registry, answer: RegistryAnswer): void {
    const body = answer.status === 200 ? undefined : answer.text.slice(0, 500);
    const fields = {
      requestId: context.requestId,
      registry,
      status: answer.status,
      body,
    };
    if (answer.status >= 500) this.logger.error(fields, `${registry} answered ${answer.status}`);
    else this.logger.warn(fields, `${registry} answered ${answer.status}`);
  }
}
