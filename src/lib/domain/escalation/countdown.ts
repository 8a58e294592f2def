export interface Countdown {
	overdue: boolean;
	/** H:MM:SS, with a leading day count (2d 03:04:05) beyond 24 hours. */
	text: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Formats the time left until a deadline, or the time past it, to the second. */
export function countdown(deadlineAt: number, now: number): Countdown {
	const overdue = now > deadlineAt;
	const totalSeconds = Math.floor(Math.abs(deadlineAt - now) / 1000);
	const days = Math.floor(totalSeconds / 86_400);
	const hours = Math.floor((totalSeconds % 86_400) / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
	return { overdue, text: days > 0 ? `${days}d ${clock}` : clock };
}
