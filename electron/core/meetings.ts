// The meetings of a notebook: `customers/<id>/meetings/<date>-<slug>.md`. Reads carry the
// checklist review; a save that breaks a required item of a `ready` meeting sets it back to
// `draft` in the same write (contract.md, "Writes"). A file that claims `ready` but fails the
// review is shown as it is, with a review that says so: the app does not rewrite it on its own.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  type MeetingDoc,
  type MeetingSummary,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/contract';
import { reviewMeeting, type ReviewContext } from '../../shared/checklist/review';
import type { Language } from '../../shared/domain/enums';
import { MeetingFields } from '../../shared/domain/fields';
import type { MeetingFields as MeetingFieldsType } from '../../shared/domain/fields';
import { slugify } from '../../shared/text/slug';
import type { Clock } from './clock';
import { conflict } from './conflictError';
import { saveConflictCopy } from './conflicts';
import {
  type CustomerFolder,
  MEETINGS_DIR,
  findCustomerFolder,
  findMeetingFile,
  listCustomerFolders,
  listMeetingFiles,
  meetingDate,
} from './folders';
import { type FieldPatch, editsFor, newNoteText, rewriteNote } from './frontMatter/document';
import { joinNote } from './frontMatter/split';
import type { NoteStore } from './noteStore';
import { ioError } from './paths';
import type { Trash } from './trash';
import type { ApplyTemplate, TemplateSeed } from './types';
import { uniqueName } from './uniqueName';

type Fields = MeetingFieldsType;

export interface MeetingServices {
  store: NoteStore;
  trash: Trash;
  clock: Clock;
  /** The review's language, extra items and phrases (app and notebook settings). */
  reviewContext: () => Promise<ReviewContext>;
  applyTemplate?: ApplyTemplate;
}

export class Meetings {
  constructor(private readonly services: MeetingServices) {}

  private get store() {
    return this.services.store;
  }

  private get paths() {
    return this.services.store.paths;
  }

