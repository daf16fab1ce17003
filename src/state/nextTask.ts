/**
 * Resolves in a task of its own, soon: through a MessageChannel, as setTimeout waits at least
 * 4 ms once calls nest, which added a tenth of a second to a 20,000-actor map's stepped check.
 * (src/render/bigMap.ts has the callback form for the canvas; render does not import state.)
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
