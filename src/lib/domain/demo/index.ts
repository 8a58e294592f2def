import type { RecordOf } from '../records/schemas';
import { buildAgents } from './agents';
import { buildCatalog } from './catalog';
import { DEFAULT_END_MS, demoPeriod } from './clock';
import { planConversations } from './conversationPlan';
import { buildConversations } from './conversations';
import { buildCustomers } from './customers';
import { DEMO_NEGATIVE_WORDS } from './lexicon';
import { buildOrders } from './orders';
import { plantFitFaults, plantQualityFaults } from './plantedFaults';
import { Random, deriveSeed } from './random';
import { buildReturns } from './returns';
import { buildReviews } from './reviews';
import { SCALES, type DemoScale } from './scale';
import { shoppingEvents } from './shoppingCalendar';
import { buildSurveys } from './surveys';
import type { DemoTruth } from './truth';

export type { DemoTruth } from './truth';
export type { DemoScale, ScaleVolumes } from './scale';
export type { ConversationTruth } from './conversations';
export type { ReviewTruth } from './reviews';
export type { SkuFitFault, ProductQualityFault } from './plantedFaults';
export { SCALES } from './scale';
export { DEFAULT_END_MS, SHOP_TIME_ZONE } from './clock';
export { TOPIC_LABELS, type Topic } from './topics';
export {
	DEMO_NEGATIVE_WORDS,
	REQUIRED_PHRASES,
	countNegativeWords,
	riskLevelOf,
	scanNegativeWords
} from './lexicon';
export { HUMAN_ONLY_HOURS } from './serviceTiming';

export const DEFAULT_SEED = 20240601;

export interface DemoOptions {
	/** Seed of the pseudo-random streams; default 20240601. */
	seed?: number;
	/** 'small' for tests, 'full' (default) for the demo data set. */
	scale?: DemoScale;
	/** End of the two-year period in epoch ms; default 2026-12-01 00:00 Asia/Shanghai. */
	endDate?: number;
}

export type DemoRecords = { [K in keyof RecordOf]: RecordOf[K][] };

export interface DemoData {
	records: DemoRecords;
	truth: DemoTruth;
}

function validateOptions(options: DemoOptions) {
	const { seed, scale, endDate } = options;
	if (seed !== undefined && !Number.isSafeInteger(seed)) {
		throw new RangeError(`Invalid demo seed ${seed}: use a whole number.`);
	}
	if (scale !== undefined && !Object.hasOwn(SCALES, scale)) {
		throw new RangeError(`Invalid demo scale '${scale}': use 'small' or 'full'.`);
	}
	if (endDate !== undefined && !Number.isFinite(endDate)) {
		throw new RangeError(`Invalid demo end date ${endDate}: use epoch milliseconds.`);
	}
}

/**
 * Generates the deterministic demo data set: a Hong Kong style menswear shop's catalogue,
 * customers, two years of orders and returns, service conversations, reviews, agents and
 * NPS surveys, as canonical records in their parsed form (epoch ms, integer fen). The same
 * options always give identical output. Each stage draws from its own seeded stream, so
 * changing one stage leaves the others' data unchanged.
 */
export function generateDemo(options: DemoOptions = {}): DemoData {
	validateOptions(options);
	const seed = options.seed ?? DEFAULT_SEED;
	const scale = options.scale ?? 'full';
	const volumes = SCALES[scale];
	const stream = (stage: string) => new Random(deriveSeed(seed, stage));
	const period = demoPeriod(options.endDate ?? DEFAULT_END_MS);
	const events = shoppingEvents(period);

	const products = buildCatalog(stream('catalog'), volumes.products, period);
	const skuFit = plantFitFaults(stream('fit-faults'), products);
	const productQuality = plantQualityFaults(stream('quality-faults'), products, skuFit);
	const customers = buildCustomers(stream('customers'), volumes.customers);
	const agents = buildAgents(stream('agents'), volumes.agentsPerTeam, period);
	const lines = buildOrders(
		stream('orders'),
		products,
		customers,
		period,
		events,
		volumes.orderLines
	);
	const returns = buildReturns(stream('returns'), lines, productQuality, period);
	const inputs = {
		period,
		events,
		products,
		customers,
		lines,
		returns,
		qualityFaults: productQuality
	};
	const plans = planConversations(stream('conversation-plans'), volumes.conversations, inputs);
	const conversations = buildConversations(stream('conversations'), plans, agents, events);
	const reviews = buildReviews(
		stream('reviews'),
		lines,
		returns,
		productQuality,
		period,
		volumes.reviews
	);
	const surveys = buildSurveys(stream('surveys'), conversations, period);

	const records: DemoRecords = {
		product: products.map((product) => product.record),
		sku: products.flatMap((product) => product.skus.map((sku) => sku.record)),
		customer: customers.map((customer) => customer.record),
		orderLine: lines.map((line) => line.record),
		return: returns.map((entry) => entry.record),
		conversation: conversations.map((conversation) => conversation.record),
		review: reviews.map((review) => review.record),
		agent: agents.map((agent) => agent.record),
		survey: surveys
	};
	const truth: DemoTruth = {
		seed,
		scale,
		period,
		skuFit,
		productQuality,
		shoppingEvents: events.map(({ name, startMs, endMs, demandFactor }) => ({
			name,
			startMs,
			endMs,
			demandFactor
		})),
		agents: agents.map((agent) => ({ agentId: agent.record.agentId, ...agent.traits })),
		conversations: conversations.map((conversation) => conversation.truth),
		reviews: reviews.map((review) => review.truth),
		negativeWords: DEMO_NEGATIVE_WORDS
	};
	return { records, truth };
}
