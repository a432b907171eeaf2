// The CONFLICT error of contract.md: a save against an older version than the one on disk,
// carrying what is on disk now so the UI can show both sides.
import { ApiError } from '../../shared/contract';
import type { ReadableNote } from './frontMatter/parse';

export function conflict<F>(onDisk: ReadableNote<F>): ApiError {
  return new ApiError('CONFLICT', 'The file was changed on disk since it was read', {
    version: onDisk.version,
    fields: onDisk.fields,
    body: onDisk.body,
  });
}
