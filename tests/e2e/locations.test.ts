// Locations through the real HTTP server: create, update, archive, lookups and validation.
import {
  ArchiveLocationDocument,
  CreateLocationDocument,
  LocationByCodeDocument,
  LocationPageDocument,
  UpdateLocationDocument,
} from '../generated/graphql';
import { givenLocation } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const locationCount = () => server.database.prisma.location.count();

describe('locations', () => {
  it('creates a location with a default kind and finds it by code ignoring case', async () => {
    const { createLocation } = await server.query(CreateLocationDocument, {
      input: { code: 'WH-NORTH', name: 'North Warehouse', address: '1 Quay St' },
    });
    expect(createLocation.userErrors).toEqual([]);
    expect(createLocation.location).toMatchObject({ code: 'WH-NORTH', kind: 'WAREHOUSE', active: true });
    const { location } = await server.query(LocationByCodeDocument, { code: 'wh-north' });
    expect(location?.id).toBe(createLocation.location?.id);
  });

  it('refuses a duplicate code in another case and writes nothing', async () => {
    await givenLocation(server, { code: 'ST-DUP' });
    const before = await locationCount();
    const { createLocation } = await server.query(CreateLocationDocument, { input: { code: 'st-dup', name: 'Again' } });
    expect(createLocation.userErrors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_LOCATION_CODE', field: ['code'] }),
    ]);
    expect(await locationCount()).toBe(before);
  });

  it('validates code and name', async () => {
    const { createLocation } = await server.query(CreateLocationDocument, {
      input: { code: 'has space', name: 'n'.repeat(201) },
    });
    expect(createLocation.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_FORMAT', ['code']],
      ['TOO_LONG', ['name']],
    ]);
  });

  it('rejects an unknown kind before any resolver runs', async () => {
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { createLocation(input: { code: "K", name: "K", kind: CASTLE }) { location { id } } }',
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('updates the given fields only', async () => {
    const location = await givenLocation(server, { name: 'Before', address: 'Kept' });
    const { updateLocation } = await server.query(UpdateLocationDocument, {
      input: { id: location.id, name: 'After', kind: 'STORE' },
    });
    expect(updateLocation.location).toMatchObject({ name: 'After', kind: 'STORE', address: 'Kept' });
  });

  it('archives a location out of the default list and keeps it reachable', async () => {
    const location = await givenLocation(server, { code: 'ARCH-LOC' });
    const { archiveLocation } = await server.query(ArchiveLocationDocument, { id: location.id });
    expect(archiveLocation.location?.active).toBe(false);
    const codes = async (active?: boolean | null) =>
      (
        await server.query(LocationPageDocument, { filter: { search: 'ARCH-LOC', active }, first: 10 })
      ).locations.nodes.map((node) => node.code);
    expect(await codes()).toEqual([]);
    expect(await codes(false)).toEqual(['ARCH-LOC']);
  });

  it('searches for % and _ literally, not as LIKE wildcards', async () => {
    await givenLocation(server, { code: 'PCT-LOC', name: 'Aisle 100%' });
    await givenLocation(server, { code: 'UND_LOC', name: 'Underscore' });
    const codes = async (search: string) =>
      (await server.query(LocationPageDocument, { filter: { search }, first: 100 })).locations.nodes.map(
        (node) => node.code,
      );
    expect(await codes('%')).toEqual(['PCT-LOC']);
    expect(await codes('_')).toEqual(['UND_LOC']);
  });

  it('lists by kind and pages through the result', async () => {
    for (const code of ['KS-1', 'KS-2', 'KS-3']) await givenLocation(server, { code, kind: 'DISTRIBUTION_CENTER' });
    const first = await server.query(LocationPageDocument, { filter: { kinds: ['DISTRIBUTION_CENTER'] }, first: 2 });
    expect(first.locations.totalCount).toBe(3);
    expect(first.locations.nodes.map((node) => node.code)).toEqual(['KS-1', 'KS-2']);
    const rest = await server.query(LocationPageDocument, {
      filter: { kinds: ['DISTRIBUTION_CENTER'] },
      first: 2,
      after: first.locations.pageInfo.endCursor,
    });
    expect(rest.locations.nodes.map((node) => node.code)).toEqual(['KS-3']);
    expect(rest.locations.pageInfo.hasNextPage).toBe(false);
  });

  it('answers a Product ID given for a location with INVALID_ID', async () => {
    const productId = Buffer.from('Product:00000000-0000-4000-8000-000000000000').toString('base64url');
    const { updateLocation } = await server.query(UpdateLocationDocument, { input: { id: productId, name: 'x' } });
    expect(updateLocation.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_ID' })]);
  });
});
