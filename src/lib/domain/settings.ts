import { z } from 'zod';
import { riskThresholdsSchema } from './risk/riskLevel';

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM in 24-hour time');

/** Business rules that are configuration: every field has the brand's default. */
export const settingsSchema = z.object({
	/** The shop's IANA time zone; times without an offset and all displayed times use it. */
	timeZone: z
		.string()
		.refine(isTimeZone, 'is not an IANA time zone such as Asia/Shanghai')
		.default('Asia/Shanghai'),
	risk: riskThresholdsSchema.default({}),
	escalation: z
		.object({ pickupDeadlineMinutes: z.number().int().positive().default(30) })
		.default({}),
	replyQuality: z
		.object({
			polarityWeight: z.number().min(0).max(1).default(0.6),
			phraseWeight: z.number().min(0).max(1).default(0.4),
			requiredPhrases: z.array(z.string().min(1)).default(['抱歉', '立即处理', '补偿方案']),
			/** Other wordings that count as a required phrase, keyed by that phrase. */
			synonyms: z.record(z.array(z.string().min(1))).default({
				抱歉: ['对不起', '不好意思'],
				立即处理: ['马上处理', '立刻处理', '即刻处理', '即刻帮你处理'],
				补偿方案: ['赔偿方案']
			})
		})
		.default({}),
	humanOnlyHours: z.array(z.object({ from: clock, to: clock })).default([
		{ from: '10:00', to: '12:00' },
		{ from: '20:00', to: '22:00' }
	]),
	/** Cap on the share of complex issues transferred automatically. */
	autoTransferCapShare: z.number().min(0).max(1).default(0.15),
	/** A conversation counts as negative when the model's mean negativity of its customer messages is at least this. */
	negativeThreshold: z.number().min(0).max(1).default(0.5)
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
