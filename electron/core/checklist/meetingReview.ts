// meetings.review: the pre-meeting checklist of a meeting file as it is on disk now, judged by
// the shared rules (shared/checklist/review.ts). Read only: a file edited by hand that claims
// `status: ready` but fails the rules gets `ready: false` here and is never rewritten for it.
import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { reviewMeeting } from '../../../shared/checklist/review';
import { MeetingFields } from '../../../shared/domain/fields';
import { findMeetingFile } from '../folders';
import type { ChecklistDeps } from './checklistDeps';

export async function reviewMeetingFile(
  deps: ChecklistDeps,
  input: ParsedInput<'meetings.review'>,
): Promise<MethodOutput<'meetings.review'>> {
  const { file } = await findMeetingFile(deps.store.paths, input.customerId, input.meetingId);
  const note = await deps.store.readOrThrow<MeetingFields>(file, MeetingFields, 'meeting');
  return reviewMeeting(note.fields, await deps.reviewContext(input.lang));
}
