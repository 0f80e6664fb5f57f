// What a selection of Product reads of its row: every field of the schema's Product type is known,
// and one that is not makes the reader take whole rows.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { productFieldsRead } from './rows';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8'));
const product = schema.getType('Product');

describe('productFieldsRead', () => {
  it("knows what every field of Product reads, so a snapshot's products can be read partly", () => {
    if (!isObjectType(product)) throw new Error('Product is not an object type');
    const unknown = Object.keys(product.getFields()).filter((field) => productFieldsRead([field]) === null);
    expect(unknown).toEqual([]);
  });

  it('reads id with the columns asked, and nothing else', () => {
    expect(productFieldsRead(['sku', 'createdAt', 'onHand', '__typename'])).toEqual(['id', 'sku', 'createdAt']);
    expect(productFieldsRead(['similar', 'stockLevels'])).toEqual(['id']);
  });

  it('gives up on a field it does not know: the caller reads whole rows', () => {
    expect(productFieldsRead(['sku', 'aFieldAddedLater'])).toBeNull();
  });
});
