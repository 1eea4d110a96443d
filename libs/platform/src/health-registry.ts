import { Injectable } from '@nestjs/common';

export interface HealthDetail {
  status: 'UP' | 'DOWN';
  details?: Record<string, unknown>;
}

export type HealthCheck = () => Promise<HealthDetail>;

/** Components (database, upstreams) register their checks here; `/health` runs them all. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();
  private draining = false;

  register(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  entries(): [string, HealthCheck][] {
    return [...this.checks.entries()];
  }

  /** From the first shutdown signal on, readiness fails so that the load balancer stops routing here. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }
}
