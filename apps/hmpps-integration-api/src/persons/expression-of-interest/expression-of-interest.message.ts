/** The queue the jobs board reads expressions of interest from (ADR 0015: owned by that team). */
export const JOBS_BOARD_QUEUE = 'jobsboardintegration';

/** The value of the message's `eventType` attribute (spec §6.1). */
export const EXPRESSION_OF_INTEREST_EVENT = 'mjma-jobs-board.job.expression-of-interest.created';

/** The message body of spec §6.1, with `eventType` written as its code. */
export interface ExpressionOfInterestBody {
  messageId: string;
  eventType: 'ExpressionOfInterestCreated';
  description: null;
  messageAttributes: { jobId: string; prisonNumber: string };
}

/**
 * What goes on the queue: the body plus the `eventType` message attribute, shaped as an SQS message
 * (pg-boss jobs have no attributes of their own, so both travel in the job).
 */
export interface ExpressionOfInterestMessage {
  body: ExpressionOfInterestBody;
  messageAttributes: { eventType: { dataType: 'String'; stringValue: typeof EXPRESSION_OF_INTEREST_EVENT } };
}

export function expressionOfInterestMessage(
  messageId: string,
  jobId: string,
  prisonNumber: string,
): ExpressionOfInterestMessage {
  return {
    body: {
      messageId,
      eventType: 'ExpressionOfInterestCreated',
      description: null,
      messageAttributes: { jobId, prisonNumber },
    },
    messageAttributes: { eventType: { dataType: 'String', stringValue: EXPRESSION_OF_INTEREST_EVENT } },
  };
}
