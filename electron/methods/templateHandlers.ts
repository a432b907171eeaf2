// templates.*: the agenda templates (built-ins in session.options.resourcesDir, the notebook's
// own in `templates/`), served by electron/core/templates/templateService.ts. Without `lang`,
// a method answers in the app's language setting.
import type { Language } from '../../shared/domain/enums';
import type { Session } from '../core/session';
import { type TemplateService, createTemplateService } from '../core/templates/templateService';
import type { Handlers } from './handlers';

type TemplateMethods = 'templates.list' | 'templates.get' | 'templates.save';

export function templateHandlers(session: Session): Pick<Handlers, TemplateMethods> {
  const service = createTemplateService({
    resourcesDir: session.options.resourcesDir,
    // Asked on every call, so the methods follow `notebook.open` to another notebook.
    notebookDir: () => session.notebook().root,
  });
  return createTemplateHandlers(service, () => session.settings.get().language);
}

/** The slice itself, over any template service and language source (tests use their own). */
export function createTemplateHandlers(
  service: TemplateService,
  getLanguage: () => Language,
): Pick<Handlers, TemplateMethods> {
  return {
    'templates.list': ({ lang }) => service.listTemplates(lang ?? getLanguage()),
    'templates.get': ({ id, lang }) => service.getTemplate(id, lang ?? getLanguage()),
    'templates.save': (input) => service.saveTemplate(input),
  };
}
