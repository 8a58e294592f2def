import { z } from 'zod';

/** An innovation award as an admin registers it: for one agent or for a whole team. */
export const awardInputSchema = z
	.object({
		title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
		/** The measured effect, e.g. "size exchanges −18%". */
		effect: z.string().trim().max(200).default(''),
		agentId: z
			.string()
			.trim()
			.max(64)
			.optional()
			.transform((value) => value || null),
		team: z
			.string()
			.trim()
			.max(64)
			.optional()
			.transform((value) => value || null),
		amountFen: z.coerce
			.number({ invalid_type_error: 'must be a number of fen' })
			.int('must be a whole number of fen')
			.positive('must be more than 0'),
		/** When the award was registered (epoch ms); it is paid in the next weekly run. */
		registeredAt: z.number().int().optional()
	})
	.refine((award) => (award.agentId === null) !== (award.team === null), {
		message: 'name exactly one of agentId or team',
		path: ['agentId']
	});

export type AwardRequest = z.output<typeof awardInputSchema>;
