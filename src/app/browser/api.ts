// How the app talks to Stockroom: the session (token in memory and sessionStorage, never a cookie),
// and hooks that send the app's operations as persisted documents, by their sha256 id.
//
// Adding an operation (for a page's author):
// 1. Write it in src/app/operations/<page>/<Name>.graphql (one operation per file, named after the
//    page, e.g. `query ProductPage($id: ID!) { … }`), then `npm run generate` (with the flock rule).
// 2. Import its typed document from './generated/graphql' (e.g. `ProductPageDocument`) and call
//    `useQuery(ProductPageDocument, { id })` or `const [run, state] = useMutation(ReceiveDocument)`.
//    Both are typed by the document: data, variables and errors need no casts.
// 3. Nothing to register: the build writes the manifest of every document (dist/app), and the server
//    trusts it while the app is on, so it runs under PERSISTED_QUERIES=only too.
// A VIEWER is refused costs and every mutation: ask `canRole(useViewer().role, 'MANAGER')` (or
// 'CLERK' for forms) and leave out what would be refused, rather than showing an error.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import manifest from './generated/persisted-documents.json';

export type Role = 'VIEWER' | 'CLERK' | 'MANAGER' | 'ADMIN';

export interface Viewer {
  name: string;
  email: string;
  role: Role;
}

interface Session {
  token: string;
  expiresAt: string;
  viewer: Viewer;
}

/** A request that failed as a whole, or a GraphQL error (its `code` is `extensions.code`). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly path?: readonly (string | number)[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const ROLE_ORDER: readonly Role[] = ['VIEWER', 'CLERK', 'MANAGER', 'ADMIN'];

/** Whether `role` may do what needs `required` (the API's @auth order: VIEWER < CLERK < MANAGER < ADMIN). */
export function canRole(role: Role, required: Role): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(required);
}

// ---------------------------------------------------------------------------------------------
// The session: kept in this tab's sessionStorage (gone when the tab closes) and in memory.

const SESSION_KEY = 'stockroom.session';
const listeners = new Set<() => void>();
let session: Session | null = readStoredSession();

function readStoredSession(): Session | null {
  try {
    const stored = sessionStorage.getItem(SESSION_KEY);
    if (!stored) return null;
    const parsed = JSON.parse(stored) as Session;
    return Date.parse(parsed.expiresAt) > Date.now() ? parsed : null;
  } catch {
    return null;
  }
}

function setSession(next: Session | null): void {
  session = next;
  try {
    if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage refused (a private window's quota): the session lives in memory for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in viewer, or null; re-renders on sign-in and sign-out. */
export function useSession(): Viewer | null {
  return useSyncExternalStore(subscribe, () => session?.viewer ?? null);
}

/** The signed-in viewer. Pages render only when someone is signed in. */
export function useViewer(): Viewer {
  const viewer = useSession();
  if (!viewer) throw new Error('useViewer() outside a signed-in page');
  return viewer;
}

/** Forgets the token: this tab's storage and memory. (Session tokens expire on their own.) */
export function signOut(): void {
  setSession(null);
}

// ---------------------------------------------------------------------------------------------
// Sending operations.

interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: { code?: string } }>;
}

const texts: Readonly<Record<string, string>> = manifest;
/**
 * Whether to send documents' texts: where the server takes no document ids (PERSISTED_QUERIES=off),
 * its page says so, and a server that answers PERSISTED_QUERY_NOT_SUPPORTED turns this on too.
 */
let sendTexts = document.querySelector('meta[name="stockroom-documents"]')?.getAttribute('content') === 'text';

/** The document's id, `sha256:<hex>`, as codegen's client preset wrote it (the manifest's key). */
function idOf(document: TypedDocumentNode<unknown, unknown>): string {
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new ApiError('This operation has no persisted id; run `npm run generate`.');
  return hash.startsWith('sha256:') ? hash : `sha256:${hash}`;
}

async function post<TData>(body: unknown): Promise<GraphQLResult<TData>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Stockroom cannot be reached. Check the connection and try again.', 'NETWORK_ERROR');
  }
  try {
    return (await response.json()) as GraphQLResult<TData>;
  } catch {
    throw new ApiError(`Stockroom answered ${response.status} without a GraphQL result.`, 'BAD_RESPONSE');
  }
}

