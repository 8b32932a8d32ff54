import type { LocationOption } from '../components/location-picker';
import type { ThemeOption } from '../components/theme-picker';

/** What the filters offer, composed by the app from the content and the partnership. */
export type DashboardOptions = {
  /** The partnership's school years, oldest first. */
  schoolYears: string[];
  targetGroups: { id: string; name: string }[];
  safeguards: { code: string; name: string }[];
  themes: ThemeOption[];
  /** The locaties the signed-in person may choose (the server only lists those). */
  locations: LocationOption[];
  scenarioName: (level: number) => string | undefined;
};
