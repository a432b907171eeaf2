// Typed translation keys: `t('some.key')` with a key missing from the English messages fails to compile.
import 'i18next';
import type { messages } from './i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof messages)['en'] };
  }
}
