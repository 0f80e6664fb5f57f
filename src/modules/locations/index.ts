// The locations module's public surface: its service and its DataLoaders. Other code imports
// locations from here, never from its files (eslint.config.mjs holds this).
export { LocationService } from './service';
export { locationLoaders, type LocationLoaders } from './loaders';
export { locationFromJson, locationJsonSql, type LocationJson } from './rows';
