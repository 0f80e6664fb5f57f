// What subscriptions read from payloads: the levels with row ids, the reference, the crossing; and
// nothing, rather than a failure, from a payload of another shape.
import { levelPayload, reorderPayload, type EventRecord } from '../events';
import { crossingOf, levelsOf, reservationReferenceOf } from './payload';

const [product, location] = ['2b0d3c43-6a53-4d1c-9a3e-0b7f1c1e2a01', '7c6f4d1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f'];
const figures = { onHand: 9, reserved: 2, committed: 1, damaged: 0, qualityControl: 0, safetyStock: 1, available: 5 };

function eventWith(payload: unknown): EventRecord {
  return {
    id: 1n,
    position: 1n,
    type: 'MOVEMENT_RECORDED',
    occurredAt: new Date(),
    userId: null,
    apiKeyId: null,
    productIds: [product],
    locationIds: [location],
    reservationId: null,
    payload,
  };
}

describe('live payloads', () => {
  it('reads each level with the row ids the event lists', () => {
    const event = eventWith({ stockLevels: [levelPayload({ productId: product, locationId: location, ...figures })] });
    expect(levelsOf(event)).toEqual([{ productId: product, locationId: location, ...figures }]);
  });

  it('reads a reorder-point crossing', () => {
    const crossing = reorderPayload(
      { id: product, sku: 'A', name: 'A', category: 'C', active: true, reorderPoint: 10 },
      7,
    );
    expect(crossingOf(eventWith(crossing))).toEqual({ productId: product, reorderPoint: 10, available: 7 });
  });

  it('finds nothing in a payload of another shape', () => {
    const odd = eventWith({ stockLevels: [{ productId: 'x' }], reservation: { id: 'r' } });
    expect(levelsOf(odd)).toEqual([]);
    expect(reservationReferenceOf(odd)).toBeUndefined();
    expect(crossingOf(odd)).toBeUndefined();
  });
});
