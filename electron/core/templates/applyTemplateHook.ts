// The hook through which `meetings.create {template}` seeds a new meeting (electron/core/types.ts,
// `ApplyTemplate`): the template service's applyTemplate for the notebook the core names.
import { isApiError } from '../../../shared/contract';
import type { ApplyTemplate } from '../types';
import { type TemplateService, createTemplateService } from './templateService';

/**
 * An ApplyTemplate for `createCore({applyTemplate})`. A template id that no file serves, or
 * whose file cannot be read, gives undefined: the meeting is still created and records the id.
 * An unsafe id (FORBIDDEN_PATH) is refused like everywhere else.
 */
export function createApplyTemplateHook(resourcesDir: string): ApplyTemplate {
  // One service per notebook, so the built-ins are read once, not on every new meeting.
  const services = new Map<string, TemplateService>();
  return async (templateId, lang, notebookPath) => {
    let service = services.get(notebookPath);
    if (!service) {
      service = createTemplateService({ resourcesDir, notebookDir: notebookPath });
      services.set(notebookPath, service);
    }
    try {
      return await service.applyTemplate(templateId, lang);
    } catch (error) {
      if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'UNREADABLE_FILE'))
        return undefined;
      throw error;
    }
  };
}
