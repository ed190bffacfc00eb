import type { Language } from "../core/messages";
import type { HostInfo } from "./host";

/**
 * The pane's one state model. Views read it and never hold state of their own, so a language
 * switch, a re-render or a second click cannot reset what is running or re-enable a control.
 * Texts are stored as functions of the language: a message shown before a language switch is
 * shown again, translated, after it.
 */
export type Say = (language: Language) => string;

/** Where feedback appears: under the control that started the operation. */
export type Area = "import" | "remove" | "download" | "about" | "share";

export type OperationKind = "import" | "refresh" | "replace" | "remove" | "check" | "goto" | "download" | "selftest" | "freeze";

export interface Operation {
  readonly kind: OperationKind;
  readonly area: Area;
  /** 1-based step of `steps`, with its label: progress moves per step. */
  readonly step: number;
  readonly steps: number;
  readonly label: Say;
  /** Excel has not started the batch after a while: most likely the user is editing a cell. */
  readonly waiting: boolean;
}

export interface Choice {
  readonly id: string;
  readonly label: Say;
  readonly tone: "safe" | "default" | "danger";
}

export interface Confirmation {
  readonly area: Area;
  readonly title: Say;
  readonly message: Say;
  /** The first choice is the safe one (Cancel): focus starts there, and Escape picks it. */
  readonly choices: readonly [Choice, ...Choice[]];
  readonly resolve: (choiceId: string) => void;
}

export interface Feedback {
  readonly area: Area;
  readonly tone: "success" | "error" | "info";
  readonly say: Say;
}

export interface CreatedSheet {
  readonly name: string;
  readonly id: string;
  readonly rows: number;
}

export interface ImportResult {
  readonly sheets: readonly CreatedSheet[];
  readonly renamed: readonly { wanted: string; used: string }[];
  readonly importedAt: string;
  readonly mergedUndo: boolean;
  /** What a refresh changed per table (absent after an import). */
  readonly tables?: readonly TableChange[];
  /** This operation made the workbook load the add-in on open: said once, here. */
  readonly loadOnOpenTurnedOn?: boolean;
}

export interface TableChange {
  readonly sheet: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** The user's entries in rows that are gone. */
  readonly dropped: number;
}

/** What the workbook's own record says about earlier imports (read from its settings). */
export interface WorkbookRecord {
  readonly sheets: number;
  readonly importedAt?: string;
  /** The dataset version of the workbook's data ("" when an old record did not say). */
  readonly dataset?: string;
  /** Whether that is the version this add-in ships. */
  readonly current?: boolean;
}

/** Whether this workbook loads the add-in when it opens (SharedRuntime 1.1). */
export type LoadOnOpenState = "on" | "off" | "unsupported";

export interface PaneState {
  readonly language: Language;
  readonly host: HostInfo;
  readonly running: Operation | null;
  readonly confirming: Confirmation | null;
  readonly feedback: Feedback | null;
  readonly lastImport: ImportResult | null;
  /** undefined until the workbook was read; null outside Excel. */
  readonly record: WorkbookRecord | null | undefined;
  /** Keys of the tables chosen for import; null means "all" until the list is known. */
  readonly chosen: ReadonlySet<string> | null;
  readonly placemat: boolean;
  /** undefined until read (outside Excel: stays undefined). */
  readonly loadOnOpen?: LoadOnOpenState;
}

export type Listener = (state: PaneState, previous: PaneState) => void;

export interface Store {
  get(): PaneState;
  update(change: Partial<PaneState> | ((state: PaneState) => Partial<PaneState>)): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: PaneState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      const patch = typeof change === "function" ? change(state) : change;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True while nothing may start another workbook operation (or switch the language). */
export const isBusy = (state: PaneState): boolean => state.running !== null || state.confirming !== null;
