import type { CustomerRecord } from '../records/schemas';
import type { Random } from './random';
import type { Body } from './sizing';

export type Language = 'zh' | 'yue' | 'en';

export interface CustomerSim {
	record: CustomerRecord;
	/** The complete body; the record shares only what the customer filled in. */
	body: Body;
	/** The body as the customer believes it to be, which is what they size themselves by. */
	perceivedBody: Body;
	female: boolean;
	/** Chance that one of the customer's conversations is in Cantonese, English or Mandarin. */
	languageShares: Record<Language, number>;
	channel: string;
	/** Relative purchase frequency: a few loyal buyers place many orders. */
	activity: number;
	priority: boolean;
}

interface Region {
	name: string;
	weight: number;
	languageShares: Record<Language, number>;
	channels: readonly string[];
}

const MAINLAND = { zh: 0.985, yue: 0, en: 0.015 };

/**
 * Customer regions. Hong Kong and Macau buyers mostly write Cantonese and Guangdong buyers
 * sometimes, which together give roughly one conversation in ten in Cantonese.
 */
const REGIONS: readonly Region[] = [
	{
		name: '广东',
		weight: 22,
		languageShares: { zh: 0.86, yue: 0.13, en: 0.01 },
		channels: ['app', 'wechat']
	},
	{
		name: '香港',
		weight: 12,
		languageShares: { zh: 0.28, yue: 0.6, en: 0.12 },
		channels: ['whatsapp', 'app', 'web']
	},
	{
		name: '澳门',
		weight: 1,
		languageShares: { zh: 0.3, yue: 0.62, en: 0.08 },
		channels: ['whatsapp', 'app']
	},
	{
		name: '上海',
		weight: 9,
		languageShares: { zh: 0.97, yue: 0, en: 0.03 },
		channels: ['app', 'web', 'wechat']
	},
	{ name: '北京', weight: 7, languageShares: MAINLAND, channels: ['app', 'web', 'wechat'] },
	{ name: '浙江', weight: 8, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '江苏', weight: 7, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '福建', weight: 5, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '四川', weight: 5, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '湖北', weight: 4, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '山东', weight: 4, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '湖南', weight: 3, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '河南', weight: 3, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{
		name: '广西',
		weight: 2,
		languageShares: { zh: 0.95, yue: 0.04, en: 0.01 },
		channels: ['app', 'wechat']
	},
	{ name: '陕西', weight: 2, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '辽宁', weight: 2, languageShares: MAINLAND, channels: ['app', 'wechat'] },
	{ name: '天津', weight: 2, languageShares: MAINLAND, channels: ['app', 'web'] },
	{ name: '重庆', weight: 2, languageShares: MAINLAND, channels: ['app', 'wechat'] }
];

const PRIORITY_SHARE = 0.05;
const FEMALE_SHARE = 0.05;

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/**
 * Draws a body: height ~ N(173, 6) cm and BMI ~ N(23, 3) for men (N(161, 5.5) and
 * N(21.5, 2.8) for women), with girths and widths linear in height and BMI plus noise.
 */
export function drawBody(random: Random, female: boolean): Body {
	const heightCm = female
		? random.clampedNormal(161, 5.5, 145, 180)
		: random.clampedNormal(173, 6, 155, 195);
	const bmi = female
		? random.clampedNormal(21.5, 2.8, 16.5, 32)
		: random.clampedNormal(23, 3, 17, 36);
	const weightKg = bmi * (heightCm / 100) ** 2;
	const dh = heightCm - (female ? 161 : 173);
	const db = bmi - (female ? 21.5 : 23);
	const base = female
		? { chest: 84, waist: 68, hips: 92, shoulder: 38.5 }
		: { chest: 92, waist: 82, hips: 95, shoulder: 44 };
	return {
		heightCm: roundTo(heightCm, 1),
		weightKg: roundTo(weightKg, 0.5),
		chestCm: roundTo(base.chest + 0.25 * dh + 2 * db + random.normal(0, 2.5), 0.5),
		waistCm: roundTo(base.waist + 0.2 * dh + 2.8 * db + random.normal(0, 3), 0.5),
		hipsCm: roundTo(base.hips + 0.3 * dh + 2.2 * db + random.normal(0, 2.5), 0.5),
		shoulderCm: roundTo(base.shoulder + 0.18 * dh + 0.5 * db + random.normal(0, 1.2), 0.5),
		armCm: roundTo(59.5 + 0.3 * (heightCm - 170) + random.normal(0, 1.2), 0.5)
	};
}

/** Adds the error of a self-measurement: buyers know height and weight, girths only roughly. */
function perceive(random: Random, body: Body): Body {
	return {
		...body,
		chestCm: body.chestCm + random.normal(0, 1.5),
		waistCm: body.waistCm + random.normal(0, 1.5),
		shoulderCm: body.shoulderCm + random.normal(0, 1),
		armCm: body.armCm + random.normal(0, 1)
	};
}

/** Returns the body type a shop profile would show, from BMI. */
export function bodyTypeOf(body: Body): string {
	const bmi = body.weightKg / (body.heightCm / 100) ** 2;
	if (bmi < 18.5) return '偏瘦';
	if (bmi < 24) return '标准';
	if (bmi < 28) return '健壮';
	return '偏胖';
}

/**
 * Builds the record as a CRM export would have it: most customers gave height and weight,
 * fewer their chest and waist, fewest their hips.
 */
function customerRecord(
	random: Random,
	index: number,
	body: Body,
	region: string,
	priority: boolean
) {
	const record: CustomerRecord = {
		customerId: `C${String(index + 1).padStart(5, '0')}`,
		region,
		priority
	};
	if (random.chance(0.9)) {
		record.heightCm = body.heightCm;
		record.weightKg = body.weightKg;
		record.bodyType = bodyTypeOf(body);
	}
	if (random.chance(0.65)) {
		record.chestCm = body.chestCm;
		record.waistCm = body.waistCm;
	}
	if (random.chance(0.4)) record.hipsCm = body.hipsCm;
	return record;
}

export function buildCustomers(random: Random, count: number): CustomerSim[] {
	const regionWeights = REGIONS.map((region) => region.weight);
	const customers: CustomerSim[] = [];
	for (let index = 0; index < count; index++) {
		const female = random.chance(FEMALE_SHARE);
		const body = drawBody(random, female);
		const region = random.pickWeighted(REGIONS, regionWeights);
		const priority = random.chance(PRIORITY_SHARE);
		customers.push({
			record: customerRecord(random, index, body, region.name, priority),
			body,
			perceivedBody: perceive(random, body),
			female,
			languageShares: region.languageShares,
			channel: random.pick(region.channels),
			activity: random.logNormal(1, 0.9),
			priority
		});
	}
	return customers;
}

export function pickLanguage(random: Random, customer: CustomerSim): Language {
	const { zh, yue, en } = customer.languageShares;
	return random.pickWeighted<Language>(['zh', 'yue', 'en'], [zh, yue, en]);
}
