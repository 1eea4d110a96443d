import { ApiPropertyOptional } from '@nestjs/swagger';

/**
 * Property decorators for the person, probation and visit models the API has published since the seed era.
 * Their schemas have never listed required keys, nor formats on their date strings, and these keep them so
 * (a change of the published document is a change for consumers); our bodies still write every key, null
 * included.
 */
export const NullableText = () => ApiPropertyOptional({ type: String, nullable: true });

export const NullableFlag = () => ApiPropertyOptional({ type: Boolean, nullable: true });

export const NullableInteger = () => ApiPropertyOptional({ type: 'integer', nullable: true });

export const NullableNumber = () => ApiPropertyOptional({ type: Number, nullable: true });
