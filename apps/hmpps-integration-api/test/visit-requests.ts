/** Request bodies of the visit writes that pass validation, for the fixture prisoner G2996UX at MDI. */
export const VISIT_DETAILS = {
  visitRoom: 'A1',
  visitType: 'SOCIAL',
  visitRestriction: 'OPEN',
  startTimestamp: '2030-06-01T13:45:00',
  endTimestamp: '2030-06-01T14:45:00',
  visitNotes: [{ type: 'VISITOR_CONCERN', text: 'Needs a ramp' }],
  visitContact: { name: 'John Doe', telephone: '01234 567890' },
  visitors: [{ nomisPersonId: 123456, visitContact: true }, { nomisPersonId: 654321 }],
  visitorSupport: { description: 'Wheelchair access' },
};
export const CREATE_VISIT = {
  ...VISIT_DETAILS,
  prisonerId: 'G2996UX',
  prisonId: 'MDI',
  clientVisitReference: 'client-ref-9',
};
export const CANCEL_VISIT = {
  cancelOutcome: { outcomeStatus: 'VISITOR_CANCELLED', text: 'Unwell' },
  userType: 'PRISONER',
};
