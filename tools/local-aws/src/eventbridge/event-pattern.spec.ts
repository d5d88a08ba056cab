import { EventPatternError, matchesEventPattern, parseEventPattern, validateEventPattern } from './event-pattern';

// The EC2 event of AWS's "Creating Amazon EventBridge event patterns" page, with the detail fields the
// "Content filtering" page's examples use.
const ec2Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: {
    'instance-id': 'i-1234567890abcdef0',
    state: 'terminated',
    'c-count': 5,
    'd-count': 7,
    'x-limit': 301.8,
    'source-ip': '10.0.0.123',
  },
};

function withDetail(detail: Record<string, unknown>, top: Record<string, unknown> = {}) {
  return { ...ec2Event, ...top, detail };
}

// Each case: [what AWS's documentation shows, pattern, event, expected].
const cases: [string, Record<string, unknown>, unknown, boolean][] = [
  [
    'the EC2 termination pattern',
    {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    },
    ec2Event,
    true,
  ],
  ['exact value, other state', { detail: { state: ['running'] } }, ec2Event, false],
  ['fields absent from the pattern are ignored', { source: ['aws.ec2'] }, ec2Event, true],
  ['a pattern field missing from the event', { detail: { colour: ['red'] } }, ec2Event, false],
  ['prefix', { time: [{ prefix: '2017-12-22' }] }, ec2Event, true],
  ['prefix, not matching', { time: [{ prefix: '2017-10-02' }] }, ec2Event, false],
  [
    'prefix ignoring case',
    { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    withDetail({ service: 'eventbridge' }),
    true,
  ],
  ['suffix', { detail: { FileName: [{ suffix: '.png' }] } }, withDetail({ FileName: 'image.png' }), true],
  [
    'suffix is case-sensitive',
    { detail: { FileName: [{ suffix: '.png' }] } },
    withDetail({ FileName: 'image.PNG' }),
    false,
  ],
  [
    'suffix ignoring case',
    { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    withDetail({ FileName: 'image.PNG' }),
    true,
  ],
  ['anything-but a string', { detail: { state: [{ 'anything-but': 'initializing' }] } }, ec2Event, true],
  [
    'anything-but a string, the excluded value',
    { detail: { state: [{ 'anything-but': 'initializing' }] } },
    withDetail({ state: 'initializing' }),
    false,
  ],
  ['anything-but a number', { detail: { 'x-limit': [{ 'anything-but': 123 }] } }, ec2Event, true],
  [
    'anything-but a list of strings',
    { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    withDetail({ state: 'overloaded' }),
    false,
  ],
  ['anything-but a list of numbers', { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } }, ec2Event, true],
  [
    'anything-but a list of numbers, an excluded value',
    { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    withDetail({ 'x-limit': 200 }),
    false,
  ],
  ['anything-but prefix', { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, ec2Event, true],
  [
    'anything-but prefix, a value with the prefix',
    { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    withDetail({ state: 'initializing' }),
    false,
  ],
  [
    'anything-but suffix',
    { detail: { FileName: [{ 'anything-but': { suffix: '.txt' } }] } },
    withDetail({ FileName: 'notes.txt' }),
    false,
  ],
  [
    'anything-but ignoring case',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['Stopped', 'OverLoaded'] } }] } },
    withDetail({ state: 'STOPPED' }),
    false,
  ],
  [
    'anything-but a wildcard',
    { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    withDetail({ FilePath: '/usr/lib/file.so' }),
    false,
  ],
  [
    'anything-but a wildcard, another path',
    { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    withDetail({ FilePath: '/usr/bin/tool' }),
    true,
  ],
  ['anything-but needs the field', { detail: { colour: [{ 'anything-but': 'red' }] } }, ec2Event, false],
  [
    'numeric ranges',
    {
      detail: {
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ numeric: ['=', 3.018e2] }],
      },
    },
    ec2Event,
    true,
  ],
  ['numeric range, outside', { detail: { 'c-count': [{ numeric: ['>', 0, '<', 5] }] } }, ec2Event, false],
  ['numeric matching ignores strings', { detail: { state: [{ numeric: ['>', 0] }] } }, ec2Event, false],
  ['exact number equals an equal float', { detail: { 'c-count': [5.0] } }, ec2Event, true],
  ['an exact string does not match a number', { detail: { 'c-count': ['5'] } }, ec2Event, false],
  ['exists true', { detail: { state: [{ exists: true }] } }, ec2Event, true],
  ['exists true, field absent', { detail: { colour: [{ exists: true }] } }, ec2Event, false],
  ['exists false, field absent', { detail: { colour: [{ exists: false }] } }, ec2Event, true],
  ['exists false, field present', { detail: { state: [{ exists: false }] } }, ec2Event, false],
  ['exists works on leaves only', { detail: [{ exists: true }] }, ec2Event, false],
  [
    'equals-ignore-case',
    { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] },
    ec2Event,
    true,
  ],
  [
    'wildcard',
    { detail: { FileName: [{ wildcard: 'dir/*.png' }] } },
    withDetail({ FileName: 'dir/subdir/image.png' }),
    true,
  ],
  [
    'wildcard, not matching',
    { detail: { FileName: [{ wildcard: 'dir/*.png' }] } },
    withDetail({ FileName: 'dir/a.jpg' }),
    false,
  ],
  [
    'wildcard with several stars',
    { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
    { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/shop' },
    true,
  ],
  ['an escaped star is literal', { name: [{ wildcard: 'a\\*b' }] }, { name: 'axxb' }, false],
  ['cidr', { detail: { 'source-ip': [{ cidr: '10.0.0.0/24' }] } }, ec2Event, true],
  ['cidr, outside', { detail: { 'source-ip': [{ cidr: '10.0.1.0/24' }] } }, ec2Event, false],
  [
    '$or inside detail, one alternative holds',
    {
      detail: {
        $or: [
          { 'c-count': [{ numeric: ['>', 10] }] },
          { 'd-count': [{ numeric: ['<', 10] }] },
          { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
        ],
      },
    },
    ec2Event,
    true,
  ],
  [
    '$or at the top with other fields',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
    },
    { source: 'aws.cloudwatch', metricName: 'ReadLatency' },
    true,
  ],
  [
    '$or where no alternative holds',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
    },
    { source: 'aws.cloudwatch', metricName: 'DiskQueue', namespace: 'AWS/RDS' },
    false,
  ],
  ['null matches null', { detail: { responseElements: [null] } }, withDetail({ responseElements: null }), true],
  ['null does not match an absent field', { detail: { responseElements: [null] } }, ec2Event, false],
  ['empty string matches empty string', { detail: { eventVersion: [''] } }, withDetail({ eventVersion: '' }), true],
  ['empty string does not match null', { detail: { eventVersion: [''] } }, withDetail({ eventVersion: null }), false],
  ['booleans', { detail: { enabled: [true] } }, withDetail({ enabled: true }), true],
  [
    'an event array matches when the arrays intersect',
    {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
      ],
    },
    {
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b:autoScalingGroupName/ASGTerminate',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    },
    true,
  ],
  ['an event array with no matching element', { resources: ['arn:x'] }, { resources: ['arn:y', 'arn:z'] }, false],
  [
    'nested fields inside an array of objects',
    { detail: { items: { sku: [{ prefix: 'TEA-' }] } } },
    withDetail({ items: [{ sku: 'MUG-1' }, { sku: 'TEA-7' }] }),
    true,
  ],
  [
    'the combined example of the content filtering page',
    {
      time: [{ prefix: '2017-12-22' }],
      detail: {
        state: [{ 'anything-but': 'initializing' }],
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ 'anything-but': [100, 200, 300] }],
      },
    },
    ec2Event,
    true,
  ],
  ['the shop audit rule', { source: [{ prefix: 'shop.' }] }, { source: 'shop.catalog' }, true],
  ['the shop audit rule, another source', { source: [{ prefix: 'shop.' }] }, { source: 'workshop.x' }, false],
];

