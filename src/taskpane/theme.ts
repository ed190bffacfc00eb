/**
 * Follows the Office theme. `Office.context.officeTheme` gives the theme's colours in Excel on
 * the web, Windows, Mac and iOS ("Office.OfficeTheme",
 * https://learn.microsoft.com/javascript/api/office/office.officetheme). Whether a theme is dark
 * is decided from the luminance of `bodyBackgroundColor`, because the docs disagree on whether
 * `isDarkTheme` is a property or a function. The pane keeps its own Fluent 2 tokens for
 * everything else (taskpane.css); Windows high contrast is handled by `forced-colors` there.
 */
export type Theme = "light" | "dark";

/** WCAG relative luminance of a "#rrggbb" colour; undefined for anything else. */
export function luminance(color: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (m === null) return undefined;
  const n = parseInt(m[1]!, 16);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function themeOf(office: Pick<Office.OfficeTheme, "bodyBackgroundColor"> | undefined): Theme | undefined {
  const l = office?.bodyBackgroundColor === undefined ? undefined : luminance(office.bodyBackgroundColor);
  return l === undefined ? undefined : l < 0.2 ? "dark" : "light";
}

function officeTheme(): Office.OfficeTheme | undefined {
  try {
    return typeof Office === "undefined" ? undefined : (Office.context?.officeTheme ?? undefined);
  } catch {
    return undefined;
  }
}

/**
 * Sets data-theme on <html> and, for the black theme, Office's body colour. Without an Office theme (the browser preview) the CSS follows prefers-color-scheme.
 */
export function applyOfficeTheme(root: HTMLElement = document.documentElement): Theme | undefined {
  const office = officeTheme();
  const theme = themeOf(office);
  if (theme === undefined) {
    delete root.dataset.theme;
    return undefined;
  }
  root.dataset.theme = theme;
  // Office's own body colour only where the dark tokens keep their contrast on it (the black theme).
  const body = office?.bodyBackgroundColor;
  if (theme === "dark" && body !== undefined && (luminance(body) ?? 1) <= 0.025) root.style.setProperty("--office-body", body);
  else root.style.removeProperty("--office-body");
  return theme;
}

/** Re-applies the theme when the user changes it in Office, where the host reports that. */
export function followOfficeTheme(): void {
  applyOfficeTheme();
  try {
    Office.context.document?.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, () => applyOfficeTheme());
  } catch {
    // Not every host raises OfficeThemeChanged; the theme then applies from the next start.
  }
}
