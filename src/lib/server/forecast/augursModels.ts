import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as etsModule from '@bsull/augurs/ets';
import * as mstlModule from '@bsull/augurs/mstl';
import * as prophetModule from '@bsull/augurs/prophet';
import {
	calendarFactor,
	CALENDAR_FEATURES,
	estimateLifts,
	weekExposure
} from '../../domain/forecast/calendarEffects.js';
import {
	YEAR_WEEKS,
	type ForecastInput,
	type ForecastModel
} from '../../domain/forecast/models.js';
import { addWeeks, dayNumber, DAY_MS } from '../../domain/forecast/weeks.js';

type ProphetOptimizer = import('@bsull/augurs/prophet').ProphetOptions['optimizer'];

const require = createRequire(import.meta.url);
let initialised = false;

/**
 * Instantiates each augurs WebAssembly module from its file. The packages' default init
 * fetches the .wasm by URL, which plain Node (20) cannot do for a file: URL, and every
 * submodule ships its own .wasm, so each needs its own initSync.
 */
function initAugurs(): void {
	if (initialised) return;
	const dir = path.dirname(require.resolve('@bsull/augurs/ets'));
	etsModule.initSync({ module: readFileSync(path.join(dir, 'ets_bg.wasm')) });
	mstlModule.initSync({ module: readFileSync(path.join(dir, 'mstl_bg.wasm')) });
	prophetModule.initSync({ module: readFileSync(path.join(dir, 'prophet_bg.wasm')) });
	initialised = true;
}

/**
 * Removes the shopping-calendar effects from the history, forecasts the adjusted series and
 * puts the effects back on the future weeks, so methods without holiday terms still place
 * 618, Double 11 and a Spring Festival that moves between weeks each year.
 */
function withCalendarAdjustment(
	input: ForecastInput,
	forecastAdjusted: (adjusted: number[]) => number[]
): number[] {
	const lifts = estimateLifts(input.weeks, input.values);
	const adjusted = input.values.map((value, i) => value / calendarFactor(input.weeks[i], lifts));
	const last = input.weeks.at(-1)!;
	return forecastAdjusted(adjusted).map(
		(value, h) => value * calendarFactor(addWeeks(last, h + 1), lifts)
	);
}

/** AutoETS without a seasonal component (augurs 0.10 fits none) on the calendar-adjusted series. */
export const etsModel: ForecastModel = {
	name: 'ets',
	minWeeks: 8,
	forecast(input) {
		initAugurs();
		return withCalendarAdjustment(input, (adjusted) => {
			const model = new etsModule.AutoETS(1, 'ZZN');
			try {
				model.fit(adjusted);
				return model.predict(input.horizon).point;
			} finally {
				model.free();
			}
		});
	}
};

/** MSTL with a 52-week season and an AutoETS trend; STL needs two full seasons. */
export const mstlModel: ForecastModel = {
	name: 'mstl',
	minWeeks: 2 * YEAR_WEEKS,
	forecast(input) {
		initAugurs();
		return withCalendarAdjustment(input, (adjusted) => {
			const model = mstlModule.MSTL.ets([YEAR_WEEKS]);
			try {
				model.fit(adjusted);
				return model.predict(input.horizon).point;
			} finally {
				model.free();
			}
		});
	}
};

const toSeconds = (week: string) => (dayNumber(week) * DAY_MS) / 1000;

/**
 * Builds the Prophet port's model with yearly seasonality forced on, because its automatic
 * rule needs two years. Weekly and daily terms are off (the data are weekly). One regressor
 * per calendar feature carries the week's exposure, so the fit learns each event's effect.
 */
function prophetModel(optimizer: ProphetOptimizer): ForecastModel {
	return {
		name: 'prophet',
		minWeeks: YEAR_WEEKS,
		forecast(input) {
			initAugurs();
			const exposures = input.weeks.map(weekExposure);
			const features = CALENDAR_FEATURES.filter((feature) =>
				exposures.some((exposure) => exposure[feature] > 0)
			);
			const model = new prophetModule.Prophet({
				optimizer,
				yearlySeasonality: { type: 'fourier', order: 6 },
				weeklySeasonality: { type: 'manual', enabled: false },
				dailySeasonality: { type: 'manual', enabled: false }
			});
			try {
				for (const feature of features) model.addRegressor(feature);
				const trainX = new Map(features.map((f) => [f, exposures.map((e) => e[f])]));
				// A fixed seed makes the optimiser's result, and so the model choice, repeatable.
				model.fit({ ds: input.weeks.map(toSeconds), y: [...input.values], x: trainX }, { seed: 1 });
				const last = input.weeks.at(-1)!;
				const future = Array.from({ length: input.horizon }, (_, h) => addWeeks(last, h + 1));
				const futureExposures = future.map(weekExposure);
				const x = new Map(features.map((f) => [f, futureExposures.map((e) => e[f])]));
				return model.predict({ ds: future.map(toSeconds), x }).yhat.point;
			} finally {
				model.free();
			}
		}
	};
}

/**
 * Lists the candidate methods. The Prophet optimiser (Stan compiled to WebAssembly) loads on
 * first use, because it takes a moment and only forecasting needs it.
 */
export async function augursModels(): Promise<ForecastModel[]> {
	const { optimizer } = await import('@bsull/augurs-prophet-wasmstan');
	return [etsModel, mstlModel, prophetModel(optimizer)];
}
