import { Injectable } from '@nestjs/common';
import { BrmAuditor } from '../audit/brm-auditor';
import type { RegistryAnswer } from '../upstream/call-context';
import type { LookupType } from './registry';

const NOT_IMPLEMENTED = 501;

/**
 * GRO-NI has no interface to call: like the reference, this connector makes no network call,
 * audits the attempt and answers a synthetic 501, which BRM reports as `{"matched":false}`.
 */
@Injectable()
export class GroNiConnector {
  constructor(private readonly auditor: BrmAuditor) {}

  lookup(type: LookupType, brmKey: string): RegistryAnswer {
    this.auditor.groNiConnector(brmKey, type);
    const operation = type === 'reference' ? 'getReference' : 'getChildDetails';
    return { status: NOT_IMPLEMENTED, text: `GRO-NI ${operation} not implemented` };
  }
}
