import { Injectable } from '@nestjs/common';
import { notFound, requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { Sentence } from '../../domain/sentence';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { personNotFoundMessage } from '../person-lookup';
import { dataUnlessNotFound } from '../tolerate-not-found';

@Injectable()
export class SentencesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
    private readonly ndelius: NDeliusGateway,
  ) {}

  /**
   * NOMIS sentences (each booking's newest first) followed by nDelius ones. The person must
   * be held in a prison the consumer may see. A 404 from either side leaves that side empty; the two
   * sides are fetched at once.
   */
  async getSentences(hmppsId: string, filters: ConsumerFilters): Promise<Sentence[]> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const person = requireData(await this.identity.getPersonWithPrisonFilter(hmppsId, filters), messages);
    const { nomisNumber, deliusCrn: crn } = person.identifiers;
    if (!nomisNumber && !crn) throw notFound(messages.notFound);

    const [nomisSentences, probationCase] = await Promise.all([
      nomisNumber ? this.nomisSentences(nomisNumber) : [],
      crn ? this.ndelius.getProbationCase(crn) : null,
    ]);
    const deliusSentences = probationCase ? (dataUnlessNotFound(probationCase, null)?.sentences ?? []) : [];
    return [...nomisSentences, ...deliusSentences];
  }

  private async nomisSentences(nomisNumber: string): Promise<Sentence[]> {
    const bookingIds = dataUnlessNotFound(await this.prisonApi.getBookingIds(nomisNumber), []);
    const perBooking = await Promise.all(
      bookingIds.map((bookingId) => this.prisonApi.getSentencesForBooking(bookingId)),
    );
    return perBooking.flatMap((sentences) => dataUnlessNotFound(sentences, []));
  }
}
