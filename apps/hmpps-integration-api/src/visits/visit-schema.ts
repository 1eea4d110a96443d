const text = { type: 'string', nullable: true };

/** The OpenAPI shape of a `Visit`. */
export const VISIT_SCHEMA = {
  type: 'object',
  properties: {
    ...Object.fromEntries(
      [
        'applicationReference',
        'reference',
        'prisonerId',
        'prisonId',
        'prisonName',
        'sessionTemplateReference',
        'visitRoom',
        'visitType',
        'visitStatus',
        'visitSubStatus',
        'outcomeStatus',
        'visitRestriction',
        'startTimestamp',
        'endTimestamp',
        'createdTimestamp',
        'modifiedTimestamp',
        'firstBookedDateTime',
      ].map((name) => [name, text]),
    ),
    visitNotes: { type: 'array', items: { type: 'object', properties: { type: text, text } } },
    visitContact: { type: 'object', properties: { name: text, telephone: text, email: text } },
    visitors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { contactId: { type: 'integer' }, visitContact: { type: 'boolean' } },
      },
    },
    visitorSupport: { type: 'object', properties: { description: text } },
    visitExternalSystemDetails: {
      type: 'object',
      nullable: true,
      properties: { clientName: text, clientVisitReference: text },
    },
  },
};
