import type { Language } from "../core/messages";

/**
 * What the pane remembers in localStorage: the chosen language and whether the introduction was
 * dismissed. Keys carry Office.context.partitionKey when Office gives one, because Excel on the
 * web shares storage between add-ins of one origin otherwise; on Windows it is undefined, so the
 * plain key is used ("Persist add-in state and settings",
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
const PREFIX = "aiUnitEconomics.";

function key(name: string): string {
  let partition: string | undefined;
  try {
    partition = typeof Office === "undefined" ? undefined : Office.context?.partitionKey;
  } catch {
    partition = undefined;
  }
  return `${partition ?? ""}${PREFIX}${name}`;
}

function read(name: string): string | null {
  try {
    return localStorage.getItem(key(name));
  } catch {
    return null; // storage can be disabled; the pane still works
  }
}

function write(name: string, value: string): void {
  try {
    localStorage.setItem(key(name), value);
  } catch {
    // not remembered; the pane still works for this session
  }
}

export function storedLanguage(): Language | undefined {
  const value = read("language");
  return value === "zh" || value === "en" ? value : undefined;
}

export const rememberLanguage = (language: Language): void => write("language", language);

export const placematDismissed = (): boolean => read("placematDismissed") === "1";

export const rememberPlacemat = (dismissed: boolean): void => write("placematDismissed", dismissed ? "1" : "0");
