// The live module's public surface: the service behind GraphQL subscriptions and its bus options.
// Other code imports it from here, never from its files.
export { DEFAULT_BUS_OPTIONS, EVENTS_CHANNEL, type BusOptions } from './bus';
export { LiveService, type LevelFilter, type LevelsChange, type ReorderAlert, type ReservationChange } from './service';
