/**
 * Parsers for the body measurements that fit-feedback exports write in shop units: feet and
 * inches, pounds, bra sizes. Each returns metric units, or `undefined` when the text is not a
 * measurement it recognises, so the caller can reject the value by name.
 */

const CM_PER_INCH = 2.54;
const KG_PER_POUND = 0.45359237;

const round1 = (value: number) => Math.round(value * 10) / 10;

function inRange(value: number, min: number, max: number): number | undefined {
	return Number.isFinite(value) && value >= min && value <= max ? round1(value) : undefined;
}

/**
 * Parses a height: `5' 6"`, `5'6`, `5ft 6in`, `5 ft`, `168cm`, `1.68 m` or a bare number
 * (centimetres when above 100, otherwise inches). Returns centimetres between 50 and 250.
 */
export function parseHeightCm(text: string | number | undefined): number | undefined {
	if (text === undefined) return undefined;
	const value = String(text).trim().toLowerCase();
	const feet =
		/^(\d+(?:\.\d+)?)\s*(?:'|′|ft|feet|foot)\s*(?:(\d+(?:\.\d+)?)\s*(?:"|″|''|in|inch|inches)?)?$/.exec(
			value
		);
	if (feet) {
		const inches = Number(feet[1]) * 12 + Number(feet[2] ?? 0);
		return inRange(inches * CM_PER_INCH, 50, 250);
	}
	const metric = /^(\d+(?:\.\d+)?)\s*(cm|m|in|inch|inches|"|″)?$/.exec(value);
	if (!metric) return undefined;
	const number = Number(metric[1]);
	let unit = metric[2];
	if (unit === undefined) {
		if (number > 100) unit = 'cm';
		else if (number < 3) unit = 'm';
		else unit = 'in';
	}
	if (unit === 'cm') return inRange(number, 50, 250);
	if (unit === 'm') return inRange(number * 100, 50, 250);
	return inRange(number * CM_PER_INCH, 50, 250);
}

/** Parses a weight: `137lbs`, `137 lb`, `62kg`, `62.5 kg` or `9 st`. Returns kilograms 20–300. */
export function parseWeightKg(text: string | number | undefined): number | undefined {
	if (text === undefined) return undefined;
	const match = /^(\d+(?:\.\d+)?)\s*(lbs?|pounds?|kg|kgs|kilos?|st|stone|公斤|斤)?$/.exec(
		String(text).trim().toLowerCase()
	);
	if (!match) return undefined;
	const number = Number(match[1]);
	const unit = match[2];
	if (unit === undefined) return undefined;
	if (unit.startsWith('lb') || unit.startsWith('pound'))
		return inRange(number * KG_PER_POUND, 20, 300);
	if (unit === 'st' || unit === 'stone') return inRange(number * 14 * KG_PER_POUND, 20, 300);
	// A jin (斤) is half a kilogram.
	if (unit === '斤') return inRange(number / 2, 20, 300);
	return inRange(number, 20, 300);
}

/** Parses a body circumference in inches (`29`, `29in`) or centimetres (`74cm`). */
export function parseCircumferenceCm(text: string | number | undefined): number | undefined {
	if (text === undefined) return undefined;
	const match = /^(\d+(?:\.\d+)?)\s*(cm|in|inch|inches|")?$/.exec(
		String(text).trim().toLowerCase()
	);
	if (!match) return undefined;
	const number = Number(match[1]);
	const unit = match[2] ?? (number >= 50 ? 'cm' : 'in');
	return inRange(unit === 'cm' ? number : number * CM_PER_INCH, 40, 200);
}

/**
 * Cup letters in US sizing, each one inch more of bust over the band. DD and E are the same
 * cup, as are DDD and F in most US charts.
 */
const CUP_INCHES: Record<string, number> = {
	aa: 0,
	a: 1,
	b: 2,
	c: 3,
	d: 4,
	dd: 5,
	e: 5,
	ddd: 6,
	f: 6,
	g: 7,
	h: 8,
	i: 9,
	j: 10,
	k: 11
};

export interface BraSize {
	bandInches: number;
	cup: string;
	/** Full bust: band plus one inch per cup step, in centimetres. */
	bustCm: number;
}

/**
 * Parses a US bra size such as `34d`, `34DD`, `36 ddd/f` or RentTheRunway's `34d+`, where the
 * plus means a cup above the letter (d+ is DD).
 */
export function parseBraSize(text: string | undefined): BraSize | undefined {
	if (text === undefined) return undefined;
	const match = /^(\d{2})\s*([a-k]{1,3})(\+?)(?:\/[a-k]{1,3})?$/.exec(text.trim().toLowerCase());
	if (!match) return undefined;
	const bandInches = Number(match[1]);
	const letterInches = CUP_INCHES[match[2]];
	const cupInches = letterInches === undefined ? undefined : letterInches + (match[3] ? 1 : 0);
	if (cupInches === undefined || bandInches < 26 || bandInches > 56) return undefined;
	return {
		bandInches,
		cup: match[2].toUpperCase() + match[3],
		bustCm: round1((bandInches + cupInches) * CM_PER_INCH)
	};
}
