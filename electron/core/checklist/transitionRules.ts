// The rules of meetings.setStatus (contract.md): any status may follow any other, except that a
// meeting becomes `ready` only when its review passes (NOT_READY, details = the review) and
// `done` only with how it ended (INVALID_INPUT naming the missing argument). What it answers is
// the field patch to write: `status`, plus `outcome` and `objectiveMet` when it becomes done.
// Leaving `done` touches neither, so the recorded outcome stays in the file.
import { ApiError, type ParsedInput } from '../../../shared/contract';
import { reviewMeeting } from '../../../shared/checklist/review';
import type { MeetingFields } from '../../../shared/domain/fields';
import type { FieldPatch } from '../frontMatter/document';
import type { ChecklistDeps } from './checklistDeps';

type StatusInput = ParsedInput<'meetings.setStatus'>;

/** INVALID_INPUT before anything is read: `done` without its outcome or objective-met. */
export function checkDoneArguments(input: StatusInput): void {
  if (input.status !== 'done') return;
  const issues = [
    ...(input.outcome === undefined
      ? [
          {
            path: 'outcome',
            message: 'A done meeting needs its outcome (order, advance, continuation or no-sale)',
          },
        ]
      : []),
    ...(input.objectiveMet === undefined
      ? [
          {
            path: 'objectiveMet',
            message: 'A done meeting needs whether its objective was met (yes, partly or no)',
          },
        ]
      : []),
  ];
  if (issues.length === 0) return;
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new ApiError('INVALID_INPUT', `Invalid arguments: ${summary}`, { issues });
}

/** The patch that moves a meeting with these fields (as on disk) into `input.status`. */
export async function statusPatch(
  deps: ChecklistDeps,
  fields: Partial<MeetingFields>,
  input: StatusInput,
): Promise<FieldPatch> {
  if (input.status === 'ready') {
    // Judged in the app's language: the details are what the UI shows as the reasons.
    const review = reviewMeeting(fields, await deps.reviewContext());
    if (!review.ready) {
      const failing = review.items.filter((item) => item.required && !item.ok).map((item) => item.id);
      throw new ApiError(
        'NOT_READY',
        `The meeting cannot be ready: required checklist items fail (${failing.join(', ')})`,
        review,
      );
    }
  }
  if (input.status === 'done') {
    // checkDoneArguments ran first, so both are set; outcome/objectiveMet sent with any other
    // status are not recorded: they describe a meeting that took place.
    return { status: 'done', outcome: input.outcome, objectiveMet: input.objectiveMet };
  }
  return { status: input.status };
}
