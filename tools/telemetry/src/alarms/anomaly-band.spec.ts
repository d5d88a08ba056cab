import { anomalyBand } from './anomaly-band';

describe(anomalyBand.name, () => {
  it('is the mean ± k standard deviations of the training datapoints, gaps skipped', () => {
    // mean 5, population standard deviation 2
    const band = anomalyBand([2, 4, 4, null, 4, 5, 5, 7, 9], 2);
    expect(band!.lower).toBeCloseTo(1, 10);
    expect(band!.upper).toBeCloseTo(9, 10);
  });

  it('stays 10 % of the mean wide around a flat history', () => {
    expect(anomalyBand([50, 50, 50, 50, 50], 3)).toEqual({ lower: 35, upper: 65 });
  });

  it('stays 0.01 wide around a history of zeros', () => {
    expect(anomalyBand([0, 0, 0, 0, 0], 2)).toEqual({ lower: -0.02, upper: 0.02 });
  });

  it('is unknown with fewer than 5 training datapoints', () => {
    expect(anomalyBand([1, 2, 3, 4, null, null], 2)).toBeNull();
  });
});
