import { PipeTransform } from '@nestjs/common';
import { VeraProblem } from '../errors/vera-problem';
import { isUln } from '../vera/learner-inputs';

/** Checks one path parameter and answers the documented 400 envelope when it does not fit. */
class ParamCheck implements PipeTransform<string, string> {
  constructor(
    private readonly test: (value: string) => boolean,
    private readonly message: string,
  ) {}

  transform(value: string): string {
    if (!this.test(value)) throw new VeraProblem(400, 'VALIDATION_FAILED', this.message);
    return value;
  }
}

export const UkprnPipe = new ParamCheck((v) => /^\d{8}$/.test(v), 'ukprn must be 8 digits');
export const UlnPipe = new ParamCheck(isUln, 'uln must be 10 digits');
/** Correlation ids are opaque (GUIDs in practice); anything else cannot have come from VERA. */
export const CorrelationIdPipe = new ParamCheck(
  (v) => /^[A-Za-z0-9._~-]{1,200}$/.test(v),
  'correlationId is not a valid correlation id',
);
