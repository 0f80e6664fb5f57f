// The one answer to a failure, without a database: what /graphql, the exports and the credentials
// check tell a client, by kind of failure.
import { RequestError } from './errors';
import { answerTo, HttpRefusal, isPoolExhausted } from './failures';

describe('answerTo', () => {
  it("keeps a refusal's code and message, as a 400", () => {
    expect(answerTo(new RequestError('INVALID_ID', '`productId` is not a Product ID.'))).toEqual({
      status: 400,
      code: 'INVALID_ID',
      message: '`productId` is not a Product ID.',
      fault: false,
    });
  });

  it('answers an unknown caller with 401 and a refused one with 403', () => {
    expect(answerTo(new RequestError('UNAUTHENTICATED', 'Sign in.')).status).toBe(401);
    expect(answerTo(new RequestError('FORBIDDEN', 'Needs MANAGER.')).status).toBe(403);
  });

  it('gives a refusal with its own status that status', () => {
    expect(answerTo(new HttpRefusal(429, 'TOO_MANY_EXPORTS', 'Later.'))).toMatchObject({
      status: 429,
      code: 'TOO_MANY_EXPORTS',
      fault: false,
    });
  });

  it('answers a pool that stayed busy with 503 DATABASE_BUSY, however deep the cause', () => {
    const timeout = new Error('timeout exceeded when trying to connect');
    const wrapped = new Error('query failed', { cause: new Error('driver', { cause: timeout }) });
    expect(isPoolExhausted(wrapped)).toBe(true);
    expect(answerTo(wrapped)).toEqual({
      status: 503,
      code: 'DATABASE_BUSY',
      message: 'The database is busy; no connection came free in time. Try again shortly.',
      fault: false,
    });
    expect(answerTo(new Error('Unable to start a transaction in the given time.')).code).toBe('DATABASE_BUSY');
    // A new connection that the loaded server did not finish opening within the same timeout.
    expect(answerTo(new Error('Connection terminated due to connection timeout')).code).toBe('DATABASE_BUSY');
  });

  it('masks anything else as a 500 fault, saying nothing of it', () => {
    const answer = answerTo(new Error('relation "secret_table" does not exist'));
    expect(answer).toEqual({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Internal server error. Quote extensions.requestId when reporting it.',
      fault: true,
    });
    expect(answerTo('not even an Error').code).toBe('INTERNAL_SERVER_ERROR');
  });
});
