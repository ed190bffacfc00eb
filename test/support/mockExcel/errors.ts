/**
 * Errors shaped like office.js's `OfficeExtension.Error` ("RichApi.Error"): a `code`, Excel's own
 * message for that code and `debugInfo` naming the failing statement, so code that maps
 * `error.code` to words can be tested against what Excel really sends.
 */
export type ExcelErrorCode =
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidObjectPath"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "UndoNotSupported";

/** Excel's messages for these codes (as office.js reports them in English). */
const MESSAGES: Record<ExcelErrorCode, string> = {
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidOperationInCellEditMode: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  // "Error handling with the application-specific JavaScript APIs" (error code table): only Excel
  // on the web sends it. There is no "PayloadTooLarge" code.
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  UndoNotSupported: "The operation isn't supported while undo operations are being grouped.",
};

export class MockExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: ExcelErrorCode; message: string; errorLocation?: string; statement?: string; detail?: string };
  constructor(
    readonly code: ExcelErrorCode,
    options: { message?: string; location?: string; statement?: string; detail?: string } = {},
  ) {
    const message = options.message ?? MESSAGES[code];
    super(message);
    this.debugInfo = { code, message, errorLocation: options.location, statement: options.statement, detail: options.detail };
  }
}

export function excelError(code: ExcelErrorCode, location?: string, detail?: string): MockExcelError {
  return new MockExcelError(code, { location, detail });
}

/** Reading a property that was not loaded and synced: office.js throws this on the client, at once. */
export function propertyNotLoaded(type: string, property: string, state: string): MockExcelError {
  return new MockExcelError("PropertyNotLoaded", {
    message: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (office-addin-mock: ${state})`,
    location: `${type}.${property}`,
    detail: state,
  });
}
