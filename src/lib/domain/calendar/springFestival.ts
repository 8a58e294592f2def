/**
 * Spring Festival (Chinese New Year's Day) dates as [year, month, day], 2020–2030. The date
 * follows the lunisolar calendar, so it moves between 21 January and 20 February.
 * NOTE: years after 2030 are missing; add them before forecasting past 2030.
 */
export const SPRING_FESTIVAL_DATES: ReadonlyArray<readonly [number, number, number]> = [
	[2020, 1, 25],
	[2021, 2, 12],
	[2022, 2, 1],
	[2023, 1, 22],
	[2024, 2, 10],
	[2025, 1, 29],
	[2026, 2, 17],
	[2027, 2, 6],
	[2028, 1, 26],
	[2029, 2, 13],
	[2030, 2, 3]
];

/** Returns the Spring Festival date of a year, or undefined outside the table. */
export function springFestivalOf(year: number): readonly [number, number, number] | undefined {
	return SPRING_FESTIVAL_DATES.find(([y]) => y === year);
}
