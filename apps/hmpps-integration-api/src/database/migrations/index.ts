import { EventNotificationTable1770000000000 } from './1770000000000-event-notification-table';

/** This app's own tables, in order (the outbox's come from `@libs/queue`). */
export const MIGRATIONS = [EventNotificationTable1770000000000];
