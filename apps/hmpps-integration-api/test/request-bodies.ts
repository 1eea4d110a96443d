/** Valid request bodies for HEAD's write operations, shared by the tests that send them. */

/** PUT /v1/visit/{visitReference}; with a prisoner, prison and client reference, POST /v1/visit. */
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

/** PUT /v1/activities/schedule/100/deallocate: G2996UX's allocation to schedule 100 (MDI), ended. */
export const DEALLOCATION = {
  prisonerNumber: 'G2996UX',
  reasonCode: 'HEALTH',
  endDate: '2099-06-30',
  scheduleInstanceId: 7001,
};

/** One entry of PUT /v1/activities/schedule/attendance: attendance 9001 (MDI) in the Activities stand-in. */
export const ATTENDANCE = {
  id: 9001,
  prisonId: 'MDI',
  status: 'COMPLETED',
  attendanceReason: 'ATTENDED',
  comment: 'Arrived on time',
  issuePayment: true,
  incentiveLevelWarningIssued: false,
  otherAbsenceReason: null,
};

/** POST /v1/education/course-completion. */
export const courseCompletion = (overrides: { person?: object; course?: object } = {}) => ({
  courseCompletion: {
    externalReference: 'CC-2025-0001',
    person: {
      firstName: 'Alex',
      lastName: 'Learner',
      dateOfBirth: '1990-01-01',
      region: 'North East',
      pdu: 'Leeds',
      office: 'Leeds Office',
      email: 'alex.learner@example.com',
      ...overrides.person,
    },
    course: {
      courseName: 'Digital skills',
      courseType: 'Online',
      provider: 'Moodle',
      completionDateTime: '2025-06-01T16:00:00+00:00',
      status: 'Completed',
      totalTimeMinutes: 150,
      attempts: 2,
      expectedTimeMinutes: 140,
      ...overrides.course,
    },
  },
});

/** POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer: £5 from spends to savings. */
export const transferToSavings = (clientUniqueRef: string) => ({
  description: 'Transfer to savings',
  amount: 500,
  clientTransactionId: 'CL-TR-1',
  clientUniqueRef,
  fromAccount: 'spends',
  toAccount: 'savings',
});
