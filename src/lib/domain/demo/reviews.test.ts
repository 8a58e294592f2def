import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const { records, truth } = generateDemo();
const truthById = new Map(truth.reviews.map((entry) => [entry.reviewId, entry]));
const planted = new Set(truth.skuFit.map((fault) => fault.skuId));

/** Share of reviews that complain about size, among reviews of the SKUs that pass the filter. */
function sizeComplaintShare(skuFilter: (skuId: string) => boolean): number {
	const reviews = truth.reviews.filter((entry) => skuFilter(entry.skuId));
	const complaints = reviews.filter((entry) => entry.fit !== 'fit' && entry.mentionsSize);
	return complaints.length / reviews.length;
}

describe('demo reviews', () => {
	it('label 4–5 stars positive and 1–3 negative', () => {
		for (const review of records.review) {
			expect(review.label).toBe(review.rating! >= 4 ? 'positive' : 'negative');
			expect(review.recommended).toBe(review.rating! >= 4);
		}
	});

	it('rate between 1 and 5 with a positive lean', () => {
		const ratings = records.review.map((review) => review.rating!);
		for (const rating of ratings) expect([1, 2, 3, 4, 5]).toContain(rating);
		const mean = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
		expect(mean).toBeGreaterThan(3.3);
		expect(mean).toBeLessThan(4.5);
	});

	it('write a complaint into low ratings', () => {
		const complaint =
			/差|失望|不太满意|不满意|垃圾|不推荐|不会再买|起球|开线|色差|掉色|线头|薄|偏小|偏大|紧|短|窄|宽|太大|空荡荡|長|长|唔/;
		const low = records.review.filter((review) => review.rating! <= 2);
		for (const review of low) expect(review.text).toMatch(complaint);
	});

	it('concentrate size complaints on planted SKUs', () => {
		const plantedShare = sizeComplaintShare((skuId) => planted.has(skuId));
		const otherShare = sizeComplaintShare((skuId) => !planted.has(skuId));
		expect(plantedShare).toBeGreaterThan(2 * otherShare);
	});

	it('name the planted body part', () => {
		const onPlanted = truth.reviews.filter(
			(entry) => planted.has(entry.skuId) && entry.fit !== 'fit'
		);
		const faultBySku = new Map(truth.skuFit.map((fault) => [fault.skuId, fault]));
		const matching = onPlanted.filter(
			(entry) => entry.bodyPart === faultBySku.get(entry.skuId)!.bodyPart
		);
		expect(matching.length).toBeGreaterThan(onPlanted.length / 2);
	});

	it.each(['偏小', '偏大', '合身', '不偏小'])('uses the size remark %s', (remark) => {
		expect(records.review.some((review) => review.text.includes(remark))).toBe(true);
	});

	it('quotes body measurements sometimes', () => {
		const withBody = records.review.filter((review) =>
			/身高\d+，体重\d+kg，买的(S|M|L|XL|XXL)码/.test(review.text)
		);
		expect(withBody.length / records.review.length).toBeGreaterThan(0.2);
	});

	it('follow a purchase of the reviewed SKU', () => {
		const purchases = new Map<string, number>();
		for (const line of records.orderLine) {
			const key = `${line.customerId}/${line.skuId}`;
			purchases.set(key, Math.min(purchases.get(key) ?? Infinity, line.orderedAt));
		}
		for (const review of records.review) {
			const { skuId } = truthById.get(review.reviewId)!;
			const orderedAt = purchases.get(`${review.customerId}/${skuId}`);
			expect(orderedAt, review.reviewId).toBeDefined();
			expect(review.createdAt!).toBeGreaterThan(orderedAt!);
		}
	});

	it('include some Cantonese', () => {
		expect(records.review.some((review) => /[唔冇咗嘅]|啱身|著.碼/.test(review.text))).toBe(true);
	});
});