describe(matchesEventPattern.name, () => {
  it.each(cases)('%s', (_name, pattern, event, expected) => {
    validateEventPattern(pattern);
    expect(matchesEventPattern(pattern, event)).toBe(expected);
  });
});

describe(validateEventPattern.name, () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', ['source'], /not an object/],
    ['empty', {}, /Empty event pattern/],
    ['a leaf that is not an array', { source: 'aws.ec2' }, /Match value must be/],
    ['an empty array', { source: [] }, /Empty arrays/],
    ['an unknown operator', { source: [{ 'starts-with': 'aws.' }] }, /Unrecognized match type starts-with/],
    ['two operators in one object', { source: [{ prefix: 'a', suffix: 'b' }] }, /exactly one key/],
    ['a prefix that is not a string', { source: [{ prefix: 1 }] }, /must be a string/],
    ['exists that is not a boolean', { source: [{ exists: 'yes' }] }, /true or false/],
    ['numeric with an unknown operator', { n: [{ numeric: ['>>', 1] }] }, /Unrecognized numeric range operator/],
    ['numeric with a string bound', { n: [{ numeric: ['>', '1'] }] }, /must be numeric/],
    ['numeric with two lower bounds', { n: [{ numeric: ['>', 1, '>=', 2] }] }, /two lower bounds/],
    ['numeric = combined', { n: [{ numeric: ['=', 1, '<', 2] }] }, /cannot be combined/],
    ['anything-but mixing strings and numbers', { n: [{ 'anything-but': ['a', 1] }] }, /all strings or all numbers/],
    ['anything-but of an unknown kind', { n: [{ 'anything-but': { numeric: ['>', 1] } }] }, /Unsupported anything-but/],
    ['consecutive wildcards', { n: [{ wildcard: 'a**b' }] }, /Consecutive wildcard/],
    ['$or with one alternative', { $or: [{ a: ['b'] }] }, /at least two/],
    ['a bad cidr', { ip: [{ cidr: '10.0.0.300/8' }] }, /Nonstandard IP address/],
  ])('refuses %s', (_name, pattern, message) => {
    expect(() => validateEventPattern(pattern)).toThrow(EventPatternError);
    expect(() => validateEventPattern(pattern)).toThrow(message);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseEventPattern('{source:')).toThrow('Event pattern is not valid. Reason: Filter is not valid JSON');
  });
});
