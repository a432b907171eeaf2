// A notebook's own settings, `.prepnote/notebook.json` (lowdb): the checklist's extra manual
// items and extra vague phrases. Read again whenever the file changes on disk (people edit it by
// hand); a corrupt file is set aside as `.bak` and reported, parts that do not fit are ignored
// and reported.
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import type { UnreadableFile as UnreadableFileSchema } from '../../shared/contract';
import type { ExtraChecklistItem, NotebookPhrases } from '../../shared/checklist/review';
import { Language } from '../../shared/domain/enums';
import { openJsonStore } from './jsonStore';
import type { NotebookPaths } from './paths';

export interface NotebookSettings {
  checklist: { extraItems: ExtraChecklistItem[] };
  phrases: NotebookPhrases;
}

const ExtraItem = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  label: z.partialRecord(Language, z.string()),
});
const PhraseList = z.array(z.string()).optional();
// The keys shared/checklist/phrases/index.ts understands; anything else is ignored.
const Phrases = z.partialRecord(
  Language,
  z.object({ vague: PhraseList, placeholders: PhraseList, weak: PhraseList, commitments: PhraseList }),
);

type UnreadableFile = z.infer<typeof UnreadableFileSchema>;

const NOTEBOOK_SETTINGS_FILE = '.prepnote/notebook.json';

export class NotebookSettingsStore {
  private cached: { key: string; settings: NotebookSettings } | undefined;
  /** A corrupt or unreadable file; kept for the session, also once the file is set aside. */
  private fileProblem: UnreadableFile | undefined;
  /** Parts of the file the app cannot use, as of the last read. */
  private valueProblems: UnreadableFile[] = [];

  constructor(private readonly paths: NotebookPaths) {}

  /** What notebook.info reports about the file. */
  get problems(): UnreadableFile[] {
    return [...(this.fileProblem ? [this.fileProblem] : []), ...this.valueProblems];
  }

  private get file(): string {
    return this.paths.abs(NOTEBOOK_SETTINGS_FILE);
  }

  async get(): Promise<NotebookSettings> {
    const key = await stat(this.file).then(
      (info) => `${info.size}:${info.mtimeMs}:${info.ino}`,
      () => 'missing',
    );
    if (this.cached?.key === key) return this.cached.settings;
    const settings = await this.read();
    this.cached = { key, settings };
    return settings;
  }

  private async read(): Promise<NotebookSettings> {
    const store = await openJsonStore(this.file);
    const problems: UnreadableFile[] = [];
    if (store.problem) this.fileProblem = { path: NOTEBOOK_SETTINGS_FILE, reason: store.problem.reason };
    const data = store.db.data;
    const checklist = (data.checklist ?? {}) as Record<string, unknown>;
    const extraItems: ExtraChecklistItem[] = [];
    for (const [i, item] of (Array.isArray(checklist.extraItems) ? checklist.extraItems : []).entries()) {
      const parsed = ExtraItem.safeParse(item);
      if (parsed.success) extraItems.push(parsed.data);
      else
        problems.push({
          path: NOTEBOOK_SETTINGS_FILE,
          reason: `checklist.extraItems.${i} is not an item the app can use`,
        });
    }
    const phrases = Phrases.safeParse(data.phrases ?? {});
    if (!phrases.success)
      problems.push({ path: NOTEBOOK_SETTINGS_FILE, reason: 'phrases are not lists of text per language' });
    this.valueProblems = problems;
    return { checklist: { extraItems }, phrases: phrases.success ? phrases.data : {} };
  }
}
