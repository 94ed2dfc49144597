import { describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();

const { handleMessages, sendToExtension, sendToTab } = await import('../../../src/platform/messages.ts');

describe('typed messages', () => {
  it('routes a message to its handler with the sender and returns the reply', async () => {
    const controller = new AbortController();
    handleMessages({
      'tab:show-comment': ({ commentId }, sender) => commentId === '7' && sender.tabId === 3,
    }, controller.signal);
    expect(await sendToTab(3, 'tab:show-comment', { commentId: '7' })).toBe(true);
    controller.abort();
    await expect(sendToTab(3, 'tab:show-comment', { commentId: '7' })).rejects.toThrow(/Receiving end/);
  });

  it('ignores messages that are not CalmReply envelopes or have no handler', async () => {
    const controller = new AbortController();
    const badge = vi.fn();
    handleMessages({ 'bg:set-badge': badge }, controller.signal);
    await expect(sendToExtension('bg:open-page', { page: 'options' })).rejects.toThrow();
    expect(badge).not.toHaveBeenCalled();
    controller.abort();
  });
});
