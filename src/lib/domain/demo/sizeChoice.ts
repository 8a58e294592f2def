import type { CustomerSim } from './customers';
import type { Random } from './random';
import { SIZES, chartSize, judgeFit, type Category, type FitOutcome } from './sizing';

/** Chance that a returning buyer reuses the size they settled on instead of the chart. */
const REUSE_REMEMBERED_SIZE = 0.9;
/** Chance that a buyer whom no size fits passes on a product of that category. */
const PASS_WHEN_NOTHING_FITS = 0.9;

/**
 * Customers' knowledge of their sizes: the size each has settled on per category after
 * earlier purchases, and whether any size of a category fits them at all.
 */
export class SizeMemory {
	private readonly sizes = new Map<string, number>();
	private readonly fittable = new Map<string, boolean>();

	recall(customer: CustomerSim, category: Category): number | undefined {
		return this.sizes.get(`${customer.record.customerId}/${category}`);
	}

	/** Remembers a size that fitted; after a misfit the buyer goes back to the size chart. */
	learn(customer: CustomerSim, category: Category, index: number, fit: FitOutcome) {
		const key = `${customer.record.customerId}/${category}`;
		if (fit.verdict === 'fit') this.sizes.set(key, index);
		else this.sizes.delete(key);
	}

	/** Returns whether some size of the category fits the customer's real body. */
	someSizeFits(customer: CustomerSim, category: Category): boolean {
		const key = `${customer.record.customerId}/${category}`;
		let fits = this.fittable.get(key);
		if (fits === undefined) {
			const best = chartSize(category, customer.body);
			fits = judgeFit(category, SIZES[best], customer.body).verdict === 'fit';
			this.fittable.set(key, fits);
		}
		return fits;
	}
}

/**
 * Returns the size index a customer picks. A returning buyer mostly reuses the size they
 * settled on. Otherwise they read the size chart with their perceived body and then follow
 * a habit of sizing up (10%) or down (5%). Returns undefined when the customer passes on
 * the product: buyers whom no size of a category fits know it from experience and
 * mostly pass.
 */
export function chooseSizeIndex(
	random: Random,
	customer: CustomerSim,
	category: Category,
	memory: SizeMemory
): number | undefined {
	const remembered = memory.recall(customer, category);
	if (remembered !== undefined && random.chance(REUSE_REMEMBERED_SIZE)) return remembered;
	if (!memory.someSizeFits(customer, category) && random.chance(PASS_WHEN_NOTHING_FITS)) {
		return undefined;
	}
	let index = chartSize(category, customer.perceivedBody);
	const habit = random.next();
	if (habit < 0.1) index++;
	else if (habit < 0.15) index--;
	return Math.min(SIZES.length - 1, Math.max(0, index));
}
