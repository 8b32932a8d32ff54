import { ProfilePage } from '../../features/auth/components/profile-page';

export function ProfileRoute() {
  return <ProfilePage />;
}
