/**
 * Dates and times as GOV.UK writes them (the GOV.UK style guide), in UK local time: staff read the wall
 * clock, which is an hour ahead of UTC in summer (enrolment season).
 */
const UK_TIME_ZONE = 'Europe/London';

const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const UK_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: UK_TIME_ZONE,
});
const UK_CLOCK = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: UK_TIME_ZONE,
});

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2008-09-02` → `2 September 2008`; text that is not a real ISO date is shown as it is. */
export function govukDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = ISO_DAY.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value) ? DAY_MONTH_YEAR.format(date) : value;
}

/** `4:27pm`, `9am`, `midday`, `midnight`, in UK local time. */
export function govukTime(instant: Date): string {
  const [hours, minutes] = UK_CLOCK.format(instant).split(':').map(Number);
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours === 0) return 'midnight';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}${hours < 12 ? 'am' : 'pm'}`;
}

/** `4:27pm on 21 November 2026`, UK local time. */
export function govukDateTime(instant: Date): string {
  return `${govukTime(instant)} on ${UK_DATE.format(instant)}`;
}

/** `4 minutes 5 seconds`, `1 minute`, `30 seconds`: what is left, as the countdown also shows it. */
export function govukDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
    rest > 0 || minutes === 0 ? `${rest} second${rest === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** VERA's `"true"`/`"false"` (any case) as Yes/No; other text as it is. */
export function yesNo(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === 'yes' || lower === '1') return 'Yes';
  if (lower === 'false' || lower === 'no' || lower === '0') return 'No';
  return value;
}
