// The API contract of contract.md, as code.
export * from './common';
export * from './customers';
export * from './envelope';
export * from './errors';
export * from './events';
export * from './meetings';
export * from './methods';
export * from './notebook';
export * from './search';
export * from './templates';
export * from './windowApi';
