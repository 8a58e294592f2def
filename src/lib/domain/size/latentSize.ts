import { mulberry32 } from '../random';
import type { Fit } from './feedback';
import type { FitScores } from './auc';

/**
 * Latent "true size" model after Sembium et al. (2017, "Recommending product sizes to
 * customers", RecSys) in the one-latent-variable form that Misra, Wan and McAuley (RecSys
 * 2018) call 1-LV. Each customer has a true size u and each product size (SKU) a true size v.
 * With d = u − v (how much bigger the customer is than the garment), an ordinal logistic model
 * with thresholds b1 < b2 gives
 *   P(large) = σ(b1 − d),  P(small) = σ(d − b2),  P(fit) = σ(d − b1) − σ(d − b2).
 * Training is SGD on the negative log-likelihood with L2 pulls: v toward the size label's place
 * on the grading scale, u toward the mean place of the sizes the customer bought. Those priors
 * are what a customer or SKU with little feedback falls back to.
 */

export interface FitObservation {
	customerId: string;
	skuId: string;
	/** The SKU's place on the grading scale (see `sizeValue`). */
	sizePrior: number;
	fit: Fit;
	/** Weight of the observation in the loss; 1 unless the label is weaker (a kept order). */
	weight?: number;
}

export interface LatentSizeOptions {
	epochs?: number;
	learningRate?: number;
	/** L2 strength of the pull toward the priors. */
	l2?: number;
	seed?: number;
}

export interface LatentSizeModel {
	customer: Map<string, number>;
	sku: Map<string, number>;
	b1: number;
	b2: number;
	/** Mean and spread used to put size priors on the model's scale. */
	priorMean: number;
	priorScale: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function scaleOf(values: number[]): { mean: number; scale: number } {
	const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
	const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length);
	return { mean, scale: Math.sqrt(variance) || 1 };
}

/** Class probabilities for a customer–garment gap d = u − v. */
export function fitProbabilities(d: number, b1: number, b2: number): FitScores {
	const above1 = sigmoid(d - b1);
	const above2 = sigmoid(d - b2);
	return { large: 1 - above1, fit: Math.max(0, above1 - above2), small: above2 };
}

/** Gradient of the negative log-likelihood with respect to d, b1 and b2. */
function gradient(fit: Fit, d: number, b1: number, b2: number) {
	const a = sigmoid(d - b1);
	const b = sigmoid(d - b2);
	if (fit === 'small') return { d: -(1 - b), b1: 0, b2: 1 - b };
	if (fit === 'large') return { d: a, b1: -a, b2: 0 };
	const p = Math.max(1e-9, a - b);
	const da = a * (1 - a);
	const db = b * (1 - b);
	return { d: -(da - db) / p, b1: da / p, b2: -db / p };
}

interface Priors {
	customer: Map<string, number>;
	sku: Map<string, number>;
}

function priorsOf(observations: readonly FitObservation[], mean: number, scale: number): Priors {
	const sku = new Map<string, number>();
	const sums = new Map<string, { total: number; count: number }>();
	for (const o of observations) {
		const value = (o.sizePrior - mean) / scale;
		sku.set(o.skuId, value);
		const sum = sums.get(o.customerId) ?? { total: 0, count: 0 };
		sum.total += value;
		sum.count += 1;
		sums.set(o.customerId, sum);
	}
	const customer = new Map([...sums].map(([id, s]) => [id, s.total / s.count]));
	return { customer, sku };
}

/** Fits the latent sizes and thresholds to the observations. */
export function trainLatentSize(
	observations: readonly FitObservation[],
	options: LatentSizeOptions = {}
): LatentSizeModel {
	const epochs = options.epochs ?? 40;
	const rate = options.learningRate ?? 0.05;
	const l2 = options.l2 ?? 0.05;
	const random = mulberry32(options.seed ?? 1);
	const { mean, scale } = scaleOf(observations.map((o) => o.sizePrior));
	const priors = priorsOf(observations, mean, scale);
	const customer = new Map(priors.customer);
	const sku = new Map(priors.sku);
	let b1 = -0.5;
	let gap = Math.log(1);
	const order = observations.map((_, index) => index);

	for (let epoch = 0; epoch < epochs; epoch += 1) {
		for (let i = order.length - 1; i > 0; i -= 1) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		const step = rate / (1 + epoch * 0.05);
		for (const index of order) {
			const o = observations[index];
			const weight = o.weight ?? 1;
			const u = customer.get(o.customerId) as number;
			const v = sku.get(o.skuId) as number;
			const b2 = b1 + Math.exp(gap);
			const g = gradient(o.fit, u - v, b1, b2);
			const uPrior = priors.customer.get(o.customerId) as number;
			const vPrior = priors.sku.get(o.skuId) as number;
			customer.set(o.customerId, u - step * (weight * g.d + l2 * (u - uPrior)));
			sku.set(o.skuId, v - step * (-weight * g.d + l2 * (v - vPrior)));
			b1 -= step * weight * (g.b1 + g.b2);
			gap -= step * weight * g.b2 * Math.exp(gap);
		}
	}
	return { customer, sku, b1, b2: b1 + Math.exp(gap), priorMean: mean, priorScale: scale };
}

/** The model's scale value of a size prior, for SKUs the model has not seen. */
export function scaledPrior(model: LatentSizeModel, sizePrior: number): number {
	return (sizePrior - model.priorMean) / model.priorScale;
}

/**
 * Predicts class probabilities for one customer and SKU. A customer or SKU without feedback
 * falls back to the prior: the SKU's own size for both, so an unseen pair predicts from the
 * thresholds alone, or `customerSize` when the caller estimated it another way.
 */
export function predictFit(
	model: LatentSizeModel,
	query: { customerId: string; skuId: string; sizePrior: number; customerSize?: number }
): FitScores {
	const v = model.sku.get(query.skuId) ?? scaledPrior(model, query.sizePrior);
	const u =
		model.customer.get(query.customerId) ??
		query.customerSize ??
		scaledPrior(model, query.sizePrior);
	return fitProbabilities(u - v, model.b1, model.b2);
}
