import type { Driver, QueryResult, RecordShape } from 'neo4j-driver';
import { toPlain } from './plain.js';

export type Params = Record<string, unknown>;

/**
 * Access to the graph for the whole application. Reads and writes go through managed
 * transactions (`executeRead` / `executeWrite`), so the driver retries transient failures
 * with backoff and a cluster routes reads to secondaries.
 */
export class Graph {
	constructor(
		readonly driver: Driver,
		readonly database?: string
	) {}

	/** Runs a read query and returns its rows as plain objects. */
	async read<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
		const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
		try {
			const result = await session.executeRead((tx) => tx.run(cypher, params));
			return rows<T>(result);
		} finally {
			await session.close();
		}
	}

	/** Runs a write query in a retried transaction and returns its rows as plain objects. */
	async write<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
		const session = this.driver.session({ database: this.database });
		try {
			const result = await session.executeWrite((tx) => tx.run(cypher, params));
			return rows<T>(result);
		} finally {
			await session.close();
		}
	}

	/**
	 * Runs a query in an auto-commit transaction. Schema commands and `CALL { } IN
	 * TRANSACTIONS` need this; it is not retried.
	 */
	async autoCommit<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
		const session = this.driver.session({ database: this.database });
		try {
			return rows<T>(await session.run(cypher, params));
		} finally {
			await session.close();
		}
	}

	async close(): Promise<void> {
		await this.driver.close();
	}
}

function rows<T>(result: QueryResult<RecordShape>): T[] {
	return result.records.map((record) => toPlain(record.toObject()) as T);
}
