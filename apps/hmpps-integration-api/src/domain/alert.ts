import { ApiProperty } from '@nestjs/swagger';

const text = () => ApiProperty({ type: String, nullable: true });
const date = () => ApiProperty({ type: String, nullable: true, format: 'date' });
const flag = () => ApiProperty({ type: Boolean, nullable: true });

/**
 * A prisoner's alert, from Prison API or the Alerts API, as the reference's `Alert`
 * model has it. A class, so that the same declaration is the OpenAPI schema.
 */
export class Alert {
  @text()
  offenderNo!: string | null;

  @text()
  type!: string | null;

  @text()
  typeDescription!: string | null;

  @text()
  code!: string | null;

  @text()
  codeDescription!: string | null;

  @text()
  comment!: string | null;

  @date()
  dateCreated!: string | null;

  @date()
  dateExpired!: string | null;

  @flag()
  expired!: boolean | null;

  @flag()
  active!: boolean | null;
}

/** The alert codes the PND consumer may see. */
export const PND_ALERT_CODES: ReadonlySet<string> = new Set([
  'BECTER',
  'HA',
  'XA',
  'XCA',
  'XEL',
  'XELH',
  'XER',
  'XHT',
  'XILLENT',
  'XIS',
  'XR',
  'XRF',
  'XSA',
  'HA2',
  'RCS',
  'RDV',
  'RKC',
  'RPB',
  'RPC',
  'RSS',
  'RST',
  'RDP',
  'REG',
  'RLG',
  'ROP',
  'RRV',
  'RTP',
  'RYP',
  'HS',
  'SC',
]);
