import { startCallTimer } from './call-timer';

describe('startCallTimer', () => {
  afterEach(() => jest.useRealTimers());

  it('aborts with a TimeoutError once the budget is spent', () => {
    jest.useFakeTimers();
    const timer = startCallTimer(500);
    jest.advanceTimersByTime(499);
    expect(timer.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(timer.signal.aborted).toBe(true);
    expect((timer.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('leaves no timer behind once the call is over, so nothing of the call is kept until the budget ends', () => {
    jest.useFakeTimers();
    const timer = startCallTimer(10_000);
    expect(jest.getTimerCount()).toBe(1);
    timer.clear();
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(10_000);
    expect(timer.signal.aborted).toBe(false);
  });
});
