// The subscription fan-out measure: N subscribers on one instance, each on its own WebSocket,
// following one product's stock levels; one write at a time, and how long after the write was sent
// each subscriber received it. Issue #13 asks for the time for 1,000 subscribers to all receive one
// change (p95): the p95 over every subscriber of every round, and each round's last arrival.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { percentiles, type Percentiles } from './load';

export interface FanOutOptions {
  /** The GraphQL endpoint, http://host:port/graphql. */
  endpoint: string;
  /** connection_init's payload: the credentials. */
  credentials: Record<string, string>;
  subscribers: number;
  rounds: number;
  /** Global IDs of the product and location every write receives stock for. */
  productId: string;
  locationId: string;
  /** Sends a GraphQL request over HTTP with the same credentials. */
  post(body: unknown): Promise<{ status: number; json: { data?: unknown; errors?: unknown[] } }>;
}

export interface FanOutFigures {
  subscribers: number;
  rounds: number;
  /** How long opening every socket and subscription took, until each had received a first change. */
  readyMs: number;
  /** From sending a write to each subscriber receiving it, over every subscriber of every round. */
  deliveryMs: Percentiles;
  /** Each round's time until the last subscriber had it. */
  allReceivedMs: number[];
}

const SUBSCRIPTION = `subscription($p: [ID!]) { stockLevelChanged(productIds: $p) { levels { onHand } } }`;
const RECEIVE = `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { movement { id } userErrors { code } } }`;
/** Sockets opened at once while connecting. */
const OPENING = 100;

export async function measureFanOut(options: FanOutOptions): Promise<FanOutFigures> {
  const url = options.endpoint.replace(/^http/, 'ws');
  const clients: Client[] = [];
  /** Per subscriber: when it received its messages, in order. */
  const arrivals: number[][] = [];
  let waiting: (() => void) | undefined;
  /** Waits until every subscriber has more messages than `base` says it had. */
  const until = async (base: number[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    const short = () => arrivals.filter((times, index) => times.length <= base[index]!).length;
    while (short() > 0) {
      if (Date.now() > deadline)
        throw new Error(`${short()} of ${options.subscribers} subscribers did not receive the change`);
      await new Promise<void>((resolve) => {
        waiting = resolve;
        setTimeout(resolve, 50);
      });
    }
  };
  const write = async () => {
    const sent = performance.now();
    const { status, json } = await options.post({
      query: RECEIVE,
      variables: {
        input: { productId: options.productId, locationId: options.locationId, quantity: 1, unitCost: '1' },
      },
    });
    if (status !== 200 || json.errors) throw new Error(`the write failed: ${status} ${JSON.stringify(json)}`);
    return sent;
  };

  const opening = performance.now();
  try {
    for (let first = 0; first < options.subscribers; first += OPENING) {
      const batch = Array.from({ length: Math.min(OPENING, options.subscribers - first) }, () => {
        const client = createClient({
          url,
          webSocketImpl: WebSocket,
          connectionParams: options.credentials,
          retryAttempts: 0,
        });
        clients.push(client);
        const times: number[] = [];
        arrivals.push(times);
        return new Promise<void>((resolve, reject) => {
          client.on('connected', () => resolve());
          client.subscribe(
            { query: SUBSCRIPTION, variables: { p: [options.productId] } },
            {
              next: () => {
                times.push(performance.now());
                waiting?.();
              },
              error: (error) => reject(new Error(`a subscriber was refused: ${JSON.stringify(error)}`)),
              complete: () => undefined,
            },
          );
        });
      });
      await Promise.all(batch);
    }
    // A subscription is open on the server a moment after its socket is: a change that every
    // subscriber receives proves them all open. Writes repeat until one does, then things settle.
    for (let attempt = 1; ; attempt++) {
      const base = arrivals.map(() => 0);
      for (const times of arrivals) times.length = 0;
      await write();
      try {
        await until(base, 5_000);
        break;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const readyMs = Math.round(performance.now() - opening);

    const delays: number[] = [];
    const allReceivedMs: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const base = arrivals.map((times) => times.length);
      const sent = await write();
      await until(base, 30_000);
      const times = arrivals.map((each, index) => each[base[index]!]! - sent);
      delays.push(...times);
      allReceivedMs.push(Number(Math.max(...times).toFixed(1)));
    }
    return {
      subscribers: options.subscribers,
      rounds: options.rounds,
      readyMs,
      deliveryMs: percentiles(delays),
      allReceivedMs,
    };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}