  /** Newest first; without customerId, across all customers. */
  async list(input: ParsedInput<'meetings.list'>): Promise<MeetingSummary[]> {
    const folders = input.customerId
      ? [await findCustomerFolder(this.paths, input.customerId)]
      : (await listCustomerFolders(this.paths)).folders;
    const items: MeetingSummary[] = [];
    for (const folder of folders) {
      for (const item of await this.summaries(folder)) {
        if (input.from && item.date < input.from) continue;
        if (input.to && item.date > input.to) continue;
        if (input.status && item.status !== input.status) continue;
        items.push(item);
      }
    }
    return items.sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        (b.time ?? '').localeCompare(a.time ?? '') ||
        b.meetingId.localeCompare(a.meetingId) ||
        b.customerId.localeCompare(a.customerId),
    );
  }

  /** customers.list's lastMeeting and nextMeeting: the latest past meeting and the earliest
   *  coming one (a meeting today counts as coming until it is done); cancelled ones are not
   *  contacts. */
  async contactDates(
    folder: CustomerFolder,
    today: string,
  ): Promise<{ lastMeeting?: string; nextMeeting?: string }> {
    let lastMeeting: string | undefined;
    let nextMeeting: string | undefined;
    for (const item of await this.summaries(folder)) {
      if (item.status === 'cancelled' || !/^\d{4}-\d{2}-\d{2}$/.test(item.date)) continue;
      const past = item.date < today || (item.date === today && item.status === 'done');
      if (past && (lastMeeting === undefined || item.date > lastMeeting)) lastMeeting = item.date;
      if (!past && (nextMeeting === undefined || item.date < nextMeeting)) nextMeeting = item.date;
    }
    return { ...(lastMeeting ? { lastMeeting } : {}), ...(nextMeeting ? { nextMeeting } : {}) };
  }

  async get(input: ParsedInput<'meetings.get'>): Promise<MeetingDoc> {
    const { meetingId, file } = await findMeetingFile(this.paths, input.customerId, input.meetingId);
    const note = await this.store.readOrThrow<Fields>(file, MeetingFields, 'meeting');
    const review = reviewMeeting(note.fields, await this.services.reviewContext());
    return {
      meetingId,
      version: note.version,
      fields: note.fields,
      body: note.body,
      problems: note.problems,
      review,
    };
  }

  async create(input: ParsedInput<'meetings.create'>): Promise<MethodOutput<'meetings.create'>> {
    const folder = await findCustomerFolder(this.paths, input.customerId);
    const dir = path.join(folder.dir, MEETINGS_DIR);
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw ioError(this.paths.rel(dir), error);
    });
    await this.paths.ensureInside(dir, input.customerId);
    const seed = input.template ? await this.seed(input.template, input.lang) : undefined;
    const text = newNoteText(
      [
        ['title', input.title],
        ['date', input.date],
        ['time', input.time],
        ['duration', input.duration ?? seed?.duration],
        ['location', input.location],
        ['attendees', []],
        ['template', input.template],
        ['objective', null],
        ['benefit', null],
        ['fallback', null],
        ['agenda', seed?.agenda ?? []],
        ['status', 'draft'],
      ],
      meetingBody(seed),
    );
    let version = '';
    const base = `${input.date}-${slugify(input.title, 'meeting')}`;
    const meetingId = await uniqueName(dir, base, '.md', async (name) => {
      const created = await this.store.create(path.join(dir, name), text);
      if (created !== undefined) version = created;
      return created !== undefined;
    });
    return { meetingId, version };
  }

  async update(input: ParsedInput<'meetings.update'>): Promise<MethodOutput<'meetings.update'>> {
    return this.store.exclusive(async () => {
      const { file } = await findMeetingFile(this.paths, input.customerId, input.meetingId);
      const note = await this.store.readOrThrow<Fields>(file, MeetingFields, 'meeting');
      if (note.version !== input.version) throw conflict(note);
      const patch: FieldPatch = { ...(input.fields ?? {}) };
      const next = applyPatch(note.fields, patch);
      const review = reviewMeeting(next, await this.services.reviewContext());
      let edits = editsFor(note, patch, MeetingFields);
      const bodyChanges = rewriteNote(note.parts, [], input.body) !== joinNote(note.parts);
      let status = note.fields.status ?? 'draft';
      // Only a save that changes something may demote: a no-op save leaves the file as it is.
      if (status === 'ready' && !review.ready && (edits.length > 0 || bodyChanges)) {
        status = 'draft';
        edits = editsFor(note, { ...patch, status: 'draft' }, MeetingFields);
      }
      const text = rewriteNote(note.parts, edits, input.body);
      const version = text === joinNote(note.parts) ? note.version : await this.store.write(file, text);
      return { version, status, review };
    });
  }

  async saveConflictCopy(
    input: ParsedInput<'meetings.saveConflictCopy'>,
  ): Promise<MethodOutput<'meetings.saveConflictCopy'>> {
    const { file } = await findMeetingFile(this.paths, input.customerId, input.meetingId);
    const patch = (input.fields ?? {}) as FieldPatch;
    return {
      path: await saveConflictCopy(this.store, file, MeetingFields, patch, input.body, this.services.clock),
    };
  }

  async trash(input: ParsedInput<'meetings.trash'>): Promise<MethodOutput<'meetings.trash'>> {
    return this.store.exclusive(async () => {
      const { meetingId, file } = await findMeetingFile(this.paths, input.customerId, input.meetingId);
      const summary = await this.store.summary<Fields>(file, MeetingFields);
      const title = (summary?.readable ? summary.fields.title : undefined) ?? meetingId;
      return { trashId: await this.services.trash.move([this.paths.rel(file)], title) };
    });
  }

  /** One customer's readable meetings as list items (unreadable ones are notebook.info's). */
  private async summaries(folder: CustomerFolder): Promise<MeetingSummary[]> {
    const items: MeetingSummary[] = [];
    for (const { meetingId, file } of (await listMeetingFiles(this.paths, folder)).files) {
      const summary = await this.store.summary<Fields>(file, MeetingFields);
      if (summary?.readable) items.push(toSummary(folder.id, meetingId, summary.fields));
    }
    return items;
  }

  private async seed(templateId: string, lang: Language | undefined): Promise<TemplateSeed | undefined> {
    const apply = this.services.applyTemplate;
    if (!apply) return undefined;
    const language = lang ?? (await this.services.reviewContext()).lang;
    return apply(templateId, language, this.paths.root);
  }
}

function toSummary(customerId: string, meetingId: string, fields: Partial<Fields>): MeetingSummary {
  const item: MeetingSummary = {
    customerId,
    meetingId,
    title: fields.title ?? meetingId,
    date: meetingDate(meetingId, fields.date),
    status: fields.status ?? 'draft',
  };
  if (fields.time !== undefined) item.time = fields.time;
  if (fields.objective !== undefined) item.objective = fields.objective;
  if (fields.outcome !== undefined) item.outcome = fields.outcome;
  if (fields.objectiveMet !== undefined) item.objectiveMet = fields.objectiveMet;
  return item;
}

function applyPatch(fields: Partial<Fields>, patch: FieldPatch): Partial<Fields> {
  const merged: Record<string, unknown> = { ...fields };
  for (const [name, value] of Object.entries(patch)) if (value !== undefined) merged[name] = value;
  // A null in the patch removes the field.
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null)) as Partial<Fields>;
}

/** The body of a new meeting: its sections, seeded from the template. */
function meetingBody(seed: TemplateSeed | undefined): string {
  const preparation = (seed?.preparation ?? '').replace(/\s+$/, '');
  const questions = (seed?.questions ?? []).map((q) => `- ${q}`);
  return [
    '## Preparation',
    ...(preparation ? [preparation] : []),
    '',
    '## Questions',
    ...questions,
    '',
    '## Notes',
    '',
    '## Action items',
    '',
  ].join('\n');
}
