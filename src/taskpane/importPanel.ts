/**
 * The dataset and the import code, in one chunk loaded on demand (it holds the dataset itself),
 * so start-up stays small. The import's screens are in views/; its behaviour in operations.ts.
 */
export type PaneData = typeof import("./import/paneData");

let paneData: Promise<PaneData> | undefined;
export const loadPaneData = (): Promise<PaneData> => (paneData ??= import(/* webpackChunkName: "pane-data" */ "./import/paneData"));
