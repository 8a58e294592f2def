import { BonusPlanError, parseBonusPlan, type BonusPlan } from './plan.js';

/**
 * The plan settings the plan and what-if forms edit, as dotted paths. Money (`…Fen`) is
 * entered in yuan and shares and weights (`…Share`, `…Weight`) in percent, the units people
 * think in; everything else as it is stored.
 */
export const planFormFields = [
	'template',
	'yearlyPoolFen',
	'threeDimensions.baseShare',
	'threeDimensions.innovationShare',
	'threeDimensions.ratingShare',
	'guaranteedFloating.guaranteedShare',
	'guaranteedFloating.floatingShare',
	'guaranteedFloating.frtWeight',
	'guaranteedFloating.resolutionWeight',
	'guaranteedFloating.ratingWeight',
	'base.frtWeight',
	'base.resolutionWeight',
	'base.fullMarksSeconds',
	'base.stepSeconds',
	'base.stepPoints',
	'base.frtClock',
	'rating.minAnswers',
	'rating.topCount',
	'rating.topShare',
	'innovation.payout',
	'serviceHero.agentId',
	'serviceHero.amountFen',
	'serviceHero.reason',
	'replenishment.revenueShare',
	'replenishment.monthlyBaselineFen'
] as const;
export type PlanFormField = (typeof planFormFields)[number];

const TEXT_FIELDS = new Set([
	'template',
	'base.frtClock',
	'innovation.payout',
	'serviceHero.agentId',
	'serviceHero.reason'
]);

function isMoney(path: string): boolean {
	return path.endsWith('Fen');
}

function isPercent(path: string): boolean {
	return path.endsWith('Share') || path.endsWith('Weight');
}

/** Returns a plan setting as the form shows it (yuan, percent), or '' when it is unset. */
export function formValueOf(plan: BonusPlan, path: PlanFormField): string {
	let value: unknown = plan;
	for (const key of path.split('.')) {
		value =
			value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
	}
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' && isMoney(path)) return String(value / 100);
	if (typeof value === 'number' && isPercent(path)) return String(Math.round(value * 10_000) / 100);
	return String(value);
}

function parseField(path: string, text: string): unknown {
	if (TEXT_FIELDS.has(path)) return text;
	const number = Number(text);
	if (text === '' || !Number.isFinite(number)) {
		throw new BonusPlanError([`${path} must be a number (got ${JSON.stringify(text)})`]);
	}
	if (isMoney(path)) return Math.round(number * 100);
	if (isPercent(path)) return Math.round(number * 10_000) / 1_000_000;
	return number;
}

/** Sections a form can leave empty to switch the feature off. */
const OPTIONAL_SECTIONS: Record<string, string> = {
	serviceHero: 'serviceHero.agentId',
	replenishment: 'replenishment.revenueShare'
};

/**
 * Applies submitted form fields to a plan and validates the result as a whole, so shares that
 * must add up to 1 can all change in one submission. An empty service hero agent removes the
 * award and an empty revenue share removes the replenishment rule. Every problem is reported
 * at once.
 */
export function planFromForm(plan: BonusPlan, fields: Partial<Record<string, string>>): BonusPlan {
	const raw = structuredClone(plan) as Record<string, Record<string, unknown> | unknown>;
	const problems: string[] = [];
	for (const [section, key] of Object.entries(OPTIONAL_SECTIONS)) {
		const text = fields[key];
		if (text === undefined) continue;
		raw[section] = text.trim() === '' ? null : { ...((raw[section] as object | null) ?? {}) };
	}
	for (const path of planFormFields) {
		const text = fields[path]?.trim();
		if (text === undefined) continue;
		const [section, key] = path.split('.');
		if (key === undefined) {
			raw[section] = parseOrCollect(path, text, problems);
			continue;
		}
		const target = raw[section] as Record<string, unknown> | null;
		// Fields of a switched-off section are ignored.
		if (target === null) continue;
		target[key] = parseOrCollect(path, text, problems);
	}
	if (problems.length) throw new BonusPlanError(problems);
	return parseBonusPlan(raw);
}

function parseOrCollect(path: string, text: string, problems: string[]): unknown {
	try {
		return parseField(path, text);
	} catch (error) {
		if (!(error instanceof BonusPlanError)) throw error;
		problems.push(...error.problems);
		return undefined;
	}
}
