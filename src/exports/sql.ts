// WHERE clauses built from optional filters, every value a bind parameter.
import type { Sql } from './types';

export class Conditions {
  private readonly parts: string[] = [];
  readonly values: unknown[] = [];

  /** Adds `condition`, in which each `?` stands for the next of `values`. */
  add(condition: string, ...values: unknown[]): this {
    let index = 0;
    this.parts.push(
      condition.replace(/\?/g, () => {
        this.values.push(values[index]);
        index += 1;
        return `$${this.values.length}`;
      }),
    );
    return this;
  }

  where(): string {
    return this.parts.length > 0 ? `WHERE ${this.parts.join(' AND ')}` : '';
  }

  sql(text: string): Sql {
    return { text, values: this.values };
  }
}
