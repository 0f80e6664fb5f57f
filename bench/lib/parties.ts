// Counterparties for the simulated ledger: shoppers, online customers and trade accounts.
import type { Random } from './random';

// prettier-ignore
const FIRST_NAMES = [
  'Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Mia', 'Noah', 'Ivy', 'Leo', 'Freya', 'Arthur',
  'Grace', 'Oscar', 'Lily', 'Charlie', 'Emily', 'Thomas', 'Sophie', 'James', 'Ella', 'William', 'Chloe', 'Daniel',
  'Priya', 'Mohammed', 'Aisha', 'Tomasz', 'Agnieszka', 'Connor', 'Siobhan', 'Rhys', 'Megan', 'Callum', 'Niamh',
];

// prettier-ignore
const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Hughes',
  'Edwards', 'Khan', 'Lewis', 'Harris', 'Martin', 'Cooper', 'Morgan', 'Kowalski', 'Okafor', 'Murphy', 'Campbell',
  'Stewart', 'Fraser', 'Lindqvist', 'Hussain', 'Bennett', 'Shaw', 'Ward',
];

const TRADE_PATTERNS = [
  (name: string) => `${name} & Sons`,
  (name: string) => `${name} Builders Ltd`,
  (name: string) => `${name} Plumbing & Heating`,
  (name: string) => `${name} Electrical Services`,
  (name: string) => `${name} Property Maintenance`,
  (name: string) => `${name} Joinery`,
  (name: string) => `${name} Landscapes`,
];

export const WALK_IN = 'Walk-in customer';

/** Fixed pools, so counterparty filters find repeat customers as they would in a real ledger. */
export class Parties {
  readonly retail: string[];
  readonly trade: string[];

  constructor(random: Random) {
    this.retail = Array.from({ length: 4000 }, () => `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`);
    this.trade = Array.from({ length: 400 }, () => random.pick(TRADE_PATTERNS)(random.pick(SURNAMES)));
  }
}
