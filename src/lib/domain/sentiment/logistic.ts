import { mulberry32 } from '../random';

/**
 * Binary logistic regression over dense feature vectors. Features are standardised with the
 * training mean and standard deviation, and both are stored in the model so prediction applies
 * the same transform.
 */

export interface LogisticModel {
	mean: number[];
	scale: number[];
	weights: number[];
	bias: number;
}

export interface TrainOptions {
	/** L2 penalty on the weights (not the bias), per example. */
	l2?: number;
	epochs?: number;
	batchSize?: number;
	learningRate?: number;
	/** Per-example weights, e.g. to balance classes or corpora; default 1 each. */
	sampleWeights?: number[];
	/** Seed of the shuffle, so the same data gives the same model. */
	seed?: number;
}

type Vector = ArrayLike<number>;

/** Returns P(y = 1 | x). */
export function predictProbability(model: LogisticModel, x: Vector): number {
	return sigmoid(linearScore(model, x));
}

export function linearScore(model: LogisticModel, x: Vector): number {
	if (x.length !== model.weights.length) {
		throw new Error(
			`Feature vector has ${x.length} values but the model expects ${model.weights.length}; ` +
				'use the encoder the model was trained with.'
		);
	}
	let z = model.bias;
	for (let i = 0; i < x.length; i++)
		z += (model.weights[i] * (x[i] - model.mean[i])) / model.scale[i];
	return z;
}

export function sigmoid(z: number): number {
	return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Fits the model with mini-batch Adam on the weighted, L2-penalised log loss. */
export function trainLogistic(
	xs: Vector[],
	ys: number[],
	options: TrainOptions = {}
): LogisticModel {
	checkTrainingSet(xs, ys, options.sampleWeights);
	const { mean, scale } = standardisation(xs);
	const standardised = xs.map((x) => Float64Array.from(x, (v, i) => (v - mean[i]) / scale[i]));
	const { weights, bias } = fitStandardised(standardised, ys, options);
	return { mean, scale, weights, bias };
}

function checkTrainingSet(xs: Vector[], ys: number[], sampleWeights?: number[]): void {
	if (xs.length === 0)
		throw new Error('Training set is empty; give at least one example per class.');
	if (xs.length !== ys.length) {
		throw new Error(`Got ${xs.length} feature vectors but ${ys.length} labels; they must match.`);
	}
	if (sampleWeights && sampleWeights.length !== ys.length) {
		throw new Error(`Got ${sampleWeights.length} sample weights for ${ys.length} examples.`);
	}
	const bad = ys.find((y) => y !== 0 && y !== 1);
	if (bad !== undefined) throw new Error(`Label ${bad} is not 0 or 1.`);
	if (!ys.includes(0) || !ys.includes(1)) {
		throw new Error('Training set has only one class; logistic regression needs both 0 and 1.');
	}
}

/** Returns the per-feature mean and standard deviation; a constant feature gets scale 1. */
export function standardisation(xs: Vector[]): { mean: number[]; scale: number[] } {
	const dims = xs[0].length;
	const mean = new Array<number>(dims).fill(0);
	const square = new Array<number>(dims).fill(0);
	for (const x of xs) {
		for (let i = 0; i < dims; i++) {
			mean[i] += x[i];
			square[i] += x[i] * x[i];
		}
	}
	const scale = mean.map((sum, i) => {
		const m = sum / xs.length;
		mean[i] = m;
		const sd = Math.sqrt(Math.max(square[i] / xs.length - m * m, 0));
		return sd > 1e-12 ? sd : 1;
	});
	return { mean, scale };
}

function fitStandardised(xs: Float64Array[], ys: number[], options: TrainOptions) {
	const { l2 = 1e-3, epochs = 40, batchSize = 256, learningRate = 0.01, seed = 1 } = options;
	const sampleWeights = normalisedWeights(ys.length, options.sampleWeights);
	const dims = xs[0].length;
	const params = new Float64Array(dims + 1); // last entry is the bias
	const adam = createAdam(dims + 1, learningRate);
	const order = Array.from(ys, (_, i) => i);
	const random = mulberry32(seed);
	for (let epoch = 0; epoch < epochs; epoch++) {
		shuffle(order, random);
		for (let start = 0; start < order.length; start += batchSize) {
			const batch = order.slice(start, start + batchSize);
			adam.step(params, batchGradient(params, xs, ys, sampleWeights, batch, l2));
		}
	}
	return { weights: Array.from(params.subarray(0, dims)), bias: params[dims] };
}

function normalisedWeights(count: number, weights?: number[]): Float64Array {
	if (!weights) return new Float64Array(count).fill(1);
	const mean = weights.reduce((a, b) => a + b, 0) / count;
	if (!(mean > 0)) throw new Error(`Sample weights must be positive; their mean is ${mean}.`);
	return Float64Array.from(weights, (w) => w / mean);
}

function batchGradient(
	params: Float64Array,
	xs: Float64Array[],
	ys: number[],
	sampleWeights: Float64Array,
	batch: number[],
	l2: number
): Float64Array {
	const dims = params.length - 1;
	const gradient = new Float64Array(params.length);
	for (const row of batch) {
		const x = xs[row];
		let z = params[dims];
		for (let i = 0; i < dims; i++) z += params[i] * x[i];
		const error = (sigmoid(z) - ys[row]) * sampleWeights[row];
		for (let i = 0; i < dims; i++) gradient[i] += error * x[i];
		gradient[dims] += error;
	}
	for (let i = 0; i <= dims; i++) gradient[i] /= batch.length;
	for (let i = 0; i < dims; i++) gradient[i] += l2 * params[i];
	return gradient;
}

/** Adam optimiser (Kingma and Ba, 2015) with the paper's default betas. */
function createAdam(size: number, learningRate: number) {
	const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
	const m = new Float64Array(size);
	const v = new Float64Array(size);
	let t = 0;
	return {
		step(params: Float64Array, gradient: Float64Array): void {
			t++;
			const correction1 = 1 - beta1 ** t;
			const correction2 = 1 - beta2 ** t;
			for (let i = 0; i < size; i++) {
				m[i] = beta1 * m[i] + (1 - beta1) * gradient[i];
				v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i];
				const step = m[i] / correction1 / (Math.sqrt(v[i] / correction2) + epsilon);
				params[i] -= learningRate * step;
			}
		}
	};
}

export { mulberry32 };

export function shuffle<T>(items: T[], random: () => number): void {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
}
