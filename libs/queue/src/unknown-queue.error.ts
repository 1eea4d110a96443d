/** A queue or dead-letter queue name this app does not have (apps answer 404). */
export class UnknownQueueError extends Error {
  constructor(readonly queueName: string) {
    super(`${queueName} not found`);
    this.name = 'UnknownQueueError';
  }
}
