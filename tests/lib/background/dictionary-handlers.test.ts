import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { bytesToBase64 } from '@/lib/data/base64';
import { dispatch } from '@/lib/messaging/dispatch';
import { makeDeps } from '@/tests/support/background-harness';

const zip = zipSync({
  'index.json': strToU8(JSON.stringify({ title: 'Mini ES', revision: '1', format: 3 })),
  'term_bank_1.json': strToU8(
    JSON.stringify([
      ['casa', '', 'n', '', 0, ['house'], 1, ''],
      ['perro', '', 'n', '', 0, ['dog'], 2, ''],
    ]),
  ),
});
const OWN = { id: 'rung', origin: 'chrome-extension://rung/' };
const SETTINGS_PAGE = { id: 'rung', url: 'chrome-extension://rung/options.html' };

describe('dictionaries through the background (the settings page never opens the database)', () => {
  it('imports a file sent as base64, lists it with its size, and removes it', async () => {
    const h = createHandlers(makeDeps());
    expect(await h['dict/list']({}, SETTINGS_PAGE)).toEqual({ dictionaries: [] });
    const imported = await h['dict/import']({ name: 'mini.zip', base64: bytesToBase64(zip) }, SETTINGS_PAGE);
    expect(imported).toEqual({ title: 'Mini ES', terms: 2 });
    const { dictionaries } = await h['dict/list']({}, SETTINGS_PAGE);
    expect(dictionaries).toEqual([
      expect.objectContaining({ title: 'Mini ES', terms: 2, bytes: zip.byteLength }),
    ]);
    expect(await h['dict/remove']({ title: 'Mini ES' }, SETTINGS_PAGE)).toEqual({ ok: true });
    expect(await h['dict/list']({}, SETTINGS_PAGE)).toEqual({ dictionaries: [] });
  });

  it('refuses a file that is not a dictionary with a message for the learner', async () => {
    const h = createHandlers(makeDeps());
    await expect(h['dict/import']({ name: 'x.zip', base64: '%%%' }, SETTINGS_PAGE)).rejects.toThrow(
      /not a Yomitan dictionary/,
    );
    await expect(
      h['dict/import']({ name: 'x.zip', base64: bytesToBase64(strToU8('plain text')) }, SETTINGS_PAGE),
    ).rejects.toThrow(/./);
    expect(await h['dict/list']({}, SETTINGS_PAGE)).toEqual({ dictionaries: [] });
  });

  it('is not available to web pages', async () => {
    const h = createHandlers(makeDeps());
    const reply = await dispatch(
      h,
      { type: 'dict/list', payload: {} },
      { id: 'rung', url: 'https://evil.example/', tabId: 1 },
      OWN,
    );
    expect(reply).toEqual({ rungError: expect.stringMatching(/not available to pages/) });
  });
});
