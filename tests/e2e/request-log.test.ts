// Every GraphQL request leaves one structured log line that operators can join to a client's
// report by request id.
import { CategoriesDocument, MeDocument, ProductPageDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../support/server';

const lines: Array<{ message: string; fields: Record<string, unknown> }> = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    logger: { info: (message, fields = {}) => lines.push({ message, fields }), error: () => undefined },
  });
});
afterAll(() => server.close());

const lineFor = (requestId: string | null) =>
  lines.find((line) => line.message === 'graphql request' && line.fields.requestId === requestId)?.fields;

describe('request log', () => {
  it('records request id, operation name and hash, caller, duration and status', async () => {
    const { me } = await server.query(MeDocument, {});
    expect(me.__typename).toBe('User');
    const response = await server.send(CategoriesDocument, {});
    const line = lineFor(response.headers.get('x-request-id'));
    expect(line).toMatchObject({
      operationName: 'Categories',
      operationHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      caller: expect.stringMatching(/^user:[0-9a-f-]{36}$/),
      durationMs: expect.any(Number),
      status: 200,
      errorCodes: [],
    });
  });

  it('records the error codes the client saw, and anonymous callers', async () => {
    const refused = await server.send(ProductPageDocument, { first: 1000 });
    expect(lineFor(refused.headers.get('x-request-id'))).toMatchObject({ errorCodes: ['PAGE_SIZE_EXCEEDED'] });
    const anonymous = await server.as({}).send(CategoriesDocument, {});
    expect(lineFor(anonymous.headers.get('x-request-id'))).toMatchObject({
      caller: 'anonymous',
      errorCodes: ['UNAUTHENTICATED'],
    });
  });
});
