import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';

export interface AuditSpec {
  /**
   * The event's details, from the request and the handler's arguments as Nest resolved them (its params,
   * query and body have passed their pipes; a DTO argument is the converted one, not to be read again).
   */
  details?: (request: FastifyRequest, handlerArguments: readonly unknown[]) => unknown;
  /**
   * `success` (default): audited when the handler succeeds, before its answer is sent. `any`: audited
   * whatever the handler's outcome (learner-records' "before the lookup, whatever it finds"), but not
   * for a request refused before the handler ran (token, role, validation).
   */
  outcome?: 'success' | 'any';
  /** Audits only the requests this accepts (e.g. callers holding a role). */
  when?: (request: FastifyRequest) => boolean;
}

export interface AuditMetadata extends AuditSpec {
  what: string;
}

export const AUDIT_METADATA = 'libs-queue:audit';

/** One handler call: the wrapped handler marks that it was entered and keeps the arguments it was given. */
export interface AuditScope {
  entered: boolean;
  handlerArguments?: readonly unknown[];
}

/** Set by the interceptor around a handler call. */
export const auditScope = new AsyncLocalStorage<AuditScope>();

/**
 * Declares the audit event of a handler: `@Audit('GET_PERSON_NAME', (request) => ({ hmppsId: … }))`.
 * The QueueModule's interceptor stores it in the outbox before the handler's data leaves.
 */
export function Audit(what: string, spec: AuditSpec | AuditSpec['details'] = {}): MethodDecorator {
  const metadata: AuditMetadata = { what, ...(typeof spec === 'function' ? { details: spec } : spec) };
  return (target, key, descriptor: PropertyDescriptor) => {
    const original = descriptor.value as (...args: unknown[]) => unknown;
    // Runs once Nest has resolved the arguments (pipes, parameter decorators): the handler proper.
    const handler = function (this: unknown, ...args: unknown[]) {
      const scope = auditScope.getStore();
      if (scope) {
        scope.entered = true;
        scope.handlerArguments = args;
      }
      return original.apply(this, args);
    };
    Object.defineProperty(handler, 'name', { value: original.name });
    // Decorators applied before this one (below it) put their metadata on the original function.
    for (const metadataKey of Reflect.getOwnMetadataKeys(original))
      Reflect.defineMetadata(metadataKey, Reflect.getOwnMetadata(metadataKey, original), handler);
    descriptor.value = handler;
    SetMetadata(AUDIT_METADATA, metadata)(target, key, descriptor);
    return descriptor;
  };
}
