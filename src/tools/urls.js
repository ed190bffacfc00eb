// @ts-check
/**
 * Where the add-in is served. Source files (manifest.xml, @helpurl tags) name the dev server;
 * the production build rewrites every occurrence to the production base URL, which is
 * `ADDIN_BASE_URL` from the environment or `config.prod_base_url` in package.json.
 */
const pkg = require("../../package.json");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);
const DEV_BASE_URL = `https://localhost:${DEV_PORT}/`;

/** @returns {string} the production base URL, always ending in "/" */
function productionBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL || pkg.config.prod_base_url;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https, got ${raw}`);
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

module.exports = { DEV_PORT, DEV_BASE_URL, productionBaseUrl, rewriteDevUrls };
