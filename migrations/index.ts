import { InitialSchema1764340000000 } from './1764340000000-InitialSchema';
import { AccessControl1764350000000 } from './1764350000000-AccessControl';
import { AccountManagement1795882860698 } from './1795882860698-AccountManagement';
import { ContentAdaptation1795884300000 } from './1795884300000-ContentAdaptation';
import { ThemeSessionRevisions1795884400000 } from './1795884400000-ThemeSessionRevisions';
import { ImportsAndAttachments1795884500000 } from './1795884500000-ImportsAndAttachments';
import { CommonThreadPatterns1795884800000 } from './1795884800000-CommonThreadPatterns';
import { DashboardDataVersion1795884900000 } from './1795884900000-DashboardDataVersion';

export { PARTNERSHIP_SCOPED_TABLES } from './1764350000000-AccessControl';

/** Every migration in order; the app and the tests run exactly this list. */
export const migrations = [
  InitialSchema1764340000000,
  AccessControl1764350000000,
  AccountManagement1795882860698,
  ContentAdaptation1795884300000,
  ThemeSessionRevisions1795884400000,
  ImportsAndAttachments1795884500000,
  CommonThreadPatterns1795884800000,
  DashboardDataVersion1795884900000,
];
