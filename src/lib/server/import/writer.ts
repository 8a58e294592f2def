import type { Graph } from '../graph/graph.js';
import { writeCypher, type WriteKind } from './cypher.js';
import type { WriteRow } from './rows.js';

/** Kinds in the order a flush writes them, so a batch's conversations exist before their messages. */
const flushOrder: WriteKind[] = [
	'product',
	'sku',
	'customer',
	'agent',
	'orderLine',
	'return',
	'conversation',
	'message',
	'review',
	'survey'
];

/** Neo4j parameters cannot hold `undefined`; absent fields become null, which removes the property. */
export function nullify(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) out[key] = value === undefined ? null : value;
	return out;
}

/** Buffers write rows per kind and sends each kind as one `UNWIND` batch. */
export class BatchWriter {
	private buffers = new Map<WriteKind, Record<string, unknown>[]>();
	private buffered = 0;
	written = 0;

	constructor(
		private readonly graph: Graph,
		readonly batchSize = 1000
	) {}

	async add(rows: WriteRow[]): Promise<void> {
		for (const { kind, row } of rows) {
			let buffer = this.buffers.get(kind);
			if (!buffer) this.buffers.set(kind, (buffer = []));
			buffer.push(nullify(row));
			this.buffered += 1;
		}
		if (this.buffered >= this.batchSize) await this.flush();
	}

	async flush(): Promise<void> {
		for (const kind of flushOrder) {
			const rows = this.buffers.get(kind);
			if (!rows?.length) continue;
			await this.graph.write(writeCypher[kind], { rows });
			this.written += rows.length;
		}
		this.buffers.clear();
		this.buffered = 0;
	}
}
