import { ApiProperty } from '@nestjs/swagger';
import type * as domain from '../../domain/finance';

/** The OpenAPI side of the transaction operations' answers (the domain types are in domain/finance.ts). */

export class TransactionType {
  @ApiProperty({ type: String, nullable: true, example: 'CANT' })
  code!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Canteen Spend' })
  desc!: string | null;
}

export class Transaction implements domain.Transaction {
  @ApiProperty({ type: String, nullable: true, example: '204564839-3' })
  id!: string | null;

  @ApiProperty({ type: TransactionType, nullable: true })
  type!: TransactionType | null;

  @ApiProperty({ type: String, nullable: true, example: 'Canteen Purchase of £16.34' })
  description!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'In pence', example: 1634 })
  amount!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'As NOMIS records it', example: '2016-10-21' })
  date!: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The consumer's reference of a posting it made" })
  clientUniqueRef!: string | null;
}


export class TransactionCreated implements domain.TransactionCreated {
  @ApiProperty({ example: '6179604-1' })
  transactionId!: string;
}

export class TransactionTransferCreated implements domain.TransactionTransferCreated {
  @ApiProperty({ example: '6179604-1' })
  debitTransactionId!: string;

  @ApiProperty({ example: '6179604-2' })
  creditTransactionId!: string;

  @ApiProperty({ example: '6179604' })
  transactionId!: string;
}
