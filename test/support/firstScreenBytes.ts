import zlib from "zlib";
import type { Page, Request } from "playwright-core";

/**
 * What the pane fetches before its first screen is complete, as the user's browser does it:
 * every request the page made until the pane set `document.body.dataset.ready = "1"`, except
 * office.js and the files it loads from Microsoft's CDN. Bodies are gzipped here (level 9), as a
 * static host would serve them, so the figure does not depend on the test server.
 */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

export interface ByteCount {
  files: { url: string; bytes: number; gz: number }[];
  gz: number;
}

export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

export async function countBytes(requests: readonly Request[]): Promise<ByteCount> {
  const files: ByteCount["files"] = [];
  for (const request of requests) {
    if (request.url().startsWith(OFFICE_CDN)) continue;
    const response = await request.response();
    if (response === null) continue;
    const body = await response.body();
    files.push({ url: new URL(request.url()).pathname, bytes: body.length, gz: zlib.gzipSync(body, { level: 9 }).length });
  }
  return { files, gz: files.reduce((t, f) => t + f.gz, 0) };
}

/** Waits for the pane's own "first screen complete" signal and counts what was requested until then. */
export async function firstScreenBytes(page: Page, requests: Request[]): Promise<ByteCount> {
  await page.waitForFunction(() => document.body.dataset.ready === "1", undefined, { timeout: 15000 });
  return countBytes([...requests]);
}
