/** What `navigator.storage.estimate()` resolves to (every field is optional in the spec). */
export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export type StorageWarning = 'not-persisted' | 'near-quota' | 'quota-critical' | 'unknown-usage';

export interface StorageStatus {
  usageBytes: number | null;
  quotaBytes: number | null;
  /** usage / quota, 0..1, or null when either is unknown. */
  fraction: number | null;
  /** true: the browser will not evict Rung's data; false: it may; null: the browser cannot say. */
  persisted: boolean | null;
  usageText: string;
  quotaText: string;
  /** Most serious first; empty when all is well. */
  warnings: StorageWarning[];
  /** Learner-facing text for each warning, in the same order. */
  messages: string[];
  level: 'ok' | 'warning' | 'critical';
}

/** Above these shares of the quota the settings page warns, then urges. */
export const NEAR_QUOTA = 0.8;
export const CRITICAL_QUOTA = 0.95;

const MESSAGES: Record<StorageWarning, string> = {
  'quota-critical':
    'Rung has almost no storage space left. New answers may fail to save: export your data, then delete pages you no longer need.',
  'near-quota':
    'Rung is using most of the storage space the browser allows it. Consider exporting your data.',
  'not-persisted':
    'The browser may delete Rung’s data when the disk runs low. Allow persistent storage, and export your data from time to time.',
  'unknown-usage': 'The browser does not say how much space Rung uses.',
};

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB" (powers of 1024, as the browsers' own storage pages count). */
export function formatBytes(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return 'unknown';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))} ${UNITS[unit]}`;
}

const usable = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null);

/**
 * What the settings page shows about storage, from the results of `navigator.storage.estimate()`
 * and `navigator.storage.persisted()` (either may be null where the API is missing or failed).
 */
export function storageStatus(
  estimate: StorageEstimateLike | null,
  persisted: boolean | null,
): StorageStatus {
  const usageBytes = usable(estimate?.usage);
  const quotaBytes = usable(estimate?.quota);
  const fraction =
    usageBytes !== null && quotaBytes !== null && quotaBytes > 0
      ? Math.min(1, usageBytes / quotaBytes)
      : null;
  const warnings: StorageWarning[] = [];
  if (fraction !== null && fraction >= CRITICAL_QUOTA) warnings.push('quota-critical');
  else if (fraction !== null && fraction >= NEAR_QUOTA) warnings.push('near-quota');
  // Unknown persistence is treated as "may be evicted": the safe thing to tell the learner.
  if (persisted !== true) warnings.push('not-persisted');
  if (usageBytes === null) warnings.push('unknown-usage');
  return {
    usageBytes,
    quotaBytes,
    fraction,
    persisted,
    usageText: formatBytes(usageBytes),
    quotaText: formatBytes(quotaBytes),
    warnings,
    messages: warnings.map((w) => MESSAGES[w]),
    level: warnings.includes('quota-critical')
      ? 'critical'
      : warnings.some((w) => w !== 'unknown-usage')
        ? 'warning'
        : 'ok',
  };
}
