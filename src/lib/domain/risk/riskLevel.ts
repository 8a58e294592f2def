import { z } from 'zod';

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const riskThresholdsSchema = z
	.object({
		/** A count above this is high risk (default: more than 3). */
		highAbove: z.number().int().min(0).default(3),
		/** A count at or above this, and not high, is medium risk (default: 1). */
		mediumFrom: z.number().int().min(1).default(1)
	})
	.refine((t) => t.mediumFrom <= t.highAbove, {
		message: 'mediumFrom must not exceed highAbove',
		path: ['mediumFrom']
	});

export type RiskThresholds = z.infer<typeof riskThresholdsSchema>;

/** Risk level from the count of negative words in the customer's messages. */
export function riskLevel(negativeWordCount: number, thresholds: RiskThresholds): RiskLevel {
	if (negativeWordCount > thresholds.highAbove) return 'high';
	if (negativeWordCount >= thresholds.mediumFrom) return 'medium';
	return 'low';
}
