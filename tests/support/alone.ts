// A request on a connection of its own (no keep-alive pooling), as separate clients would send it:
// what the concurrency tests use to put many callers on the server at once.
import http from 'node:http';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { TestServer } from './server';

export interface Answer<R> {
  status: number;
  data?: R;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** POSTs `document` as the admin of `target`, on a connection of its own. */
export function postAlone<R, V>(
  target: TestServer,
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<Answer<R>> {
  const body = JSON.stringify({ query: print(document), variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${target.url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...target.adminHeaders,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ...(JSON.parse(text) as Omit<Answer<R>, 'status'>) }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
