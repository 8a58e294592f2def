/** Least-recently-used cache on a Map, whose iteration order is insertion order. */
export class LruCache<K, V> {
	readonly #entries = new Map<K, V>();

	constructor(readonly capacity: number) {
		if (!(capacity >= 0)) throw new Error(`Cache capacity must be 0 or more, got ${capacity}.`);
	}

	get size(): number {
		return this.#entries.size;
	}

	get(key: K): V | undefined {
		const value = this.#entries.get(key);
		if (value !== undefined) {
			this.#entries.delete(key);
			this.#entries.set(key, value);
		}
		return value;
	}

	set(key: K, value: V): void {
		if (this.capacity === 0) return;
		this.#entries.delete(key);
		this.#entries.set(key, value);
		if (this.#entries.size > this.capacity) {
			this.#entries.delete(this.#entries.keys().next().value as K);
		}
	}

	clear(): void {
		this.#entries.clear();
	}
}
