import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsInt, IsOptional, IsString, MinLength } from 'class-validator';

export class CustomTokenDto {
  @ApiPropertyOptional({ type: [String], example: ['ROLE_LEARNER_RECORDS_SEARCH__RO'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  roles?: string[];

  @ApiPropertyOptional({ example: 'test-client' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  clientId?: string;

  @ApiPropertyOptional({ description: 'Sets sub and user_name, as in a user token' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  username?: string;

  @ApiPropertyOptional({ description: 'Lifetime; negative for an already expired token', example: 3600 })
  @IsOptional()
  @IsInt()
  expiresInSeconds?: number;

  @ApiPropertyOptional({ description: 'nbf relative to now; positive for a token not valid yet' })
  @IsOptional()
  @IsInt()
  notBeforeOffsetSeconds?: number;
}
