/** Strings of the overview page: zh is the source of truth, en has the same keys. Keys start with 'overview.'. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
