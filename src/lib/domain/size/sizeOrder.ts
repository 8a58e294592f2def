/** Letter sizes in grading order; XS is one step below S. */
const LETTER_SIZES = ['XXXS', 'XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', 'XXXXL'];
const ALIASES: Record<string, string> = {
	'2XL': 'XXL',
	'3XL': 'XXXL',
	'4XL': 'XXXXL',
	'2XS': 'XXS',
	'X-LARGE': 'XL',
	'XX-LARGE': 'XXL',
	LARGE: 'L',
	MEDIUM: 'M',
	SMALL: 'S',
	'X-SMALL': 'XS'
};

/**
 * Places a size label on one ordered scale: letter sizes by their grading step, numeric
 * sizes (ModCloth's normalised 0–38, dress sizes, shoe sizes) by their number divided by
 * ten, so both scales keep their order. Returns `undefined` for a label it cannot place.
 */
export function sizeValue(size: string): number | undefined {
	const label = size.trim().toUpperCase();
	const letter = LETTER_SIZES.indexOf(ALIASES[label] ?? label);
	if (letter >= 0) return letter;
	const number = /^(\d+(?:\.\d+)?)/.exec(label);
	return number ? Number(number[1]) / 10 : undefined;
}

/** Sorts size labels in grading order, unknown labels last in text order. */
export function compareSizes(a: string, b: string): number {
	const va = sizeValue(a);
	const vb = sizeValue(b);
	if (va !== undefined && vb !== undefined && va !== vb) return va - vb;
	if (va === undefined && vb !== undefined) return 1;
	if (vb === undefined && va !== undefined) return -1;
	return a.localeCompare(b);
}
