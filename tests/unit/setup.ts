// jest-dom matchers for Testing Library; cleanup after each test is automatic with vitest globals.
import '@testing-library/jest-dom/vitest';
