import type { Language } from '$lib/i18n';
import type { SessionUser } from '$lib/server/auth/sessions';

declare global {
	namespace App {
		interface Locals {
			lang: Language;
			/** The signed-in user, or null; set by the hooks before any route runs. */
			user: SessionUser | null;
		}
		interface PageData {
			lang?: Language;
			timeZone?: string;
		}
	}
}

export {};
