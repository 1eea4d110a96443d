import { join } from 'node:path';
import { BirthRegistry, RecordLayout } from './birth-registry';

const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'brm');

type Json = Record<string, unknown>;

function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (typeof current === 'object' && current !== null ? (current as Json)[key] : undefined),
    value,
  );
}

function numberText(value: unknown): string | undefined {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
}

/** GRO records come in the proxy's v0 layout, or v1 (`id`, `child.*`) for 123456789. */
const GRO_LAYOUT: RecordLayout = {
  number: (record) => numberText(record.systemNumber ?? record.id),
  forenames: (record) =>
    at(record, 'subjects', 'child', 'name', 'givenName') ?? at(record, 'child', 'forenames'),
  surname: (record) => at(record, 'subjects', 'child', 'name', 'surname') ?? at(record, 'child', 'surname'),
  dateOfBirth: (record) =>
    at(record, 'subjects', 'child', 'dateOfBirth') ?? at(record, 'child', 'dateOfBirth'),
};

const NRS_LAYOUT: RecordLayout = {
  number: (record) => numberText(record.id),
  forenames: (record) => at(record, 'subjects', 'child', 'firstName'),
  surname: (record) => at(record, 'subjects', 'child', 'lastName'),
  dateOfBirth: (record) => at(record, 'subjects', 'child', 'dateOfBirth'),
};

/** A GRO fixture file holds one record or a list of them. */
export function loadGroRegistry(): BirthRegistry {
  return new BirthRegistry(
    join(FIXTURE_DIR, 'gro'),
    join(FIXTURE_DIR, 'gro-scenarios'),
    GRO_LAYOUT,
    (content) => (Array.isArray(content) ? content : [content]),
  );
}

/** An NRS fixture file is a DES answer: `{"births": [...]}`. */
export function loadNrsRegistry(): BirthRegistry {
  return new BirthRegistry(
    join(FIXTURE_DIR, 'nrs'),
    join(FIXTURE_DIR, 'nrs-scenarios'),
    NRS_LAYOUT,
    (content) => {
      const births = at(content, 'births');
      return Array.isArray(births) ? births : [];
    },
  );
}
