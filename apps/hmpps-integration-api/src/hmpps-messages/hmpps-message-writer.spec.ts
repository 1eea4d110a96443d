import { Test } from '@nestjs/testing';
import { ApiError } from '@libs/errors';
import { Outbox } from '@libs/queue';
import { HmppsMessageEventType } from './hmpps-message';
import { HmppsMessageWriter, notQueued, WriteQueue } from './hmpps-message-writer';

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

  const unused = () => notQueued('unused');

  it('stores HEAD’s message with its code in the body and its constant as the eventType attribute', async () => {
    sendToQueue.mockResolvedValue('id');
    const message = await writer.send(
      'visits',
      'VISIT_CANCELLED',
      { visitReference: 'ab' },
      { who: 'client', failure: unused },
    );
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

  async function attributeSent(queue: WriteQueue, eventType: HmppsMessageEventType): Promise<unknown> {
    sendToQueue.mockResolvedValue('id');
    const message = await writer.send(queue, eventType, {}, { who: null, failure: unused });
    expect(sendToQueue).toHaveBeenLastCalledWith(
      queue,
      message,
      expect.objectContaining({ id: message.messageId }),
    );
    return (sendToQueue.mock.lastCall as [string, unknown, { attributes: { eventType: string } }])[2]
      .attributes.eventType;
  }

  it('names the event by its constant on the activities, locations and visits queues, as HEAD’s queue services do', async () => {
    expect(await attributeSent('activities', 'MARK_PRISONER_ATTENDANCE')).toBe('MARK_PRISONER_ATTENDANCE');
    expect(await attributeSent('locations', 'TEST_EVENT')).toBe('TEST_EVENT');
    expect(await attributeSent('visits', 'VISIT_CREATED')).toBe('VISIT_CREATED');
  });

  it('names the event by its type on the education queues, as HEAD’s education services do', async () => {
    expect(await attributeSent('assessmentevents', 'EDUCATION_ASSESSMENT_EVENT_CREATED')).toBe(
      'education-assessment-event.created',
    );
    expect(
      await attributeSent('educationcoursecompletionevents', 'EDUCATION_COURSE_COMPLETION_CREATED'),
    ).toBe('education-course.completion.created');
  });

  it('answers HEAD’s 500 with the operation’s message when the outbox cannot take the message', async () => {
    sendToQueue.mockRejectedValue(new Error('connection terminated'));
    const failure = writer.send(
      'locations',
      'LOCATION_DEACTIVATE',
      {},
      { who: 'client', failure: () => notQueued('Could not send deactivate location to queue') },
    );
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

  it('answers with the write’s own failure where its operation words it differently', async () => {
    sendToQueue.mockRejectedValue(new Error('connection terminated'));
    const own = new ApiError(500, { status: 500, userMessage: 'own', developerMessage: 'own answer' });
    const failure = writer.send(
      'assessmentevents',
      'EDUCATION_ASSESSMENT_EVENT_CREATED',
      {},
      { who: null, failure: () => own },
    );
    await expect(failure).rejects.toBe(own);
  });
});
