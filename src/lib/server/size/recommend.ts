import { randomUUID } from 'node:crypto';
import { fitProbabilities } from '../../domain/size/latentSize.js';
import { compareSizes, sizeValue } from '../../domain/size/sizeOrder.js';
import type { Graph } from '../graph/graph.js';

/** Customers with a learned true size whose height and weight are nearest decide a newcomer's. */
const NEIGHBOURS = 15;
/** Spreads used to compare bodies: about one standard deviation of adult height and weight. */
const HEIGHT_SCALE_CM = 7;
const WEIGHT_SCALE_KG = 10;

export type RecommendationBasis = 'history' | 'measurements' | 'popular';

export interface SizeRecommendation {
	recommendationId: string;
	customerId: string;
	productId: string;
	size: string;
	/** The model's probability that the size fits. */
	confidence: number;
	basis: RecommendationBasis;
	/** Facts behind the one-line reason, which pages translate. */
	reason: {
		purchases: number;
		lastPurchase?: { productName: string; size: string; fit: string };
		heightCm?: number;
		weightKg?: number;
		neighbours?: number;
	};
	sizes: Array<{ size: string; small: number; fit: number; large: number }>;
}

const loadQuery = `
MATCH (c:Customer {customerId: $customerId}), (p:Product {productId: $productId})
OPTIONAL MATCH (m:SizeModel {name: 'latent-size'})
CALL (p) {
  MATCH (s:Sku)-[:OF]->(p)
  RETURN collect({size: s.size, trueSize: s.trueSize}) AS skus
}
CALL (c) {
  OPTIONAL MATCH (o:Order)-[:PLACED_BY]->(c), (o)-[:CONTAINS]->(s:Sku)-[:OF]->(q:Product)
  OPTIONAL MATCH (f:SizeFeedback)-[:GIVEN_BY]->(c) WHERE (f)-[:ABOUT]->(s)
  WITH o, s, q, f ORDER BY o.orderedAt DESC
  RETURN collect({productName: q.name, size: s.size, fit: coalesce(f.fit, 'kept')})[0..20] AS purchases
}
RETURN c.trueSize AS trueSize, c.heightCm AS heightCm, c.weightKg AS weightKg,
       m.b1 AS b1, m.b2 AS b2, m.priorMean AS priorMean, m.priorScale AS priorScale,
       skus, [x IN purchases WHERE x.size IS NOT NULL] AS purchases`;

const neighboursQuery = `
MATCH (c:Customer)
WHERE c.trueSize IS NOT NULL AND c.heightCm IS NOT NULL AND c.weightKg IS NOT NULL
  AND c.customerId <> $customerId
WITH c, ((c.heightCm - $heightCm) / $heightScale) ^ 2 + ((c.weightKg - $weightKg) / $weightScale) ^ 2 AS distance
ORDER BY distance LIMIT toInteger($limit)
RETURN avg(c.trueSize) AS trueSize, count(c) AS neighbours`;

const popularQuery = `
MATCH (s:Sku)-[:OF]->(:Product {productId: $productId})
OPTIONAL MATCH (s)<-[line:CONTAINS]-(:Order)
WITH s.size AS size, sum(coalesce(line.quantity, 0)) AS sold
RETURN size ORDER BY sold DESC, size LIMIT 1`;

const recordQuery = `
MATCH (c:Customer {customerId: $customerId}), (p:Product {productId: $productId})
CREATE (r:SizeRecommendation {recommendationId: $recommendationId,
  at: datetime({epochMillis: toInteger($at)}), size: $size, confidence: $confidence, basis: $basis})
CREATE (r)-[:FOR]->(c), (r)-[:OF]->(p)`;

interface Loaded {
	trueSize: number | null;
	heightCm: number | null;
	weightKg: number | null;
	b1: number | null;
	b2: number | null;
	priorMean: number | null;
	priorScale: number | null;
	skus: Array<{ size: string; trueSize: number | null }>;
	purchases: Array<{ productName: string | null; size: string; fit: string }>;
}

/** Mean true size per size label; a size without a learned value uses its grading place. */
function sizeScale(loaded: Loaded): Array<{ size: string; value: number }> {
	const bySize = new Map<string, number[]>();
	for (const sku of loaded.skus) {
		const prior = sizeValue(sku.size);
		const value =
			sku.trueSize ??
			(prior === undefined
				? undefined
				: (prior - (loaded.priorMean ?? 0)) / (loaded.priorScale ?? 1));
		if (value === undefined) continue;
		bySize.set(sku.size, [...(bySize.get(sku.size) ?? []), value]);
	}
	return [...bySize]
		.map(([size, values]) => ({ size, value: values.reduce((a, b) => a + b, 0) / values.length }))
		.sort((a, b) => compareSizes(a.size, b.size));
}

/**
 * Recommends a size of a product for a customer: the size the latent model gives the highest
 * chance of fitting. The customer's true size comes from their own fit history, else from the
 * customers nearest in height and weight, else the product's best-selling size is returned
 * with low confidence. Returns `undefined` when the customer or product does not exist.
 * Each recommendation is recorded as a SizeRecommendation node.
 */
export async function recommendSize(
	graph: Graph,
	query: { customerId: string; productId: string },
	now = Date.now()
): Promise<SizeRecommendation | undefined> {
	const [loaded] = await graph.read<Loaded>(loadQuery, query);
	if (!loaded) return undefined;
	const scale = sizeScale(loaded);
	const purchases = loaded.purchases;
	const reason: SizeRecommendation['reason'] = { purchases: purchases.length };
	if (purchases[0])
		reason.lastPurchase = { ...purchases[0], productName: purchases[0].productName ?? '' };
	let trueSize = loaded.trueSize;
	let basis: RecommendationBasis = 'history';
	if (trueSize === null && loaded.heightCm !== null && loaded.weightKg !== null) {
		const [near] = await graph.read<{ trueSize: number | null; neighbours: number }>(
			neighboursQuery,
			{
				customerId: query.customerId,
				heightCm: loaded.heightCm,
				weightKg: loaded.weightKg,
				heightScale: HEIGHT_SCALE_CM,
				weightScale: WEIGHT_SCALE_KG,
				limit: NEIGHBOURS
			}
		);
		trueSize = near?.trueSize ?? null;
		basis = 'measurements';
		Object.assign(reason, {
			heightCm: loaded.heightCm,
			weightKg: loaded.weightKg,
			neighbours: near?.neighbours ?? 0
		});
	}
	let result: Pick<SizeRecommendation, 'size' | 'confidence' | 'sizes'> | undefined;
	if (trueSize !== null && loaded.b1 !== null && loaded.b2 !== null && scale.length) {
		const sizes = scale.map(({ size, value }) => ({
			size,
			...fitProbabilities(trueSize - value, loaded.b1 as number, loaded.b2 as number)
		}));
		const best = sizes.reduce((a, b) => (b.fit > a.fit ? b : a));
		result = { size: best.size, confidence: best.fit, sizes };
	} else {
		const [popular] = await graph.read<{ size: string }>(popularQuery, query);
		if (!popular) return undefined;
		basis = 'popular';
		result = { size: popular.size, confidence: 1 / Math.max(1, scale.length), sizes: [] };
	}
	const recommendation: SizeRecommendation = {
		recommendationId: randomUUID(),
		...query,
		...result,
		basis,
		reason
	};
	await graph.write(recordQuery, {
		...query,
		recommendationId: recommendation.recommendationId,
		at: now,
		size: recommendation.size,
		confidence: recommendation.confidence,
		basis
	});
	return recommendation;
}
