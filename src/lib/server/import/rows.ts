import { createHash } from 'node:crypto';
import type { RecordOf } from '../../domain/records/schemas.js';
import type { WriteKind } from './cypher.js';

/** A row for one of the batched write queries. */
export interface WriteRow {
	kind: WriteKind;
	row: Record<string, unknown>;
}

export function textHash(text: string): string {
	return createHash('sha1').update(text).digest('hex');
}

export interface MessageInput {
	conversationId: string;
	seq: number;
	sender: 'customer' | 'agent' | 'bot';
	agentId?: string;
	/** Epoch milliseconds; absent for corpora without timestamps. */
	sentAt?: number;
	text: string;
}

export function messageRow(message: MessageInput): WriteRow {
	return {
		kind: 'message',
		row: {
			...message,
			messageId: `${message.conversationId}#${message.seq}`,
			textHash: textHash(message.text)
		}
	};
}

/** Splits a conversation into its own row and one row per message, numbered in order. */
export function conversationRows(
	record: Omit<RecordOf['conversation'], 'messages'> & {
		messages: Array<Omit<MessageInput, 'conversationId' | 'seq'> & { seq?: number }>;
	}
): WriteRow[] {
	const { messages, ...conversation } = record;
	const rows: WriteRow[] = [{ kind: 'conversation', row: conversation }];
	messages.forEach((message, index) => {
		rows.push(
			messageRow({
				...message,
				conversationId: record.conversationId,
				seq: message.seq ?? index + 1
			})
		);
	});
	return rows;
}

/** Maps a validated record of any canonical kind to its write rows. */
export function recordRows<K extends keyof RecordOf>(kind: K, record: RecordOf[K]): WriteRow[] {
	if (kind === 'conversation') return conversationRows(record as RecordOf['conversation']);
	if (kind === 'review') {
		const review = record as RecordOf['review'];
		return [{ kind: 'review', row: { ...review, textHash: textHash(review.text) } }];
	}
	return [{ kind, row: record as Record<string, unknown> }];
}
