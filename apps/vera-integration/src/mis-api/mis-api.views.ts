import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LearnerData } from '../vera/learner-data';

export class ShareRequestView {
  @ApiProperty({ format: 'uuid', description: 'VERA correlation id: poll with it' })
  correlationId!: string;

  @ApiProperty({ enum: ['A', 'C'], description: 'A: QR code; C: request sent to the learner’s phone' })
  pattern!: 'A' | 'C';

  @ApiProperty({ enum: ['PENDING', 'SHARED', 'REJECTED_OR_EXPIRED'] })
  status!: 'PENDING' | 'SHARED' | 'REJECTED_OR_EXPIRED';

  @ApiPropertyOptional({
    description:
      'Pattern A while PENDING: the QR image as a data:image/png;base64 URL (dropped once answered)',
  })
  qrCode?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pattern A: the link the QR code encodes',
  })
  url?: string | null;

  @ApiPropertyOptional({ description: 'Pattern C: the code to show the learner, who types it in the app' })
  code?: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the learner can no longer answer (A: VERA’s expiry; C: sent + VERA_MOBILE_REQUEST_TTL_SECONDS)',
  })
  expiresAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastPolledAt!: string | null;
}

export class SharedRequestView extends ShareRequestView {
  @ApiProperty({ type: LearnerData, description: 'Present when status is SHARED' })
  learner!: LearnerData;
}

export class LearnerByUlnView {
  @ApiProperty({ type: Number, format: 'int64', example: 9990000011, description: 'The ULN asked for' })
  uln!: number;

  @ApiProperty({ type: LearnerData })
  learner!: LearnerData;
}

export class LearnerCheckView {
  @ApiProperty({ enum: [true], description: 'Always true: no record is 404 LEARNER_NOT_FOUND' })
  found!: true;
}
