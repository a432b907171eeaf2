// The task rule lives in shared/ (the renderer uses it too); re-exported here for the core.
export { type ActionLine, findActionItems } from '../../../shared/text/actionItems';
