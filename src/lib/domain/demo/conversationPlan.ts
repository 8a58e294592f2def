import type { ProductSim } from './catalog';
import { DAY_MS, HOUR_MS, SECOND_MS, daysOf, shopDayStart, type DemoPeriod } from './clock';
import { pickLanguage, type CustomerSim, type Language } from './customers';
import type { CaseKind } from './dialogueLines';
import type { OrderLineSim } from './orders';
import type { ProductQualityFault } from './plantedFaults';
import { WeightedTable, type Random } from './random';
import type { ReturnSim } from './returns';
import { CONTACT_HOUR_WEIGHTS, HOURS, demandFactor, type ShoppingEvent } from './shoppingCalendar';
import { LINE_KINDS, lineCandidates } from './conversationSources';
import { CASE_MOODS, caseCounts, type Mood } from './topics';

/** One conversation to write: its case, who writes, about what, and when it starts. */
export interface ConversationPlan {
	kind: CaseKind;
	customer: CustomerSim;
	product: ProductSim | undefined;
	line: OrderLineSim | undefined;
	startMs: number;
	language: Language;
	mood: Mood;
}

export interface PlanInputs {
	period: DemoPeriod;
	events: readonly ShoppingEvent[];
	products: readonly ProductSim[];
	customers: readonly CustomerSim[];
	lines: readonly OrderLineSim[];
	returns: readonly ReturnSim[];
	qualityFaults: readonly ProductQualityFault[];
}

/** Moves a moment to a contact hour of its day, so conversations follow the service day. */
function atContactHour(random: Random, dayMs: number): number {
	const hour = random.pickWeighted(HOURS, CONTACT_HOUR_WEIGHTS);
	return shopDayStart(dayMs) + hour * HOUR_MS + random.int(0, 3599) * SECOND_MS;
}

function drawMood(random: Random, kind: CaseKind): Mood {
	return random.pickWeighted<Mood>(['calm', 'annoyed', 'angry'], CASE_MOODS[kind]);
}

/** Plans conversations that start from an order line that went wrong or raised a question. */
function planFromLines(random: Random, kind: CaseKind, count: number, inputs: PlanInputs) {
	const latestStart = inputs.period.endMs - DAY_MS;
	const candidates = lineCandidates(kind, inputs).filter(
		(candidate) => candidate.anchorMs + candidate.delayDays[1] * DAY_MS < latestStart
	);
	return random
		.sampleWeighted(candidates, (candidate) => candidate.weight, count)
		.map((candidate): ConversationPlan => {
			const [minDays, maxDays] = candidate.delayDays;
			const day = candidate.anchorMs + random.int(minDays, maxDays) * DAY_MS;
			const startMs = Math.max(candidate.anchorMs + HOUR_MS, atContactHour(random, day));
			const { line } = candidate;
			const { customer, product } = line;
			return {
				kind,
				customer,
				product,
				line,
				startMs,
				language: pickLanguage(random, customer),
				mood: drawMood(random, kind)
			};
		});
}

/** Plans pre-sale and membership conversations, which need no order: any day, any buyer. */
function planFreeStanding(random: Random, kind: CaseKind, count: number, inputs: PlanInputs) {
	const days = daysOf(inputs.period).slice(0, -1);
	const dayTable = new WeightedTable(
		days,
		days.map((day) => demandFactor(inputs.events, day))
	);
	const customerTable = new WeightedTable(
		inputs.customers,
		inputs.customers.map((customer) => customer.activity)
	);
	const plans: ConversationPlan[] = [];
	for (let i = 0; i < count; i++) {
		const startMs = atContactHour(random, dayTable.draw(random));
		const customer = customerTable.draw(random);
		const onSale = inputs.products.filter((product) => product.launchedAtMs <= startMs);
		const product =
			kind === 'membership' || onSale.length === 0
				? undefined
				: random.pickWeighted(
						onSale,
						onSale.map((candidate) => candidate.popularity)
					);
		plans.push({
			kind,
			customer,
			product,
			line: undefined,
			startMs,
			language: pickLanguage(random, customer),
			mood: drawMood(random, kind)
		});
	}
	return plans;
}

/**
 * Plans `total` conversations split by case kind, sorted by start time. Kinds that start
 * from order lines fall back to free-standing conversations when too few lines qualify.
 * A size complaint needs a delivered garment, so its fallback is a size question.
 */
export function planConversations(
	random: Random,
	total: number,
	inputs: PlanInputs
): ConversationPlan[] {
	const plans: ConversationPlan[] = [];
	const counts = caseCounts(total);
	for (const kind of Object.keys(counts) as CaseKind[]) {
		const fromLines = LINE_KINDS.has(kind) ? planFromLines(random, kind, counts[kind], inputs) : [];
		plans.push(...fromLines);
		const fallbackKind = kind === 'sizeComplaint' ? 'sizeAdvice' : kind;
		plans.push(...planFreeStanding(random, fallbackKind, counts[kind] - fromLines.length, inputs));
	}
	return plans.sort((a, b) => a.startMs - b.startMs);
}
