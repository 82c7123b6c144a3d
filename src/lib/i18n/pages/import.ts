/** Strings of the import page: zh is the source of truth, en has the same keys. Keys start with 'import.'. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
