import type { ProductSim } from './catalog';
import { CORE_PER_CATEGORY } from './productTemplates';
import type { Random } from './random';
import type { BodyPart, Category, Size } from './sizing';

/**
 * Faults the generator plants in the catalog so that later analysis has something real to
 * find: product sizes whose garments run small or large in one body part, and products
 * with a quality problem that drives extra returns and complaints.
 */

export interface SkuFitFault {
	skuId: string;
	productId: string;
	size: string;
	bias: 'small' | 'large';
	bodyPart: BodyPart;
	/** How far the real garments sit from the size chart, in cm (always positive). */
	cm: number;
}

/** Pilling (起球), split seams (开线), or colour off the photos or fading (色差, 掉色). */
export type QualityIssue = 'pilling' | 'seam' | 'color';

export interface ProductQualityFault {
	productId: string;
	issue: QualityIssue;
	/** Return probability added to every order line of the product. */
	extraReturnRate: number;
}

interface FitRecipe {
	category: Category;
	parts: readonly BodyPart[];
	biases: ReadonlyArray<'small' | 'large'>;
}

/**
 * One planted product/size pair per category, whose body part varies with the seed. Only
 * parts with a tight tolerance are used, so that a 2–4 cm fault moves many buyers out of
 * their comfort range and shows up clearly in returns.
 */
const FIT_RECIPES: readonly FitRecipe[] = [
	{ category: 'shirt', parts: ['chest', 'shoulder', 'sleeve'], biases: ['small'] },
	{ category: 'jacket', parts: ['sleeve', 'chest', 'shoulder'], biases: ['small'] },
	{ category: 'knitwear', parts: ['chest', 'sleeve', 'shoulder'], biases: ['small'] },
	{ category: 'trousers', parts: ['waist'], biases: ['large'] }
];

/** Loose faults need more centimetres to bother buyers, who accept loose fits more readily. */
const FAULT_CM = { small: [2.5, 4], large: [3, 4] } as const;

/** Sizes worth planting in: the ones that sell, so the fault shows up in the data. */
const PLANTED_SIZES: readonly Size[] = ['M', 'L'];
const PLANTED_SIZE_WEIGHTS = [0.5, 0.5];

const QUALITY_RECIPES: ReadonlyArray<{ category: Category; issue: QualityIssue; rate: number }> = [
	{ category: 'knitwear', issue: 'pilling', rate: 0.09 },
	{ category: 'trousers', issue: 'seam', rate: 0.06 },
	{ category: 'shirt', issue: 'color', rate: 0.06 }
];

/** Core styles of a category: on sale for the whole period and present at every scale. */
function coreProducts(products: readonly ProductSim[], category: Category): ProductSim[] {
	return products
		.filter((product) => product.category === category && product.template.collection === 0)
		.slice(0, CORE_PER_CATEGORY);
}

/**
 * Plants one fit fault per category on a core product, shifting the real measurements of
 * every colour of that size, and returns one truth row per affected SKU.
 */
export function plantFitFaults(random: Random, products: readonly ProductSim[]): SkuFitFault[] {
	const faults: SkuFitFault[] = [];
	for (const recipe of FIT_RECIPES) {
		const candidates = coreProducts(products, recipe.category);
		if (candidates.length === 0) continue;
		const product = random.pick(candidates);
		const size = random.pickWeighted(PLANTED_SIZES, PLANTED_SIZE_WEIGHTS);
		const bodyPart = random.pick(recipe.parts);
		const bias = random.pick(recipe.biases);
		const [minCm, maxCm] = FAULT_CM[bias];
		const cm = minCm + random.int(0, (maxCm - minCm) * 2) * 0.5;
		for (const sku of product.skus.filter((candidate) => candidate.size === size)) {
			sku.actualOffsetCm[bodyPart] = bias === 'small' ? -cm : cm;
			faults.push({
				skuId: sku.record.skuId,
				productId: product.record.productId,
				size,
				bias,
				bodyPart,
				cm
			});
		}
	}
	return faults;
}

/** Plants quality faults on core products that carry no fit fault, so the signals stay apart. */
export function plantQualityFaults(
	random: Random,
	products: readonly ProductSim[],
	fitFaults: readonly SkuFitFault[]
): ProductQualityFault[] {
	const fitProducts = new Set(fitFaults.map((fault) => fault.productId));
	const faults: ProductQualityFault[] = [];
	for (const recipe of QUALITY_RECIPES) {
		const candidates = coreProducts(products, recipe.category).filter(
			(product) => !fitProducts.has(product.record.productId)
		);
		if (candidates.length === 0) continue;
		const product = random.pick(candidates);
		faults.push({
			productId: product.record.productId,
			issue: recipe.issue,
			extraReturnRate: recipe.rate
		});
	}
	return faults;
}
