import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { markersOf, storedOrFreshForecasts } from '$lib/server/forecast/page';
import { sharedGraph } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

const query = z.object({ series: z.string().max(200).optional() });

export const load: PageServerLoad = async ({ url }) => {
	const { series } = query.parse(Object.fromEntries(url.searchParams));
	const forecasts = await storedOrFreshForecasts(await sharedGraph());
	const selected = series ? forecasts.find((f) => f.seriesId === series) : forecasts[0];
	if (series && !selected) error(404, `No forecast for series ${series}`);
	return {
		series: forecasts.map(
			({ seriesId, kind, key, nameZh, nameEn, model, validated, backtest }) => ({
				seriesId,
				kind,
				key,
				nameZh,
				nameEn,
				model,
				validated,
				backtest
			})
		),
		selected: selected ? { ...selected, markers: markersOf(selected) } : null
	};
};
