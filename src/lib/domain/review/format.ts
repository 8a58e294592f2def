import type { KpiChange, KpiUnit } from './kpis.js';

const arrows = { up: '▲', down: '▼', flat: '→', unknown: '' } as const;

function fixed(value: number, digits: number, language: string): string {
	return new Intl.NumberFormat(language, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** Formats a KPI value in its unit: 42 s, 81.3%, NPS 12.5, 3.4 min, ¥356.20. */
export function formatKpiValue(value: number | null, unit: KpiUnit, language: string): string {
	if (value === null || !Number.isFinite(value)) return '—';
	switch (unit) {
		case 'seconds':
			return `${fixed(value, 0, language)} s`;
		case 'share':
			return `${fixed(value * 100, 1, language)}%`;
		case 'nps':
			return fixed(value, 1, language);
		case 'minutes':
			return `${fixed(value, 1, language)} min`;
		case 'count':
			return fixed(value, 0, language);
		case 'fen':
			return `¥${fixed(value / 100, 2, language)}`;
	}
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/**
 * Formats a change with its arrow: shares in percentage points (+1.2 pp), NPS in points
 * (+3.0), other units relative to the previous value (-4.5%). Returns '—' when it is unknown.
 */
export function formatKpiChange(change: KpiChange, unit: KpiUnit, language: string): string {
	const arrow = arrows[change.direction];
	if (change.difference === null) return '—';
	if (unit === 'share') {
		const points = change.difference * 100;
		return `${arrow} ${signed(fixed(points, 1, language), points)} pp`;
	}
	if (unit === 'nps')
		return `${arrow} ${signed(fixed(change.difference, 1, language), change.difference)}`;
	if (unit === 'count' && change.relative === null) {
		return `${arrow} ${signed(fixed(change.difference, 0, language), change.difference)}`;
	}
	if (change.relative === null) return '—';
	const percent = change.relative * 100;
	return `${arrow} ${signed(fixed(percent, 1, language), percent)}%`;
}
