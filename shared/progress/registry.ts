import type { LevelMethod } from './level-method.ts';
import { linearTrajectoryMethod } from './linear-trajectory.ts';
import { statcanMethod } from './statcan.ts';
import { ProgressMethod } from './types.ts';
import { unCagrMethod } from './un-cagr.ts';
import { unExtrapolationMethod } from './un-extrapolation.ts';

export interface ProgressMethodInfo {
  name: ProgressMethod;
  /** How people call the method, in both languages. */
  label: { vi: string; en: string };
  /** Who the method's own status word belongs to, for "At risk (UN: fair progress)". */
  authority?: { vi: string; en: string };
  /** The method's grading of numeric level indicators; cumulative ones and milestones use docs/methodology.md §4–5. */
  level: LevelMethod;
}

const UN = { vi: 'LHQ', en: 'UN' };

export const progressMethods: Readonly<Record<ProgressMethod, ProgressMethodInfo>> = {
  'linear-trajectory': {
    name: 'linear-trajectory',
    label: { vi: 'lộ trình tuyến tính', en: 'linear trajectory' },
    level: linearTrajectoryMethod,
  },
  'un-cagr': {
    name: 'un-cagr',
    label: { vi: 'tỷ số tăng trưởng kép của LHQ', en: 'UN compound growth ratio' },
    authority: UN,
    level: unCagrMethod,
  },
  'un-extrapolation': {
    name: 'un-extrapolation',
    label: { vi: 'phép ngoại suy của LHQ', en: 'UN extrapolation' },
    authority: UN,
    level: unExtrapolationMethod,
  },
  statcan: {
    name: 'statcan',
    label: { vi: 'phương pháp của Thống kê Canada', en: 'Statistics Canada method' },
    authority: { vi: 'Thống kê Canada', en: 'Statistics Canada' },
    level: statcanMethod,
  },
};

export const defaultProgressMethod: ProgressMethod = 'linear-trajectory';

/** The names a caller may ask for, in a stable order (for a 400's "allowed values"). */
export const progressMethodNames: readonly ProgressMethod[] = ProgressMethod.options;

/** Lets a route answer 400 for `?method=` it does not know instead of letting the engine throw. */
export const isProgressMethod = (name: unknown): name is ProgressMethod =>
  typeof name === 'string' && Object.hasOwn(progressMethods, name);
