// templates.*: the agenda templates (built-ins in session.options.resourcesDir, the notebook's
// own in `templates/`), served by electron/core/templates/templateService.ts. Without `lang`,
// a method answers in the app's language setting.
import type { Language } from '../../shared/domain/enums';
import type { Session } from '../core/session';
import { createTemplateService } from '../core/templates/templateService';
import type { Handlers } from './handlers';

type TemplateMethods = 'templates.list' | 'templates.get' | 'templates.save';

export function templateHandlers(session: Session): Pick<Handlers, TemplateMethods> {
  const service = createTemplateService({
    resourcesDir: session.options.resourcesDir,
    // Asked on every call, so the methods follow `notebook.open` to another notebook.
    notebookDir: () => session.notebook().root,
  });
  const language = (lang: Language | undefined): Language => lang ?? session.settings.get().language;
  return {
    'templates.list': ({ lang }) => service.listTemplates(language(lang)),
    'templates.get': ({ id, lang }) => service.getTemplate(id, language(lang)),
    'templates.save': (input) => service.saveTemplate(input),
  };
}
