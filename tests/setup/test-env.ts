// Settings shared by the test setup and the test servers.
export const APP_USER = 'loket_app';
export const APP_PASSWORD = 'loket-app-local';
export const TEST_PUBLIC_URL = 'http://loket.test';
