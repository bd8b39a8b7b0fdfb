/**
 * Environment for child processes (e.g. the native `tesseract`): the current one plus `extra`.
 * Lives here because src/config is the only place that reads process.env.
 */
export function childProcessEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { ...process.env, ...extra };
}
