/*
 * Features say how to load their outbox senders (`senderLoader`); the signed-in shell loads them
 * when it starts the outbox (`loadSenders`). A signed-out page — sign-in, setup, the public
 * training pages — fetches neither the senders nor the outbox (IndexedDB through Dexie): nothing
 * can be sent without a session. This module imports nothing, so a feature's routes can name its
 * loader without pulling the outbox into the first load.
 */
type Loader = () => Promise<unknown>;

const waiting = new Set<Loader>();
let started = false;

function run(load: Loader) {
  waiting.delete(load);
  // A chunk that fails to load (offline after a deploy) is tried again at the next start.
  load().catch(() => waiting.add(load));
}

/** Registers how to load (and register) a feature's senders; runs it at once if the shell has started. */
export function senderLoader(load: Loader) {
  if (started) run(load);
  else waiting.add(load);
}

/** Loads every registered sender not yet loaded; the signed-in shell calls it with the outbox. */
export function loadSenders() {
  started = true;
  for (const load of [...waiting]) run(load);
}
