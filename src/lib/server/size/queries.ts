import type { Graph } from '../graph/graph.js';

export interface SizeProductRow {
	productId: string;
	name: string | null;
	category: string | null;
	feedback: number;
	complainants: number;
	buyers: number;
	complaintRate: number | null;
	trustedClusters: number;
	topSignal: string | null;
}

/** Products with size feedback, ranked by the share of buyers who complained about size. */
export async function listSizeProducts(graph: Graph, limit = 500): Promise<SizeProductRow[]> {
	return graph.read<SizeProductRow>(
		`MATCH (p:Product) WHERE p.sizeFeedbackCount > 0
		 CALL (p) {
		   OPTIONAL MATCH (k:ComplaintCluster {productId: p.productId, trusted: true})
		   WITH k ORDER BY k.count DESC
		   RETURN count(k) AS trustedClusters, collect(k.signal)[0] AS topSignal
		 }
		 RETURN p.productId AS productId, p.name AS name, p.category AS category,
		        p.sizeFeedbackCount AS feedback, p.sizeComplainantCount AS complainants,
		        p.sizeBuyerCount AS buyers, p.sizeComplaintRate AS complaintRate,
		        trustedClusters, topSignal
		 ORDER BY complaintRate DESC, feedback DESC, productId
		 LIMIT toInteger($limit)`,
		{ limit }
	);
}

export interface HeatmapCell {
	size: string;
	fit: 'small' | 'fit' | 'large';
	count: number;
}

export interface FeedbackPoint {
	feedbackId: string;
	size: string;
	fit: 'small' | 'fit' | 'large';
	bodyPart: string | null;
	heightCm: number;
	weightKg: number;
}

export interface Evidence {
	feedbackId: string;
	source: string;
	text: string | null;
	at: number | null;
	conversationId: string | null;
	returnId: string | null;
	reviewId: string | null;
}

export interface ClusterCard {
	clusterId: string;
	size: string;
	fit: 'small' | 'large';
	bodyPart: string | null;
	count: number;
	customers: number;
	buyers: number;
	shareOfBuyers: number;
	heightCmMin: number | null;
	heightCmMax: number | null;
	weightKgMin: number | null;
	weightKgMax: number | null;
	typicalPhrases: string[];
	signal: string;
	trusted: boolean;
	gradingStepCm: number | null;
	points: Array<[number, number]>;
	evidence: Evidence[];
}

export interface ProductSize {
	productId: string;
	name: string | null;
	category: string | null;
	heatmap: HeatmapCell[];
	points: FeedbackPoint[];
	clusters: ClusterCard[];
}

/** Returns the size view of one product, or `undefined` when the product does not exist. */
export async function productSize(
	graph: Graph,
	productId: string,
	evidencePerCluster = 20
): Promise<ProductSize | undefined> {
	const [product] = await graph.read<{
		productId: string;
		name: string | null;
		category: string | null;
	}>(
		`MATCH (p:Product {productId: $productId})
		 RETURN p.productId AS productId, p.name AS name, p.category AS category`,
		{ productId }
	);
	if (!product) return undefined;
	const heatmap = await graph.read<HeatmapCell>(
		`MATCH (f:SizeFeedback {productId: $productId})
		 RETURN f.size AS size, f.fit AS fit, count(*) AS count`,
		{ productId }
	);
	const points = await graph.read<FeedbackPoint>(
		`MATCH (f:SizeFeedback {productId: $productId})
		 OPTIONAL MATCH (f)-[:GIVEN_BY]->(c:Customer)
		 WITH f, coalesce(f.heightCm, c.heightCm) AS heightCm, coalesce(f.weightKg, c.weightKg) AS weightKg
		 WHERE heightCm IS NOT NULL AND weightKg IS NOT NULL
		 RETURN f.feedbackId AS feedbackId, f.size AS size, f.fit AS fit, f.bodyPart AS bodyPart,
		        heightCm, weightKg
		 ORDER BY feedbackId LIMIT 5000`,
		{ productId }
	);
	const rows = await graph.read<Omit<ClusterCard, 'points'> & { hull: string | null }>(
		`MATCH (k:ComplaintCluster {productId: $productId})
		 CALL (k) {
		   MATCH (f:SizeFeedback)-[:IN_CLUSTER]->(k)
		   OPTIONAL MATCH (f)-[:FROM]->(src)
		   WITH f, src ORDER BY f.at DESC
		   RETURN collect({feedbackId: f.feedbackId, source: f.source, text: f.text, at: f.at,
		     conversationId: src.conversationId, returnId: src.returnId,
		     reviewId: src.reviewId})[0..toInteger($limit)] AS evidence
		 }
		 RETURN k.clusterId AS clusterId, k.size AS size, k.fit AS fit, k.bodyPart AS bodyPart,
		        k.count AS count, k.customers AS customers, k.buyers AS buyers,
		        k.shareOfBuyers AS shareOfBuyers, k.heightCmMin AS heightCmMin,
		        k.heightCmMax AS heightCmMax, k.weightKgMin AS weightKgMin,
		        k.weightKgMax AS weightKgMax, coalesce(k.typicalPhrases, []) AS typicalPhrases,
		        k.signal AS signal, k.trusted AS trusted, k.gradingStepCm AS gradingStepCm,
		        k.hull AS hull, evidence
		 ORDER BY k.trusted DESC, k.count DESC, k.clusterId`,
		{ productId, limit: evidencePerCluster }
	);
	const clusters = rows.map(({ hull, ...cluster }) => ({
		...cluster,
		points: (hull ?? '')
			.split(';')
			.filter(Boolean)
			.map((pair) => pair.split(',').map(Number) as [number, number])
	}));
	return { ...product, heatmap, points, clusters };
}
