import { Injectable } from '@nestjs/common';
import { badRequest, notFound, requireData, throwIfErrors } from '../common/api-errors';
import { isLong } from '../common/long-id';
import { hasError, UpstreamApiErrorType } from '../common/upstream-api-error';
import { ConsumerFilters } from '../consumers/consumer-filters';
import { PrisonerContactRestrictions } from '../domain/contact';
import { PersonIdentityService } from '../identity/person-identity.service';
import { PersonalRelationshipsGateway } from '../upstream/personal-relationships/personal-relationships.gateway';

@Injectable()
export class VisitorRestrictionsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly relationships: PersonalRelationshipsGateway,
  ) {}

  /**
   * #38. The restrictions on every relationship between the prisoner (within the consumer's prisons) and
   * the contact, plus the contact's global restrictions, which each relationship repeats: they are taken
   * once, from the first relationship that answered. A relationship unknown upstream is skipped.
   */
  async getRestrictions(
    hmppsId: string,
    contactId: string,
    filters: ConsumerFilters,
  ): Promise<PrisonerContactRestrictions> {
    if (!isLong(contactId)) throw badRequest('Invalid contact ID');
    const message = `Could not find prisoner with visitor restrictions(hmmpsId, contactId): ${hmppsId} ${contactId}`;
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: message };
    const prisoner = requireData(await this.identity.getPrisoner(hmppsId, filters), messages);
    const linked = requireData(await this.relationships.getLinkedPrisoners(contactId), messages);
    const links = linked.filter((candidate) => candidate.prisonerNumber === prisoner.nomisNumber);
    if (links.length === 0) throw notFound(message);

    const ids = links
      .map((relationship) => relationship.prisonerContactId)
      .filter((id): id is number => typeof id === 'number');
    const results = await Promise.all(ids.map((id) => this.relationships.getRelationshipRestrictions(id)));
    const answered = results.filter((result) => !hasError(result, UpstreamApiErrorType.ENTITY_NOT_FOUND));
    answered.forEach((result) => throwIfErrors(result, messages));
    const restrictions = answered.flatMap((result) => (result.data ? [result.data] : []));
    return {
      prisonerContactRestrictions: restrictions.flatMap((restriction) => restriction.relationship),
      contactGlobalRestrictions: restrictions[0]?.global ?? [],
    };
  }
}
