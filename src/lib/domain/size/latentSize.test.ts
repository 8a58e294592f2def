import { describe, expect, it } from 'vitest';
import type { Fit } from './feedback';
import { crossValidateFit } from './evaluate';
import { fitProbabilities, predictFit, trainLatentSize, type FitObservation } from './latentSize';

/**
 * Customers of true sizes 0–4 buy sizes near their own; a garment one step smaller than the
 * customer feels small. SKU "B-2" runs a full size small, so its buyers of size 2 say small.
 */
function syntheticSet(): FitObservation[] {
	const observations: FitObservation[] = [];
	let state = 7;
	const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
	for (let c = 0; c < 120; c += 1) {
		const trueSize = c % 5;
		for (let k = 0; k < 6; k += 1) {
			const product = k % 2 === 0 ? 'A' : 'B';
			const bought = Math.max(0, Math.min(4, trueSize + Math.round((next() - 0.5) * 2.4)));
			const skuId = `${product}-${bought}`;
			const realSize = skuId === 'B-2' ? bought - 1 : bought;
			const gap = trueSize - realSize;
			let fit: Fit = 'fit';
			if (gap >= 1) fit = 'small';
			if (gap <= -1) fit = 'large';
			observations.push({ customerId: `c${c}`, skuId, sizePrior: bought, fit });
		}
	}
	return observations;
}

describe('latent size model', () => {
	const observations = syntheticSet();

	it('learns that a faulty SKU runs small', () => {
		const model = trainLatentSize(observations);
		const faulty = model.sku.get('B-2') as number;
		const twin = model.sku.get('A-2') as number;
		expect(faulty).toBeLessThan(twin);
	});

	it('orders customers by their true size', () => {
		const model = trainLatentSize(observations);
		const mean = (size: number) => {
			const values = [...model.customer]
				.filter(([id]) => Number(id.slice(1)) % 5 === size)
				.map(([, u]) => u);
			return values.reduce((a, b) => a + b, 0) / values.length;
		};
		expect(mean(0)).toBeLessThan(mean(2));
		expect(mean(2)).toBeLessThan(mean(4));
	});

	it('predicts small for a big customer in the faulty SKU', () => {
		const model = trainLatentSize(observations);
		const scores = predictFit(model, { customerId: 'c2', skuId: 'B-2', sizePrior: 2 });
		expect(scores.small).toBeGreaterThan(scores.large);
	});

	it('beats the per-SKU baseline in cross-validation', () => {
		const result = crossValidateFit(observations, { folds: 5 });
		expect(result.model.average).toBeGreaterThan(0.8);
		expect(result.model.average).toBeGreaterThan(result.baseline.average as number);
	});

	it('gives probabilities that sum to one', () => {
		for (const d of [-3, -0.5, 0, 0.4, 3]) {
			const p = fitProbabilities(d, -0.5, 0.5);
			expect(p.small + p.fit + p.large).toBeCloseTo(1, 10);
		}
	});
});
