#!/usr/bin/env node
// The installed `fastclahe` command. It lives outside dist/ so that npm links it even before the
// first build (npm skips bins whose file is missing at install time).
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('fastclahe: the command line is not built yet; run `npm run build` at the repository root.\n');
    process.exit(70);
  }
  throw error;
});
