import { describe, expect, it } from 'vitest';
import { DAY_MS, shopDate, shopTime } from './clock';
import { generateDemo } from './index';

const { records, truth } = generateDemo();
const lineKey = (line: { orderId: string; skuId: string }) => `${line.orderId}/${line.skuId}`;
const returnByLine = new Map(records.return.map((entry) => [lineKey(entry), entry]));
const planted = new Set(truth.skuFit.map((fault) => fault.skuId));

function sizeReturnRate(skuFilter: (skuId: string) => boolean): number {
	const lines = records.orderLine.filter((line) => skuFilter(line.skuId));
	const sized = lines.filter((line) => returnByLine.get(lineKey(line))?.reason.startsWith('size_'));
	return sized.length / lines.length;
}

/** Order lines per shop-time day. */
const linesPerDay = new Map<number, number>();
for (const line of records.orderLine) {
	const { year, month, day } = shopDate(line.orderedAt);
	const key = shopTime(year, month, day);
	linesPerDay.set(key, (linesPerDay.get(key) ?? 0) + 1);
}

function dailyMean(year: number, month: number, fromDay: number, toDay: number): number {
	let sum = 0;
	for (let day = fromDay; day <= toDay; day++)
		sum += linesPerDay.get(shopTime(year, month, day)) ?? 0;
	return sum / (toDay - fromDay + 1);
}

