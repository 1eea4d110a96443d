/** An injected fault as stored and listed by the admin API. */
export interface Fault {
  id: string;
  prefix: string;
  status?: number;
  body?: string;
  contentType?: string;
  latencyMs?: number;
  reset?: boolean;
  malformed?: boolean;
  rate: number;
  /** Affected requests still to come; absent when unlimited. */
  remaining?: number;
  createdAt: string;
}
