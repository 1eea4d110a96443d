/** The `EventsSettings` of this process (read once at start). */
export const EVENTS_SETTINGS = Symbol('EVENTS_SETTINGS');