/** Sends a document by its id (its text under PERSISTED_QUERIES=off); returns data and errors as they came. */
export async function execute<TData, TVars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<GraphQLResult<TData>> {
  const documentId = idOf(document as TypedDocumentNode<unknown, unknown>);
  const byText = () => post<TData>({ query: texts[documentId], variables });
  let result = sendTexts ? await byText() : await post<TData>({ documentId, variables });
  if (result.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) {
    sendTexts = true;
    result = await byText();
  }
  // A session that expired or was revoked: back to the sign-in form.
  if (session && result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) signOut();
  return result;
}

const firstError = (result: GraphQLResult<unknown>): ApiError | undefined => {
  const error = result.errors?.[0];
  return error ? new ApiError(error.message, error.extensions?.code, error.path) : undefined;
};

export interface QueryState<TData> {
  /** The latest data; kept while a new request for other variables is under way. */
  data?: TData;
  error?: ApiError;
  loading: boolean;
  /** Sends the same operation again. */
  refetch(): void;
}

/** Runs a query when mounted and whenever its variables change (compared as JSON). */
export function useQuery<TData, TVars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  options: { skip?: boolean } = {},
): QueryState<TData> {
  const key = JSON.stringify(variables ?? {});
  const skip = options.skip ?? false;
  const [state, setState] = useState<{ data?: TData; error?: ApiError; loading: boolean }>({ loading: !skip });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (skip) {
      setState((previous) => ({ data: previous.data, loading: false }));
      return;
    }
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    execute(document, JSON.parse(key) as TVars).then(
      (result) => {
        if (current) setState({ data: result.data ?? undefined, error: firstError(result), loading: false });
      },
      (error: unknown) => {
        if (current) setState({ error: toApiError(error), loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [document, key, skip, round]);
  const refetch = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, refetch };
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error));
}

/**
 * A mutation to run on demand. `run` resolves with the payload (its `userErrors` are data: show them
 * beside their fields) and rejects with an ApiError when the request fails or GraphQL reports an error.
 */
export function useMutation<TData, TVars>(
  document: TypedDocumentNode<TData, TVars>,
): [run: (variables: TVars) => Promise<TData>, state: { loading: boolean; error?: ApiError }] {
  const [state, setState] = useState<{ loading: boolean; error?: ApiError }>({ loading: false });
  const run = useCallback(
    async (variables: TVars) => {
      setState({ loading: true });
      try {
        const result = await execute(document, variables);
        const error = firstError(result);
        if (error || !result.data) throw error ?? new ApiError('The mutation returned no data.');
        setState({ loading: false });
        return result.data;
      } catch (error) {
        const failure = toApiError(error);
        setState({ loading: false, error: failure });
        throw failure;
      }
    },
    [document],
  );
  return [run, state];
}

/** Signs in with the app's own SignIn document; resolves with the userErrors (empty on success). */
export async function signIn(
  document: TypedDocumentNode<
    {
      signIn: {
        token?: string | null;
        expiresAt?: string | null;
        user?: { email: string; name: string; role: Role } | null;
        userErrors: Array<{ code: string; field?: string[] | null; message: string }>;
      };
    },
    { input: { email: string; password: string } }
  >,
  email: string,
  password: string,
): Promise<Array<{ code: string; field?: string[] | null; message: string }>> {
  const result = await execute(document, { input: { email, password } });
  const error = firstError(result);
  if (error) throw error;
  const payload = result.data?.signIn;
  if (!payload) throw new ApiError('Signing in returned no data.');
  if (payload.token && payload.expiresAt && payload.user) {
    const { name, role } = payload.user;
    setSession({
      token: payload.token,
      expiresAt: payload.expiresAt,
      viewer: { name: name || payload.user.email, email: payload.user.email, role },
    });
  }
  return payload.userErrors;
}
