import { describe, expect, it } from 'vitest';
import { expectedPermissions, readBuiltManifest } from '../support/built-manifest';

// The package as built (`wxt build` runs before this suite), not the config that makes it.
describe('Chrome package manifest', () => {
  const { manifest, files } = readBuiltManifest('chrome-mv3');

  it('asks for exactly the permissions the README lists, and not tabs', () => {
    expect(manifest.permissions?.slice().sort()).toEqual(expectedPermissions('chrome'));
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
  });

  it('does not ship the benchmark page', () => {
    expect(files.filter((f) => f.includes('bench-empty'))).toEqual([]);
  });
});
