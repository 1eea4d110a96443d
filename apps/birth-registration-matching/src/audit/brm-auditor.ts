import { Inject, Injectable } from '@nestjs/common';
import { AppLogger, InjectLogger } from '@libs/platform';
import { BRM_CONFIG, type BrmConfig } from '../config';
import type { LookupType, Registry } from '../lookup/registry';
import { MatchResult, NO_MATCH } from '../matching/matching-engine';
import type { MatchPayload } from '../payload/match-payload';
import type { BirthRecord } from '../records/birth-record';
import {
  COUNTRY_EVENTS,
  matchPath,
  matchResultDetail,
  otherResultsDetail,
  payloadErrorDetail,
  transactionDetail,
} from './audit-details';
import { AuditSink } from './audit-event';

/** What a finished lookup tells the audit trail. */
export interface LookupAudit {
  readonly payload: MatchPayload;
  readonly registry: Registry;
  readonly type: LookupType;
  readonly records: readonly BirthRecord[];
  readonly result: MatchResult;
}

/** Builds and sends the reference's audit events; every detail carries the request key as `brmKey`. */
@Injectable()
export class BrmAuditor {
  constructor(
    @Inject(BRM_CONFIG) private readonly config: BrmConfig,
    private readonly sink: AuditSink,
    @InjectLogger(BrmAuditor.name) private readonly logger: AppLogger,
  ) {}

  payloadError(brmKey: string, body: unknown): void {
    if (!this.config.auditingEnabled) return;
    this.send(
      brmKey,
      'BRM-Other-Results',
      'brm-other-match',
      'birth-registration-matching/match',
      otherResultsDetail(body),
    );
    this.send(brmKey, 'BRM-Payload-Error', 'brm-payload-error', 'N/A', payloadErrorDetail(body));
  }

  filtered(brmKey: string, payload: MatchPayload, registry: Registry, type: LookupType): void {
    if (!this.config.auditingEnabled) return;
    const audit = { payload, registry, type, records: [], result: NO_MATCH };
    this.requestsAndResults(brmKey, audit, this.transactionDetail(audit));
  }

  /** Matching, country and request events for a lookup that reached (or tried to reach) the registry. */
  lookup(brmKey: string, audit: LookupAudit): void {
    // Checked before anything is built: the details are most of the audit's cost.
    if (!this.config.auditingEnabled) return;
    this.send(
      brmKey,
      'BRM-Matching-Results',
      'brm-match',
      matchPath(audit.type),
      matchResultDetail(audit.result),
    );
    const country = COUNTRY_EVENTS[audit.registry];
    const detail = this.transactionDetail(audit);
    this.send(
      brmKey,
      country.auditType,
      country.transactionName,
      `${country.pathPrefix}-${audit.type}`,
      detail,
    );
    this.requestsAndResults(brmKey, audit, detail);
  }

  /** The GRO-NI connector's own event: it never finds anything. */
  groNiConnector(brmKey: string, type: LookupType): void {
    if (!this.config.auditingEnabled) return;
    const country = COUNTRY_EVENTS.groni;
    this.send(brmKey, country.auditType, country.transactionName, `${country.pathPrefix}-${type}`, {
      match: 'false',
    });
  }

  private transactionDetail(audit: LookupAudit): Record<string, string> {
    return transactionDetail(this.config, audit.payload, audit.registry, audit.records, audit.result);
  }

  /** The same full detail as the country event: one object serves both. */
  private requestsAndResults(brmKey: string, audit: LookupAudit, detail: Record<string, string>): void {
    this.send(
      brmKey,
      'BRM-RequestsAndResults',
      'brm-customer-information-and-results',
      matchPath(audit.type),
      detail,
    );
  }

  private send(
    brmKey: string,
    auditType: string,
    transactionName: string,
    path: string,
    detail: Record<string, string>,
  ): void {
    // Every detail is built for this request (one is shared by two events), so the key is set in place
    // rather than copying ~40 entries per event.
    detail.brmKey = brmKey;
    try {
      this.sink.send({
        auditSource: 'brm',
        auditType,
        tags: { transactionName, path },
        detail,
      });
    } catch (error) {
      this.logger.warn({ err: { message: (error as Error).message } }, `audit ${auditType} failed`);
    }
  }
}
