import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Sections load their code lazily; on a busy 2-core CI machine the first transform of a lazy module can take more than
// Testing Library's default 1 s, so waits get a wider margin (they still finish as soon as the element appears).
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 8000 });
}

// Testing Library unmounts automatically only with test globals; this project keeps globals off.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
