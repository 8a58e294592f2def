import type { MessageRecord } from '../records/schemas';
import { SECOND_MS } from './clock';

/** Joins what the customer wrote, which is what the risk rule counts negative words in. */
export function customerTextOf(messages: readonly MessageRecord[]): string {
	return messages
		.filter((message) => message.sender === 'customer')
		.map((message) => message.text)
		.join('\n');
}

/** Appends messages with increasing timestamps and sequence numbers. */
export class Transcript {
	readonly messages: MessageRecord[] = [];
	private atMs: number;

	constructor(startMs: number) {
		this.atMs = startMs;
	}

	get lastMs(): number {
		return this.atMs;
	}

	add(sender: MessageRecord['sender'], text: string, delaySec: number, agentId?: string) {
		// Later messages are at least a second apart, so message order equals time order.
		const minimumSec = this.messages.length === 0 ? 0 : 1;
		this.atMs += Math.max(minimumSec, delaySec) * SECOND_MS;
		const message: MessageRecord = { seq: this.messages.length, sender, sentAt: this.atMs, text };
		if (agentId) message.agentId = agentId;
		this.messages.push(message);
	}

	customerText(): string {
		return customerTextOf(this.messages);
	}
}
