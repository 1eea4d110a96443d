import { PipeTransform } from '@nestjs/common';
import { invalidRequest } from '../errors/vera-problem';
import { isUln } from '../vera/learner-inputs';
import { isGuid } from './guid';

/** Checks one path parameter and answers the documented 400 envelope when it does not fit. */
class ParamCheck implements PipeTransform<string, string> {
  constructor(
    private readonly test: (value: string) => boolean,
    private readonly message: string,
  ) {}

  transform(value: string): string {
    if (!this.test(value)) throw invalidRequest(this.message);
    return value;
  }
}

export const UkprnPipe = new ParamCheck((v) => /^\d{8}$/.test(v), 'ukprn must be 8 digits');
export const UlnPipe = new ParamCheck(isUln, 'uln must be 10 digits');
/** VERA issues GUIDs as correlation ids (and answers without one are refused as malformed). */
export const CorrelationIdPipe = new ParamCheck(isGuid, 'correlationId must be a GUID');
