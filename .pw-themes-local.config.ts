import base from './playwright.config';
// Local run against an already running app on :3500 (not committed).
export default {
  ...base,
  reporter: [['list']],
  outputDir: '/tmp/zet-themes-ui/pw-results',
  use: { ...base.use, baseURL: 'http://127.0.0.1:3500' },
  webServer: undefined,
};
