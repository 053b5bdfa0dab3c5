import { ALI_CLUSTER, AWS_CLUSTER, expect, networking, test } from './fixtures';

/** Issue 26, item 9: Reload or Back with a half-filled dialog asks first, and staying keeps the input. */
test('Reload with a half-filled Create asks first (the browser\'s own prompt); staying keeps what was typed', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: /^Create Private Link Connection/ });
  const name = dialog.getByLabel('Private Link Connection Name');
  await name.fill('half-filled');
  await name.press('End'); // a key pressed in the page: Chrome asks before unload only after a user gesture
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  void page.evaluate(() => location.reload()).catch(() => undefined);
  expect(await asked).toBe('beforeunload');
  await expect(name).toHaveValue('half-filled');
});

test('Back to another page with a half-filled Create asks first; staying keeps what was typed, leaving goes', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await page.getByRole('button', { name: /^Cluster: Cluster0/ }).click();
  await page.getByRole('menuitem', { name: /Cluster1/ }).click();
  await expect(page).toHaveURL(networking(ALI_CLUSTER));
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: /^Create Private Link Connection/ });
  const name = dialog.getByLabel('Private Link Connection Name');
  await name.fill('half-filled');
  let message = '';
  page.once('dialog', (d) => {
    message = d.message();
    void d.dismiss();
  });
  await page.goBack();
  await expect.poll(() => message).toBe('Leave this page? What you typed in the dialog will be lost.');
  await expect(page).toHaveURL(networking(ALI_CLUSTER));
  await expect(name).toHaveValue('half-filled');
  // Asked again, and accepted: the page goes back.
  page.once('dialog', (d) => void d.accept());
  await page.goBack();
  await expect(page).toHaveURL(networking(AWS_CLUSTER));
  await expect(dialog).toBeHidden();
});
