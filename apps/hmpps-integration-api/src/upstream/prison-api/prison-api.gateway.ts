import { Injectable } from '@nestjs/common';
import { ServiceResult, success, UpstreamApi } from '../../common/upstream-api-error';
import { Address } from '../../domain/address';
import { ImageMetadata } from '../../domain/image-metadata';
import { ReasonableAdjustment } from '../../domain/protected-characteristics';
import { ReferenceCode } from '../../domain/reference-data';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import {
  ImageDetailDto,
  NomisAddressDto,
  ReasonableAdjustmentsDto,
  ReferenceCodeDto,
  toAddress,
  toImageMetadata,
  toReasonableAdjustments,
  toReferenceCode,
} from './prison-api.dto';
import { Alert } from '../../domain/alert';
import { Offence } from '../../domain/offence';
import { RiskCategory } from '../../domain/risk-category';
import { byDateOfSentencingDescending, Sentence } from '../../domain/sentence';
import { SentenceAdjustments, SentenceKeyDates } from '../../domain/sentence-key-dates';
import { NomisAlertDto, NomisInmateDetailDto, toAlert, toRiskCategory } from './prison-api-alerts.dto';
import {
  NomisOffenceHistoryDto,
  NomisOffenderSentencesDto,
  NomisSentenceDto,
  NomisSentenceSummaryDto,
  OffenderSentenceBookingDto,
  toNomisOffence,
  toNomisSentence,
  toSentenceAdjustments,
  toSentenceKeyDates,
} from './prison-api-sentences.dto';
import {
  AccountBalance,
  Transaction,
  TransactionCreated,
  TransactionTransferCreated,
} from '../../domain/finance';
import { PersonVisitRestriction, VisitOrders } from '../../domain/visit';
import {
  AccountsDto,
  CreatedTransactionDto,
  toBalances,
  toTransaction,
  toTransactionCreated,
  toTransferCreated,
  TransactionDto,
  TransactionPostingDto,
  TransferTransactionDto,
} from './prison-api-finance.dto';
import {
  OffenderRestrictionsDto,
  toVisitOrders,
  toVisitRestrictions,
  VisitBalancesDto,
} from './prison-api-visits.dto';
import { CellShareRiskAssessment, PrisonTimeline } from '../../domain/prison-history';
import { toCellShareRiskAssessments, toPrisonTimeline } from './prison-history.dto';

/** Prison API pages reference domains; this asks for every code at once, as the reference does. */
const ALL_CODES_HEADERS = { version: '1.0', 'Page-Limit': '2147483647' };

