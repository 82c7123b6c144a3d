/** Locale-free lookup and interpolation; the runes store in i18n.svelte.ts wraps it. */
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type { MessageKey } from './zh';

/** The languages the dashboard speaks; zh-CN first. */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Values a message's `{name}` placeholders are filled with. */
export type MessageVars = Record<string, string | number>;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** Whether a string names a supported locale. */
export function isLocale(s: unknown): s is Locale {
	return typeof s === 'string' && (LOCALES as readonly string[]).includes(s);
}

/** Replace `{name}` with vars.name; a placeholder without a value stays visible, never blank. */
export function interpolate(template: string, vars?: MessageVars): string {
	if (!vars) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

/** The message for a key in a locale, with placeholders filled. */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
	return interpolate(dictionaries[locale][key], vars);
}
