/** The queue id the jobs board reads expressions of interest from (the reference's ADR 0015: owned by that team). */
export const JOBS_BOARD_QUEUE = 'jobsboardintegration';

/** The value of the message's `eventType` attribute. */
export const EXPRESSION_OF_INTEREST_EVENT = 'mjma-jobs-board.job.expression-of-interest.created';

/** The reference's message body, with `eventType` written as its code. */
export interface ExpressionOfInterestBody {
  messageId: string;
  eventType: 'ExpressionOfInterestCreated';
  description: null;
  messageAttributes: { jobId: string; prisonNumber: string };
}

export function expressionOfInterestBody(
  messageId: string,
  jobId: string,
  prisonNumber: string,
): ExpressionOfInterestBody {
  return {
    messageId,
    eventType: 'ExpressionOfInterestCreated',
    description: null,
    messageAttributes: { jobId, prisonNumber },
  };
}
