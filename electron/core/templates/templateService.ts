// The agenda templates (product.md, "Agenda templates"; contract.md, `templates.*`): the
// built-ins shipped with the app, in English and Vietnamese, and the notebook's own Markdown
// files in `templates/`. Which file serves a request is decided here:
//
// - A notebook template's `lang` decides the language it serves. One whose `lang` is missing
//   or not `en`/`vi` (a hand-made file, most likely) serves both languages, so a template
//   someone wrote never vanishes from the list just because it names no language.
// - For an id and a language, the first of these wins: the notebook template in that language;
//   the notebook template that serves both; the built-in in that language. A notebook template
//   with a built-in's id therefore overrides that built-in (`builtIn: false`) in its language.
// - Fallback: when nothing serves the id in the requested language but something does in the
//   other one, that template is returned (with its own `lang`), so a meeting started from a
//   Vietnamese-only template still gets its agenda in an English session.
// - A notebook file that cannot be read is skipped (a built-in of the same id serves instead)
//   and reported by `listProblems()`; `getTemplate` of an id whose only file is broken answers
//   UNREADABLE_FILE rather than pretending it does not exist.
//
// Notebook templates are read on every call: they are few and small, and the user may edit
// them in another program at any time. Built-ins never change while the app runs and are read
// once.
import { realpath, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedInput, Template, TemplateSummary } from '../../../shared/contract';
import { ApiError } from '../../../shared/contract';
import { BUILT_IN_TEMPLATE_IDS, type Language } from '../../../shared/domain/enums';
import { slugify, uniqueSlug } from '../../../shared/text/slug';
import { writeFileAtomic } from '../atomicWrite';
import { checkId } from '../ids';
import {
  NOTEBOOK_TEMPLATES_DIR,
  type LoadResult,
  idOf,
  loadBuiltInTemplates,
  loadNotebookTemplates,
} from './loadTemplates';
import { formatTemplateFile } from './templateFile';
import type { AppliedTemplate, LoadedTemplate, TemplateProblem } from './types';

export type SaveTemplateInput = ParsedInput<'templates.save'>;

export interface TemplateServiceOptions {
  /** The folder holding `templates/en` and `templates/vi` (the app's `resources/`). */
  resourcesDir: string;
  /** The open notebook's folder; a function because `notebook.open` can switch notebooks. */
  notebookDir: string | (() => string);
}

export interface TemplateService {
  /** Built-ins in the order of contract.md, then the notebook's other templates by name. */
  listTemplates(lang: Language): Promise<{ items: TemplateSummary[] }>;
  /** NOT_FOUND when no file serves the id; FORBIDDEN_PATH {id} for an unsafe id. */
  getTemplate(id: string, lang: Language): Promise<Template>;
  /** Writes `<notebook>/templates/<id>.md`; returns the id it used. */
  saveTemplate(input: SaveTemplateInput): Promise<{ id: string }>;
  /** What `meetings.create {template}` copies into a new meeting. */
  applyTemplate(id: string, lang: Language): Promise<AppliedTemplate>;
  /** Template files skipped because they could not be read. */
  listProblems(): Promise<TemplateProblem[]>;
}

const BUILT_IN_IDS: readonly string[] = BUILT_IN_TEMPLATE_IDS;

export function createTemplateService(options: TemplateServiceOptions): TemplateService {
  const notebookDir =
    typeof options.notebookDir === 'string' ? constant(options.notebookDir) : options.notebookDir;
  let builtIns: Promise<LoadResult> | undefined;
  // Saves run one after another, so two new templates with the same name get `-2` and `-3`
  // instead of both claiming the same free file name.
  let saving: Promise<unknown> = Promise.resolve();

  async function loadAll(): Promise<LoadResult & { notebookProblems: TemplateProblem[] }> {
    builtIns ??= loadBuiltInTemplates(options.resourcesDir);
    const [shipped, own] = await Promise.all([builtIns, loadNotebookTemplates(notebookDir())]);
    return {
      templates: [...own.templates, ...shipped.templates],
      problems: [...own.problems, ...shipped.problems],
      notebookProblems: own.problems,
    };
  }

  async function getTemplate(id: string, lang: Language): Promise<Template> {
    const safeId = checkId(id);
    const { templates, notebookProblems } = await loadAll();
    const found = resolve(templates, safeId, lang);
    if (found) return toTemplate(found, lang);
    const broken = notebookProblems.find((p) => idOf(path.posix.basename(p.path)) === safeId);
    if (broken) throw new ApiError('UNREADABLE_FILE', `Template "${safeId}" cannot be read`, broken);
    throw new ApiError('NOT_FOUND', `No template "${safeId}"`);
  }

  async function listTemplates(lang: Language): Promise<{ items: TemplateSummary[] }> {
    const { templates } = await loadAll();
    const first = BUILT_IN_IDS.flatMap((id) => {
      const found = resolve(templates, id, lang);
      return found ? [found] : [];
    });
    const otherIds = new Set(
      templates.filter((t) => !BUILT_IN_IDS.includes(t.id) && serves(t, lang)).map((t) => t.id),
    );
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const others = [...otherIds]
      .flatMap((id) => {
        const found = resolve(templates, id, lang);
        return found ? [found] : [];
      })
      .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id));
    return {
      items: [...first, ...others].map((t) => ({
        id: t.id,
        name: t.name,
        duration: t.duration,
        builtIn: t.source === 'built-in',
      })),
    };
  }

  async function saveTemplate(input: SaveTemplateInput): Promise<{ id: string }> {
    const run = saving.then(() => writeTemplate(notebookDir(), input));
    saving = run.catch(() => undefined);
    return run;
  }

  async function applyTemplate(id: string, lang: Language): Promise<AppliedTemplate> {
    const t = await getTemplate(id, lang);
    return {
      duration: t.duration,
      agenda: t.agenda.map((item) => ({ ...item })),
      questions: [...t.questions],
      preparation: t.preparation,
      exampleObjective: t.exampleObjective,
      exampleBenefit: t.exampleBenefit,
    };
  }

  async function listProblems(): Promise<TemplateProblem[]> {
    return (await loadAll()).problems;
  }

  return { listTemplates, getTemplate, saveTemplate, applyTemplate, listProblems };
}

