// @ts-check
/**
 * Runs the built functions bundle the way Excel's runtime does, in a Node `vm` sandbox:
 * a stub `CustomFunctions.associate` records every registration, and a minimal `document`
 * loads webpack's on-demand chunks (the dataset) from the same folder. Tests, the help-page
 * generator and the benchmark all call functions through this, i.e. through the shipped code.
 */
const vm = require("vm");

const PAGE_URL = "https://localhost:3000/functions.js";

/**
 * @param {(fileName: string) => string} readFile reads a file of the build output by name
 * @param {{ entry?: string, withErrorType?: boolean, displayLanguage?: string }} [options]
 *   displayLanguage: provide an `Office` whose onReady reports this display language, as Excel does
 * @returns {{ functions: Map<string, Function>, sandbox: Record<string, unknown> }}
 */
function loadFunctionsBundle(readFile, options = {}) {
  const entry = options.entry ?? "functions.js";
  /** @type {Map<string, Function>} */
  const functions = new Map();
  /** @type {Record<string, unknown>} */
  const sandbox = {
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    URL,
    TextEncoder,
    TextDecoder,
    CustomFunctions: { associate: (/** @type {string} */ id, /** @type {Function} */ fn) => functions.set(id, fn) },
  };
  if (options.withErrorType) {
    // The runtime's Error and ErrorCode, as Excel provides them, for checks of error values.
    const ErrorCode = {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    };
    class RuntimeError {
      /** @param {string} code @param {string} [message] */
      constructor(code, message) {
        this.code = code;
        this.message = message;
      }
    }
    Object.assign(/** @type {object} */ (sandbox.CustomFunctions), { Error: RuntimeError, ErrorCode });
  }
  if (options.displayLanguage !== undefined) {
    const context = { displayLanguage: options.displayLanguage };
    sandbox.Office = {
      context,
      /** @param {(info: unknown) => void} [callback] */
      onReady: (callback) => {
        callback?.({ host: "Excel", platform: "OfficeOnline" });
        return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
      },
    };
  }
  /** @param {string} url */
  const runScript = (url) => {
    const name = decodeURIComponent(new URL(url, PAGE_URL).pathname.split("/").pop() ?? "");
    vm.runInContext(readFile(name), sandbox, { filename: name });
  };
  sandbox.document = {
    currentScript: { src: PAGE_URL, tagName: "SCRIPT" },
    baseURI: PAGE_URL,
    getElementsByTagName: () => [],
    querySelectorAll: () => [],
    createElement: () => ({ setAttribute() {}, getAttribute: () => null }),
    head: {
      /** @param {{ src: string, onload?: (e: unknown) => void, onerror?: (e: unknown) => void }} script */
      appendChild(script) {
        setTimeout(() => {
          try {
            runScript(script.src);
            script.onload?.({ type: "load", target: script });
          } catch (error) {
            script.onerror?.({ type: "error", target: script, error });
          }
        }, 0);
      },
    },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  sandbox.globalThis = sandbox;
  sandbox.location = { href: PAGE_URL };
  vm.createContext(sandbox);
  runScript(entry);
  return { functions, sandbox };
}

module.exports = { loadFunctionsBundle };
