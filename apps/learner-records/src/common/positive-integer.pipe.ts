import { BadRequestException, PipeTransform } from '@nestjs/common';

/**
 * A query value that must be a whole number from 1 up to the largest integer JavaScript holds exactly,
 * or absent (the default). Nest's `ParseIntPipe` lets `99999999999999999999` through as 1e20, which
 * PostgreSQL then refuses with its own text.
 */
export class PositiveIntegerPipe implements PipeTransform<unknown, number> {
  constructor(
    private readonly name: string,
    private readonly defaultValue: number,
  ) {}

  transform(value: unknown): number {
    if (value === undefined || value === '') return this.defaultValue;
    if (
      typeof value !== 'string' ||
      !/^[0-9]+$/.test(value) ||
      !Number.isSafeInteger(Number(value)) ||
      Number(value) < 1
    ) {
      throw new BadRequestException(`Invalid value for '${this.name}': must be a whole number of at least 1`);
    }
    return Number(value);
  }
}
