/**
 * Lookup key for names typed in a cell: NFKC turns full-width letters, digits and brackets into
 * their plain forms (Ｋｉｍｉ, （）), case is folded, and all whitespace (NBSP and the ideographic
 * space included) is dropped, so "Zhipu AI", "zhipuai" and "ＺｈｉｐｕＡＩ" are one name.
 */
export const normalizeName = (name: string): string => name.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");

/** Field names also ignore `_` and `-`: "net loss", "net_loss" and "NetLoss" are one field. */
export const normalizeField = (field: string): string => normalizeName(field).replace(/[_-]/gu, "");
