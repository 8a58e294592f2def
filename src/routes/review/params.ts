import { error } from '@sveltejs/kit';
import { isReviewPeriodKey } from '$lib/domain/review/period';

/** Reads `?period=` (YYYY-MM or YYYY-Qn); undefined when absent, 400 when malformed. */
export function reviewPeriodParam(url: URL): string | undefined {
	const period = url.searchParams.get('period');
	if (period === null || period === '') return undefined;
	if (!isReviewPeriodKey(period)) {
		error(
			400,
			`Invalid period "${period}": use a month such as 2026-11 or a quarter such as 2026-Q4.`
		);
	}
	return period;
}
