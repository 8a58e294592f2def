import { kmeans } from 'ml-kmeans';
import { quantile } from 'simple-statistics';
import type { FeedbackSource, SizeBodyPart } from './feedback';

/**
 * Complaint clusters of one product. Method:
 * 1. Group the product's small and large feedback by (size, direction, body part); feedback
 *    without a body part forms its own group.
 * 2. Split a group of at least SPLIT_MIN_COUNT entries with height and weight by k-means
 *    (k = 2, on height and weight standardised within the group) when both halves keep at
 *    least TRUSTED_MIN_COUNT entries and the distance between the centres is at least
 *    SPLIT_MIN_SEPARATION times the root-mean-square distance of members to their centre. An
 *    even spread of bodies never passes that test, two separate body types do.
 * 3. A cluster is trusted when at least TRUSTED_MIN_COUNT distinct customers are behind it and
 *    the lower end of
 *    the Wilson 95% interval of its share of the size's buyers is at least TRUSTED_MIN_SHARE:
 *    a handful of complaints about a size that sold thousands is noise.
 */
export const SPLIT_MIN_COUNT = 12;
export const SPLIT_MIN_SEPARATION = 3;
export const TRUSTED_MIN_COUNT = 5;
export const TRUSTED_MIN_SHARE = 0.02;

export interface Complaint {
	feedbackId: string;
	/** Customer behind the entry; one purchase can bring a return, a review and a conversation. */
	customerId?: string;
	size: string;
	fit: 'small' | 'large';
	bodyPart?: SizeBodyPart;
	heightCm?: number;
	weightKg?: number;
	phrases: string[];
	source: FeedbackSource | string;
}

export interface ComplaintCluster {
	clusterId: string;
	productId: string;
	size: string;
	fit: 'small' | 'large';
	bodyPart?: SizeBodyPart;
	count: number;
	/** Distinct customers behind the entries (entries without a customer count one each). */
	customers: number;
	buyers: number;
	shareOfBuyers: number;
	heightCm?: [number, number];
	weightKg?: [number, number];
	typicalPhrases: string[];
	/** Garment grading step of the body part between neighbouring sizes, in cm, when known. */
	gradingStepCm?: number;
	trusted: boolean;
	feedbackIds: string[];
	/** Measured points of the members, for drawing the cluster outline. */
	points: Array<[number, number]>;
}

/** Lower end of the Wilson score interval at 95% for `hits` of `total`. */
export function wilsonLower(hits: number, total: number): number {
	if (total <= 0) return 0;
	const z = 1.96;
	const p = hits / total;
	const denominator = 1 + (z * z) / total;
	const centre = p + (z * z) / (2 * total);
	const margin = z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total));
	return Math.max(0, (centre - margin) / denominator);
}

const measured = (c: Complaint): c is Complaint & { heightCm: number; weightKg: number } =>
	c.heightCm !== undefined && c.weightKg !== undefined;

function standardise(values: number[]): number[] {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
	return values.map((v) => (v - mean) / sd);
}

/** Splits a group in two by body measurements, or returns it whole (see step 2). */
function splitByBody(group: Complaint[]): Complaint[][] {
	const withBody = group.filter(measured);
	if (withBody.length < SPLIT_MIN_COUNT) return [group];
	const heights = standardise(withBody.map((c) => c.heightCm));
	const weights = standardise(withBody.map((c) => c.weightKg));
	const data = heights.map((h, i) => [h, weights[i]]);
	const result = kmeans(data, 2, { seed: 42, initialization: 'kmeans++' });
	const [a, b] = result.centroids;
	const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
	let within = 0;
	data.forEach(([h, w], i) => {
		const centre = result.centroids[result.clusters[i]];
		within += (h - centre[0]) ** 2 + (w - centre[1]) ** 2;
	});
	const spread = Math.sqrt(within / data.length) || Number.EPSILON;
	const parts: Complaint[][] = [[], []];
	withBody.forEach((c, i) => parts[result.clusters[i]].push(c));
	const separate = distance / spread >= SPLIT_MIN_SEPARATION;
	if (!separate || parts.some((p) => p.length < TRUSTED_MIN_COUNT)) {
		return [group];
	}
	parts.sort((x, y) => y.length - x.length);
	parts[0].push(...group.filter((c) => !measured(c)));
	return parts;
}

