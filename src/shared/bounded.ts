// Maps kept in memory to a bound: a Map iterates in insertion order, so the oldest entry goes first.

/** Sets `key` to `value`, then drops the oldest entries beyond `max`. */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value!);
}
