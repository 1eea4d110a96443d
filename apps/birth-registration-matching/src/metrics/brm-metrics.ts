import { Inject, Injectable } from '@nestjs/common';
import { MetricsService } from '@libs/platform';
import { Counter, Histogram } from 'prom-client';
import { BRM_CONFIG, type BrmConfig } from '../config';
import type { CountrySeen } from '../payload/payload-error';

/** The reference's connector prefixes. */
export type Connector = 'proxy' | 'proxy-details' | 'nrs' | 'gro-ni';

const COUNTRY_LABEL: Record<Exclude<CountrySeen, 'absent'>, string> = {
  england: 'england-and-wales',
  wales: 'england-and-wales',
  scotland: 'scotland',
  'northern ireland': 'northern-ireland',
  invalid: 'invalid',
};

/** The label of every Audit-Source not configured in `BRM_METRIC_AUDIT_SOURCES`. */
const OTHER_AUDIT_SOURCE = 'other';
/** The one version BRM serves; the header checks refuse every other. */
const SERVED_VERSION = '1.0';

/**
 * The reference's Dropwizard counters and timers as Prometheus metrics; README maps each old name
 * (e.g. `england-and-wales-count`, `proxy-connector-status-503`) to a metric and label. Every label comes
 * from a fixed set: the caller's own headers never become label values (each distinct value would be a
 * new series, kept for the life of the process).
 */
@Injectable()
export class BrmMetrics {
  private readonly apiVersion: Counter<'version'>;
  private readonly auditSource: Counter<'audit_source'>;
  private readonly country: Counter<'country'>;
  private readonly dateOfBirthFiltered: Counter;
  private readonly matchResults: Counter<'result'>;
  private readonly connectorStatus: Counter<'connector' | 'status'>;
  private readonly connectorDuration: Histogram<'connector'>;

  constructor(
    metrics: MetricsService,
    @Inject(BRM_CONFIG) private readonly config: BrmConfig,
  ) {
    const registers = [metrics.registry];
    this.apiVersion = new Counter({
      name: 'brm_api_version_requests_total',
      help: 'Requests that passed the header checks, by API version (only 1.0 is served)',
      labelNames: ['version'],
      registers,
    });
    this.auditSource = new Counter({
      name: 'brm_audit_source_requests_total',
      help: 'Requests that passed the header checks, by Audit-Source (configured sources by name, others as other)',
      labelNames: ['audit_source'],
      registers,
    });
    this.country = new Counter({
      name: 'brm_country_requests_total',
      help: 'Requests by whereBirthRegistered (england-and-wales, scotland, northern-ireland, invalid)',
      labelNames: ['country'],
      registers,
    });
    this.dateOfBirthFiltered = new Counter({
      name: 'brm_date_of_birth_filtered_total',
      help: 'Requests answered no-match because the birth is before the cut-off date',
      registers,
    });
    this.matchResults = new Counter({
      name: 'brm_match_results_total',
      help: 'Registry answers that were compared, by result (match, no-match)',
      labelNames: ['result'],
      registers,
    });
    this.connectorStatus = new Counter({
      name: 'brm_connector_status_total',
      help: 'Registry call outcomes by connector and status, as the reference counted them',
      labelNames: ['connector', 'status'],
      registers,
    });
    this.connectorDuration = new Histogram({
      name: 'brm_connector_duration_seconds',
      help: 'Registry call round trip by connector',
      labelNames: ['connector'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
  }

  /** A request whose headers passed the checks (refused ones, e.g. 406, are not counted). */
  acceptedHeaders(auditSource: string): void {
    const source = auditSource.toLowerCase();
    this.apiVersion.inc({ version: SERVED_VERSION });
    this.auditSource.inc({
      audit_source: this.config.metricAuditSources.has(source) ? source : OTHER_AUDIT_SOURCE,
    });
  }

  countrySeen(country: CountrySeen): void {
    if (country !== 'absent') this.country.inc({ country: COUNTRY_LABEL[country] });
  }

  dateOfBirthFilter(): void {
    this.dateOfBirthFiltered.inc();
  }

  matchResult(matched: boolean): void {
    this.matchResults.inc({ result: matched ? 'match' : 'no-match' });
  }

  connectorStatusSeen(connector: Connector, status: number): void {
    this.connectorStatus.inc({ connector, status: String(status) });
  }

  /** Starts timing a registry call; the returned function stops it and gives the elapsed seconds. */
  startTimer(connector: Connector): () => number {
    return this.connectorDuration.startTimer({ connector });
  }
}
