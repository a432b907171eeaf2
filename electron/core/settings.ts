// App settings (architecture.md, "Where things live"): `settings.json` in the user-data folder,
// through lowdb. Language, recent notebooks, window size. A value of a known key that does not
// fit is ignored with a report (the rest of the file still counts); keys the app does not know
// are kept.
import path from 'node:path';
import type { z } from 'zod';
import { type RecentNotebook, Settings as SettingsSchema } from '../../shared/contract';
import type { Settings } from '../../shared/contract';
import { type JsonObject, type JsonStore, openJsonStore } from './jsonStore';

const DEFAULTS: Settings = { language: 'en', recentNotebooks: [] };
const MAX_RECENT = 10;

export interface SettingsProblem {
  path: string;
  reason: string;
}

export class AppSettings {
  private constructor(
    private readonly store: JsonStore,
    readonly problems: SettingsProblem[],
  ) {}

  static async open(dataDir: string): Promise<AppSettings> {
    const file = path.join(dataDir, 'settings.json');
    const store = await openJsonStore(file);
    const problems = store.problem ? [store.problem] : [];
    for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
      const value = store.db.data[key];
      if (value !== undefined && !fieldSchema(key).safeParse(value).success) {
        problems.push({
          path: file,
          reason: `The setting "${key}" has a value the app cannot use; the default applies`,
        });
      }
    }
    return new AppSettings(store, problems);
  }

  get(): Settings {
    const data = this.store.db.data;
    const settings: Settings = { ...DEFAULTS };
    for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
      const parsed = fieldSchema(key).safeParse(data[key]);
      if (parsed.success && parsed.data !== undefined) (settings as JsonObject)[key] = parsed.data;
    }
    return settings;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    await this.store.db.update((data) => {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) data[key] = value;
    });
    return this.get();
  }

  /** Puts a notebook first in the recent list (once), keeping the newest ten. */
  async rememberNotebook(notebookPath: string, openedAt: Date): Promise<void> {
    const entry: RecentNotebook = {
      path: notebookPath,
      name: path.basename(notebookPath),
      openedAt: openedAt.toISOString(),
    };
    const others = this.get().recentNotebooks.filter((r) => r.path !== notebookPath);
    await this.update({ recentNotebooks: [entry, ...others].slice(0, MAX_RECENT) });
  }
}

function fieldSchema(key: keyof Settings): z.ZodType {
  return SettingsSchema.shape[key] as z.ZodType;
}
