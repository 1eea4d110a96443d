import { ServiceSource, SystemSource } from './sentence';

/** An offence from NOMIS offence history or an nDelius supervision (spec §5.3 #19). */
export interface Offence {
  serviceSource: ServiceSource;
  systemSource: SystemSource;
  cjsCode: string | null;
  hoCode: string | null;
  courtDates: string[];
  courtName: string | null;
  description: string | null;
  endDate: string | null;
  startDate: string | null;
  statuteCode: string | null;
}
