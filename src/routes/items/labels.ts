/** Display forms the items and evaluation pages share. */
import type { Locale } from '$lib/i18n/translate';

/** An issue id 'YYYY-NN' as '2026年第1期' / '2026 No. 1'; any other id as given. */
export function issueLabel(id: string, locale: Locale): string {
	const m = /^(\d{4})-(\d{1,3})$/.exec(id);
	if (!m) return id;
	const [year, number] = [m[1]!, Number(m[2])];
	return locale === 'en' ? `${year} No. ${number}` : `${year}年第${number}期`;
}
