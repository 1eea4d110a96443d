/** The message attribute that carries the outbox message id, the same on every delivery of it. */
export const EVENT_ID_ATTRIBUTE = 'eventId';

/** SQS allows 10 attributes per message; `eventId` is one of them. */
export const MAX_CALLER_ATTRIBUTES = 9;

export function messageAttributes(
  id: string,
  attributes: Record<string, string>,
): Record<string, { DataType: 'String'; StringValue: string }> {
  const all: Record<string, { DataType: 'String'; StringValue: string }> = {};
  for (const [name, value] of Object.entries(attributes))
    all[name] = { DataType: 'String', StringValue: value };
  all[EVENT_ID_ATTRIBUTE] = { DataType: 'String', StringValue: id };
  return all;
}
