import { NotFoundException } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'hmpps');

/** A fixture file of one HMPPS upstream stand-in, e.g. `readHmppsFixture('prison-api', 'images.json')`. */
export function readHmppsFixture<T>(upstream: string, file: string): T {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, upstream, file), 'utf8')) as T;
}

export function hmppsFixturePath(upstream: string, ...parts: string[]): string {
  return join(FIXTURE_DIR, upstream, ...parts);
}

/** The error body HMPPS Spring services send. */
export function hmppsNotFound(message: string): NotFoundException {
  return new NotFoundException({
    status: 404,
    errorCode: null,
    userMessage: message,
    developerMessage: message,
    moreInfo: null,
  });
}

/** Case-insensitive equality, as the search services match names; an absent criterion matches anything. */
export function matchesText(criterion: string | null | undefined, value: string | null | undefined): boolean {
  if (criterion === null || criterion === undefined || criterion === '') return true;
  return (value ?? '').toLowerCase() === criterion.toLowerCase();
}
