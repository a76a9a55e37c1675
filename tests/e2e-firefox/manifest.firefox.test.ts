import { describe, expect, it } from 'vitest';
import { expectedPermissions, readBuiltManifest } from '../support/built-manifest';

// The Firefox package as built (`wxt build -b firefox` runs before this suite).
describe('Firefox package manifest', () => {
  const { manifest, files } = readBuiltManifest('firefox-mv2');

  it('asks for exactly the permissions the README lists for Firefox, and not tabs', () => {
    expect(manifest.permissions?.filter((p) => !p.includes('://') && !p.startsWith('<')).sort()).toEqual(
      expectedPermissions('firefox'),
    );
    expect(manifest.permissions).not.toContain('tabs');
  });

  it('declares that page text may go to the LLM endpoint the learner configures', () => {
    const declared = manifest.browser_specific_settings?.gecko?.data_collection_permissions;
    expect(declared?.required).toEqual(['none']);
    expect(declared?.optional).toContain('websiteContent');
  });

  it('does not ship the benchmark page', () => {
    expect(files.filter((f) => f.includes('bench-empty'))).toEqual([]);
  });
});
