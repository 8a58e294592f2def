import { z } from 'zod';
import { id, optionalNumber, optionalText, optionalTimestamp } from '../records/fields';

export const FITS = ['small', 'fit', 'large'] as const;
export type Fit = (typeof FITS)[number];

export const SIZE_BODY_PARTS = ['chest', 'waist', 'shoulder', 'sleeve', 'length', 'hips'] as const;
export type SizeBodyPart = (typeof SIZE_BODY_PARTS)[number];

/** Origin of a feedback entry; the analysis derives the last three from the graph. */
export const FEEDBACK_SOURCES = ['import', 'return', 'review', 'conversation'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** Body measurements in centimetres and kilograms, all optional. */
export const bodyMeasurements = {
	heightCm: optionalNumber(50, 250),
	weightKg: optionalNumber(20, 300),
	chestCm: optionalNumber(40, 200),
	waistCm: optionalNumber(40, 200),
	hipsCm: optionalNumber(40, 200)
};

/**
 * Builds the canonical size-feedback schema: one customer's verdict on the size they bought.
 * `fit` is how the garment felt (small: too small), and `bodyPart` where, when known.
 * `productId` defaults to the part of `skuId` before the first colon.
 */
export function sizeFeedbackSchema(timeZone: string) {
	return z
		.object({
			feedbackId: id,
			customerId: id,
			skuId: id,
			productId: z.preprocess(blankToUndefined, id.optional()),
			size: id,
			fit: z.enum(FITS, { errorMap: () => ({ message: 'must be small, fit or large' }) }),
			bodyPart: z.preprocess(
				blankToUndefined,
				z
					.enum(SIZE_BODY_PARTS, {
						errorMap: () => ({ message: `must be one of ${SIZE_BODY_PARTS.join(', ')}` })
					})
					.optional()
			),
			text: optionalText,
			at: optionalTimestamp(timeZone),
			source: optionalText,
			...bodyMeasurements
		})
		.transform((row) => ({
			...row,
			productId: row.productId ?? row.skuId.split(':')[0]
		}));
}

export type SizeFeedback = z.output<ReturnType<typeof sizeFeedbackSchema>>;
