import { describe, expect, it, vi } from 'vitest';

// A fresh module each test: the started flag is module state.
const fresh = async () => {
  vi.resetModules();
  return import('./senders');
};

describe('outbox sender loaders', () => {
  it('load nothing until the signed-in shell starts them, then each once', async () => {
    const { senderLoader, loadSenders } = await fresh();
    const visits = vi.fn(async () => {});
    const scans = vi.fn(async () => {});
    senderLoader(visits);
    senderLoader(scans);
    expect(visits).not.toHaveBeenCalled();
    expect(scans).not.toHaveBeenCalled();
    loadSenders();
    loadSenders();
    expect(visits).toHaveBeenCalledTimes(1);
    expect(scans).toHaveBeenCalledTimes(1);
  });

  it('a loader named after the start runs at once', async () => {
    const { senderLoader, loadSenders } = await fresh();
    loadSenders();
    const late = vi.fn(async () => {});
    senderLoader(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('a chunk that failed to load is tried again at the next start', async () => {
    const { senderLoader, loadSenders } = await fresh();
    const flaky = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    senderLoader(flaky);
    loadSenders();
    await vi.waitFor(() => expect(flaky).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    loadSenders();
    expect(flaky).toHaveBeenCalledTimes(2);
    loadSenders();
    await Promise.resolve();
    expect(flaky).toHaveBeenCalledTimes(2);
  });
});
