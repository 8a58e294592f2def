import { readByExtension, type Adapter, type RowResult } from './adapters.js';
import { showValue, type Problem } from './problems.js';
import { readCsv } from './readers.js';
import { conversationRows, textHash } from './rows.js';

function reject(field: string, value: unknown, reason: string): RowResult {
	return { problems: [{ field, value: showValue(value), reason }] };
}

interface Stc3Turn {
	sender?: unknown;
	utterances?: unknown;
}

const stc3Senders: Record<string, 'customer' | 'agent'> = {
	customer: 'customer',
	helpdesk: 'agent'
};

function mean(values: number[]): number | undefined {
	return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Mean of the annotators' A, S and E scores (each -2..2) for one dialogue. */
function stc3Quality(annotations: unknown) {
	const list = Array.isArray(annotations) ? annotations : [];
	const scores = (key: 'A' | 'S' | 'E') =>
		list
			.map((a) => (a as { quality?: Record<string, unknown> })?.quality?.[key])
			.filter((v): v is number => typeof v === 'number');
	return {
		accomplishment: mean(scores('A')),
		satisfaction: mean(scores('S')),
		effectiveness: mean(scores('E'))
	};
}

/**
 * NTCIR-14 STC-3 DCH-1 customer-helpdesk dialogues (a JSON array of `{id, turns,
 * annotations}`). Each utterance becomes a message; the helpdesk speaks as an agent without
 * an agent id. The dialogues carry no timestamps, so their messages have none.
 */
export const stc3Adapter: Adapter = {
	name: 'stc3',
	description: 'NTCIR-14 STC-3 DCH-1 dialogues (JSON array or JSON Lines, optionally .gz)',
	read: readByExtension,
	toRows(value, _line, context) {
		const id = value.id;
		if (typeof id !== 'string' && typeof id !== 'number') return reject('id', id, 'is missing');
		if (!Array.isArray(value.turns) || value.turns.length === 0) {
			return reject('turns', value.turns, 'must be a non-empty list of turns');
		}
		const problems: Problem[] = [];
		const messages: Array<{ sender: 'customer' | 'agent'; text: string }> = [];
		(value.turns as Stc3Turn[]).forEach((turn, index) => {
			const sender = stc3Senders[String(turn?.sender)];
			if (!sender) {
				problems.push({
					field: `turns.${index}.sender`,
					value: showValue(turn?.sender),
					reason: 'must be customer or helpdesk'
				});
				return;
			}
			const utterances = Array.isArray(turn.utterances) ? turn.utterances : [];
			for (const utterance of utterances) {
				if (typeof utterance === 'string' && utterance.trim())
					messages.push({ sender, text: utterance });
			}
		});
		if (problems.length) return { problems };
		if (messages.length === 0) return reject('turns', '(no text)', 'has no utterances');
		return {
			rows: conversationRows({
				conversationId: `${context.sourceName}:${id}`,
				source: context.sourceName,
				priority: false,
				...stc3Quality(value.annotations),
				messages
			})
		};
	}
};

/**
 * Chinese review corpora with `label,review` columns and an optional `cat` column
 * (online_shopping_10_cats, waimai_10k, ChnSentiCorp_htl_all). The label (1 positive,
 * 0 negative) is kept as ground truth. Rows are keyed by source and line, so the same file
 * imports to the same reviews.
 */
export const reviewCorpusAdapter: Adapter = {
	name: 'review-corpus',
	description:
		'Chinese labelled review CSV: label,review[,cat] (online_shopping_10_cats, waimai_10k, ChnSentiCorp)',
	read: (source) => readCsv(source),
	toRows(value, line, context) {
		const text = typeof value.review === 'string' ? value.review.replace(/^\uFEFF/, '').trim() : '';
		const label = String(value.label ?? '').trim();
		const problems: Problem[] = [];
		if (!text)
			problems.push({ field: 'review', value: showValue(value.review), reason: 'is empty' });
		if (label !== '0' && label !== '1') {
			problems.push({ field: 'label', value: showValue(value.label), reason: 'must be 0 or 1' });
		}
		if (problems.length) return { problems };
		const category =
			typeof value.cat === 'string' && value.cat.trim() ? value.cat.trim() : undefined;
		return {
			rows: [
				{
					kind: 'review',
					row: {
						reviewId: `${context.sourceName}:${line}`,
						source: context.sourceName,
						text,
						textHash: textHash(text),
						label: label === '1' ? 'positive' : 'negative',
						category
					}
				}
			]
		};
	}
};

const wecrColumns = ['Clothing ID', 'Review Text', 'Rating'];

/**
 * Women's E-Commerce Clothing Reviews (Kaggle, CC0): one review per row with `Clothing ID`,
 * rating 1-5, recommended flag, division, department and class. A row with neither title
 * nor text has nothing to analyse and is rejected.
 */
export const womensReviewsAdapter: Adapter = {
	name: 'womens-reviews',
	description:
		"Women's E-Commerce Clothing Reviews CSV (Clothing ID, Title, Review Text, Rating, …)",
	read: (source) => readCsv(source),
	toRows(value, line, context) {
		const missing = wecrColumns.filter((column) => !(column in value));
		if (missing.length)
			return reject(
				missing[0],
				'(no such column)',
				`is required; the header has ${Object.keys(value).join(', ')}`
			);
		const clothingId = String(value['Clothing ID']).trim();
		const rating = Number(value.Rating);
		const title = String(value.Title ?? '').trim();
		const body = String(value['Review Text'] ?? '').trim();
		const problems: Problem[] = [];
		if (!/^\d+$/.test(clothingId))
			problems.push({
				field: 'Clothing ID',
				value: showValue(clothingId),
				reason: 'must be a number'
			});
		if (!Number.isInteger(rating) || rating < 1 || rating > 5)
			problems.push({ field: 'Rating', value: showValue(value.Rating), reason: 'must be 1 to 5' });
		if (!title && !body)
			problems.push({ field: 'Review Text', value: '', reason: 'is empty and so is Title' });
		if (problems.length) return { problems };
		const rowId = String(value[''] ?? '').trim() || String(line);
		const text = body || title;
		return {
			rows: [
				{
					kind: 'review',
					row: {
						reviewId: `${context.sourceName}:${rowId}`,
						productId: `wecr-${clothingId}`,
						source: context.sourceName,
						title: title || undefined,
						text,
						textHash: textHash(text),
						rating,
						recommended: String(value['Recommended IND']).trim() === '1',
						category: String(value['Class Name'] ?? '').trim() || undefined,
						department: String(value['Department Name'] ?? '').trim() || undefined,
						className: String(value['Class Name'] ?? '').trim() || undefined
					}
				}
			]
		};
	}
};

export const publicAdapters: Adapter[] = [stc3Adapter, reviewCorpusAdapter, womensReviewsAdapter];
