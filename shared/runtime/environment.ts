/**
 * What a function reads from its environment, read strictly: a variable the function needs and
 * lacks stops it at start (the Lambda init phase, or the first use off Lambda) with the variable's
 * name, instead of falling back to a table or a region that merely looks plausible.
 */
export class MissingEnvironment extends Error {
  constructor(
    readonly needed: string,
    readonly names: readonly string[],
  ) {
    super(`${needed}: missing environment variable${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
    this.name = 'MissingEnvironment';
  }
}

/** The table's name and its region (Lambda always sets AWS_REGION; locally the runtime sets it). */
export const storeEnvironment = ['TABLE_NAME', 'AWS_REGION'] as const;

/** Throws, naming every missing (or empty) one, unless all of `names` are set. `needed`: who needs them. */
export const requireEnvironment = (
  needed: string,
  names: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): void => {
  const missing = names.filter((name) => !env[name]);
  if (missing.length) throw new MissingEnvironment(needed, missing);
};

/** The value of a variable that must be set. */
export const requiredVariable = (needed: string, name: string, env: NodeJS.ProcessEnv = process.env): string => {
  requireEnvironment(needed, [name], env);
  return env[name]!;
};
