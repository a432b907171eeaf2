// "Record outcome" from the home screen: the link opens the meeting, and the meeting opens the
// outcome form once it is loaded. The wish is kept in memory only (a reload, or the link opened
// in a new tab, simply shows the meeting).
let wanted: string | undefined;

const keyOf = (customerId: string, meetingId: string) => `${customerId}/${meetingId}`;

export function requestOutcome(customerId: string, meetingId: string): void {
  wanted = keyOf(customerId, meetingId);
}

/** True when the outcome form was asked for this meeting (read as the page opens). */
export function outcomeRequested(customerId: string, meetingId: string): boolean {
  return wanted === keyOf(customerId, meetingId);
}

/** The page has opened: the wish is granted and forgotten. */
export function forgetOutcomeRequest(): void {
  wanted = undefined;
}
