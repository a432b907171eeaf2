// notebook.*, settings.* and trash.* methods.
import { z } from 'zod';
import { Language } from '../domain/enums';
import { Empty, FileProblem, Id, UnreadableFile, listOf } from './common';

export const NotebookInfo = z.object({
  path: z.string(),
  name: z.string(),
  customers: z.number().int(),
  meetings: z.number().int(),
  unreadable: z.array(UnreadableFile),
  problems: z.array(FileProblem),
  conflictCopies: z.array(z.string()),
});
export type NotebookInfo = z.infer<typeof NotebookInfo>;

export const RecentNotebook = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentNotebook = z.infer<typeof RecentNotebook>;

export const WindowBounds = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
});

export const Settings = z.object({
  language: Language,
  recentNotebooks: z.array(RecentNotebook),
  windowBounds: WindowBounds.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const TrashEntry = z.object({
  trashId: z.string(),
  deletedAt: z.string(),
  paths: z.array(z.string()),
  title: z.string(),
});
export type TrashEntry = z.infer<typeof TrashEntry>;

export const notebookMethods = {
  'notebook.info': { input: Empty, output: NotebookInfo },
  'notebook.open': { input: z.object({ path: z.string().min(1) }), output: NotebookInfo },
  'notebook.recent': { input: Empty, output: listOf(RecentNotebook) },
  'settings.get': { input: Empty, output: Settings },
  'settings.update': {
    input: z.object({ language: Language.optional(), windowBounds: WindowBounds.optional() }),
    output: Settings,
  },
  'trash.list': { input: Empty, output: listOf(TrashEntry) },
  'trash.restore': {
    input: z.object({ trashId: Id }),
    output: z.object({ restored: z.array(z.string()) }),
  },
} as const;
