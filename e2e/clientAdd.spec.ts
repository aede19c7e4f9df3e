// Proves, through visible controls, that a person can add a ZooKeeper client to a chosen server
// (issue 15, actions by click): a bad session timeout is refused with a message naming the field,
// a good one adds a client that connects to S2, and stepping back past the command removes it.
// Simulated time moves only by the Timeline slider, Step and Step back, never by playing.
import { expect, test } from './fixtures';
import {
  button,
  eventIndex,
  openApp,
  scrubTo,
  server,
  settled,
  waitForEventChange,
} from './helpers';

test('a client added to S2 by click connects to S2, and stepping back removes it', async ({
  page,
}) => {
  await openApp(page);
  await scrubTo(page, 6000);
  await server(page, 2).click();
  const form = page.getByRole('form', { name: 'Add a client connected to S2' });
  const timeout = form.getByLabel('Session timeout (ms)');
  await timeout.fill('0');
  await form.getByRole('button', { name: 'Add client' }).click();
  await expect(form.getByRole('alert')).toContainText('from 1 to 1200000');
  await timeout.fill('4000');
  await form.getByRole('button', { name: 'Add client' }).click();
  await settled(page);
  const c1 = page.getByRole('button', { name: /^Client c1,/ });
  await expect(c1).toHaveCount(1);
  // The connect handshake takes a few messages: step until the client says it is connected.
  for (let i = 0; i < 40; i++) {
    if (/^Client c1, CONNECTED to S2/.test((await c1.getAttribute('aria-label')) ?? '')) break;
    const before = await eventIndex(page);
    await button(page, 'Step').click();
    await waitForEventChange(page, before);
  }
  await expect(c1).toHaveAccessibleName(/^Client c1, CONNECTED to S2/);
  for (let i = 0; i < 60 && (await c1.count()) > 0; i++) {
    await button(page, 'Step back').click();
    await settled(page);
  }
  await expect(c1).toHaveCount(0);
});
