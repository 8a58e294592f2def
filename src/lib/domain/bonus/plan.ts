import { z } from 'zod';

/** Plan templates: how the period's pool is divided before it reaches agents. */
export const bonusTemplates = ['threeDimensions', 'guaranteedFloating'] as const;
export type BonusTemplate = (typeof bonusTemplates)[number];

const share = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1');
const fen = z.number().int('must be a whole number of fen').min(0, 'must not be negative');
const SHARE_TOLERANCE = 1e-9;

function sumsToOne(values: number[]): boolean {
	return Math.abs(values.reduce((sum, value) => sum + value, 0) - 1) < SHARE_TOLERANCE;
}

/** Three dimensions: base performance, innovation awards and customer rating. */
const threeDimensionsSchema = z
	.object({
		baseShare: share.default(0.4),
		innovationShare: share.default(0.3),
		ratingShare: share.default(0.3)
	})
	.refine((s) => sumsToOne([s.baseShare, s.innovationShare, s.ratingShare]), {
		message: 'baseShare + innovationShare + ratingShare must add up to 1'
	});

/**
 * Guaranteed plus floating: the guaranteed part is split by prorated headcount, the floating
 * part by KPI points (weights of FRT score, resolution rate and rating points).
 */
const guaranteedFloatingSchema = z
	.object({
		guaranteedShare: share.default(0.6),
		floatingShare: share.default(0.4),
		frtWeight: share.default(0.4),
		resolutionWeight: share.default(0.3),
		ratingWeight: share.default(0.3)
	})
	.refine((s) => sumsToOne([s.guaranteedShare, s.floatingShare]), {
		message: 'guaranteedShare + floatingShare must add up to 1'
	})
	.refine((s) => sumsToOne([s.frtWeight, s.resolutionWeight, s.ratingWeight]), {
		message: 'frtWeight + resolutionWeight + ratingWeight must add up to 1'
	});

/**
 * Base performance points: a weighted mean of the FRT score (0–100) and the resolution rate
 * (as 0–100). The FRT score of one conversation is 100 up to `fullMarksSeconds`, and each
 * started `stepSeconds` beyond it takes `stepPoints` off, never below 0.
 */
const baseSchema = z
	.object({
		frtWeight: share.default(0.7),
		resolutionWeight: share.default(0.3),
		fullMarksSeconds: z.number().int().min(0).default(30),
		stepSeconds: z.number().int().min(1, 'must be at least 1 second').default(10),
		stepPoints: z.number().min(0).max(100).default(2),
		/** The first response time that is scored: wall-clock, or only the staffed hours. */
		frtClock: z.enum(['calendar', 'businessHours']).default('calendar'),
		/** Staffed hours in shop time, start inclusive, end exclusive (24 = midnight). */
		businessHours: z
			.object({
				fromHour: z.number().int().min(0).max(23).default(9),
				toHour: z.number().int().min(1).max(24).default(24)
			})
			.refine((h) => h.fromHour < h.toHour, { message: 'fromHour must be before toHour' })
			.default({})
	})
	.refine((s) => sumsToOne([s.frtWeight, s.resolutionWeight]), {
		message: 'frtWeight + resolutionWeight must add up to 1'
	});

/** Customer rating: NPS from surveys that rate the agent, and the month's top agents. */
const ratingSchema = z.object({
	promoterMin: z.number().int().min(0).max(10).default(9),
	detractorMax: z.number().int().min(0).max(10).default(6),
	/** Fewer answers than this flag the agent's NPS as low-confidence on the statement. */
	minAnswers: z.number().int().min(1).default(30),
	topCount: z.number().int().min(0).default(10),
	/** Share of the rating budget reserved for the top agents, split equally among them. */
	topShare: share.default(0.2)
});

const innovationSchema = z.object({
	/**
	 * weekly: an award is paid on the Monday after it is registered; monthly: on the first day
	 * of the next month. A period's run pays the awards whose payout day falls in it.
	 */
	payout: z.enum(['weekly', 'monthly']).default('weekly')
});

const serviceHeroSchema = z.object({
	agentId: z.string().trim().min(1, 'must name an agent id'),
	amountFen: fen,
	reason: z.string().trim().max(200).default('')
});

/** Tops the pool up by a share of the period's order revenue above a baseline. */
const replenishmentSchema = z.object({
	revenueShare: share,
	monthlyBaselineFen: fen
});

export const bonusPlanSchema = z.object({
	template: z.enum(bonusTemplates).default('threeDimensions'),
	/** ¥2,000,000 a year by default; paid monthly, each month gets a twelfth in whole fen. */
	yearlyPoolFen: fen.default(200_000_000),
	threeDimensions: threeDimensionsSchema.default({}),
	guaranteedFloating: guaranteedFloatingSchema.default({}),
	base: baseSchema.default({}),
	rating: ratingSchema.default({}),
	innovation: innovationSchema.default({}),
	serviceHero: serviceHeroSchema.nullable().default(null),
	replenishment: replenishmentSchema.nullable().default(null)
});

export type BonusPlan = z.output<typeof bonusPlanSchema>;
export type BonusPlanInput = z.input<typeof bonusPlanSchema>;

export const defaultBonusPlan: BonusPlan = bonusPlanSchema.parse({});

/** A plan that failed validation, with every problem named by its field path. */
export class BonusPlanError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid bonus plan: ${problems.join('; ')}`);
		this.name = 'BonusPlanError';
	}
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
	let value = raw;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return value;
}

/** Validates a plan, reporting all problems at once with the field, the value and the rule. */
export function parseBonusPlan(raw: unknown): BonusPlan {
	const result = bonusPlanSchema.safeParse(raw);
	if (result.success) return result.data;
	throw new BonusPlanError(
		result.error.issues.map((issue) => {
			const field = issue.path.join('.') || 'plan';
			const value = valueAt(raw, issue.path);
			// Rules that span a section (shares adding up to 1) would print the whole section.
			const scalar = value === null || typeof value !== 'object';
			const shown = value === undefined || !scalar ? '' : ` (got ${JSON.stringify(value)})`;
			return `${field} ${issue.message}${shown}`;
		})
	);
}

/** Parses a command-line or form value: JSON when it parses (numbers, null, objects), else text. */
export function parsePlanValue(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * Returns a copy of the plan with the value at a dotted path replaced, validated. Unknown
 * paths are rejected, so a typo cannot be stored and silently ignored.
 */
export function setPlanValue(plan: BonusPlan, path: string, value: unknown): BonusPlan {
	const keys = path.split('.').filter(Boolean);
	if (keys.length === 0) throw new BonusPlanError([`path is empty: use e.g. yearlyPoolFen`]);
	const copy = structuredClone(plan) as Record<string, unknown>;
	let node: Record<string, unknown> = copy;
	// Keys under a section that was null (no service hero yet) are checked by the schema.
	let freshSection = false;
	for (const [index, key] of keys.entries()) {
		if (!freshSection && !Object.hasOwn(node, key)) {
			throw new BonusPlanError([`${path} is not a plan setting`]);
		}
		if (index === keys.length - 1) {
			node[key] = value;
			break;
		}
		if (node[key] === null && (key === 'serviceHero' || key === 'replenishment')) {
			node[key] = {};
			freshSection = true;
		}
		if (node[key] === null || typeof node[key] !== 'object') {
			throw new BonusPlanError([`${path} is not a plan setting`]);
		}
		node = node[key] as Record<string, unknown>;
	}
	return parseBonusPlan(copy);
}