describe('demo orders', () => {
	it('return 8% to 15% of lines', () => {
		const rate = records.return.length / records.orderLine.length;
		expect(rate).toBeGreaterThan(0.08);
		expect(rate).toBeLessThan(0.15);
	});

	it('return planted SKUs for size far more often', () => {
		const plantedRate = sizeReturnRate((skuId) => planted.has(skuId));
		const otherRate = sizeReturnRate((skuId) => !planted.has(skuId));
		expect(plantedRate).toBeGreaterThan(2 * otherRate);
	});

	it('return each planted size more than its siblings', () => {
		const pairs = new Map(
			truth.skuFit.map((fault) => [`${fault.productId}-${fault.size}-`, fault])
		);
		for (const [prefix, fault] of pairs) {
			const pairRate = sizeReturnRate((skuId) => skuId.startsWith(prefix));
			const siblingRate = sizeReturnRate(
				(skuId) => skuId.startsWith(`${fault.productId}-`) && !skuId.startsWith(prefix)
			);
			expect(pairRate, prefix).toBeGreaterThan(1.5 * siblingRate);
		}
	});

	it('return planted SKUs in the planted direction', () => {
		for (const fault of truth.skuFit) {
			const reasons = records.return
				.filter((entry) => entry.skuId === fault.skuId && entry.reason.startsWith('size_'))
				.map((entry) => entry.reason);
			const planted = reasons.filter((reason) => reason === `size_${fault.bias}`).length;
			expect(planted, fault.skuId).toBeGreaterThanOrEqual(reasons.length / 2);
		}
	});

	it('give every return reason', () => {
		const reasons = new Set(records.return.map((entry) => entry.reason));
		for (const reason of [
			'size_small',
			'size_large',
			'quality',
			'color',
			'not_as_described',
			'changed_mind'
		]) {
			expect(reasons, reason).toContain(reason);
		}
		const notes = records.return.map((entry) => entry.note ?? '').join(' ');
		for (const word of ['起球', '开线', '色差']) expect(notes).toContain(word);
	});

	it('return planted quality faults more often', () => {
		for (const fault of truth.productQuality) {
			const prefix = `${fault.productId}-`;
			const rate = (own: boolean) => {
				const lines = records.orderLine.filter((line) => line.skuId.startsWith(prefix) === own);
				const faulty = lines.filter((line) => {
					const reason = returnByLine.get(lineKey(line))?.reason;
					return reason === 'quality' || reason === 'color';
				});
				return faulty.length / lines.length;
			};
			expect(rate(true), fault.productId).toBeGreaterThan(2 * rate(false));
		}
	});

	it('return after ordering', () => {
		const orderedAt = new Map(records.orderLine.map((line) => [lineKey(line), line.orderedAt]));
		for (const entry of records.return) {
			expect(entry.returnedAt).toBeGreaterThan(orderedAt.get(lineKey(entry))! + DAY_MS);
		}
	});

	it.each([
		[
			'Double 11 2025',
			() => linesPerDay.get(shopTime(2025, 11, 11))!,
			() => dailyMean(2025, 10, 1, 20),
			3
		],
		[
			'Double 11 2026',
			() => linesPerDay.get(shopTime(2026, 11, 11))!,
			() => dailyMean(2026, 10, 1, 20),
			3
		],
		[
			'618 in 2025',
			() => linesPerDay.get(shopTime(2025, 6, 18))!,
			() => dailyMean(2025, 5, 1, 31),
			2
		],
		[
			'618 in 2026',
			() => linesPerDay.get(shopTime(2026, 6, 18))!,
			() => dailyMean(2026, 5, 1, 31),
			2
		],
		['June 1–17 2025', () => dailyMean(2025, 6, 1, 17), () => dailyMean(2025, 5, 1, 31), 1.3],
		[
			'Double 12 2025',
			() => linesPerDay.get(shopTime(2025, 12, 12))!,
			() => dailyMean(2025, 12, 1, 9),
			1.5
		]
	])('spike on %s', (_, peak, baseline, factor) => {
		expect(peak()).toBeGreaterThan(factor * baseline());
	});

	it.each([
		[2025, 1, 29],
		[2026, 2, 17]
	])('dip around Spring Festival %d-%d-%d', (year, month, day) => {
		const festival = dailyMean(year, month, day - 5, day + 5);
		expect(festival).toBeLessThan(0.6 * dailyMean(year, 3, 10, 31));
	});

	it('grow from the first year to the second', () => {
		const split = truth.period.startMs + (truth.period.endMs - truth.period.startMs) / 2;
		const first = records.orderLine.filter((line) => line.orderedAt < split).length;
		expect(records.orderLine.length - first).toBeGreaterThan(first);
	});

	it('sell more on Sundays than Tuesdays', () => {
		const weekday = (day: number) =>
			records.orderLine.filter((line) => shopDate(line.orderedAt).weekday === day).length;
		expect(weekday(0)).toBeGreaterThan(weekday(2));
	});

	it('follow launch dates', () => {
		const launchedAt = new Map(
			records.product.map((product) => [product.productId, product.launchedAt!])
		);
		for (const line of records.orderLine) {
			expect(line.orderedAt).toBeGreaterThanOrEqual(launchedAt.get(line.skuId.slice(0, 4))!);
		}
	});

	it('number orders in time order', () => {
		for (let i = 1; i < records.orderLine.length; i++) {
			const [previous, current] = [records.orderLine[i - 1], records.orderLine[i]];
			expect(current.orderId >= previous.orderId).toBe(true);
			expect(current.orderedAt).toBeGreaterThanOrEqual(previous.orderedAt);
		}
	});

	it('charge list price or a discount of it', () => {
		const price = new Map(records.product.map((product) => [product.productId, product.priceFen!]));
		for (const line of records.orderLine) {
			const list = price.get(line.skuId.slice(0, 4))! * line.quantity;
			expect(line.amountFen!).toBeLessThanOrEqual(list);
			expect(line.amountFen!).toBeGreaterThanOrEqual(0.7 * list);
		}
	});

	it('has repeat buyers', () => {
		const ordersPerCustomer = new Map<string, Set<string>>();
		for (const line of records.orderLine) {
			const orders = ordersPerCustomer.get(line.customerId) ?? new Set();
			orders.add(line.orderId);
			ordersPerCustomer.set(line.customerId, orders);
		}
		const repeat = [...ordersPerCustomer.values()].filter((orders) => orders.size > 1).length;
		expect(repeat / ordersPerCustomer.size).toBeGreaterThan(0.5);
	});
});
