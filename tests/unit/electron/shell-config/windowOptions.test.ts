// Every security setting of the main window, checked where no Electron binary is needed.
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, onScreen } from '../../../../electron/shell-config/windowOptions';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/preload.cjs');
  const prefs = options.webPreferences;

  it('isolates the page from the preload and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives the page no Node, in frames or workers', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure content, webviews and experiments off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the bundled preload, and nothing else can be set by accident', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('restores the saved size and position, never smaller than usable', () => {
    expect(mainWindowOptions('/p', { width: 1000, height: 700, x: 10, y: 20 })).toMatchObject({
      width: 1000,
      height: 700,
      x: 10,
      y: 20,
    });
    const tiny = mainWindowOptions('/p', { width: 10, height: 10 });
    expect(tiny.width).toBeGreaterThanOrEqual(tiny.minWidth);
    expect(tiny.height).toBeGreaterThanOrEqual(tiny.minHeight);
    expect(tiny).not.toHaveProperty('x');
  });

  it('stays hidden until the first paint', () => {
    expect(options.show).toBe(false);
  });
});

describe('onScreen', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };

  it('keeps a position on a connected display', () => {
    expect(onScreen({ width: 800, height: 600, x: 100, y: 50 }, [display])).toEqual({
      width: 800,
      height: 600,
      x: 100,
      y: 50,
    });
  });

  it('drops a position on a display that is gone, keeping the size', () => {
    expect(onScreen({ width: 800, height: 600, x: 2500, y: 50 }, [display])).toEqual({
      width: 800,
      height: 600,
    });
    expect(onScreen({ width: 800, height: 600, x: -900, y: 50 }, [display])).toEqual({
      width: 800,
      height: 600,
    });
  });

  it('passes through bounds without a position, or none at all', () => {
    expect(onScreen({ width: 800, height: 600 }, [display])).toEqual({ width: 800, height: 600 });
    expect(onScreen(undefined, [display])).toBeUndefined();
  });
});
