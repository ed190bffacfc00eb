import { execFileSync } from "child_process";
import fs from "fs";
import https from "https";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { DIST } from "../support/dist";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic, cspOf } = require("../../src/tools/dev-server") as {
  serveStatic: (o: { root: string; port: number; key: Buffer; cert: Buffer }) => Promise<https.Server>;
  cspOf: (html: string) => string | undefined;
};

/** The dev server of `npm start`, on a free port (never 3000) over the production build. */
let server: https.Server;
let port: number;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "devserver-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost"], { stdio: "ignore" });
  server = await serveStatic({ root: DIST, port: 0, key: fs.readFileSync(key), cert: fs.readFileSync(cert) });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function request(method: string, pathname: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: "localhost", port, path: pathname, method, rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(method === "POST" || method === "PUT" ? "x=1" : undefined);
  });
}

test.each(["POST", "PUT", "DELETE", "OPTIONS", "PATCH"])("%s is refused with 405 and the allowed methods", async (method) => {
  const res = await request(method, "/taskpane.html");
  expect(res.status).toBe(405);
  expect(res.headers.allow).toBe("GET, HEAD");
});

test("GET and HEAD serve files with nosniff and without the * CORS header", async () => {
  const get = await request("GET", "/functions.json");
  expect(get.status).toBe(200);
  expect(get.headers["x-content-type-options"]).toBe("nosniff");
  expect(get.headers["access-control-allow-origin"]).toBeUndefined();
  expect(JSON.parse(get.body)).toHaveProperty("functions");
  const head = await request("HEAD", "/functions.json");
  expect(head.status).toBe(200);
  expect(head.body).toBe("");
  expect(head.headers["content-type"]).toMatch(/application\/json/);
  const missing = await request("GET", "/nothing-here.js");
  expect(missing.status).toBe(404);
  expect(missing.headers["x-content-type-options"]).toBe("nosniff");
});

test("each HTML page's Content-Security-Policy meta is mirrored as a header", async () => {
  for (const page of ["/taskpane.html", "/help/LOSSRATIO.html"]) {
    const res = await request("GET", page);
    const meta = cspOf(res.body);
    expect(meta).toMatch(/default-src/);
    expect(res.headers["content-security-policy"]).toBe(meta);
  }
  // The policy reads the same whichever way the build quotes the attribute.
  expect(cspOf(`<meta content="default-src 'self'" http-equiv="Content-Security-Policy">`)).toBe("default-src 'self'");
  expect(cspOf(`<meta http-equiv=content-security-policy content="img-src &#39;self&#39;">`)).toBe("img-src 'self'");
  expect(cspOf(`<meta name=viewport content="width=device-width">`)).toBeUndefined();
});
