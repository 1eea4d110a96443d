import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;

/** How one registry's records name their fields. */
export interface RecordLayout {
  number(record: Json): string | undefined;
  forenames(record: Json): unknown;
  surname(record: Json): unknown;
  dateOfBirth(record: Json): unknown;
}

export interface DetailsQuery {
  forenames: string;
  surname: string;
  dateOfBirth: string;
}

interface Entry {
  file: string;
  record: Json;
}

const normalise = (value: unknown): string =>
  typeof value === 'string' ? value.trim().split(/\s+/).join(' ').toLowerCase() : '';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * One registry's fixture records, searched like the real registry: by entry number, or by forenames,
 * surname and date of birth (case and spacing ignored). Several fixture files may hold the same entry
 * (e.g. `400000001.json` and the multiple-match list); a search lists each entry once.
 *
 * Scenario files are served verbatim for the reference numbers listed in their `index.json`, so records
 * that share an entry number with another fixture (e.g. NRS 2017734003 without parent details) stay reachable.
 */
export class BirthRegistry {
  private readonly entries: Entry[];
  private readonly scenarios: Map<string, unknown>;

  constructor(
    recordsDir: string,
    scenariosDir: string,
    private readonly layout: RecordLayout,
    recordsOf: (fileContent: unknown) => unknown[],
  ) {
    this.entries = readdirSync(recordsDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .flatMap((file) =>
        recordsOf(readJson(join(recordsDir, file)))
          .filter((record): record is Json => typeof record === 'object' && record !== null)
          .map((record) => ({ file, record })),
      );
    const index = readJson(join(scenariosDir, 'index.json')) as Record<string, string>;
    this.scenarios = new Map(
      Object.entries(index).map(([reference, file]) => [reference, readJson(join(scenariosDir, file))]),
    );
  }

  scenario(reference: string): unknown {
    return this.scenarios.get(reference);
  }

  /** The record with this entry number, preferring the fixture file named after it. */
  byNumber(reference: string): Json | undefined {
    const candidates = this.entries.filter((entry) => this.layout.number(entry.record) === reference);
    return (candidates.find((entry) => entry.file === `${reference}.json`) ?? candidates[0])?.record;
  }

  search(query: DetailsQuery): Json[] {
    const found = new Map<string, Json>();
    for (const { record } of this.entries) {
      const number = this.layout.number(record);
      if (number === undefined || found.has(number)) continue;
      if (
        normalise(this.layout.forenames(record)) === normalise(query.forenames) &&
        normalise(this.layout.surname(record)) === normalise(query.surname) &&
        this.layout.dateOfBirth(record) === query.dateOfBirth
      ) {
        found.set(number, record);
      }
    }
    return [...found.values()];
  }
}
