import { CATALOGUE } from "../catalogue";
import { NATIVE } from "./functions";

export { NATIVE } from "./functions";
export { NO_NATIVE_FORM, REASON_TEXT, type NoNativeReason } from "./reasons";
export { nativeFormula, translateFormula, type NativeProblem, type NativeTranslation } from "./translate";

/** The catalogue functions that have a native form, in the catalogue's order. */
export const NATIVE_FUNCTIONS: readonly string[] = Object.keys(CATALOGUE).filter((id) => NATIVE[id] !== undefined);
