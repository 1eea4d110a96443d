/** A NOMIS alert (spec §5.3 #21–23). */
export interface Alert {
  offenderNo: string | null;
  type: string | null;
  typeDescription: string | null;
  code: string | null;
  codeDescription: string | null;
  comment: string | null;
  dateCreated: string | null;
  dateExpired: string | null;
  expired: boolean | null;
  active: boolean | null;
}

/** The alert codes the PND consumer may see (spec §5.3). */
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
