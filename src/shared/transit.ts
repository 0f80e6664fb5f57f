// The in-transit location: where the ledger keeps units of shipped transfers until they are
// received, lost or returned. One row, created when first needed, archived so that no ordinary
// stock mutation, reservation or location edit can use it, and with every level's safety stock at
// the maximum so its units never count as available.
export const TRANSIT_LOCATION_ID = '7f000000-0000-4000-8000-000000000001';
export const TRANSIT_LOCATION_CODE = 'IN-TRANSIT';
