import { Test } from '@nestjs/testing';
import { ApiError } from '@libs/errors';
import { Outbox } from '@libs/queue';
import { HmppsMessageWriter } from './hmpps-message-writer';

describe('HmppsMessageWriter', () => {
  const sendToQueue = jest.fn();
  let writer: HmppsMessageWriter;

  beforeEach(async () => {
    sendToQueue.mockReset();
    const module = await Test.createTestingModule({
      providers: [HmppsMessageWriter, { provide: Outbox, useValue: { sendToQueue } }],
    }).compile();
    writer = module.get(HmppsMessageWriter);
  });

  it('stores HEAD’s message with its code in the body and its constant as the eventType attribute', async () => {
    sendToQueue.mockResolvedValue('id');
    const message = await writer.send('visits', 'VISIT_CANCELLED', { visitReference: 'ab' }, 'client', 'unused');
    expect(message).toEqual({
      messageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      eventType: 'VisitCancelled',
      description: null,
      messageAttributes: { visitReference: 'ab' },
      who: 'client',
    });
    expect(sendToQueue).toHaveBeenCalledWith('visits', message, {
      id: message.messageId,
      attributes: { eventType: 'VISIT_CANCELLED' },
    });
  });

  it('answers HEAD’s 500 with the operation’s message when the outbox cannot take the message', async () => {
    sendToQueue.mockRejectedValue(new Error('connection terminated'));
    const failure = writer.send('locations', 'LOCATION_DEACTIVATE', {}, 'client', 'Could not send deactivate location to queue');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 500,
      body: {
        status: 500,
        errorCode: null,
        userMessage: 'Could not send deactivate location to queue',
        developerMessage: 'Failed to add message to queue.',
        moreInfo: null,
      },
    });
  });
});
