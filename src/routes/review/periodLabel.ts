import { t } from '$lib/i18n/t';

/** Names a review period in the page language: 2026年11月 / November 2026, or a quarter. */
export function periodLabel(key: string, language: string): string {
	const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
	if (quarter) return t('review.quarter', { year: quarter[1], quarter: quarter[2] });
	const [year, month] = key.split('-').map(Number);
	return new Intl.DateTimeFormat(language, {
		year: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	}).format(Date.UTC(year, month - 1, 1));
}
