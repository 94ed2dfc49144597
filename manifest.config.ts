/**
 * One manifest source (manifest.json, in its Chrome form) and the Firefox differences derived
 * from it, so the two builds can never drift apart.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** The add-on id Firefox signs and policies address (also used in docs/managed-settings.md). */
export const GECKO_ID = 'calmreply@calmreply.example';

export function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(base) as Record<string, unknown>;
  manifest.version = pkg.version;
  if (target === 'chrome') {
    // Chrome/Edge read the practice IT's policy against this schema (storage.managed); Firefox
    // takes the same values from policies.json instead (docs/managed-settings.md).
    manifest.storage = { managed_schema: 'managed_schema.json' };
  }
  if (target === 'firefox') {
    const background = base.background;
    manifest.background = { scripts: [background.service_worker], type: background.type };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Firefox's built-in data consent: CalmReply collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as unknown as ManifestV3Export;
}
