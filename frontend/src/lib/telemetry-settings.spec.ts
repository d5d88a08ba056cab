import { browserTelemetrySettings } from './telemetry-settings';

describe(browserTelemetrySettings.name, () => {
  it('sends spans to the local collector and loads no CloudWatch RUM by default', () => {
    expect(browserTelemetrySettings({})).toEqual({ otlpEndpoint: 'http://localhost:4318', rum: null });
  });

  it('turns browser tracing off with OTEL_SDK_DISABLED', () => {
    expect(browserTelemetrySettings({ OTEL_SDK_DISABLED: 'true' }).otlpEndpoint).toBeNull();
  });

  it('needs an app monitor and a region for CloudWatch RUM', () => {
    expect(browserTelemetrySettings({ RUM_REGION: 'eu-west-1', RUM_IDENTITY_POOL_ID: 'pool' }).rum).toBeNull();
    expect(browserTelemetrySettings({ RUM_APP_MONITOR_ID: 'monitor' }).rum).toBeNull();
  });

  it('configures CloudWatch RUM from the RUM_* settings, the region falling back to AWS_REGION', () => {
    expect(
      browserTelemetrySettings({
        RUM_APP_MONITOR_ID: 'monitor',
        AWS_REGION: 'eu-central-1',
        RUM_IDENTITY_POOL_ID: 'eu-central-1:pool',
        RUM_ENDPOINT: 'https://rum.example',
        RUM_ALLOW_COOKIES: 'true',
      }).rum,
    ).toEqual({
      applicationId: 'monitor',
      region: 'eu-central-1',
      identityPoolId: 'eu-central-1:pool',
      endpoint: 'https://rum.example',
      allowCookies: true,
    });
    expect(browserTelemetrySettings({ RUM_APP_MONITOR_ID: 'monitor', RUM_REGION: 'us-east-1' }).rum).toEqual({
      applicationId: 'monitor',
      region: 'us-east-1',
      allowCookies: false,
    });
  });
});
