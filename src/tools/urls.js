// @ts-check
/**
 * Where the add-in is served. Source files (manifest.xml, @helpurl tags) name the dev server;
 * the production build rewrites every occurrence to the production base URL, `ADDIN_BASE_URL`
 * from the environment. There is deliberately no default: a manifest that names a host the
 * organisation does not own would load somebody else's code into Excel.
 */
const pkg = require("../../package.json");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);
const DEV_BASE_URL = `https://localhost:${DEV_PORT}/`;

class BaseUrlError extends Error {}

/**
 * @param {string | undefined} raw the value of ADDIN_BASE_URL
 * @returns {string} the production base URL, always ending in "/"
 */
function productionBaseUrl(raw = process.env.ADDIN_BASE_URL) {
  if (raw === undefined || raw.trim() === "") {
    throw new BaseUrlError(
      "A production build needs the HTTPS address where dist/ will be hosted.\n" +
        "  Set ADDIN_BASE_URL, e.g.  ADDIN_BASE_URL=https://addins.example.org/ai/ npm run build\n" +
        "  (for a local build to try out, use  npm run build:dev  or  npm start).",
    );
  }
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BaseUrlError(`ADDIN_BASE_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:") throw new BaseUrlError(`ADDIN_BASE_URL must start with https:// (Office loads add-ins over HTTPS only), got ${raw}`);
  if (url.search !== "" || url.hash !== "") throw new BaseUrlError(`ADDIN_BASE_URL must be a folder address without ?query or #fragment, got ${raw}`);
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new BaseUrlError(`ADDIN_BASE_URL names this machine (${url.hostname}); a production manifest must name the host your users reach`);
  }
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

/**
 * Replaces every dev URL (and the bare dev origin, as in <AppDomain>) with the target base.
 * @param {string} text
 * @param {string} base
 */
function rewriteDevUrls(text, base) {
  const origin = DEV_BASE_URL.slice(0, -1);
  const targetOrigin = new URL(base).origin;
  return text.split(DEV_BASE_URL).join(base).split(origin).join(targetOrigin);
}

module.exports = { BaseUrlError, DEV_PORT, DEV_BASE_URL, productionBaseUrl, rewriteDevUrls };
