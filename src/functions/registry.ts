/**
 * Lets the task pane call the very functions Excel calls. The functions bundle ends with
 * `CustomFunctions.associate(id, fn)` calls (added by custom-functions-metadata-plugin);
 * `captureAssociations` runs first (the task pane bundle loads before the functions bundle)
 * and records every association while passing it on to Office unchanged. In a plain browser
 * without office.js it provides the `associate` the bundle needs.
 */
import type { MessageLanguage } from "../core/messages";
export type AssociatedFunction = (...args: unknown[]) => unknown;

const KEY = "__aiAssociatedFunctions";

type Holder = { [KEY]?: Map<string, AssociatedFunction>; CustomFunctions?: { associate?: unknown } };

function holder(): Holder {
  return globalThis as unknown as Holder;
}

export function captureAssociations(): void {
  const g = holder();
  if (g[KEY] !== undefined) return;
  const registry = new Map<string, AssociatedFunction>();
  g[KEY] = registry;
  const runtime = (g.CustomFunctions ??= {}) as { associate?: (id: string, fn: AssociatedFunction) => void };
  const original = typeof runtime.associate === "function" ? runtime.associate.bind(runtime) : undefined;
  try {
    runtime.associate = (id: string, fn: AssociatedFunction) => {
      registry.set(id, fn);
      original?.(id, fn);
    };
  } catch {
    // A host whose CustomFunctions object is frozen still registers the functions itself;
    // only the pane's tester loses its handle on them, and it says so.
  }
}

export function associatedFunctions(): ReadonlyMap<string, AssociatedFunction> {
  return holder()[KEY] ?? new Map();
}

/** The parameter list of each function, published by the functions bundle for the pane's tester. */
export interface PublishedSignature {
  readonly id: string;
  readonly params: readonly { readonly name: string; readonly optional: boolean }[];
}

const SIGNATURES = "__aiFunctionSignatures";

export function publishSignatures(signatures: readonly PublishedSignature[]): void {
  (globalThis as unknown as Record<string, unknown>)[SIGNATURES] = signatures;
}

export function publishedSignatures(): readonly PublishedSignature[] {
  const value = (globalThis as unknown as Record<string, unknown>)[SIGNATURES];
  return Array.isArray(value) ? (value as PublishedSignature[]) : [];
}

/**
 * The language of the functions' error messages lives in the functions bundle (a module of its
 * own): it publishes its setter here so the pane's tester can show messages in the pane's
 * language. A no-op until the functions bundle has run.
 */
const MESSAGE_LANGUAGE = "__aiSetMessageLanguage";

export function publishMessageLanguage(set: (language: MessageLanguage) => void): void {
  (globalThis as unknown as Record<string, unknown>)[MESSAGE_LANGUAGE] = set;
}

export function setFunctionsMessageLanguage(language: MessageLanguage): void {
  const set = (globalThis as unknown as Record<string, unknown>)[MESSAGE_LANGUAGE];
  if (typeof set === "function") (set as (language: MessageLanguage) => void)(language);
}
