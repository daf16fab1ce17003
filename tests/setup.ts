import '@testing-library/jest-dom/vitest';
// The app provides the shipped template at start; so does every test (src/state/template.ts).
import '../src/app/template';
