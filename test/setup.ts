// Shared test setup: jest-dom style matchers are not used; component tests query by role and name.
export {};
