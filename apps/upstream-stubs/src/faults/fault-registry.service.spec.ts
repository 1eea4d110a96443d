import { BadRequestException, NotFoundException } from '@nestjs/common';
import { FaultRegistry } from './fault-registry.service';

describe('FaultRegistry', () => {
  let registry: FaultRegistry;

  beforeEach(() => {
    registry = new FaultRegistry();
  });

  it('matches faults by path prefix', () => {
    const fault = registry.add({ prefix: '/prison-api', status: 500 });

    expect(registry.take('/prison-api/api/offenders/A1234AA')).toEqual(fault);
    expect(registry.take('/probation-search/search')).toBeUndefined();
  });

  it('applies the first matching fault in the order they were added', () => {
    const first = registry.add({ prefix: '/prison-api', status: 500 });
    registry.add({ prefix: '/prison-api/api', status: 503 });

    expect(registry.take('/prison-api/api/x')?.id).toBe(first.id);
  });

  it('passes over a fault whose rate draw fails to the next matching one', () => {
    registry.add({ prefix: '/a', status: 500, rate: 0.3 });
    const fallback = registry.add({ prefix: '/a', status: 503 });
    registry.random = () => 0.5;

    expect(registry.take('/a/b')?.id).toBe(fallback.id);
  });

  it('applies a fault when the draw is below its rate', () => {
    const fault = registry.add({ prefix: '/a', status: 500, rate: 0.3 });
    registry.random = () => 0.29;

    expect(registry.take('/a')?.id).toBe(fault.id);
  });

  it('counts down times only on applied requests and removes the fault when used up', () => {
    registry.add({ prefix: '/a', status: 500, rate: 0.5, times: 2 });
    const draws = [0.9, 0.1, 0.9, 0.1];
    registry.random = () => draws.shift() ?? 0;

    const applied = [registry.take('/a'), registry.take('/a'), registry.take('/a'), registry.take('/a')];

    expect(applied.map((fault) => fault !== undefined)).toEqual([false, true, false, true]);
    expect(registry.list()).toEqual([]);
  });

  it('refuses contradictory faults', () => {
    expect(() => registry.add({ prefix: '/a', reset: true, malformed: true })).toThrow(BadRequestException);
    expect(() => registry.add({ prefix: '/a', contentType: 'text/xml', latencyMs: 5 })).toThrow(
      BadRequestException,
    );
  });

  it('removes one fault by id and refuses an unknown id', () => {
    const fault = registry.add({ prefix: '/a', latencyMs: 5 });

    registry.remove(fault.id);

    expect(registry.list()).toEqual([]);
    expect(() => registry.remove(fault.id)).toThrow(NotFoundException);
  });
});
