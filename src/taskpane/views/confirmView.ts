import { el } from "../dom";
import type { Area, Confirmation, PaneState } from "../state";

/**
 * The confirm step, in the pane (add-ins may not call window.confirm): an alertdialog under the
 * control that asked. Focus starts on the safe choice, Escape picks it, and focus goes back to
 * where it was when the dialog opened (or to `fallback` if that element is gone).
 */
export function mountConfirm(area: Area, fallback: () => HTMLElement | null): { element: HTMLElement; update: (state: PaneState) => void } {
  const element = el("div", {
    class: "confirm",
    id: `${area}-confirm`,
    role: "alertdialog",
    "aria-labelledby": `${area}-confirm-title`,
    "aria-describedby": `${area}-confirm-message`,
    hidden: "",
  });
  let shown: Confirmation | null = null;
  let returnTo: HTMLElement | null = null;
  let shownLanguage = "";

  element.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || shown === null) return;
    event.preventDefault();
    event.stopPropagation();
    shown.resolve(shown.choices[0].id);
  });

  const update = (state: PaneState) => {
    const wanted = state.confirming?.area === area ? state.confirming : null;
    if (wanted === null) {
      if (shown === null) return;
      const hadFocus = element.contains(document.activeElement);
      shown = null;
      element.hidden = true;
      element.replaceChildren();
      if (hadFocus || document.activeElement === document.body) {
        const target = returnTo?.isConnected ? returnTo : fallback();
        target?.focus();
      }
      returnTo = null;
      return;
    }
    const opening = shown === null;
    if (!opening && wanted === shown && state.language === shownLanguage) return;
    shownLanguage = state.language;
    if (opening) returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : fallback();
    shown = wanted;
    const { language } = state;
    const row = el("div", { class: "actions" });
    for (const choice of wanted.choices) {
      const button = el("button", { type: "button", class: choice.tone === "danger" ? "danger" : "", "data-choice": choice.id }, choice.label(language));
      button.addEventListener("click", () => {
        if (shown === wanted) wanted.resolve(choice.id);
      });
      row.append(button);
    }
    const focusedChoice = (document.activeElement as HTMLElement | null)?.dataset?.choice;
    element.replaceChildren(
      el("h3", { id: `${area}-confirm-title` }, wanted.title(language)),
      el("p", { id: `${area}-confirm-message` }, wanted.message(language)),
      row,
    );
    element.hidden = false;
    // Opening: the safe choice. Re-rendered in place: the choice that had focus keeps it.
    const target = row.querySelector<HTMLElement>(`[data-choice="${opening ? wanted.choices[0].id : (focusedChoice ?? wanted.choices[0].id)}"]`);
    if (opening || focusedChoice !== undefined) target?.focus();
  };
  return { element, update };
}
