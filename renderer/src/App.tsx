// The app: language first (so the first screen is already in it), then toasts, the notebook,
// and the shell.
import { Shell } from './components/Shell/Shell';
import { ToastProvider } from './components/Toast/ToastProvider';
import { LanguageProvider } from './state/LanguageProvider';
import { NotebookProvider } from './state/NotebookProvider';

export function App() {
  return (
    <LanguageProvider>
      <ToastProvider>
        <NotebookProvider>
          <Shell />
        </NotebookProvider>
      </ToastProvider>
    </LanguageProvider>
  );
}
