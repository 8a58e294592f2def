import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems.js';

export interface Reject {
	line: number;
	problems: Problem[];
}

/**
 * Collects rejected rows into a JSON Lines file next to the other local state. The file is
 * created on the first reject only, so a clean import leaves nothing behind.
 */
export class RejectsFile {
	private stream: WriteStream | undefined;
	count = 0;

	constructor(
		readonly filePath: string,
		readonly source: string
	) {}

	add(reject: Reject): void {
		if (!this.stream) {
			mkdirSync(path.dirname(this.filePath), { recursive: true });
			this.stream = createWriteStream(this.filePath, { encoding: 'utf8' });
		}
		this.count += 1;
		this.stream.write(`${JSON.stringify({ source: this.source, ...reject })}\n`);
	}

	async close(): Promise<void> {
		const stream = this.stream;
		if (!stream) return;
		await new Promise<void>((resolve, reject) =>
			stream.end((error?: Error | null) => (error ? reject(error) : resolve()))
		);
	}
}

/** Formats a reject for the terminal: `line 12: sentAt = "2024-13-01" is not a date-time`. */
export function describeReject(reject: Reject): string {
	const details = reject.problems.map((p) => `${p.field} = ${JSON.stringify(p.value)} ${p.reason}`);
	return `line ${reject.line}: ${details.join('; ')}`;
}
