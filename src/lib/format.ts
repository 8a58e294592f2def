/** Formats epoch milliseconds as a date and time in the shop's time zone. */
export function formatDateTime(ms: number | null, timeZone: string, language: string): string {
	if (ms === null) return '—';
	return new Intl.DateTimeFormat(language, {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(ms);
}

export function formatTime(ms: number | null, timeZone: string, language: string): string {
	if (ms === null) return '—';
	return new Intl.DateTimeFormat(language, {
		timeZone,
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23'
	}).format(ms);
}

export function formatPercent(share: number | null, digits = 1): string {
	return share === null || Number.isNaN(share) ? '—' : `${(share * 100).toFixed(digits)}%`;
}

export function formatNumber(value: number | null, language: string): string {
	return value === null ? '—' : new Intl.NumberFormat(language).format(value);
}
