// The app: language first (so the first screen is already in it), then toasts, the notebook,
// and the shell.
import { Shell } from './components/Shell/Shell';
import { isPrintRoute } from './routing/routes';
import { useRoute } from './routing/useRoute';
import { PrintScreen } from './screens/Print/PrintScreen';
import { ToastProvider } from './components/Toast/ToastProvider';
import { LanguageProvider } from './state/LanguageProvider';
import { NotebookProvider } from './state/NotebookProvider';

export function App() {
  const route = useRoute();
  return (
    <LanguageProvider>
      <ToastProvider>
        <NotebookProvider>
          {/* A print view is the document alone: no sidebar, banner or other app chrome. */}
          {isPrintRoute(route) ? <PrintScreen route={route} /> : <Shell />}
        </NotebookProvider>
      </ToastProvider>
    </LanguageProvider>
  );
}
