// Browser-mode entry point (plain Node): `npm run serve -- --notebook <folder> [--port <n>]`.
console.log('Prepnote browser mode is not built yet');
