// The plain-English warnings and reasons a result carries, kept apart from the arithmetic so
// their wording can be read (and changed) in one place. Points are numbered from 1 here, as a
// reader counts them.
import type { ImprovementDirection, SpcPartition } from './types.js';

/** "this series" when there is one partition, else "partition 2 (points 16–30)". */
function subject(p: SpcPartition, position: number, count: number): string {
  if (count === 1) return 'this series';
  const points = p.end - p.start === 1 ? `point ${p.end}` : `points ${p.start + 1}–${p.end}`;
  return `partition ${position + 1} (${points})`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the limits rest on: the partition, or its baseline when that cuts it short. */
function basisOwner(p: SpcPartition, position: number, count: number): string {
  const whole = subject(p, position, count);
  return p.basis === p.end - p.start ? whole : `the baseline of ${whole}`;
}

export function hiddenLimits(p: SpcPartition, position: number, count: number, minPoints: number): string {
  const what = count === 1 ? 'Limits and icons need' : 'Limits need';
  return `${what} at least ${minPoints} points; ${basisOwner(p, position, count)} has ${p.basis}.`;
}

export function noMovingRange(p: SpcPartition, position: number, count: number): string {
  return `${capital(subject(p, position, count))} has a single point to set limits from, so it has no moving range and no limits.`;
}

export function trialLimits(p: SpcPartition, position: number, count: number, minPoints: number): string {
  return `${capital(basisOwner(p, position, count))} has only ${p.basis} points to set limits from; limits from fewer than ${minPoints} points are trial limits that may move as points are added.`;
}

export function screened(p: SpcPartition, position: number, count: number, factor: number): string {
  const ranges = p.screenedMovingRanges === 1 ? '1 moving range was' : `${p.screenedMovingRanges} moving ranges were`;
  return `${capital(subject(p, position, count))}: ${ranges} at or above ${factor} × the mean moving range and left out before setting the limits.`;
}

export const NO_LAST_LIMITS = 'There are no icons because the last partition has no limits.';
export const EMPTY_SERIES = 'The series is empty, so there is nothing to chart.';
export const NO_TARGET = 'No assurance icon: no target was given.';
export const TARGET_WITHOUT_DIRECTION = 'No assurance icon: a target needs an improvement direction of increase or decrease.';

export function lastPointConflict(direction: ImprovementDirection, high: boolean, byPriority: boolean): string {
  if (direction === 'neither') return `The last point is high by one rule and low by another; it shows as ${high ? 'high' : 'low'} by rule priority.`;
  const improvement = high === (direction === 'increase');
  return `The last point meets both an improvement and a concern rule; it shows as ${improvement ? 'improvement' : 'concern'}${byPriority ? ' by rule priority' : ''}.`;
}
