import { InitialSchema1764340000000 } from './1764340000000-InitialSchema';
import { AccessControl1764350000000 } from './1764350000000-AccessControl';

export { PARTNERSHIP_SCOPED_TABLES } from './1764350000000-AccessControl';

/** Every migration in order; the app and the tests run exactly this list. */
export const migrations = [InitialSchema1764340000000, AccessControl1764350000000];
