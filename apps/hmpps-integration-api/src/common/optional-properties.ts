import { ApiPropertyOptional } from '@nestjs/swagger';

/**
 * Property decorators for the person, probation and visit models the API has published since the seed era.
 * Their schemas have never listed required keys, and these keep them so (a change of the published document
 * is a change for consumers); our bodies still write every key, null included.
 */
export const NullableText = () => ApiPropertyOptional({ type: String, nullable: true });

export const NullableFlag = () => ApiPropertyOptional({ type: Boolean, nullable: true });

export const NullableInteger = () => ApiPropertyOptional({ type: 'integer', nullable: true });

export const NullableNumber = () => ApiPropertyOptional({ type: Number, nullable: true });

/**
 * A calendar date (`2024-03-01`) or a date and time: only where the upstream's contract has that type (the
 * reference parses it as one) and the mapping passes it on or writes one. Dates an upstream hands out as free
 * text (licences, visits, adjudications, nDelius registrations) stay `NullableText`.
 */
export const NullableDate = () => ApiPropertyOptional({ type: String, format: 'date', nullable: true });

/** `2024-03-01T10:15:00`, with an offset where the upstream gives one. */
export const NullableDateTime = () =>
  ApiPropertyOptional({ type: String, format: 'date-time', nullable: true });
