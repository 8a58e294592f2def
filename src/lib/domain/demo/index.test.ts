import { describe, expect, it } from 'vitest';
import { recordSchemas, type RecordKind } from '../records/schemas';
import { DEFAULT_END_MS, SCALES, generateDemo, type DemoRecords } from './index';

const small = generateDemo({ scale: 'small' });

const full = generateDemo();

/** Turns a parsed record back into import form: money as `price` and `amount` in yuan. */
function asImported(kind: RecordKind, record: Record<string, unknown>): Record<string, unknown> {
	if (kind === 'product') {
		const { priceFen, ...rest } = record;
		return { ...rest, price: (priceFen as number) / 100 };
	}
	if (kind === 'orderLine') {
		const { amountFen, ...rest } = record;
		return { ...rest, amount: (amountFen as number) / 100 };
	}
	return record;
}

function idsOf<T>(records: readonly T[], key: keyof T): Set<unknown> {
	return new Set(records.map((record) => record[key]));
}

describe('generateDemo', () => {
	it('repeats output for a seed', () => {
		const again = generateDemo({ scale: 'small' });
		expect(JSON.stringify(again)).toBe(JSON.stringify(small));
	});

	it('repeats full output for a seed', () => {
		const again = generateDemo({ scale: 'full' });
		expect(JSON.stringify(again.records)).toBe(JSON.stringify(full.records));
	});

	it('changes output with the seed', () => {
		const other = generateDemo({ scale: 'small', seed: 7 });
		expect(JSON.stringify(other.records.orderLine)).not.toBe(
			JSON.stringify(small.records.orderLine)
		);
	});

	it.each([
		['NaN seed', { seed: Number.NaN }],
		['fractional seed', { seed: 1.5 }],
		['unknown scale', { scale: 'huge' as never }],
		['inherited property as scale', { scale: 'toString' as never }],
		['infinite end date', { endDate: Number.POSITIVE_INFINITY }]
	])('rejects a %s', (_, options) => {
		expect(() => generateDemo(options)).toThrow(RangeError);
	});

	it('moves the period with the end date', () => {
		const endDate = Date.parse('2025-07-01T00:00:00+08:00');
		const { records, truth } = generateDemo({ scale: 'small', endDate });
		expect(truth.period.endMs).toBe(endDate);
		for (const line of records.orderLine) expect(line.orderedAt).toBeLessThan(endDate);
	});
});

describe.each([
	['small', small],
	['full', full]
] as const)('%s demo records', (scale, { records, truth }) => {
	const schemas = recordSchemas('Asia/Shanghai');
	const kinds = Object.keys(records) as Array<keyof DemoRecords>;

	it('parse unchanged through the record schemas', () => {
		for (const kind of kinds) {
			const schema = schemas[kind];
			for (const record of records[kind] as unknown as Array<Record<string, unknown>>) {
				const parsed = schema.safeParse(asImported(kind, record));
				expect(
					parsed.error?.issues,
					`${kind} ${JSON.stringify(record).slice(0, 80)}`
				).toBeUndefined();
				expect(parsed.data).toEqual(record);
			}
		}
	});

	it('have unique ids', () => {
		const idKeys = {
			product: 'productId',
			sku: 'skuId',
			customer: 'customerId',
			return: 'returnId',
			conversation: 'conversationId',
			review: 'reviewId',
			agent: 'agentId',
			survey: 'surveyId'
		} as const;
		for (const [kind, key] of Object.entries(idKeys)) {
			const list = records[kind as keyof typeof idKeys] as Array<Record<string, unknown>>;
			expect(new Set(list.map((record) => record[key])).size, kind).toBe(list.length);
		}
		const lineKeys = records.orderLine.map((line) => `${line.orderId}/${line.skuId}`);
		expect(new Set(lineKeys).size).toBe(lineKeys.length);
	});

	it('resolve every reference', () => {
		const products = idsOf(records.product, 'productId');
		const skus = idsOf(records.sku, 'skuId');
		const customers = idsOf(records.customer, 'customerId');
		const agents = idsOf(records.agent, 'agentId');
		const conversations = idsOf(records.conversation, 'conversationId');
		const lines = new Set(records.orderLine.map((line) => `${line.orderId}/${line.skuId}`));

		for (const sku of records.sku) expect(products.has(sku.productId)).toBe(true);
		for (const line of records.orderLine) {
			expect(skus.has(line.skuId)).toBe(true);
			expect(customers.has(line.customerId)).toBe(true);
		}

		for (const entry of records.return) {
			expect(lines.has(`${entry.orderId}/${entry.skuId}`)).toBe(true);
		}

		for (const conversation of records.conversation) {
			expect(customers.has(conversation.customerId)).toBe(true);
			if (conversation.productId) expect(products.has(conversation.productId)).toBe(true);
			for (const message of conversation.messages) {
				if (message.agentId) expect(agents.has(message.agentId)).toBe(true);
			}
		}

		for (const review of records.review) {
			expect(products.has(review.productId)).toBe(true);
			expect(customers.has(review.customerId)).toBe(true);
		}

		for (const survey of records.survey) {
			expect(conversations.has(survey.conversationId)).toBe(true);
			expect(agents.has(survey.agentId)).toBe(true);
			expect(customers.has(survey.customerId)).toBe(true);
		}

		for (const fault of truth.skuFit) expect(skus.has(fault.skuId)).toBe(true);
	});

	it('stay inside the period', () => {
		const { startMs, endMs } = truth.period;
		const times = [
			...records.orderLine.map((line) => line.orderedAt),
			...records.return.map((entry) => entry.returnedAt),
			...records.conversation.flatMap((conversation) => conversation.messages.map((m) => m.sentAt)),
			...records.review.map((review) => review.createdAt ?? startMs),
			...records.survey.map((survey) => survey.answeredAt)
		];
		for (const ms of times) {
			expect(ms).toBeGreaterThanOrEqual(startMs);
			expect(ms).toBeLessThan(endMs);
		}
	});

	it('match the scale volumes', () => {
		const volumes = SCALES[scale];
		expect(records.product).toHaveLength(volumes.products);
		expect(records.customer).toHaveLength(volumes.customers);
		expect(records.conversation).toHaveLength(volumes.conversations);
		expect(records.review).toHaveLength(volumes.reviews);
		expect(records.agent).toHaveLength(volumes.agentsPerTeam * 5);
		expect(Math.abs(records.orderLine.length / volumes.orderLines - 1)).toBeLessThan(0.1);
		const messages = records.conversation.reduce((sum, c) => sum + c.messages.length, 0);
		expect(messages / records.conversation.length).toBeGreaterThan(4);
		expect(messages / records.conversation.length).toBeLessThan(7);
	});

	it('use readable ids', () => {
		expect(records.product[0].productId).toBe('P001');
		expect(records.customer[0].customerId).toBe('C00001');
		expect(records.orderLine[0].orderId).toBe('O000001');
		expect(records.conversation[0].conversationId).toBe('CV000001');
		expect(records.return[0].returnId).toBe('R00001');
		expect(records.review[0].reviewId).toBe('RV00001');
		expect(records.agent[0].agentId).toBe('A01');
		expect(records.survey[0].surveyId).toBe('S000001');
		expect(records.sku[0].skuId).toMatch(/^P001-S-[A-Z]+$/);
	});

	it('ends on the default date', () => {
		expect(truth.period.endMs).toBe(DEFAULT_END_MS);
	});
});

