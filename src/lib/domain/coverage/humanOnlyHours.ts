import { wallClock } from './zonedClock';

/** A human-only block as the settings store it: HH:MM to HH:MM in shop time. */
export interface HumanOnlyBlockSetting {
	from: string;
	to: string;
}

/**
 * A block as seconds of the shop-time day, start inclusive and end exclusive. A block whose
 * end is not after its start crosses midnight (22:00–02:00 covers 22:00:00 to 01:59:59).
 */
export interface HumanOnlyBlock {
	label: string;
	fromSecond: number;
	toSecond: number;
}

const DAY_SECONDS = 24 * 3600;

function secondsOf(clock: string): number {
	const [hour, minute] = clock.split(':').map(Number);
	return hour * 3600 + minute * 60;
}

/**
 * Converts the configured blocks. A block with the same start and end would cover either
 * nothing or the whole day, so it is rejected with the fix.
 */
export function humanOnlyBlocks(settings: readonly HumanOnlyBlockSetting[]): HumanOnlyBlock[] {
	return settings.map(({ from, to }, index) => {
		if (from === to) {
			throw new RangeError(
				`humanOnlyHours[${index}] runs from ${from} to ${to}, which is empty: give an end time different from the start, e.g. ${from}–23:59.`
			);
		}
		return { label: `${from}–${to}`, fromSecond: secondsOf(from), toSecond: secondsOf(to) };
	});
}

function blockContains(block: HumanOnlyBlock, secondOfDay: number): boolean {
	if (block.fromSecond < block.toSecond) {
		return secondOfDay >= block.fromSecond && secondOfDay < block.toSecond;
	}
	return secondOfDay >= block.fromSecond || secondOfDay < block.toSecond;
}

/** Tells whether the shop-time clock at `ms` falls inside any block. */
export function isHumanOnlyTime(
	ms: number,
	blocks: readonly HumanOnlyBlock[],
	timeZone: string
): boolean {
	const wall = wallClock(ms, timeZone);
	const secondOfDay = wall.hour * 3600 + wall.minute * 60 + wall.second;
	return blocks.some((block) => blockContains(block, secondOfDay));
}

/** Lists the hours of the day (0–23) that overlap at least one block, in clock order. */
export function humanOnlyClockHours(blocks: readonly HumanOnlyBlock[]): number[] {
	const hours: number[] = [];
	for (let hour = 0; hour < 24; hour++) {
		const start = hour * 3600;
		const overlaps = blocks.some((block) => {
			for (let second = start; second < start + 3600; second += 60) {
				if (blockContains(block, second % DAY_SECONDS)) return true;
			}
			return false;
		});
		if (overlaps) hours.push(hour);
	}
	return hours;
}
