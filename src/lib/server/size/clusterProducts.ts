import {
	clusterComplaints,
	clusterSignal,
	type Complaint,
	type ComplaintCluster
} from '../../domain/size/clusters.js';
import type { SizeBodyPart } from '../../domain/size/feedback.js';
import { compareSizes } from '../../domain/size/sizeOrder.js';
import type { Graph } from '../graph/graph.js';

/** Bump when the clustering method changes, so every product is clustered again. */
export const CLUSTER_VERSION = 'clusters-1';

const affectedProducts = `
MATCH (f:SizeFeedback)
WHERE coalesce(f.clusterVersion, '') <> $version
RETURN DISTINCT f.productId AS productId
ORDER BY productId`;

const productInput = `
MATCH (p:Product {productId: $productId})
CALL (p) {
  MATCH (f:SizeFeedback {productId: p.productId}) WHERE f.fit IN ['small', 'large']
  OPTIONAL MATCH (f)-[:GIVEN_BY]->(c:Customer)
  RETURN collect({feedbackId: f.feedbackId, customerId: c.customerId, size: f.size, fit: f.fit, bodyPart: f.bodyPart,
    heightCm: coalesce(f.heightCm, c.heightCm), weightKg: coalesce(f.weightKg, c.weightKg),
    phrases: coalesce(f.phrases, []), source: f.source}) AS complaints
}
CALL (p) {
  MATCH (f:SizeFeedback {productId: p.productId})
  RETURN count(f) AS feedback
}
CALL (p) {
  OPTIONAL MATCH (s:Sku)-[:OF]->(p)
  OPTIONAL MATCH (s)<-[:CONTAINS]-(:Order)-[:PLACED_BY]->(c:Customer)
  WITH s.size AS size, count(DISTINCT c) AS buyers
  WHERE size IS NOT NULL
  RETURN collect({size: size, buyers: buyers}) AS buyers
}
CALL (p) {
  OPTIONAL MATCH (s:Sku)-[:OF]->(p)
  WITH s.size AS size, avg(s.chestCm) AS chestCm, avg(s.waistCm) AS waistCm,
       avg(s.shoulderCm) AS shoulderCm, avg(s.sleeveCm) AS sleeveCm, avg(s.lengthCm) AS lengthCm
  WHERE size IS NOT NULL
  RETURN collect({size: size, chest: chestCm, waist: waistCm, shoulder: shoulderCm,
    sleeve: sleeveCm, length: lengthCm}) AS chart
}
RETURN complaints, feedback, buyers, chart`;

const saveClusters = `
MATCH (p:Product {productId: $productId})
OPTIONAL MATCH (old:ComplaintCluster {productId: $productId})
DETACH DELETE old
WITH DISTINCT p
SET p.sizeFeedbackCount = toInteger($feedback), p.sizeComplainantCount = toInteger($complaints),
    p.sizeBuyerCount = toInteger($buyers),
    p.sizeComplaintRate = CASE WHEN $buyers = 0 THEN null ELSE toFloat($complaints) / $buyers END
WITH p
CALL (p) {
  UNWIND $clusters AS row
  CREATE (k:ComplaintCluster {clusterId: row.clusterId})
  SET k.productId = row.productId, k.size = row.size, k.fit = row.fit, k.bodyPart = row.bodyPart,
      k.count = toInteger(row.count), k.customers = toInteger(row.customers), k.buyers = toInteger(row.buyers),
      k.shareOfBuyers = row.shareOfBuyers, k.heightCmMin = row.heightMin,
      k.heightCmMax = row.heightMax, k.weightKgMin = row.weightMin, k.weightKgMax = row.weightMax,
      k.typicalPhrases = row.typicalPhrases, k.signal = row.signal, k.trusted = row.trusted,
      k.gradingStepCm = row.gradingStepCm, k.hull = row.hull
  CREATE (k)-[:OF]->(p)
  WITH k, row
  UNWIND row.feedbackIds AS feedbackId
  MATCH (f:SizeFeedback {feedbackId: feedbackId})
  CREATE (f)-[:IN_CLUSTER]->(k)
}
WITH p
MATCH (f:SizeFeedback {productId: $productId})
SET f.clusterVersion = $version`;

