import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_CODES, type AccountCode } from '../../domain/finance';
import type * as domain from '../../domain/finance';

/** The OpenAPI side of the balance operations' answers (the domain types are in domain/finance.ts). */

export class AccountBalance implements domain.AccountBalance {
  @ApiProperty({ enum: ACCOUNT_CODES, example: 'spends' })
  accountCode!: AccountCode;

  @ApiProperty({ type: 'integer', description: 'In pence', example: 1234 })
  amount!: number;
}

export class AccountBalances {
  @ApiProperty({ type: AccountBalance, isArray: true })
  balances!: AccountBalance[];
}

export class OneAccountBalance {
  @ApiProperty({ type: AccountBalance })
  balance!: AccountBalance;
}
