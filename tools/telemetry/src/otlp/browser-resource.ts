/** The `telemetry.sdk.language` of OpenTelemetry's web SDK: telemetry with it comes from a browser. */
export const BROWSER_SDK_LANGUAGE = 'webjs';

/** Whether a resource (its attributes) is a browser: the storefront's page code, a client of the shop. */
export function isBrowserResource(resource: Readonly<Record<string, unknown>>): boolean {
  return resource['telemetry.sdk.language'] === BROWSER_SDK_LANGUAGE;
}
