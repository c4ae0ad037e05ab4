import { setupServer } from 'msw/node';

/**
 * The mocked service of the unit tests (MSW): tests add their answers with `mockApi` (render.tsx); a request
 * nobody answers fails the test.
 */
export const server = setupServer();
