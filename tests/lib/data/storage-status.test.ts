import { describe, expect, it } from 'vitest';
import { formatBytes, storageStatus } from '@/lib/data/storage-status';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('storageStatus', () => {
  it.each([
    // usage, quota, persisted → level, warnings
    [12 * MB, 60 * GB, true, 'ok', []],
    [12 * MB, 60 * GB, false, 'warning', ['not-persisted']],
    [12 * MB, 60 * GB, null, 'warning', ['not-persisted']],
    [81 * MB, 100 * MB, true, 'warning', ['near-quota']],
    [96 * MB, 100 * MB, false, 'critical', ['quota-critical', 'not-persisted']],
    [120 * MB, 100 * MB, true, 'critical', ['quota-critical']],
    [undefined, undefined, true, 'ok', ['unknown-usage']],
  ] as const)('usage %s of %s, persisted %s → %s %j', (usage, quota, persisted, level, warnings) => {
    const s = storageStatus({ usage, quota }, persisted);
    expect(s.level).toBe(level);
    expect(s.warnings).toEqual(warnings);
    expect(s.messages).toHaveLength(warnings.length);
  });

  it('reports usage, quota and their share, and copes with a missing API', () => {
    const s = storageStatus({ usage: 3 * MB, quota: 12 * MB }, true);
    expect(s).toMatchObject({ usageText: '3 MB', quotaText: '12 MB', fraction: 0.25, persisted: true });
    const none = storageStatus(null, null);
    expect(none).toMatchObject({ usageBytes: null, quotaBytes: null, fraction: null, usageText: 'unknown' });
    expect(none.warnings).toEqual(['not-persisted', 'unknown-usage']);
    expect(storageStatus({ usage: Number.NaN, quota: 0 }, true).fraction).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [10.25 * MB, '10.3 MB'],
    [250 * GB, '250 GB'],
    [-1, 'unknown'],
    [null, 'unknown'],
  ])('%s → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
