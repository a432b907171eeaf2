// Preload (CommonJS): exposes `window.api`, one function per contract method. Never raw IPC.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('api', {});
