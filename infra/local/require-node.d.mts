// Types for require-node.mjs, which stays plain JavaScript so that an old Node can run it.
export declare const requiredMajor: number;
export declare function nodeVersionProblem(version: string): string | null;
export declare function requireNode(version?: string): void;
