import { extractFit } from '../../domain/size/extractFit.js';
import { FITS, sizeFeedbackSchema, type Fit } from '../../domain/size/feedback.js';
import {
	parseBraSize,
	parseCircumferenceCm,
	parseHeightCm,
	parseWeightKg
} from '../../domain/size/units.js';
import { readByExtension, type Adapter, type ImportContext } from '../import/adapters.js';
import { problemsFromZod, showValue, type Problem } from '../import/problems.js';
import { readCsv } from '../import/readers.js';
import { loadFitRules } from './rules.js';

/** One size-feedback row for the graph, as `importedFeedback` writes it. */
export type FeedbackRow = Record<string, unknown> & { feedbackId: string };

export type FeedbackResult = { feedback: FeedbackRow[] } | { problems: Problem[] };

/** An adapter whose rows become size feedback; `importSizeFile` writes them. */
export interface SizeAdapter extends Adapter {
	toFeedback(value: Record<string, unknown>, line: number, context: ImportContext): FeedbackResult;
}

export function isSizeAdapter(adapter: Adapter): adapter is SizeAdapter {
	return 'toFeedback' in adapter;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function problem(field: string, value: unknown, reason: string): Problem {
	return { field, value: showValue(value), reason };
}

type Parser = (text: string) => number | undefined;

/**
 * Parses optional measurements. An unreadable value rejects the whole row, naming the field
 * and the value, because a silently dropped height would move the row out of its body-size
 * cluster; fix or blank the value and import again (re-imports never duplicate).
 */
function measurements(
	value: Record<string, unknown>,
	fields: Array<[field: string, key: string, parse: Parser, hint: string]>,
	problems: Problem[]
): Record<string, number> {
	const parsed: Record<string, number> = {};
	for (const [field, key, parse, hint] of fields) {
		const raw = value[field];
		if (raw === undefined || raw === null || text(String(raw)) === '') continue;
		const result = parse(String(raw));
		if (result === undefined) problems.push(problem(field, raw, `is not a measurement; ${hint}`));
		else parsed[key] = result;
	}
	return parsed;
}

function fitLabel(value: unknown, problems: Problem[]): Fit | undefined {
	const fit = text(value).toLowerCase();
	if ((FITS as readonly string[]).includes(fit)) return fit as Fit;
	problems.push(problem('fit', value, 'must be small, fit or large'));
	return undefined;
}

function idOf(value: unknown, field: string, problems: Problem[]): string | undefined {
	const id = typeof value === 'number' ? String(value) : text(value);
	if (!id) problems.push(problem(field, value, 'is missing'));
	return id || undefined;
}

/** The body part of a review's remark, when it points the same way as the fit label. */
function bodyPartOf(review: string, fit: Fit) {
	if (!review) return { bodyPart: undefined, phrases: [] as string[] };
	const verdict = extractFit(review, loadFitRules());
	if (!verdict || verdict.fit !== fit) return { bodyPart: undefined, phrases: [] as string[] };
	return { bodyPart: verdict.bodyPart, phrases: verdict.phrases };
}

const HEIGHT_HINT = `write 5' 6", 5ft 6in or 168cm`;
const WEIGHT_HINT = 'write 137lbs or 62kg';
const INCH_HINT = 'write inches (29) or centimetres (74cm)';

/**
 * ModCloth fit feedback (Misra et al., RecSys 2018): JSON Lines with `item_id, size, fit,
 * user_id, height ("5ft 6in"), bust, waist, hips` (inches) and `bra size` + `cup size`.
 */
export const modclothAdapter: SizeAdapter = {
	name: 'modcloth',
	description:
		'ModCloth fit feedback JSONL (item_id, size, fit, user_id, height, bust, waist, hips)',
	read: readByExtension,
	toRows: () => ({ rows: [] }),
	toFeedback(value, line, context) {
		const problems: Problem[] = [];
		const itemId = idOf(value.item_id, 'item_id', problems);
		const userId = idOf(value.user_id, 'user_id', problems);
		const size = idOf(value.size, 'size', problems);
		const fit = fitLabel(value.fit, problems);
		const body = measurements(
			value,
			[
				['height', 'heightCm', parseHeightCm, HEIGHT_HINT],
				['bust', 'chestCm', parseCircumferenceCm, INCH_HINT],
				['waist', 'waistCm', parseCircumferenceCm, INCH_HINT],
				['hips', 'hipsCm', parseCircumferenceCm, INCH_HINT]
			],
			problems
		);
		if (!body.chestCm && value['bra size'] !== undefined) {
			const bra = parseBraSize(`${text(String(value['bra size']))}${text(value['cup size'])}`);
			if (bra) body.chestCm = bra.bustCm;
		}
		if (problems.length || !fit) return { problems };
		const review = [text(value.review_summary), text(value.review_text)].filter(Boolean).join('. ');
		return {
			feedback: [
				{
					feedbackId: `${context.sourceName}:${line}`,
					customerId: `modcloth:${userId}`,
					productId: `modcloth-${itemId}`,
					skuId: `modcloth-${itemId}:${size}`,
					size,
					fit,
					...bodyPartOf(review, fit),
					text: review || undefined,
					source: context.sourceName,
					...body
				}
			]
		};
	}
};

/**
 * RentTheRunway fit feedback (Misra et al., RecSys 2018): JSON Lines with `item_id, size, fit,
 * user_id, height (5' 8"), weight (137lbs), bust size (34d), body type, review_text,
 * review_date`.
 */
export const rentTheRunwayAdapter: SizeAdapter = {
	name: 'renttherunway',
	description:
		'RentTheRunway fit feedback JSONL (item_id, size, fit, height, weight, bust size, review)',
	read: readByExtension,
	toRows: () => ({ rows: [] }),
	toFeedback(value, line, context) {
		const problems: Problem[] = [];
		const itemId = idOf(value.item_id, 'item_id', problems);
		const userId = idOf(value.user_id, 'user_id', problems);
		const size = idOf(value.size, 'size', problems);
		const fit = fitLabel(value.fit, problems);
		const body = measurements(
			value,
			[
				['height', 'heightCm', parseHeightCm, HEIGHT_HINT],
				['weight', 'weightKg', parseWeightKg, WEIGHT_HINT],
				['bust size', 'chestCm', (t) => parseBraSize(t)?.bustCm, 'write a bra size such as 34d']
			],
			problems
		);
		const date = text(value.review_date);
		const at = date ? Date.parse(`${date} 12:00 UTC`) : undefined;
		if (date && !Number.isFinite(at)) {
			problems.push(problem('review_date', date, 'is not a date; write April 20, 2016'));
		}
		if (problems.length || !fit) return { problems };
		const review = [text(value.review_summary), text(value.review_text)].filter(Boolean).join('. ');
		return {
			feedback: [
				{
					feedbackId: `${context.sourceName}:${line}`,
					customerId: `rtr:${userId}`,
					productId: `rtr-${itemId}`,
					skuId: `rtr-${itemId}:${size}`,
					size,
					fit,
					...bodyPartOf(review, fit),
					text: review || undefined,
					at,
					source: context.sourceName,
					bodyType: text(value['body type']) || undefined,
					...body
				}
			]
		};
	}
};

/** Feedback from a review's fit remarks; a review without one gives no feedback. */
function remarkFeedback(review: string, row: FeedbackRow & { size: string }): FeedbackResult {
	const verdict = extractFit(review, loadFitRules());
	if (!verdict) return { feedback: [] };
	return {
		feedback: [
			{
				...row,
				fit: verdict.fit,
				bodyPart: verdict.bodyPart,
				phrases: verdict.phrases,
				text: review
			}
		]
	};
}

/** Size labels Amazon writes with a leading space: " 8.5 B(M) US", " X-Large". */
function amazonSize(style: unknown): string | undefined {
	if (!style || typeof style !== 'object') return undefined;
	const size = text((style as Record<string, unknown>)['Size:']);
	return size || undefined;
}

/**
 * Amazon fashion reviews (2018 release): fit remarks in `reviewText`, the size bought in
 * `style["Size:"]`. Reviews without a size or without a fit remark give no feedback.
 */
export const amazonFitAdapter: SizeAdapter = {
	name: 'amazon-fit',
	description: 'Amazon fashion reviews JSONL: fit remarks with the size bought (style.Size)',
	read: readByExtension,
	toRows: () => ({ rows: [] }),
	toFeedback(value, line, context) {
		const problems: Problem[] = [];
		const asin = idOf(value.asin, 'asin', problems);
		const reviewer = idOf(value.reviewerID, 'reviewerID', problems);
		if (problems.length) return { problems };
		const size = amazonSize(value.style);
		const review = [text(value.summary), text(value.reviewText)].filter(Boolean).join('. ');
		if (!size || !review) return { feedback: [] };
		const seconds = Number(value.unixReviewTime);
		return remarkFeedback(review, {
			feedbackId: `${context.sourceName}:${line}`,
			customerId: `amazon:${reviewer}`,
			productId: `amazon-${asin}`,
			skuId: `amazon-${asin}:${size}`,
			size,
			at: Number.isFinite(seconds) ? seconds * 1000 : undefined,
			source: context.sourceName
		});
	}
};

/** Size of reviews that do not say what size was bought. */
export const UNKNOWN_SIZE = 'unknown';

/**
 * Women's E-Commerce Clothing Reviews: fit remarks per `Clothing ID`. The export names neither
 * the reviewer nor the size, so each row is its own anonymous customer of size "unknown".
 */
export const womensFitAdapter: SizeAdapter = {
	name: 'womens-fit',
	description:
		"Women's E-Commerce Clothing Reviews CSV: fit remarks per Clothing ID (size unknown)",
	read: (source) => readCsv(source),
	toRows: () => ({ rows: [] }),
	toFeedback(value, line, context) {
		const clothingId = text(value['Clothing ID']);
		if (!/^\d+$/.test(clothingId)) {
			return { problems: [problem('Clothing ID', value['Clothing ID'], 'must be a number')] };
		}
		const review = [text(value.Title), text(value['Review Text'])].filter(Boolean).join('. ');
		const rowId = text(value['']) || String(line);
		return remarkFeedback(review, {
			feedbackId: `${context.sourceName}:${rowId}`,
			customerId: `${context.sourceName}:${rowId}`,
			productId: `wecr-${clothingId}`,
			skuId: `wecr-${clothingId}:${UNKNOWN_SIZE}`,
			size: UNKNOWN_SIZE,
			source: context.sourceName
		});
	}
};

/**
 * The 衣服 rows of online_shopping_10_cats (`cat,label,review`): Chinese fit remarks. The corpus
 * names no product, shop or size, so all rows belong to one product named after the file.
 */
export const clothesFitAdapter: SizeAdapter = {
	name: 'clothes-fit',
	description: 'online_shopping_10_cats CSV (cat,label,review): fit remarks of 衣服 rows',
	read: (source) => readCsv(source),
	toRows: () => ({ rows: [] }),
	toFeedback(value, line, context) {
		const review = text(value.review).replace(/^\uFEFF/, '');
		if (!review) return { problems: [problem('review', value.review, 'is empty')] };
		const category = text(value.cat);
		if (category && category !== '衣服') return { feedback: [] };
		return remarkFeedback(review, {
			feedbackId: `${context.sourceName}:${line}`,
			customerId: `${context.sourceName}:${line}`,
			productId: context.sourceName,
			skuId: `${context.sourceName}:${UNKNOWN_SIZE}`,
			size: UNKNOWN_SIZE,
			source: context.sourceName
		});
	}
};

/** Canonical size feedback (see `sizeFeedbackSchema`), CSV, JSONL or JSON. */
export const sizeFeedbackAdapter: SizeAdapter = {
	name: 'size-feedback',
	description:
		'feedbackId, customerId, skuId, size, fit (small|fit|large), bodyPart, text, at, heightCm, weightKg, chestCm, waistCm, hipsCm',
	read: readByExtension,
	toRows: () => ({ rows: [] }),
	toFeedback(value, _line, context) {
		const result = sizeFeedbackSchema(context.timeZone).safeParse(value);
		if (!result.success) return { problems: problemsFromZod(result.error, value) };
		const row = result.data;
		const verdict = row.text && !row.bodyPart ? extractFit(row.text, loadFitRules()) : undefined;
		return {
			feedback: [
				{
					...row,
					bodyPart: row.bodyPart ?? (verdict?.fit === row.fit ? verdict.bodyPart : undefined),
					phrases: verdict?.phrases ?? [],
					source: row.source ?? context.sourceName
				}
			]
		};
	}
};

export const sizeAdapters: SizeAdapter[] = [
	sizeFeedbackAdapter,
	modclothAdapter,
	rentTheRunwayAdapter,
	amazonFitAdapter,
	womensFitAdapter,
	clothesFitAdapter
];
