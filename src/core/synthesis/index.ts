// The Discover synthesis, pure: sources, ratings, evidence and how it points, and triangulation.
export * from './sources.js';
export * from './evidence.js';
export * from './triangulation.js';
