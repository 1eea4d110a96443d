import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, ValidateBy } from 'class-validator';

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || !/\S/.test(value);
}

/**
 * Bean Validation's @NotBlank (present, text, not only whitespace), optionally followed by a format rule
 * that is only judged once the value is there, so each failure gets exactly one message.
 */
function NotBlank(blankMessage: string, format?: { pattern: RegExp; message: string }) {
  return ValidateBy({
    name: 'notBlank',
    validator: {
      validate: (value: unknown) => !isBlank(value) && (!format || format.pattern.test(value as string)),
      defaultMessage: (args) => (isBlank(args?.value) || !format ? blankMessage : format.message),
    },
  });
}

/** Prison API (and the reference) hold amounts in a Java `int`. */
const MAX_AMOUNT = 2_147_483_647;

/** A positive whole number of pence that fits Prison API's amount. */
function PositivePence() {
  return ValidateBy({
    name: 'positivePence',
    validator: {
      validate: (value: unknown) =>
        Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_AMOUNT,
      defaultMessage: (args) =>
        Number.isInteger(args?.value) && (args?.value as number) > MAX_AMOUNT
          ? `Amount must be at most ${MAX_AMOUNT} pence`
          : 'Amount must be a positive whole number of pence',
    },
  });
}
const CLIENT_UNIQUE_REF_MESSAGE =
  "Client unique ref must be at most 64 characters of letters, digits, '-' and '_'";

/** The fields every posting has, with the rules Prison API enforces checked up front. */
abstract class PostingFields {
  @ApiProperty({ description: 'Amount of money in pence, must be positive.', example: 1234 })
  @PositivePence()
  amount!: number;

  @ApiProperty({ description: 'Client transaction ID.', example: 'CL123212' })
  @NotBlank('Client transaction ID must not be blank')
  clientTransactionId!: string;

  @ApiProperty({
    description:
      "A reference unique to the client making the post. Maximum size 64 characters, only alphabetic, numeric, '-' and '_' are allowed.",
    example: 'CLIENT121131-0_11',
  })
  @NotBlank('Client unique ref must not be blank', {
    pattern: /^[A-Za-z0-9_-]{1,64}$/,
    message: CLIENT_UNIQUE_REF_MESSAGE,
  })
  clientUniqueRef!: string;
}

/** `TransactionRequest`: a posting of one type, which decides the accounts debited and credited. */
export class TransactionRequestDto extends PostingFields {
  @ApiProperty({
    description: 'Transaction type. Determines which accounts will be debited and credited.',
    example: 'CANT',
  })
  @NotBlank('Transaction type must not be blank')
  type!: string;

  @ApiPropertyOptional({
    description: 'Description of the transaction.',
    example: 'Canteen Purchase of £16.34',
  })
  @IsOptional()
  @IsString({ message: 'Description must be text' })
  description?: string;
}

/** `TransactionTransferRequest`: a move between two of the prisoner's accounts. */
export class TransactionTransferRequestDto extends PostingFields {
  @ApiProperty({ description: 'Description of the transaction.', example: 'Transfer to savings' })
  @NotBlank('Description must not be blank')
  description!: string;

  @ApiProperty({ description: "The account to move money from. Must be 'spends'.", example: 'spends' })
  @NotBlank('From account must not be blank')
  fromAccount!: string;

  @ApiProperty({ description: "The account to move money to. Must be 'savings'.", example: 'savings' })
  @NotBlank('To account must not be blank')
  toAccount!: string;
}
