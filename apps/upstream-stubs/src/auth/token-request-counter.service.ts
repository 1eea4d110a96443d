import { Injectable } from '@nestjs/common';

import type { TokenRequestCounts } from '@libs/testing';

export type { TokenRequestCounts };

/** Name under which token requests without any client id are counted. */
const ANONYMOUS_CLIENT = '(none)';

/**
 * Counts calls to the token endpoint per presented client id, so tests can prove that an app caches its
 * client-credentials token instead of asking for a new one on every upstream call.
 */
@Injectable()
export class TokenRequestCounter {
  private counts = new Map<string, number>();

  record(clientId: string | undefined): void {
    const key = clientId || ANONYMOUS_CLIENT;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): TokenRequestCounts {
    const byClient = Object.fromEntries(this.counts);
    const total = [...this.counts.values()].reduce((sum, count) => sum + count, 0);
    return { total, byClient };
  }

  reset(): void {
    this.counts = new Map();
  }
}
