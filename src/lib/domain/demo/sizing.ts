/**
 * Size grading and the fit model. Each size is cut for a reference body. A garment fits a
 * customer when, in every body part that matters for its category, the gap between the
 * customer's body and that reference stays within the part's tolerance. A planted fault
 * adds the real garment's deviation from its size chart to that gap.
 */

export const SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const;
export type Size = (typeof SIZES)[number];

export const BODY_PARTS = ['chest', 'waist', 'shoulder', 'sleeve', 'length'] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

export type Category = 'shirt' | 'jacket' | 'knitwear' | 'trousers';

/** Customer body, including the two parts (shoulder width, arm length) no export carries. */
export interface Body {
	heightCm: number;
	weightKg: number;
	chestCm: number;
	waistCm: number;
	hipsCm: number;
	shoulderCm: number;
	armCm: number;
}

export type GarmentPart = `${BodyPart}Cm`;
export type Measurements = Partial<Record<GarmentPart, number>>;

/** Centimetres added per size step, per category (the grading rule). */
export const GRADING_CM: Record<Category, Measurements> = {
	shirt: { chestCm: 4, waistCm: 4, lengthCm: 2, shoulderCm: 1.2, sleeveCm: 1.5 },
	jacket: { chestCm: 4, waistCm: 4, lengthCm: 2, shoulderCm: 1.2, sleeveCm: 1.5 },
	knitwear: { chestCm: 4, waistCm: 4, lengthCm: 2, shoulderCm: 1.2, sleeveCm: 1.5 },
	trousers: { waistCm: 4, lengthCm: 3 }
};

/** Body parts whose misfit makes a customer return or complain, per category. */
export const FIT_PARTS: Record<Category, readonly BodyPart[]> = {
	shirt: ['chest', 'shoulder', 'sleeve', 'length'],
	jacket: ['chest', 'shoulder', 'sleeve', 'length'],
	knitwear: ['chest', 'shoulder', 'sleeve', 'length'],
	trousers: ['waist', 'length']
};

/**
 * Tolerance in cm around the intended ease of each part before the garment feels wrong, in
 * the tight or short direction and in the loose or long one. Buyers put up with a loose
 * garment more readily than with a tight one.
 */
const TOLERANCE_CM: Record<BodyPart, { small: number; large: number }> = {
	chest: { small: 4, large: 6 },
	waist: { small: 3.5, large: 4.5 },
	shoulder: { small: 2.5, large: 4 },
	sleeve: { small: 3.5, large: 5 },
	length: { small: 4, large: 5.5 }
};

/** Trouser hems are shortened for free, so buyers accept more length than on tops. */
const TROUSER_LENGTH_TOLERANCE_CM = { small: 5, large: 9 };

/**
 * Reference body of size index 0 (S) and its change per size step. Height, chest and waist
 * follow the men's size series of GB/T 1335.1 (165/84A up to 185/100A).
 */
const REFERENCE_S = { chestCm: 84, waistCm: 72, shoulderCm: 42, armCm: 58, heightCm: 165 };
const REFERENCE_STEP = { chestCm: 4, waistCm: 4, shoulderCm: 1.2, armCm: 1.5, heightCm: 5 };

export function sizeIndex(size: Size): number {
	return SIZES.indexOf(size);
}

/** Returns the reference body part value of a size in cm; length uses height. */
function referenceCm(part: BodyPart, index: number): number {
	switch (part) {
		case 'chest':
			return REFERENCE_S.chestCm + index * REFERENCE_STEP.chestCm;
		case 'waist':
			return REFERENCE_S.waistCm + index * REFERENCE_STEP.waistCm;
		case 'shoulder':
			return REFERENCE_S.shoulderCm + index * REFERENCE_STEP.shoulderCm;
		case 'sleeve':
			return REFERENCE_S.armCm + index * REFERENCE_STEP.armCm;
		case 'length':
			return REFERENCE_S.heightCm + index * REFERENCE_STEP.heightCm;
	}
}

