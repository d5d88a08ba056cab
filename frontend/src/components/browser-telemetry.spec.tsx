import { render, waitFor } from '@testing-library/react';
import { BrowserTelemetry } from './browser-telemetry';

const mockLoaded = jest.fn<void, [string]>();
const mockStartTracing = jest.fn();
const mockStartRum = jest.fn();
jest.mock('@/lib/browser-telemetry', () => {
  mockLoaded('tracing');
  return { startBrowserTelemetry: mockStartTracing };
});
jest.mock('@/lib/cloudwatch-rum', () => {
  mockLoaded('rum');
  return { startCloudWatchRum: mockStartRum };
});

describe(BrowserTelemetry.name, () => {
  it('starts tracing but does not even load CloudWatch RUM when no app monitor is configured', async () => {
    render(
      <BrowserTelemetry otlpEndpoint="http://collector:4318" rum={null} serviceName="web" serviceVersion="1.0.0" />,
    );

    await waitFor(() => expect(mockStartTracing).toHaveBeenCalled());
    expect(mockStartTracing).toHaveBeenCalledWith({
      endpoint: 'http://collector:4318',
      serviceName: 'web',
      serviceVersion: '1.0.0',
    });
    expect(mockLoaded.mock.calls).toEqual([['tracing']]);
    expect(mockStartRum).not.toHaveBeenCalled();
  });

  it('loads CloudWatch RUM with its configuration when there is one', async () => {
    const rum = { applicationId: 'monitor', region: 'eu-west-1', allowCookies: false };
    render(<BrowserTelemetry otlpEndpoint={null} rum={rum} serviceName="web" serviceVersion="1.0.0" />);

    await waitFor(() => expect(mockStartRum).toHaveBeenCalledWith(rum, '1.0.0'));
  });
});
