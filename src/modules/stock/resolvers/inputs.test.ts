// How stock mutation inputs' global IDs become row ids: every field decoded, every bad one named.
import { toGlobalId } from '../../../graphql/global-id';
import { decodeIds } from './inputs';

const PRODUCT = '11111111-1111-4111-8111-111111111111';
const LOCATION = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

describe('decodeIds', () => {
  it('turns each global ID into its row id, and an absent one into null', () => {
    expect(
      decodeIds({
        productId: [toGlobalId('Product', PRODUCT), 'Product'],
        fromLocationId: [toGlobalId('Location', LOCATION), 'Location'],
        toLocationId: [null, 'Location'],
        other: [undefined, 'Location'],
      }),
    ).toEqual({
      ids: { productId: PRODUCT, fromLocationId: LOCATION, toLocationId: null, other: null },
      errors: [],
    });
  });

  it('names every field that is not an ID of its type, under the batch row', () => {
    const { ids, errors } = decodeIds(
      {
        productId: [toGlobalId('Location', LOCATION), 'Product'],
        toLocationId: ['not-an-id', 'Location'],
        fromLocationId: [toGlobalId('Location', LOCATION), 'Location'],
      },
      ['movements', '4'],
    );
    expect(ids).toEqual({ productId: null, toLocationId: null, fromLocationId: LOCATION });
    expect(errors).toEqual([
      {
        code: 'INVALID_ID',
        field: ['movements', '4', 'productId'],
        message: 'movements.4.productId is not a Product ID.',
      },
      {
        code: 'INVALID_ID',
        field: ['movements', '4', 'toLocationId'],
        message: 'movements.4.toLocationId is not a Location ID.',
      },
    ]);
  });
});
