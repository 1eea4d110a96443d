import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class PageSessionRequestDto {
  @ApiProperty({ example: '10001234', description: 'The provider the staff member works for' })
  @IsString()
  @Matches(/^\d{8}$/, { message: 'ukprn must be 8 digits' })
  ukprn!: string;

  @ApiPropertyOptional({
    example: 'j.smith',
    description: 'Shown on the pages and kept with the sign-in ticket',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  username?: string;
}

export class PageSessionLinkView {
  @ApiProperty({
    format: 'uri',
    example: 'https://vera.example.org/sign-in?ticket=…',
    description: 'Built from VERA_PUBLIC_URL (never from the Host header); works once, for 60 seconds',
  })
  signInUrl!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