type ChartRow = { size: string } & Partial<Record<SizeBodyPart, number | null>>;

/** Median difference of a garment measurement between neighbouring sizes, in cm. */
export function gradingSteps(chart: ChartRow[]): Partial<Record<SizeBodyPart, number>> {
	const sorted = [...chart].sort((a, b) => compareSizes(a.size, b.size));
	const steps: Partial<Record<SizeBodyPart, number>> = {};
	for (const part of ['chest', 'waist', 'shoulder', 'sleeve', 'length'] as const) {
		const diffs: number[] = [];
		for (let i = 1; i < sorted.length; i += 1) {
			const a = sorted[i - 1][part];
			const b = sorted[i][part];
			if (typeof a === 'number' && typeof b === 'number' && b > a) diffs.push(b - a);
		}
		if (diffs.length === 0) continue;
		diffs.sort((x, y) => x - y);
		steps[part] = Math.round(diffs[Math.floor(diffs.length / 2)] * 10) / 10;
	}
	return steps;
}

/** Flattens the points into a "h,w;h,w" outline, the convex hull the page draws. */
function clusterRow(cluster: ComplaintCluster) {
	const { points, heightCm, weightKg, ...rest } = cluster;
	return {
		...rest,
		bodyPart: cluster.bodyPart ?? null,
		gradingStepCm: cluster.gradingStepCm ?? null,
		heightMin: heightCm?.[0] ?? null,
		heightMax: heightCm?.[1] ?? null,
		weightMin: weightKg?.[0] ?? null,
		weightMax: weightKg?.[1] ?? null,
		hull: points.map(([h, w]) => `${h},${w}`).join(';'),
		signal: clusterSignal(cluster)
	};
}

interface ProductInput {
	complaints: Array<
		Omit<Complaint, 'customerId' | 'bodyPart' | 'heightCm' | 'weightKg'> & {
			customerId: string | null;
			bodyPart: Complaint['bodyPart'] | null;
			heightCm: number | null;
			weightKg: number | null;
		}
	>;
	feedback: number;
	buyers: Array<{ size: string; buyers: number }>;
	chart: ChartRow[];
}

/** Clusters one product's complaints again and replaces its clusters. */
export async function clusterProduct(graph: Graph, productId: string): Promise<number> {
	const [input] = await graph.read<ProductInput>(productInput, { productId });
	if (!input) return 0;
	const complaints: Complaint[] = input.complaints.map((c) => ({
		...c,
		customerId: c.customerId ?? undefined,
		bodyPart: c.bodyPart ?? undefined,
		heightCm: c.heightCm ?? undefined,
		weightKg: c.weightKg ?? undefined
	}));
	const buyersBySize = new Map(input.buyers.map((b) => [b.size, b.buyers]));
	const clusters = clusterComplaints({
		productId,
		complaints,
		buyersBySize,
		gradingStepCm: gradingSteps(input.chart)
	});
	const orderBuyers = input.buyers.reduce((sum, b) => sum + b.buyers, 0);
	await graph.write(saveClusters, {
		productId,
		clusters: clusters.map(clusterRow),
		feedback: input.feedback,
		complaints: new Set(complaints.map((c) => c.customerId ?? c.feedbackId)).size,
		buyers: Math.max(orderBuyers, input.feedback),
		version: CLUSTER_VERSION
	});
	return clusters.length;
}

/** Re-clusters every product with new or changed feedback; returns how many products. */
export async function clusterAffectedProducts(graph: Graph): Promise<number> {
	const products = await graph.read<{ productId: string }>(affectedProducts, {
		version: CLUSTER_VERSION
	});
	for (const { productId } of products) await clusterProduct(graph, productId);
	return products.length;
}
