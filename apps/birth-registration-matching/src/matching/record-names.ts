import { nameWords } from '../payload/names';

export interface RecordNames {
  readonly firstNames: string;
  readonly additionalNames: string;
}

/**
 * Registries return every given name in one string; the payload's first-name word count decides how
 * many of them are first names and the rest are additional names. A first name that
 * normalises to nothing (only control characters) still counts as one word, as the reference's Java
 * split does, so it can never line up with an empty slice of the record.
 */
export function splitRecordForenames(
  recordForenames: string,
  payloadFirstName: string,
  ignoreAdditionalNames: boolean,
): RecordNames {
  const words = nameWords(recordForenames);
  const count = Math.max(1, nameWords(payloadFirstName).length);
  return {
    firstNames: words.slice(0, count).join(' '),
    additionalNames: ignoreAdditionalNames ? '' : words.slice(count).join(' '),
  };
}
