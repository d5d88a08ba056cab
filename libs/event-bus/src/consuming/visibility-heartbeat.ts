/** Stops a heartbeat; resolves once no extension is under way, so none lands after a later visibility change. */
export type StopHeartbeat = () => Promise<void>;

/**
 * Keeps a message invisible while its handler runs: every half visibility timeout, `extend` sets the
 * timeout again from now, so a handler slower than the timeout is not delivered a second time meanwhile.
 * A failed extension is reported and the beat goes on (the next one may succeed).
 */
export function startVisibilityHeartbeat(
  visibilityTimeoutSeconds: number,
  extend: (seconds: number) => Promise<void>,
  onError: (error: unknown) => void,
): StopHeartbeat {
  let extending: Promise<void> = Promise.resolve();
  const interval = setInterval(
    () => {
      extending = extending.then(() => extend(visibilityTimeoutSeconds)).catch(onError);
    },
    Math.max(500, (visibilityTimeoutSeconds * 1000) / 2),
  );
  return () => {
    clearInterval(interval);
    return extending;
  };
}
