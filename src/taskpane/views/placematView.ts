import { el } from "../dom";
import { t } from "../i18n";
import { rememberPlacemat } from "../prefs";
import type { PaneState, Store } from "../state";

/**
 * The first-run "value placemat" (Office's first-run pattern): what the add-in does in three
 * lines and one way to dismiss it; "Show the introduction" at the foot of the pane brings it back.
 */
export function mountPlacemat(root: HTMLElement, footer: HTMLElement, store: Store): (state: PaneState) => void {
  const heading = el("h2", { id: "placemat-heading" });
  const points = el("ul", { class: "placemat-points" });
  const dismiss = el("button", { type: "button", id: "placemat-dismiss" });
  const placemat = el("section", { class: "placemat", id: "placemat", "aria-labelledby": "placemat-heading" }, el("div", { class: "placemat-head" }, heading, dismiss), points);
  const show = el("button", { type: "button", class: "link", id: "placemat-show" });
  root.append(placemat);
  footer.append(show);
  dismiss.addEventListener("click", () => {
    rememberPlacemat(true);
    store.update({ placemat: false });
    show.focus();
  });
  show.addEventListener("click", () => {
    rememberPlacemat(false);
    store.update({ placemat: true });
    dismiss.focus();
  });
  return (state) => {
    const l = state.language;
    placemat.hidden = !state.placemat;
    show.hidden = state.placemat;
    heading.textContent = t("placematHeading", l);
    points.replaceChildren(...(["placematImport", "placematFunctions", "placematCheck"] as const).map((k) => el("li", {}, t(k, l))));
    dismiss.textContent = t("placematDismiss", l);
    show.textContent = t("placematShow", l);
  };
}
