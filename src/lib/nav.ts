/** Main navigation: one entry per workbench area, labelled by an i18n key. */
export interface NavItem {
	href: string;
	labelKey: string;
}

export const navItems: NavItem[] = [
	{ href: '/', labelKey: 'nav.overview' },
	{ href: '/products', labelKey: 'nav.products' },
	{ href: '/conversations', labelKey: 'nav.conversations' },
	{ href: '/size', labelKey: 'size.nav' },
	{ href: '/faq', labelKey: 'faq.nav' },
	{ href: '/escalations', labelKey: 'escalation.nav' },
	{ href: '/bonus', labelKey: 'bonus.nav' },
	{ href: '/board', labelKey: 'board.nav' },
	{ href: '/forecast', labelKey: 'forecast.nav' },
	{ href: '/review', labelKey: 'review.nav' },
	{ href: '/lexicon', labelKey: 'lexicon.nav' },
	{ href: '/admin/users', labelKey: 'auth.nav' }
];
