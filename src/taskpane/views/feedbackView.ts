import { el } from "../dom";
import { t } from "../i18n";
import type { Area, PaneState } from "../state";

/**
 * Progress, result and error of one area, right under the control that started it, in a live
 * region that exists from the start (screen readers only announce changes to one they know).
 * Progress moves per step; "Excel has not started" appears only when Excel really holds the run.
 */
export function mountFeedback(area: Area): { element: HTMLElement; update: (state: PaneState) => void } {
  const step = el("p", { class: "step", id: `${area}-step` });
  const bar = el("progress", { id: `${area}-progress`, "aria-labelledby": `${area}-step`, max: "1", value: "0" });
  const waiting = el("p", { class: "waiting", id: `${area}-waiting` });
  const result = el("p", { class: "result", id: `${area}-result` });
  const progress = el("div", { class: "progress" }, step, bar, waiting);
  const element = el("div", { class: "feedback", id: `${area}-feedback`, role: "status" }, progress, result);
  const update = (state: PaneState) => {
    const { language } = state;
    const running = state.running?.area === area && state.running.kind !== "goto" ? state.running : null;
    progress.hidden = running === null;
    if (running !== null) {
      const label = running.label(language);
      // A one-step operation needs no "Step 1 of 1".
      step.textContent = running.steps > 1 ? t("stepOf", language, { step: running.step, steps: running.steps, label }) : label.charAt(0).toLocaleUpperCase(language) + label.slice(1);
      bar.max = running.steps;
      bar.value = running.step - 1;
      waiting.textContent = running.waiting ? t("waitingExcel", language) : "";
      waiting.hidden = !running.waiting;
    }
    const feedback = running === null && state.feedback?.area === area ? state.feedback : null;
    result.textContent = feedback === null ? "" : feedback.say(language);
    result.className = `result ${feedback?.tone ?? ""}`;
    result.hidden = feedback === null;
  };
  return { element, update };
}
