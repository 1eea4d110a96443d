import { CompletedReviewDto, ReviewScheduleDto, toReviewSchedule } from './plp.dto';

const completedSchedule: ReviewScheduleDto = {
  reference: 'schedule-1',
  status: 'COMPLETED',
  calculationRule: 'BETWEEN_6_AND_12_MONTHS_TO_SERVE',
};

const review: CompletedReviewDto = {
  reviewScheduleReference: 'schedule-1',
  completedDate: '2024-05-01',
  conductedBy: null,
  conductedByRole: null,
  updatedByDisplayName: 'Barbara Jones',
  preRelease: false,
};

describe('toReviewSchedule', () => {
  it('joins the completed review of a COMPLETED schedule, with the reference defaults', () => {
    expect(toReviewSchedule(completedSchedule, 'G2996UX', [review])).toMatchObject({
      nomisNumber: 'G2996UX',
      reviewCompletedBy: 'Barbara Jones',
      reviewCompletedByRole: 'CIAG',
      reviewCompletedAt: '2024-05-01',
      reviewType: 'REGULAR',
      reviewReason: 'REGULAR',
    });
  });

  it('prefers who conducted the review and maps the calculation rule to a reason', () => {
    const transfer = { ...completedSchedule, calculationRule: 'PRISONER_TRANSFER' };
    const conducted = {
      ...review,
      conductedBy: 'Pat Mentor',
      conductedByRole: 'Peer Mentor',
      preRelease: true,
    };
    expect(toReviewSchedule(transfer, 'G2996UX', [conducted])).toMatchObject({
      reviewCompletedBy: 'Pat Mentor',
      reviewCompletedByRole: 'Peer Mentor',
      reviewType: 'PRE_RELEASE',
      reviewReason: 'TRANSFER',
    });
  });

  it('joins nothing onto a schedule that is not COMPLETED, or whose review is unknown', () => {
    const scheduled = toReviewSchedule({ ...completedSchedule, status: 'SCHEDULED' }, 'G2996UX', [review]);
    const unmatched = toReviewSchedule({ ...completedSchedule, reference: 'other' }, 'G2996UX', [review]);
    for (const schedule of [scheduled, unmatched]) {
      expect(schedule).toMatchObject({
        reviewCompletedBy: null,
        reviewCompletedByRole: null,
        reviewCompletedAt: null,
        reviewType: null,
        reviewReason: null,
      });
    }
  });
});
