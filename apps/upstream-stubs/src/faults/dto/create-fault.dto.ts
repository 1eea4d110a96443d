import type { FaultSpec } from '@libs/testing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class CreateFaultDto implements FaultSpec {
  @ApiProperty({ description: 'Path prefix the fault applies to', example: '/prison-api' })
  @IsString()
  @Matches(/^\/(?!__admin)/, { message: 'prefix must start with / and must not target /__admin' })
  prefix!: string;

  @ApiPropertyOptional({ description: 'Answer with this status instead of the stub response', example: 503 })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(599)
  status?: number;

  @ApiPropertyOptional({ description: 'Body sent with `status` (default empty)' })
  @IsOptional()
  @IsString()
  body?: string;

  @ApiPropertyOptional({
    description: 'Content type of `body` (default: JSON when it parses, else text/plain)',
  })
  @IsOptional()
  @IsString()
  contentType?: string;

  @ApiPropertyOptional({ description: 'Delay before the request is handled', example: 2000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600_000)
  latencyMs?: number;

  @ApiPropertyOptional({ description: 'Destroy the connection without answering' })
  @IsOptional()
  @IsBoolean()
  reset?: boolean;

  @ApiPropertyOptional({
    description: 'Keep the status, cut the body into a broken fragment of its content type',
  })
  @IsOptional()
  @IsBoolean()
  malformed?: boolean;

  @ApiPropertyOptional({ description: 'Share of matching requests affected, 0..1 (default 1)', example: 0.5 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  rate?: number;

  @ApiPropertyOptional({ description: 'Only the next N affected requests, then the fault removes itself' })
  @IsOptional()
  @IsInt()
  @Min(1)
  times?: number;
}
