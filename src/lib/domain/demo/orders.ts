import type { OrderLineRecord } from '../records/schemas';
import type { ProductSim, SkuSim } from './catalog';
import { DAY_MS, HOUR_MS, SECOND_MS, daysOf, shopDate, type DemoPeriod } from './clock';
import type { CustomerSim } from './customers';
import { Random, WeightedTable } from './random';
import {
	HOURS,
	categorySeasonFactor,
	demandFactor,
	eventAt,
	orderHourWeights,
	type ShoppingEvent
} from './shoppingCalendar';
import { SizeMemory, chooseSizeIndex } from './sizeChoice';
import { judgeFit, type FitOutcome } from './sizing';

export interface OrderLineSim {
	record: OrderLineRecord;
	customer: CustomerSim;
	sku: SkuSim;
	product: ProductSim;
	fit: FitOutcome;
	orderedAtMs: number;
	deliveredAtMs: number;
	event: ShoppingEvent | undefined;
}

const LINES_PER_ORDER = [1, 2, 3];
const LINES_PER_ORDER_WEIGHTS = [0.76, 0.19, 0.05];
/**
 * Mean lines of a drawn order. The line-count draw averages 1.29, but buyers pass on
 * products whose sizes cannot fit them. Measured with the default seed, and it only
 * scales the volume.
 */
const MEAN_LINES_PER_ORDER = 1.19;
const QUANTITY_WEIGHTS = [0.94, 0.05, 0.01];
/** Yearly sales growth, so trend and seasonality both show in forecasts. */
const GROWTH_PER_YEAR = 0.18;
/** Share of ordinary-day orders that use a 5% member coupon. */
const MEMBER_COUPON_SHARE = 0.15;

function pickSku(random: Random, product: ProductSim, sizeIndex: number): SkuSim {
	const ofSize = product.skus.filter((sku) => sku.sizeIndex === sizeIndex);
	return random.pickWeighted(
		ofSize,
		ofSize.map((sku) => sku.colorWeight)
	);
}

/** Products on sale on a day, weighted by popularity and the category's season. */
function productTableFor(products: readonly ProductSim[], dayMs: number) {
	const month = shopDate(dayMs).month;
	const available = products.filter((product) => product.launchedAtMs <= dayMs);
	if (available.length === 0) return undefined;
	const weights = available.map(
		(product) => product.popularity * categorySeasonFactor(product.category, month)
	);
	return new WeightedTable(available, weights);
}

function orderTime(random: Random, dayMs: number, event: ShoppingEvent | undefined): number {
	const isPeakDay = event !== undefined && event.demandFactor >= 4;
	const hour = random.pickWeighted(HOURS, orderHourWeights(isPeakDay));
	return dayMs + hour * HOUR_MS + random.int(0, 3599) * SECOND_MS;
}

/** Days from order to delivery: longer in festival rushes and around Spring Festival. */
function deliveryDays(random: Random, event: ShoppingEvent | undefined): number {
	let days = random.int(1, 4);
	if (event?.name === 'springFestival') days += random.int(4, 8);
	else if (event && event.demandFactor >= 2) days += random.int(1, 2);
	return days;
}

function amountFen(random: Random, priceFen: number, quantity: number, event?: ShoppingEvent) {
	let factor = event?.priceFactor ?? 1;
	if (!event && random.chance(MEMBER_COUPON_SHARE)) factor = 0.95;
	// Shops round promotion prices to whole yuan.
	return Math.round((priceFen * quantity * factor) / 100) * 100;
}

interface OrderContext {
	random: Random;
	customers: WeightedTable<CustomerSim>;
	events: readonly ShoppingEvent[];
	sizeMemory: SizeMemory;
}

/** Draws one order's lines, each a different product, at one moment. */
function drawOrder(context: OrderContext, products: WeightedTable<ProductSim>, dayMs: number) {
	const { random, events } = context;
	const event = eventAt(events, dayMs);
	const orderedAtMs = orderTime(random, dayMs, event);
	const customer = context.customers.draw(random);
	const lineCount = random.pickWeighted(LINES_PER_ORDER, LINES_PER_ORDER_WEIGHTS);
	const chosen = new Map<ProductSim, number>();
	for (let attempt = 0; attempt < lineCount * 4 && chosen.size < lineCount; attempt++) {
		const product = products.draw(random);
		if (chosen.has(product)) continue;
		const sizeIndex = chooseSizeIndex(random, customer, product.category, context.sizeMemory);
		if (sizeIndex !== undefined) chosen.set(product, sizeIndex);
	}
	const deliveredAtMs =
		orderedAtMs + deliveryDays(random, event) * DAY_MS + random.int(9, 20) * HOUR_MS;
	return [...chosen].map(([product, sizeIndex]) => {
		const sku = pickSku(random, product, sizeIndex);
		const quantity = random.pickWeighted(LINES_PER_ORDER, QUANTITY_WEIGHTS);
		const record: OrderLineRecord = {
			orderId: '',
			customerId: customer.record.customerId,
			skuId: sku.record.skuId,
			quantity,
			amountFen: amountFen(random, product.record.priceFen ?? 0, quantity, event),
			orderedAt: orderedAtMs
		};
		const fit = judgeFit(product.category, sku.size, customer.body, sku.actualOffsetCm);
		context.sizeMemory.learn(customer, product.category, sizeIndex, fit);
		return { record, customer, sku, product, fit, orderedAtMs, deliveredAtMs, event };
	});
}

/**
 * Simulates order lines day by day over the period. Daily volume follows the weekday
 * pattern, the shopping festivals, the Spring Festival slowdown and yearly growth. Order
 * ids O000001… follow order time.
 */
export function buildOrders(
	random: Random,
	products: readonly ProductSim[],
	customers: readonly CustomerSim[],
	period: DemoPeriod,
	events: readonly ShoppingEvent[],
	targetLines: number
): OrderLineSim[] {
	const days = daysOf(period);
	const yearMs = 365 * DAY_MS;
	const dayWeights = days.map(
		(day) => demandFactor(events, day) * (1 + (GROWTH_PER_YEAR * (day - period.startMs)) / yearMs)
	);
	const totalWeight = dayWeights.reduce((sum, weight) => sum + weight, 0);
	const expectedOrders = targetLines / MEAN_LINES_PER_ORDER;
	const context: OrderContext = {
		random,
		customers: new WeightedTable(
			customers,
			customers.map((customer) => customer.activity)
		),
		events,
		sizeMemory: new SizeMemory()
	};
	const lines: OrderLineSim[] = [];
	let orderNumber = 0;
	days.forEach((day, index) => {
		const productTable = productTableFor(products, day);
		if (!productTable) return;
		const count = random.poisson((expectedOrders * dayWeights[index]) / totalWeight);
		const orders: OrderLineSim[][] = [];
		for (let i = 0; i < count; i++) orders.push(drawOrder(context, productTable, day));
		orders.sort((a, b) => (a[0]?.orderedAtMs ?? 0) - (b[0]?.orderedAtMs ?? 0));
		for (const order of orders) {
			if (order.length === 0 || order[0].orderedAtMs >= period.endMs) continue;
			orderNumber++;
			const orderId = `O${String(orderNumber).padStart(6, '0')}`;
			for (const line of order) line.record.orderId = orderId;
			lines.push(...order);
		}
	});
	return lines;
}
