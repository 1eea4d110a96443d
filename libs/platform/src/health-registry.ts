import { Injectable } from '@nestjs/common';

export interface HealthDetail {
  status: 'UP' | 'DOWN';
  details?: Record<string, unknown>;
}

export type HealthCheck = () => Promise<HealthDetail>;

export interface HealthComponentOptions {
  /** The app can serve nothing without it: `/health/readiness` fails while it is DOWN. */
  requiredForReadiness?: boolean;
}

/** Components (database, upstreams) register their checks here; `/health` runs them all. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();
  private readonly forReadiness = new Set<string>();
  private draining = false;

  register(name: string, check: HealthCheck, options: HealthComponentOptions = {}): void {
    this.checks.set(name, check);
    if (options.requiredForReadiness) this.forReadiness.add(name);
    else this.forReadiness.delete(name);
  }

  entries(): [string, HealthCheck][] {
    return [...this.checks.entries()];
  }

  /** The components readiness depends on (most have none: an upstream outage must not empty the service). */
  readinessEntries(): [string, HealthCheck][] {
    return this.entries().filter(([name]) => this.forReadiness.has(name));
  }

  /** From the first shutdown signal on, readiness fails so that the load balancer stops routing here. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }
}
