/** The current locale as rune state, remembered in localStorage; t() reads it reactively. */
import type { ChartLabels } from '../charts/types';
import {
	DEFAULT_LOCALE,
	isLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageVars
} from './translate';

export const LOCALE_STORAGE_KEY = 'pulse.locale';

function storedLocale(): Locale {
	try {
		const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
		return isLocale(value) ? value : DEFAULT_LOCALE;
	} catch {
		return DEFAULT_LOCALE; // storage can be blocked (private mode); the default is still correct
	}
}

const current = $state({ locale: storedLocale() });

/** The locale the interface is shown in. */
export function getLocale(): Locale {
	return current.locale;
}

/** Switch language, remember it, and set <html lang> so screen readers follow. */
export function setLocale(locale: Locale): void {
	current.locale = locale;
	try {
		globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
	} catch {
		// not remembered across visits, but the switch itself still works
	}
	if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The message for a key in the current locale, with `{name}` placeholders filled from vars. */
export function t(key: MessageKey, vars?: MessageVars): string {
	return translate(current.locale, key, vars);
}

/** The strings every chart's actions need, in the current locale. */
export function chartLabels(): ChartLabels {
	return {
		table: t('chart.table'),
		saveSvg: t('chart.saveSvg'),
		savePng: t('chart.savePng'),
		saveFailed: t('chart.saveFailed'),
		total: t('chart.total')
	};
}
