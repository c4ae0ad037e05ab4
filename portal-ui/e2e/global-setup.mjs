// Fails the run at once, with a clear message, when the portal is not up.
/** @param {import('@playwright/test').FullConfig} config */
export default async function globalSetup(config) {
  const url = config.projects[0].use.baseURL;
  const up = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) }).then(
    (response) => response.ok,
    () => false,
  );
  if (!up) throw new Error(`The portal is not reachable at ${url} (set PORTAL_URL).`);
}
