// Renders the whole app on a fake core at a given route, in English unless told otherwise.
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import { App } from '../../../../renderer/src/App';
import { setApiClient } from '../../../../renderer/src/api/client';
import { applyLanguage, initI18n } from '../../../../renderer/src/i18n/i18n';
import type { FakeCore } from './fakeApi';

export async function renderApp(core: FakeCore, hash = '#/'): Promise<RenderResult> {
  initI18n();
  await applyLanguage('en');
  window.location.hash = hash;
  setApiClient(core.client);
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<App />);
  });
  return result as RenderResult;
}

export function resetApp(): void {
  cleanup();
  setApiClient(undefined);
  window.location.hash = '';
  document.body.innerHTML = '';
}
