import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    env: { FORCE_COLOR: '0', NO_COLOR: '', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', TZ: 'UTC' },
  },
});