/** Returns the customer's value for a body part in the same unit as `referenceCm`. */
function bodyCm(body: Body, part: BodyPart): number {
	switch (part) {
		case 'chest':
			return body.chestCm;
		case 'waist':
			return body.waistCm;
		case 'shoulder':
			return body.shoulderCm;
		case 'sleeve':
			return body.armCm;
		case 'length':
			return body.heightCm;
	}
}

/** Grades a size-M measurement set to another size. */
export function gradeMeasurements(
	category: Category,
	baseM: Measurements,
	size: Size
): Measurements {
	const steps = sizeIndex(size) - 1;
	const graded: Measurements = {};
	for (const [part, value] of Object.entries(baseM) as Array<[GarmentPart, number]>) {
		const step = GRADING_CM[category][part] ?? 0;
		graded[part] = Math.round((value + steps * step) * 10) / 10;
	}
	return graded;
}

function toleranceOf(category: Category, part: BodyPart, deviationCm: number): number {
	const tolerance =
		category === 'trousers' && part === 'length' ? TROUSER_LENGTH_TOLERANCE_CM : TOLERANCE_CM[part];
	return deviationCm < 0 ? tolerance.small : tolerance.large;
}

export type FitVerdict = 'small' | 'fit' | 'large';

export interface FitOutcome {
	verdict: FitVerdict;
	/** The part furthest outside its tolerance, or the closest to it when everything fits. */
	bodyPart: BodyPart;
	/** Signed garment room beyond the intended ease in cm: negative is tight or short. */
	deviationCm: number;
	/** How far the deviation goes beyond the tolerance in cm; 0 when it fits. */
	excessCm: number;
	/** The deviation as a multiple of the part's tolerance; above 1 is a misfit. */
	toleranceRatio: number;
}

/**
 * Judges how a garment of `size` fits `body`. `actualOffsetCm` is how much the real garment
 * differs from its size chart (a planted fit fault), per part.
 */
export function judgeFit(
	category: Category,
	size: Size,
	body: Body,
	actualOffsetCm: Partial<Record<BodyPart, number>> = {}
): FitOutcome {
	const index = sizeIndex(size);
	let worst: FitOutcome | undefined;
	let worstRatio = -1;
	for (const part of FIT_PARTS[category]) {
		const gradeStep = GRADING_CM[category][`${part}Cm`] ?? 0;
		const bodyGap = referenceCm(part, index) - bodyCm(body, part);
		// Height is graded at 5 cm per size but garment length only by `gradeStep`, so
		// a height gap converts to garment centimetres at gradeStep / 5.
		const gapCm = part === 'length' ? (bodyGap * gradeStep) / REFERENCE_STEP.heightCm : bodyGap;
		const deviationCm = gapCm + (actualOffsetCm[part] ?? 0);
		const toleranceCm = toleranceOf(category, part, deviationCm);
		const ratio = Math.abs(deviationCm) / toleranceCm;
		if (ratio > worstRatio) {
			worstRatio = ratio;
			const excessCm = Math.max(0, Math.abs(deviationCm) - toleranceCm);
			let verdict: FitVerdict = 'fit';
			if (excessCm > 0) verdict = deviationCm < 0 ? 'small' : 'large';
			worst = { verdict, bodyPart: part, deviationCm, excessCm, toleranceRatio: ratio };
		}
	}
	return worst as FitOutcome;
}

/**
 * Returns the size index that the size chart suggests for a body: the one whose worst body
 * part sits closest to its intended ease. It ignores planted faults, because a size chart
 * shows the intended measurements, not a faulty batch.
 */
export function chartSize(category: Category, body: Body): number {
	let best = 0;
	let bestRatio = Infinity;
	SIZES.forEach((size, index) => {
		const { toleranceRatio } = judgeFit(category, size, body);
		if (toleranceRatio < bestRatio) {
			bestRatio = toleranceRatio;
			best = index;
		}
	});
	return best;
}
