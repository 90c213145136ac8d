import { test } from '@playwright/test';
import { checkInstallable } from './support/manifest';

test('the web app manifest is linked, valid and installable, and its icons load', async ({
  page,
  context,
  baseURL,
}) => {
  await checkInstallable(page, context, baseURL ?? '');
});
