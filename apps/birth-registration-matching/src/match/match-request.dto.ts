import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { BirthDate, parseBirthDate } from '../payload/birth-date';
import { COUNTRIES, Country, MatchPayload } from '../payload/match-payload';
import { isValidName, javaTrim, normaliseName } from '../payload/names';

/** Rule names, read by the BRM formatter (`payload-error.ts`) to pick the one error code. */
export const MATCH_RULES = {
  present: 'present',
  name: 'brmName',
  text: 'isString',
  country: 'registeredCountry',
  birthDate: 'birthDate',
  referenceForCountry: 'referenceNumberForCountry',
} as const;

type Decorator = (target: object, propertyName: string) => void;

function rule(name: string, holds: (value: unknown, args: ValidationArguments) => boolean): Decorator {
  return ValidateBy({
    name,
    validator: { validate: holds, defaultMessage: (args) => `${args?.property} is invalid` },
  });
}

/** The reference tells a missing key (`BAD_REQUEST`) from a present but wrong one, `null` included. */
const Present = (): Decorator => rule(MATCH_RULES.present, (value) => value !== undefined);
const BrmName = (): Decorator =>
  rule(MATCH_RULES.name, (value) => typeof value === 'string' && isValidName(value));
/** Optional fields: `null` is the same as absent. */
const UnlessAbsent = (): Decorator => ValidateIf((_dto, value) => value !== undefined && value !== null);

/** `whereBirthRegistered` as the reference reads it: Java-trimmed, any case. */
export function countryOf(value: unknown): Country | undefined {
  if (typeof value !== 'string') return undefined;
  const canonical = javaTrim(value).toLowerCase();
  return (COUNTRIES as readonly string[]).includes(canonical) ? (canonical as Country) : undefined;
}

const REFERENCE_NUMBER_RULES: Record<Country, RegExp> = {
  england: /^[0-9]{9}$/,
  wales: /^[0-9]{9}$/,
  scotland: /^[0-9]{10}$/,
  'northern ireland': /^[0-9]+$/,
};

/** The request body: the rules here, the one error they give in `payload-error.ts`. */
export class MatchRequestDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Digits only: 9 for england/wales, 10 for scotland, 1 or more for northern ireland. Absent or null: search by details.',
    example: '123456789',
  })
  @UnlessAbsent()
  @rule(MATCH_RULES.text, (value) => typeof value === 'string')
  @rule(MATCH_RULES.referenceForCountry, (value, args) => {
    // Judged only once the country is known to be valid: a bad country is its own, earlier error.
    const country = countryOf((args.object as MatchRequestDto).whereBirthRegistered);
    return country === undefined || typeof value !== 'string' || REFERENCE_NUMBER_RULES[country].test(value);
  })
  birthReferenceNumber?: string | null;

  @ApiProperty({ description: "Child's first name(s), 1-250 characters", example: 'Adam' })
  @Present()
  @BrmName()
  firstName!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "Child's additional names, 1-250 characters",
    example: 'David',
  })
  @UnlessAbsent()
  @BrmName()
  additionalNames?: string | null;

  @ApiProperty({ description: "Child's last name, 1-250 characters", example: 'Smith' })
  @Present()
  @BrmName()
  lastName!: string;

  @ApiProperty({ format: 'date', description: 'yyyy-MM-dd, from 1900-01-01', example: '2012-02-16' })
  @Present()
  @rule(MATCH_RULES.birthDate, (value) => typeof value === 'string' && parseBirthDate(value) !== undefined)
  dateOfBirth!: string;

  @ApiProperty({
    enum: COUNTRIES,
    description: 'Any case; spaces around it are ignored',
    example: 'england',
  })
  @Present()
  @rule(MATCH_RULES.country, (value) => countryOf(value) !== undefined)
  whereBirthRegistered!: string;
}

/** The validated body as the matching works on it: names normalised, country canonical, date parsed. */
export function toMatchPayload(dto: MatchRequestDto): MatchPayload {
  return {
    birthReferenceNumber: dto.birthReferenceNumber ?? undefined,
    firstName: normaliseName(dto.firstName),
    additionalNames: typeof dto.additionalNames === 'string' ? normaliseName(dto.additionalNames) : undefined,
    lastName: normaliseName(dto.lastName),
    dateOfBirth: parseBirthDate(dto.dateOfBirth) as BirthDate,
    whereBirthRegistered: countryOf(dto.whereBirthRegistered) as Country,
  };
}