/** The file that serves `id` in `lang`, by the precedence at the top of this module. */
function resolve(templates: LoadedTemplate[], id: string, lang: Language): LoadedTemplate | undefined {
  const mine = templates.filter((t) => t.id === id);
  const pick = (source: LoadedTemplate['source'], wanted: Language | undefined) =>
    mine.find((t) => t.source === source && t.lang === wanted);
  const other: Language = lang === 'en' ? 'vi' : 'en';
  return (
    pick('notebook', lang) ??
    pick('notebook', undefined) ??
    pick('built-in', lang) ??
    pick('notebook', other) ??
    pick('built-in', other)
  );
}

function serves(t: LoadedTemplate, lang: Language): boolean {
  return t.lang === undefined || t.lang === lang;
}

function toTemplate(t: LoadedTemplate, requested: Language): Template {
  return {
    id: t.id,
    name: t.name,
    lang: t.lang ?? requested,
    duration: t.duration,
    agenda: t.agenda.map((item) => ({ ...item })),
    exampleObjective: t.exampleObjective,
    exampleBenefit: t.exampleBenefit,
    questions: [...t.questions],
    preparation: t.preparation,
    builtIn: t.source === 'built-in',
  };
}

async function writeTemplate(notebook: string, input: SaveTemplateInput): Promise<{ id: string }> {
  const folder = path.join(notebook, NOTEBOOK_TEMPLATES_DIR);
  const givenId = input.id === undefined ? undefined : checkId(input.id);
  await io(folder, () => mkdir(folder, { recursive: true }));
  await refuseLinkOut(notebook, folder, givenId ?? NOTEBOOK_TEMPLATES_DIR);

  // Names on disk as they are (a folder synced from macOS may hold NFD names).
  const onDisk = await io(folder, () => readdir(folder));
  const byId = new Map(onDisk.filter((n) => /\.md$/i.test(n)).map((n) => [idOf(n), n]));
  const takenFolded = new Set([...byId.keys()].map((id) => id.toLowerCase()));
  // Without an id, a new template never lands on an existing file, nor on a built-in's id
  // (which would silently replace that built-in): overriding one takes naming its id.
  const id =
    givenId ??
    uniqueSlug(slugify(input.name, 'template'), (c) => takenFolded.has(c) || BUILT_IN_IDS.includes(c));
  const file = path.join(folder, byId.get(id) ?? `${id}.md`);

  if (givenId !== undefined && byId.has(id)) await refuseUnreadable(notebook, id);
  await refuseLinkOut(notebook, file, id);

  const text = formatTemplateFile({
    name: input.name,
    lang: input.lang,
    duration: input.duration,
    agenda: input.agenda,
    exampleObjective: input.exampleObjective,
    exampleBenefit: input.exampleBenefit,
    questions: input.questions,
    preparation: input.preparation,
  });
  await io(file, () => writeFileAtomic(file, text));
  return { id };
}

/** Never destroy what the app cannot read (vault-format.md): a broken file stays until the
 *  user fixes it by hand. */
async function refuseUnreadable(notebook: string, id: string): Promise<void> {
  const { problems } = await loadNotebookTemplates(notebook);
  const broken = problems.find((p) => idOf(path.posix.basename(p.path)) === id);
  if (broken) {
    throw new ApiError('UNREADABLE_FILE', `Template "${id}" cannot be read; it is left as it is`, {
      path: broken.path,
      reason: broken.reason,
    });
  }
}

/** Every path the app writes resolves inside the notebook, links included. */
async function refuseLinkOut(notebook: string, target: string, id: string): Promise<void> {
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return; // not there yet: the folder it will be created in was checked before
  }
  const root = await realpath(notebook);
  if (real !== root && !real.startsWith(root + path.sep)) {
    throw new ApiError('FORBIDDEN_PATH', `Refused: "${id}" leads out of the notebook`, { id });
  }
}

async function io<T>(target: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const err = error as NodeJS.ErrnoException;
    throw new ApiError('IO_ERROR', `Cannot save the template: ${err.message}`, {
      path: target,
      reason: err.code ?? err.message,
    });
  }
}

function constant<T>(value: T): () => T {
  return () => value;
}
