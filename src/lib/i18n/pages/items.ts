/** Strings of the items page: zh is the source of truth, en has the same keys. Keys start with 'items.'. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
