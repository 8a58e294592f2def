import type { ReviewRecord } from '../records/schemas';
import { DAY_MS, HOUR_MS, type DemoPeriod } from './clock';
import { SIZE_OFF, fitPhrases } from './fitPhrases';
import type { OrderLineSim } from './orders';
import type { ProductQualityFault, QualityIssue } from './plantedFaults';
import type { Random } from './random';
import type { ReturnSim } from './returns';
import { REVIEW_LINES, type ReviewLanguage, type ReviewLines } from './reviewLines';
import type { BodyPart, FitVerdict } from './sizing';

/** Planted facts about one review, for checks of size-feedback extraction. */
export interface ReviewTruth {
	reviewId: string;
	skuId: string;
	fit: FitVerdict;
	/** The misfitting body part; absent when the size was right. */
	bodyPart?: BodyPart;
	/** Whether the text mentions size. */
	mentionsSize: boolean;
}

export interface ReviewSim {
	record: ReviewRecord;
	truth: ReviewTruth;
}

/** Stars by situation (1–5): quality faults and misfits pull ratings down. */
const RATING_WEIGHTS = {
	quality: [0.45, 0.4, 0.15, 0, 0],
	misfit: [0.1, 0.3, 0.35, 0.25, 0],
	fine: [0, 0.02, 0.08, 0.32, 0.58]
};

/** Sampling weight of a line for a review: unhappy and very happy buyers write most. */
function reviewPropensity(line: OrderLineSim, returned: boolean, faulty: boolean): number {
	let weight = 1;
	if (line.fit.verdict !== 'fit') weight *= 2.5;
	if (faulty) weight *= 2;
	if (returned) weight *= 1.5;
	return weight;
}

interface ReviewCase {
	line: OrderLineSim;
	issue: QualityIssue | 'general' | undefined;
	rating: number;
	language: ReviewLanguage;
}

function sizeRemark(random: Random, lines: ReviewLines, review: ReviewCase): string | undefined {
	const { fit, product } = review.line;
	if (fit.verdict === 'fit') return random.chance(0.35) ? random.pick(lines.fitPraise) : undefined;
	if (!random.chance(0.85)) return undefined;
	const phrase = random.pick(
		fitPhrases(review.language, product.category, fit.bodyPart, fit.verdict)
	);
	const sizeOff = random.chance(0.4) ? SIZE_OFF[review.language][fit.verdict] : '';
	const advice = random.chance(0.3) ? lines.advice[fit.verdict] : '';
	return [phrase, sizeOff, advice].filter(Boolean).join('，');
}

function reviewText(
	random: Random,
	review: ReviewCase
): { text: string; title?: string; mentionsSize: boolean } {
	const lines = REVIEW_LINES[review.language];
	const positive = review.rating >= 4;
	const parts = [random.pick(lines.verdicts[review.rating - 1])];
	if (review.issue) parts.push(random.pick(lines.qualityIssue[review.issue]));
	else if (positive && random.chance(0.6)) parts.push(random.pick(lines.qualityPraise));
	const remark = sizeRemark(random, lines, review);
	if (remark) parts.push(remark);
	if (random.chance(0.4)) {
		const { body } = review.line.customer;
		parts.push(
			lines.bodyInfo(Math.round(body.heightCm), Math.round(body.weightKg), review.line.sku.size)
		);
	}
	if (random.chance(0.5))
		parts.push(random.pick(positive ? lines.endings.positive : lines.endings.negative));
	let title: string | undefined;
	if (random.chance(0.5)) {
		const titles = positive
			? lines.titles.positive
			: review.issue
				? lines.titles.quality
				: lines.titles.size;
		title = random.pick(titles);
	}
	return { text: parts.join('，') + '。', title, mentionsSize: remark !== undefined };
}

function reviewCaseOf(
	random: Random,
	line: OrderLineSim,
	returns: Map<OrderLineSim, ReturnSim>,
	fault?: ProductQualityFault
) {
	const returned = returns.get(line);
	let issue: ReviewCase['issue'];
	const reason = returned?.record.reason;
	if (returned?.issue) {
		issue = returned.issue;
	} else if (reason === 'quality' || reason === 'color') {
		issue = 'general';
	} else if (fault && random.chance(0.35)) {
		issue = fault.issue;
	}
	let situation: keyof typeof RATING_WEIGHTS = line.fit.verdict === 'fit' ? 'fine' : 'misfit';
	if (issue) situation = 'quality';
	const rating = random.pickWeighted([1, 2, 3, 4, 5], RATING_WEIGHTS[situation]);
	// A low rating of a garment that fitted needs a reason in the text.
	if (!issue && situation === 'fine' && rating <= 2) issue = 'general';
	// Hong Kong and Macau buyers write some reviews in Cantonese.
	const language: ReviewLanguage =
		line.customer.languageShares.yue > 0.5 && random.chance(0.4) ? 'yue' : 'zh';
	return { line, issue, rating, language };
}

/**
 * Writes `count` reviews of delivered order lines, with rating and label consistent with the
 * text (4–5 stars positive, 1–3 negative). Size remarks follow each buyer's real fit, so
 * they concentrate on the planted SKUs. Review ids RV00001… follow creation time.
 */
export function buildReviews(
	random: Random,
	lines: readonly OrderLineSim[],
	returns: readonly ReturnSim[],
	qualityFaults: readonly ProductQualityFault[],
	period: DemoPeriod,
	count: number
): ReviewSim[] {
	const returnByLine = new Map(returns.map((entry) => [entry.line, entry]));
	const faultByProduct = new Map(qualityFaults.map((fault) => [fault.productId, fault]));
	const latest = period.endMs - 15 * DAY_MS;
	const eligible = lines.filter((line) => line.deliveredAtMs < latest);
	const chosen = random.sampleWeighted(
		eligible,
		(line) =>
			reviewPropensity(
				line,
				returnByLine.has(line),
				faultByProduct.has(line.product.record.productId)
			),
		count
	);
	const reviews = chosen.map((line): ReviewSim => {
		const review = reviewCaseOf(
			random,
			line,
			returnByLine,
			faultByProduct.get(line.product.record.productId)
		);
		const { text, title, mentionsSize } = reviewText(random, review);
		const record: ReviewRecord = {
			reviewId: '',
			productId: line.product.record.productId,
			customerId: line.customer.record.customerId,
			source: 'demo',
			text,
			rating: review.rating,
			label: review.rating >= 4 ? 'positive' : 'negative',
			recommended: review.rating >= 4,
			category: line.product.category,
			createdAt: line.deliveredAtMs + random.int(2, 14) * DAY_MS + random.int(0, 12) * HOUR_MS
		};
		if (title) record.title = title;
		const truth: ReviewTruth = {
			reviewId: '',
			skuId: line.record.skuId,
			fit: line.fit.verdict,
			mentionsSize
		};
		if (line.fit.verdict !== 'fit') truth.bodyPart = line.fit.bodyPart;
		return { record, truth };
	});
	reviews.sort((a, b) => (a.record.createdAt ?? 0) - (b.record.createdAt ?? 0));
	reviews.forEach((review, index) => {
		review.record.reviewId = `RV${String(index + 1).padStart(5, '0')}`;
		review.truth.reviewId = review.record.reviewId;
	});
	return reviews;
}
