import { describe, expect, it } from 'vitest';
import { clusterComplaints, clusterSignal, wilsonLower, type Complaint } from './clusters';

function complaint(overrides: Partial<Complaint> & { feedbackId: string }): Complaint {
	return {
		size: 'L',
		fit: 'small',
		bodyPart: 'shoulder',
		phrases: ['肩宽不够'],
		source: 'return',
		...overrides
	};
}

function many(count: number, build: (i: number) => Partial<Complaint>): Complaint[] {
	return Array.from({ length: count }, (_, i) => complaint({ feedbackId: `f${i}`, ...build(i) }));
}

describe('clusterComplaints', () => {
	it('groups by size, direction and body part', () => {
		const complaints = [
			...many(6, (i) => ({ feedbackId: `a${i}`, heightCm: 178, weightKg: 75 })),
			...many(2, (i) => ({ feedbackId: `b${i}`, size: 'M', fit: 'large', bodyPart: 'sleeve' }))
		];
		const clusters = clusterComplaints({
			productId: 'P1',
			complaints,
			buyersBySize: new Map([
				['L', 40],
				['M', 50]
			])
		});
		expect(clusters.map((c) => [c.size, c.fit, c.bodyPart, c.count])).toEqual([
			['L', 'small', 'shoulder', 6],
			['M', 'large', 'sleeve', 2]
		]);
		expect(clusters[0].shareOfBuyers).toBe(6 / 40);
		expect(clusters[0].trusted).toBe(true);
		expect(clusters[1].trusted).toBe(false);
	});

	it('splits two distinct body types', () => {
		const complaints = many(20, (i) =>
			i < 10
				? { heightCm: 165 + (i % 3), weightKg: 55 + (i % 4) }
				: { heightCm: 185 + (i % 3), weightKg: 90 + (i % 4) }
		);
		const clusters = clusterComplaints({
			productId: 'P1',
			complaints,
			buyersBySize: new Map([['L', 100]])
		});
		expect(clusters).toHaveLength(2);
		expect(clusters.map((c) => c.heightCm?.[0]).sort()).toEqual([165, 185]);
	});

	it('keeps one cluster for one body type', () => {
		const complaints = many(20, (i) => ({ heightCm: 175 + (i % 5), weightKg: 70 + (i % 7) }));
		const clusters = clusterComplaints({
			productId: 'P1',
			complaints,
			buyersBySize: new Map([['L', 100]])
		});
		expect(clusters).toHaveLength(1);
		expect(clusters[0].heightCm).toEqual([175, 179]);
	});

	it('does not trust five complaints among thousands of buyers', () => {
		const clusters = clusterComplaints({
			productId: 'P1',
			complaints: many(5, () => ({})),
			buyersBySize: new Map([['L', 5000]])
		});
		expect(clusters[0].trusted).toBe(false);
	});
});

describe('clusterSignal', () => {
	it('states size, part, direction, body range and grading step', () => {
		const [cluster] = clusterComplaints({
			productId: 'P1',
			complaints: many(6, (i) => ({ heightCm: 175 + i, weightKg: 70 + i })),
			buyersBySize: new Map([['L', 30]]),
			gradingStepCm: { shoulder: 1.2 }
		});
		expect(clusterSignal(cluster)).toBe(
			'L: shoulder runs small for 6 customers (20% of L buyers), 176–180 cm, 71–75 kg; let out shoulder by about one grading step (1.2 cm)'
		);
	});
});

describe('wilsonLower', () => {
	it.each([
		[0, 10, 0],
		[5, 10, 0.2366],
		[74, 300, 0.2013]
	])('of %d in %d is %d', (hits, total, lower) => {
		expect(wilsonLower(hits, total)).toBeCloseTo(lower, 3);
	});
});
