/** Strings of the quality page: zh is the source of truth, en has the same keys. Keys start with 'quality.'. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
