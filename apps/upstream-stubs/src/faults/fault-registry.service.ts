import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CreateFaultDto } from './dto/create-fault.dto';
import { Fault } from './fault';

function conflictIn(spec: CreateFaultDto): string | undefined {
  if (spec.reset && (spec.status !== undefined || spec.malformed || spec.body !== undefined)) {
    return 'reset sends no response, so it cannot be combined with status, body or malformed';
  }
  if (spec.malformed && spec.status !== undefined) {
    return 'malformed corrupts the stub response, so it cannot be combined with status';
  }
  if (spec.status === undefined && (spec.body !== undefined || spec.contentType !== undefined)) {
    return 'body and contentType need a status';
  }
  if (spec.status === undefined && spec.latencyMs === undefined && !spec.reset && !spec.malformed) {
    return 'a fault needs at least one of status, latencyMs, reset or malformed';
  }
  return undefined;
}

/**
 * The faults currently injected. Faults are checked in the order they were added; the first whose prefix
 * matches the request path and whose `rate` draw succeeds applies.
 */
@Injectable()
export class FaultRegistry {
  private faults: Fault[] = [];

  /** Replaceable so unit tests can make the `rate` draw deterministic. */
  random: () => number = Math.random;

  add(spec: CreateFaultDto): Fault {
    const conflict = conflictIn(spec);
    if (conflict) {
      throw new BadRequestException(conflict);
    }
    const fault: Fault = {
      id: randomUUID(),
      prefix: spec.prefix,
      status: spec.status,
      body: spec.body,
      contentType: spec.contentType,
      latencyMs: spec.latencyMs,
      reset: spec.reset,
      malformed: spec.malformed,
      rate: spec.rate ?? 1,
      remaining: spec.times,
      createdAt: new Date().toISOString(),
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return [...this.faults];
  }

  remove(id: string): void {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    if (this.faults.length === before) {
      throw new NotFoundException(`No fault with id ${id}`);
    }
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault to apply to a request for `path`, if any; uses up one of its `times`. */
  take(path: string): Fault | undefined {
    const fault = this.faults.find(
      (candidate) => path.startsWith(candidate.prefix) && this.random() < candidate.rate,
    );
    if (fault?.remaining !== undefined) {
      fault.remaining -= 1;
      if (fault.remaining === 0) {
        this.faults = this.faults.filter((candidate) => candidate !== fault);
      }
    }
    return fault;
  }
}
