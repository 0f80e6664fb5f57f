// The locations module's per-request DataLoaders: locations by id.
import DataLoader from 'dataloader';
import type { Location } from '../../generated/prisma/client';
import { byKey, type LoaderFactories } from '../../shared/loaders';
import type { LocationService } from './service';

export interface LocationLoaders {
  locationById: DataLoader<string, Location | null>;
}

export function locationLoaders(locations: LocationService): LoaderFactories<LocationLoaders> {
  return {
    locationById: () =>
      new DataLoader(
        byKey(
          (ids) => locations.locationsByIds(ids),
          (row) => row.id,
        ),
      ),
  };
}
