import { InitialSchema1764340000000 } from './1764340000000-InitialSchema';

/** Every migration in order; the app and the tests run exactly this list. */
export const migrations = [InitialSchema1764340000000];
