/**
 * What this process writes to stdout and stderr while `work` runs, as lines — Powertools writes its
 * JSON log lines and EMF metrics there (errors to stderr) — still passed on to the real streams.
 */
export const captureOutput = async <T>(work: () => Promise<T>): Promise<{ result: T; lines: string[] }> => {
  let text = '';
  const streams = [process.stdout, process.stderr] as const;
  const originals = streams.map((stream) => stream.write);
  streams.forEach((stream, i) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return (originals[i] as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
  });
  try {
    const result = await work();
    return { result, lines: text.split('\n').filter(Boolean) };
  } finally {
    streams.forEach((stream, i) => (stream.write = originals[i]!));
  }
};

/** The lines that are JSON objects, parsed. */
export const jsonLines = (lines: string[]): Record<string, any>[] =>
  lines.flatMap((line) => {
    try {
      const value = JSON.parse(line);
      return value && typeof value === 'object' ? [value] : [];
    } catch {
      return [];
    }
  });