describe('full demo catalogue', () => {
	const { records } = full;

	it('covers the four categories', () => {
		const categories = new Set(records.product.map((product) => product.category));
		expect([...categories].sort()).toEqual(['jacket', 'knitwear', 'shirt', 'trousers']);
	});

	it('offers every size in 1 to 3 colours', () => {
		for (const product of records.product) {
			const skus = records.sku.filter((sku) => sku.productId === product.productId);
			const sizes = new Set(skus.map((sku) => sku.size));
			const colors = new Set(skus.map((sku) => sku.color));
			expect([...sizes]).toEqual(['S', 'M', 'L', 'XL', 'XXL']);
			expect(colors.size).toBeGreaterThanOrEqual(1);
			expect(colors.size).toBeLessThanOrEqual(3);
		}
	});

	it('prices in whole realistic yuan', () => {
		for (const product of records.product) {
			expect(product.priceFen! % 100).toBe(0);
			expect(product.priceFen!).toBeGreaterThanOrEqual(199_00);
			expect(product.priceFen!).toBeLessThanOrEqual(2_999_00);
		}
	});

	it('gives about 5% of customers priority service', () => {
		const share =
			records.customer.filter((customer) => customer.priority).length / records.customer.length;
		expect(share).toBeGreaterThan(0.03);
		expect(share).toBeLessThan(0.07);
	});

	it('draws plausible bodies', () => {
		const heights = records.customer.flatMap((customer) => customer.heightCm ?? []);
		const mean = heights.reduce((sum, height) => sum + height, 0) / heights.length;
		expect(mean).toBeGreaterThan(170);
		expect(mean).toBeLessThan(174);
		for (const customer of records.customer) {
			if (customer.heightCm === undefined || customer.weightKg === undefined) continue;
			const bmi = customer.weightKg / (customer.heightCm / 100) ** 2;
			expect(bmi).toBeGreaterThan(15);
			expect(bmi).toBeLessThan(38);
		}
	});

	it('staffs five teams with a lead each', () => {
		const teams = new Set(records.agent.map((agent) => agent.team));
		expect(teams.size).toBe(5);
		for (const team of teams) {
			const leads = records.agent.filter(
				(agent) => agent.team === team && agent.seniority === 'lead'
			);
			expect(leads, team).toHaveLength(1);
		}
	});

	it('has staff join and leave mid-period', () => {
		const { startMs } = full.truth.period;
		const joiners = records.agent.filter((agent) => agent.joinedAt > startMs);
		const leavers = records.agent.filter((agent) => agent.leftAt !== undefined);
		expect(joiners.length).toBeGreaterThanOrEqual(2);
		expect(leavers.length).toBeGreaterThanOrEqual(2);
	});

	it('certifies some agents as service artists', () => {
		const certified = records.agent.filter((agent) => agent.certification?.startsWith('artist-'));
		expect(certified.length).toBeGreaterThan(5);
		expect(certified.length).toBeLessThan(records.agent.length);
	});
});
