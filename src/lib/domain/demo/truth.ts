import type { AgentTraits } from './agents';
import type { DemoPeriod } from './clock';
import type { ConversationTruth } from './conversations';
import type { ProductQualityFault, SkuFitFault } from './plantedFaults';
import type { ReviewTruth } from './reviews';
import type { DemoScale } from './scale';
import type { ShoppingEventName } from './shoppingCalendar';

/** The ground truth the generator planted, so tests can check that later analysis finds it. */
export interface DemoTruth {
	seed: number;
	scale: DemoScale;
	period: DemoPeriod;
	/** SKUs whose real garments run small or large in one body part (every colour of a size). */
	skuFit: SkuFitFault[];
	/** Products with a quality fault that drives extra returns, reviews and conversations. */
	productQuality: ProductQualityFault[];
	/** Demand windows of the shopping calendar inside the period. */
	shoppingEvents: Array<{
		name: ShoppingEventName;
		startMs: number;
		endMs: number;
		demandFactor: number;
	}>;
	/** Behaviour behind each agent's KPIs. */
	agents: Array<{ agentId: string } & AgentTraits>;
	conversations: ConversationTruth[];
	reviews: ReviewTruth[];
	/** The negative-word lexicon the conversation counts use. */
	negativeWords: readonly string[];
}