function rangeOf(values: number[]): [number, number] | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	return [Math.round(quantile(sorted, 0.1)), Math.round(quantile(sorted, 0.9))];
}

function typicalPhrases(members: Complaint[], limit = 3): string[] {
	const counts = new Map<string, number>();
	for (const member of members)
		for (const phrase of new Set(member.phrases)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([phrase]) => phrase);
}

function distinctCustomers(members: Complaint[]): number {
	const ids = new Set(members.map((c) => c.customerId ?? `feedback:${c.feedbackId}`));
	return ids.size;
}

export interface ClusterInput {
	productId: string;
	complaints: readonly Complaint[];
	/** Distinct buyers per size; sizes without orders count their feedback givers instead. */
	buyersBySize: ReadonlyMap<string, number>;
	/** Grading step per body part in cm, from the product's size chart. */
	gradingStepCm?: Partial<Record<SizeBodyPart, number>>;
}

/** Groups a product's size complaints into clusters (method in the module comment). */
export function clusterComplaints(input: ClusterInput): ComplaintCluster[] {
	const groups = new Map<string, Complaint[]>();
	for (const complaint of input.complaints) {
		const key = `${complaint.size}|${complaint.fit}|${complaint.bodyPart ?? ''}`;
		const group = groups.get(key) ?? [];
		group.push(complaint);
		groups.set(key, group);
	}
	const clusters: ComplaintCluster[] = [];
	for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		const [size, fit, part] = key.split('|');
		const bodyPart = (part || undefined) as SizeBodyPart | undefined;
		splitByBody(group).forEach((members, index) => {
			const count = members.length;
			const customers = distinctCustomers(members);
			const buyers = Math.max(input.buyersBySize.get(size) ?? 0, distinctCustomers(group));
			const withBody = members.filter(measured);
			clusters.push({
				clusterId: `${input.productId}|${key}|${index}`,
				productId: input.productId,
				size,
				fit: fit as 'small' | 'large',
				bodyPart,
				count,
				customers,
				buyers,
				shareOfBuyers: customers / buyers,
				heightCm: rangeOf(withBody.map((c) => c.heightCm)),
				weightKg: rangeOf(withBody.map((c) => c.weightKg)),
				typicalPhrases: typicalPhrases(members),
				gradingStepCm: bodyPart ? input.gradingStepCm?.[bodyPart] : undefined,
				trusted:
					customers >= TRUSTED_MIN_COUNT && wilsonLower(customers, buyers) >= TRUSTED_MIN_SHARE,
				feedbackIds: members.map((c) => c.feedbackId).sort(),
				points: withBody.map((c) => [c.heightCm, c.weightKg])
			});
		});
	}
	return clusters.sort(
		(a, b) =>
			Number(b.trusted) - Number(a.trusted) ||
			b.count - a.count ||
			a.clusterId.localeCompare(b.clusterId)
	);
}

/**
 * The cluster's pattern-fix signal in a designer's words, in English; pages show the same
 * facts through their own translations.
 */
export function clusterSignal(cluster: ComplaintCluster): string {
	const part = cluster.bodyPart ?? 'overall size';
	const direction = cluster.fit === 'small' ? 'small' : 'large';
	const bodyRanges: string[] = [];
	if (cluster.heightCm) bodyRanges.push(`${cluster.heightCm[0]}–${cluster.heightCm[1]} cm`);
	if (cluster.weightKg) bodyRanges.push(`${cluster.weightKg[0]}–${cluster.weightKg[1]} kg`);
	const share = `${Math.round(cluster.shareOfBuyers * 100)}% of ${cluster.size} buyers`;
	let text = `${cluster.size}: ${part} runs ${direction} for ${cluster.customers} customers (${share})`;
	if (bodyRanges.length) text += `, ${bodyRanges.join(', ')}`;
	if (cluster.gradingStepCm) {
		const action = cluster.fit === 'small' ? 'let out' : 'take in';
		text += `; ${action} ${part} by about one grading step (${cluster.gradingStepCm} cm)`;
	}
	return text;
}
