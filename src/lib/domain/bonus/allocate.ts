/** One claimant of a budget and its weight (points, active days, an award amount). */
export interface Claim {
	id: string;
	weight: number;
}

/** Weights are compared at this precision, so the split is exact integer arithmetic. */
const WEIGHT_SCALE = 1_000_000;

function scaledWeight(claim: Claim): bigint {
	if (!Number.isFinite(claim.weight) || claim.weight < 0) {
		throw new RangeError(`Invalid weight ${claim.weight} for ${claim.id}: use a number >= 0.`);
	}
	return BigInt(Math.round(claim.weight * WEIGHT_SCALE));
}

function compareIds(a: string, b: string): number {
	if (a < b) return -1;
	return a > b ? 1 : 0;
}

/**
 * Splits `budgetFen` in proportion to the weights by the largest-remainder (Hamilton) method:
 * everyone gets the floor of their exact quota, and the fen left over go one each to the
 * largest remainders, ties broken by id. The amounts add up to the budget exactly and none
 * is negative. Returns null when no claim has a positive weight (nothing to split by).
 */
export function allocateLargestRemainder(
	budgetFen: number,
	claims: readonly Claim[]
): Map<string, number> | null {
	if (!Number.isSafeInteger(budgetFen) || budgetFen < 0) {
		throw new RangeError(`Invalid budget ${budgetFen}: use a whole number of fen >= 0.`);
	}
	const weights = claims.map(scaledWeight);
	const total = weights.reduce((sum, weight) => sum + weight, 0n);
	if (total === 0n) return null;
	const budget = BigInt(budgetFen);
	const shares = claims.map((claim, index) => {
		const exact = budget * weights[index];
		return { id: claim.id, floor: exact / total, remainder: exact % total };
	});
	let left = budget - shares.reduce((sum, share) => sum + share.floor, 0n);
	const order = [...shares].sort((a, b) => {
		if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
		return compareIds(a.id, b.id);
	});
	for (const share of order) {
		if (left === 0n) break;
		share.floor += 1n;
		left -= 1n;
	}
	return new Map(shares.map((share) => [share.id, Number(share.floor)]));
}

/** Splits a budget into named parts by shares (e.g. 40/30/30), exactly, by largest remainder. */
export function splitByShares<K extends string>(
	budgetFen: number,
	shares: Record<K, number>
): Record<K, number> {
	const claims = Object.entries<number>(shares).map(([id, weight]) => ({ id, weight }));
	const parts = allocateLargestRemainder(budgetFen, claims);
	return Object.fromEntries(claims.map((claim) => [claim.id, parts?.get(claim.id) ?? 0])) as Record<
		K,
		number
	>;
}