@Injectable()
export class PrisonApiGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'prisonApi', 'prison-api', UpstreamApi.NOMIS);
  }

  /** Newest capture first. */
  async getImageMetadata(nomisNumber: string): Promise<ServiceResult<ImageMetadata[]>> {
    const result = await this.get<ImageDetailDto[]>(`/api/images/offenders/${segment(nomisNumber)}`);
    const images = (result.data ?? []).map(toImageMetadata);
    images.sort((a, b) => (b.captureDateTime ?? '').localeCompare(a.captureDateTime ?? ''));
    return { data: images, errors: result.errors };
  }

  /** The JPEG bytes of one image. */
  getImageData(imageId: number): Promise<ServiceResult<Buffer | null>> {
    return this.call<Buffer>({ method: 'GET', path: `/api/images/${segment(imageId)}/data`, binary: true });
  }

  /** Newest start date first. */
  async getAddresses(nomisNumber: string): Promise<ServiceResult<Address[]>> {
    const result = await this.get<NomisAddressDto[]>(`/api/offenders/${segment(nomisNumber)}/addresses`);
    const addresses = (result.data ?? []).map(toAddress);
    addresses.sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
    return { data: addresses, errors: result.errors };
  }

  /** Adjustments of every HEALTH_TREAT type recorded on a booking. */
  async getReasonableAdjustments(bookingId: string): Promise<ServiceResult<ReasonableAdjustment[]>> {
    const codes = await this.getReferenceDomainCodes('HEALTH_TREAT');
    if (codes.errors.length > 0) return { data: [], errors: codes.errors };
    const result = await this.get<ReasonableAdjustmentsDto>(
      `/api/bookings/${segment(bookingId)}/reasonable-adjustments`,
      {
        type: codes.data.map((code) => code.code),
      },
    );
    return { data: toReasonableAdjustments(result.data), errors: result.errors };
  }

  /** The codes of a reference domain (e.g. ETHNICITY), in Prison API's order. */
  async getReferenceDomain(domain: string): Promise<ServiceResult<ReferenceCode[]>> {
    const result = await this.get<ReferenceCodeDto[]>(
      `/api/reference-domains/domains/${segment(domain)}`,
      undefined,
      {},
      ALL_CODES_HEADERS,
    );
    return { data: (result.data ?? []).map(toReferenceCode), errors: result.errors };
  }

  private async getReferenceDomainCodes(domain: string): Promise<ServiceResult<ReferenceCode[]>> {
    const result = await this.get<ReferenceCodeDto[]>(
      `/api/reference-domains/domains/${segment(domain)}/codes`,
    );
    return result.errors.length > 0
      ? { data: [], errors: result.errors }
      : success((result.data ?? []).map(toReferenceCode));
  }

  /** The ids of every booking the prisoner has had (sentences are recorded per booking). */
  async getBookingIds(nomisNumber: string): Promise<ServiceResult<number[]>> {
    const result = await this.get<OffenderSentenceBookingDto[]>('/api/offender-sentences', {
      offenderNo: nomisNumber,
    });
    const bookingIds = (result.data ?? []).flatMap((booking) =>
      booking.bookingId ? [booking.bookingId] : [],
    );
    return { data: bookingIds, errors: result.errors };
  }

  /** The sentences of one booking, newest sentencing date first. */
  async getSentencesForBooking(bookingId: number): Promise<ServiceResult<Sentence[]>> {
    const result = await this.get<NomisSentenceDto[]>(
      `/api/offender-sentences/booking/${segment(bookingId)}/sentences-and-offences`,
    );
    const sentences = (result.data ?? []).map(toNomisSentence).sort(byDateOfSentencingDescending);
    return { data: sentences, errors: result.errors };
  }

  /** The key dates of the latest sentence; null when NOMIS has none. */
  async getSentenceKeyDates(nomisNumber: string): Promise<ServiceResult<SentenceKeyDates | null>> {
    const result = await this.get<NomisOffenderSentencesDto>(
      `/api/offenders/${segment(nomisNumber)}/sentences`,
    );
    const keyDates = result.data?.sentenceDetail;
    return { data: keyDates ? toSentenceKeyDates(keyDates) : null, errors: result.errors };
  }

  /** The adjustments of the latest prison term; null when NOMIS has none. */
  async getLatestSentenceAdjustments(
    nomisNumber: string,
  ): Promise<ServiceResult<SentenceAdjustments | null>> {
    const result = await this.get<NomisSentenceSummaryDto>(
      `/api/offenders/${segment(nomisNumber)}/booking/latest/sentence-summary`,
    );
    return { data: result.data ? toSentenceAdjustments(result.data) : null, errors: result.errors };
  }

  /** Offences of every booking, newest offence date first. */
  async getOffenceHistory(nomisNumber: string): Promise<ServiceResult<Offence[]>> {
    const result = await this.get<NomisOffenceHistoryDto[]>(
      `/api/bookings/offenderNo/${segment(nomisNumber)}/offenceHistory`,
    );
    const offences = (result.data ?? []).map(toNomisOffence);
    offences.sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
    return { data: offences, errors: result.errors };
  }

  /** Every alert, newest first. */
  async getAlerts(nomisNumber: string): Promise<ServiceResult<Alert[]>> {
    const result = await this.get<NomisAlertDto[]>(`/api/offenders/${segment(nomisNumber)}/alerts/v2`);
    const alerts = (result.data ?? []).map(toAlert);
    alerts.sort((a, b) => (b.dateCreated ?? '').localeCompare(a.dateCreated ?? ''));
    return { data: alerts, errors: result.errors };
  }

  /** Security category and categorisation assessments, from the prisoner's detail. */
  async getRiskCategory(nomisNumber: string): Promise<ServiceResult<RiskCategory | null>> {
    const result = await this.get<NomisInmateDetailDto>(
      `/api/offenders/${segment(nomisNumber)}`,
      undefined,
      {},
      {
        version: '1.0',
      },
    );
    return { data: result.data ? toRiskCategory(result.data) : null, errors: result.errors };
  }

  /** Balances at one prison, spends then savings then cash, in pence. */
  async getBalances(prisonId: string, nomisNumber: string): Promise<ServiceResult<AccountBalance[] | null>> {
    const result = await this.get<AccountsDto>(
      `${financePath(prisonId, nomisNumber)}/accounts`,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? toBalances(result.data) : null, errors: result.errors };
  }

  /** Transactions of one account between two dates (inclusive). */
  async getAccountTransactions(
    prisonId: string,
    nomisNumber: string,
    accountCode: string,
    fromDate: string,
    toDate: string,
  ): Promise<ServiceResult<Transaction[] | null>> {
    const result = await this.get<{ transactions?: TransactionDto[] | null }>(
      `${financePath(prisonId, nomisNumber)}/accounts/${segment(accountCode)}/transactions`,
      { from_date: fromDate, to_date: toDate },
      BAD_REQUEST_AS_ERROR,
    );
    return {
      data: result.data ? (result.data.transactions ?? []).map(toTransaction) : null,
      errors: result.errors,
    };
  }

  /** The transaction a client posted under `clientUniqueRef`. */
  async getTransaction(
    prisonId: string,
    nomisNumber: string,
    clientUniqueRef: string,
  ): Promise<ServiceResult<Transaction | null>> {
    const result = await this.get<TransactionDto>(
      `${financePath(prisonId, nomisNumber)}/transactions/${segment(clientUniqueRef)}`,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? toTransaction(result.data) : null, errors: result.errors };
  }

  /** One attempt at posting a transaction; resending is the caller's decision. */
  async postTransaction(
    prisonId: string,
    nomisNumber: string,
    posting: TransactionPostingDto,
  ): Promise<ServiceResult<TransactionCreated | null>> {
    const result = await this.call<CreatedTransactionDto>(
      { method: 'POST', path: `${financePath(prisonId, nomisNumber)}/transactions`, body: posting },
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? toTransactionCreated(result.data) : null, errors: result.errors };
  }

  /** One attempt at moving money from spends to savings. */
  async postTransferToSavings(
    prisonId: string,
    nomisNumber: string,
    posting: TransactionPostingDto,
  ): Promise<ServiceResult<TransactionTransferCreated | null>> {
    const result = await this.call<TransferTransactionDto>(
      {
        method: 'POST',
        path: `/api/finance/prison/${segment(prisonId)}/offenders/${segment(nomisNumber)}/transfer-to-savings`,
        body: posting,
      },
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? toTransferCreated(result.data) : null, errors: result.errors };
  }

  /** Restrictions on the prisoner's visits (latest booking). */
  async getVisitRestrictions(nomisNumber: string): Promise<ServiceResult<PersonVisitRestriction[] | null>> {
    const result = await this.get<OffenderRestrictionsDto>(
      `/api/offenders/${segment(nomisNumber)}/offender-restrictions`,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? toVisitRestrictions(result.data) : null, errors: result.errors };
  }

  /** Remaining visit orders and privilege visit orders. */
  async getVisitOrders(nomisNumber: string): Promise<ServiceResult<VisitOrders | null>> {
    const result = await this.get<VisitBalancesDto>(
      `/api/bookings/offenderNo/${segment(nomisNumber)}/visit/balances`,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? toVisitOrders(result.data) : null, errors: result.errors };
  }

  /** Every cell-sharing risk assessment of a prisoner; an id Prison API refuses is a 400. */
  async getCellShareRiskAssessments(
    nomisNumber: string,
  ): Promise<ServiceResult<CellShareRiskAssessment[] | null>> {
    const result = await this.get<unknown>(
      `/api/offender-assessments/csra/${segment(nomisNumber)}`,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? toCellShareRiskAssessments(result.data) : null, errors: result.errors };
  }

  /** A prisoner's spells in prison with their movements and transfers. */
  async getPrisonTimeline(nomisNumber: string): Promise<ServiceResult<PrisonTimeline | null>> {
    const result = await this.get<unknown>(`/api/offenders/${segment(nomisNumber)}/prison-timeline`);
    return { data: result.data ? toPrisonTimeline(result.data) : null, errors: result.errors };
  }
}

/** Finance and visit calls report a Prison API 400 as data (the reference's `badRequestAsError`). */
const BAD_REQUEST_AS_ERROR = { badRequestAsError: true };

function financePath(prisonId: string, nomisNumber: string): string {
  return `/api/v1/prison/${segment(prisonId)}/offenders/${segment(nomisNumber)}`;
}
