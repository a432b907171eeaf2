// The customers of a notebook: one folder each under `customers/`, its `customer.md` holding the
// fields and background notes. Lists come from the scan cache; reads and writes go to the file
// itself, with the version check of "no silent overwrite".
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  ApiError,
  type CustomerDoc,
  type CustomerSummary,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/contract';
import { CustomerFields } from '../../shared/domain/fields';
import type { CustomerFields as CustomerFieldsType } from '../../shared/domain/fields';
import { foldDiacritics } from '../../shared/text/foldDiacritics';
import { slugify } from '../../shared/text/slug';
import { type Clock, isoDay } from './clock';
import { saveConflictCopy } from './conflicts';
import {
  CUSTOMER_FILE,
  MEETINGS_DIR,
  type CustomerFolder,
  findCustomerFolder,
  listCustomerFolders,
} from './folders';
import { type FieldPatch, editsFor, newNoteText, rewriteNote } from './frontMatter/document';
import type { ReadableNote } from './frontMatter/parse';
import { joinNote } from './frontMatter/split';
import type { Meetings } from './meetings';
import { type NoteStore, unreadable } from './noteStore';
import { ioError } from './paths';
import type { Trash } from './trash';
import { conflict } from './conflictError';
import { uniqueName } from './uniqueName';

type Fields = CustomerFieldsType;
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export class Customers {
  constructor(
    private readonly store: NoteStore,
    private readonly trashBin: Trash,
    private readonly meetings: Meetings,
    private readonly clock: Clock,
  ) {}

  private get paths() {
    return this.store.paths;
  }

  async list(input: ParsedInput<'customers.list'>): Promise<CustomerSummary[]> {
    const { folders } = await listCustomerFolders(this.paths);
    const today = isoDay(this.clock());
    const terms = foldDiacritics(input.query ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const items: CustomerSummary[] = [];
    for (const folder of folders) {
      const summary = await this.store.summary<Fields>(path.join(folder.dir, CUSTOMER_FILE), CustomerFields);
      const fields = summary?.readable ? summary.fields : {};
      const item: CustomerSummary = {
        id: folder.id,
        name: fields.name ?? folder.id,
        kind: fields.kind ?? 'customer',
        tags: fields.tags ?? [],
        industry: fields.industry ?? '',
        location: fields.location ?? '',
      };
      if (input.kind && item.kind !== input.kind) continue;
      if (terms.length > 0) {
        const haystack = foldDiacritics(
          [item.name, item.id, item.industry, item.location, ...item.tags].join(' '),
        );
        if (!terms.every((term) => haystack.includes(term))) continue;
      }
      Object.assign(item, await this.meetings.contactDates(folder, today));
      items.push(item);
    }
    return items.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id));
  }

  async get(id: string): Promise<CustomerDoc> {
    const folder = await findCustomerFolder(this.paths, id);
    const note = await this.readNote(folder);
    return {
      id: folder.id,
      version: note.version,
      fields: note.fields,
      body: note.body,
      problems: note.problems,
    };
  }

  async create(input: ParsedInput<'customers.create'>): Promise<MethodOutput<'customers.create'>> {
    const dir = this.paths.customersDir;
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw ioError('customers', error);
    });
    await this.paths.ensureInside(dir, 'customers');
    const text = newNoteText(
      [
        ['name', input.name.trim()],
        ['kind', input.kind ?? 'customer'],
        ['industry', input.industry],
        ['location', input.location],
        ['tags', input.tags],
        ['contacts', input.contacts],
        ['created', isoDay(this.clock())],
      ],
      input.body ?? '',
    );
    // mkdir without `recursive` fails when the name is taken, so two creations never share a folder.
    const id = await uniqueName(dir, slugify(input.name, 'customer'), '', async (name) => {
      try {
        await mkdir(path.join(dir, name));
        return true;
      } catch (error) {
        if ((error as { code?: unknown }).code === 'EEXIST') return false;
        throw ioError(`customers/${name}`, error);
      }
    });
    const folder = path.join(dir, id);
    await mkdir(path.join(folder, MEETINGS_DIR), { recursive: true });
    const version = await this.store.create(path.join(folder, CUSTOMER_FILE), text);
    if (version === undefined)
      throw new ApiError('IO_ERROR', `customers/${id}/${CUSTOMER_FILE} appeared while being created`, {
        path: `customers/${id}/${CUSTOMER_FILE}`,
        reason: 'EEXIST',
      });
    return { id, version };
  }

  async update(input: ParsedInput<'customers.update'>): Promise<MethodOutput<'customers.update'>> {
    return this.store.exclusive(async () => {
      const folder = await findCustomerFolder(this.paths, input.id);
      const note = await this.readNote(folder);
      if (note.version !== input.version) throw conflict(note);
      const text = rewriteNote(
        note.parts,
        editsFor(note, (input.fields ?? {}) as FieldPatch, CustomerFields),
        input.body,
      );
      if (text === joinNote(note.parts)) return { version: note.version };
      return { version: await this.store.write(path.join(folder.dir, CUSTOMER_FILE), text) };
    });
  }

  async saveConflictCopy(
    input: ParsedInput<'customers.saveConflictCopy'>,
  ): Promise<MethodOutput<'customers.saveConflictCopy'>> {
    const folder = await findCustomerFolder(this.paths, input.id);
    const file = path.join(folder.dir, CUSTOMER_FILE);
    const patch = (input.fields ?? {}) as FieldPatch;
    return { path: await saveConflictCopy(this.store, file, CustomerFields, patch, input.body, this.clock) };
  }

  async trash(id: string): Promise<MethodOutput<'customers.trash'>> {
    return this.store.exclusive(async () => {
      const folder = await findCustomerFolder(this.paths, id);
      const summary = await this.store.summary<Fields>(path.join(folder.dir, CUSTOMER_FILE), CustomerFields);
      const name = (summary?.readable ? summary.fields.name : undefined) ?? folder.id;
      return { trashId: await this.trashBin.move([this.paths.rel(folder.dir)], name) };
    });
  }

  /** customer.md as read; a hand-made folder without one reads as empty (saving creates it). */
  private async readNote(folder: CustomerFolder): Promise<ReadableNote<Fields>> {
    const file = path.join(folder.dir, CUSTOMER_FILE);
    await this.paths.ensureInside(file, folder.id);
    const note = (await this.store.read<Fields>(file, CustomerFields)) ?? parseEmpty();
    if (!note.readable) throw unreadable(this.paths.rel(file), note.reason);
    return note;
  }
}

function parseEmpty(): ReadableNote<Fields> {
  return {
    readable: true,
    version: 'none',
    parts: { bom: false, eol: '\n', opening: '', frontMatter: '', closing: '', body: '' },
    data: {},
    fields: {},
    problems: [],
    body: '',
  };
}
